#!/usr/bin/env bash
# Webhook delivery under faults: set_room_metadata under load (each accepted call causes one
# Live.CallbackAfterSetMetadata) with no webhook, then with the webhook sent to a healthy receiver
# (Debian's nginx answering the documented OK), to one that refuses connections, one that answers
# HTTP 500 with a text body (nginx again), and one that accepts connections and never answers; then
# the healthy one again. For each: the REST rate and p99, the emulator's threads and RSS, and the
# outcomes of the deliveries it keeps a record of (the latest 1,000).
# Usage: benchmarks/load/webhook-faults.sh [seconds per receiver, default 15]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${1:-15}"
build_jars; ensure_wrk
export USERSIG="$(user_sig)"

refusing_port=$(free_port) # nothing listens there

healthy_port=$(free_port)
failing_port=$(free_port)
start_nginx nginx-receivers "  server {
    listen 127.0.0.1:$healthy_port;
    location / { default_type application/json; return 200 '{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}'; }
  }
  server {
    listen 127.0.0.1:$failing_port;
    location / { default_type text/plain; return 500 'receiver broke'; }
  }"
wait_for_port "$healthy_port"

hanging_port=$(free_port)
# listens, and the kernel accepts connections into the backlog, but nothing ever reads or answers
start_background hanging python3 -c "
import socket, signal
s = socket.socket(); s.bind(('127.0.0.1', $hanging_port)); s.listen(4096)
signal.pause()"
wait_for_port "$hanging_port"

port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
pid=$LAST_PID
wait_for_port "$port"
seed_gift_room "$port"

control() { # control COMMAND BODY: the emulator's control API
  curl -s "http://127.0.0.1:$port/emulator/v1/$1?sdkappid=1400000000&identifier=administrator&usersig=$USERSIG&random=1&contenttype=json" -d "$2"
}

WARMUP_SECONDS=3
measure_receiver() { # measure_receiver NAME: the load, then threads, RSS and the recorded outcomes
  measure "$1" "$port" metadata.lua
  echo "threads=$(ls "/proc/$pid/task" | wc -l) rss_mb=$(rss_mb "$pid")"
  control get_webhook_deliveries '{"Limit":1000}' | python3 -c '
import collections, json, sys
kept = json.load(sys.stdin).get("Deliveries", [])
outcomes = collections.Counter(d["Outcome"].split(" (")[0][:60] for d in kept)
print("recorded deliveries: %d, outcomes: %s" % (len(kept), dict(outcomes)))'
}

measure_receiver "no webhook"
for receiver in "answering OK:$healthy_port" "refusing connections:$refusing_port" "answering HTTP 500, text body:$failing_port" \
    "never answering:$hanging_port" "answering OK, again:$healthy_port"; do
  post "$port" live_config/delete_callback '{}' > /dev/null
  post "$port" live_config/set_callback "{\"Url\":\"http://127.0.0.1:${receiver##*:}/hook\",\"CallbackCommandList\":[\"Live.CallbackAfterSetMetadata\"]}" > /dev/null
  measure_receiver "webhook to a receiver ${receiver%:*}"
done
