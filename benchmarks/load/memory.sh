#!/usr/bin/env bash
# Target 2 (memory): resident memory of the emulator while it serves one million signed, validated
# requests, sampled after every chunk of load. Usage: benchmarks/load/memory.sh [total requests]
source "$(dirname "$0")/lib.sh"
TOTAL="${1:-1000000}"
build_jars; ensure_wrk
export USERSIG="$(user_sig)"
port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
pid=$LAST_PID
wait_for_port "$port"
seed_gift_room "$port"
echo "requests=0 rss_mb=$(rss_mb "$pid")"
done_requests=0
while [ "$done_requests" -lt "$TOTAL" ]; do
  line=$(wrk -t1 -c32 -d10s -s "$ROOT/benchmarks/load/mixed.lua" "http://127.0.0.1:$port" | grep '^RESULT')
  done_requests=$((done_requests + $(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$line")))
  echo "requests=$done_requests rss_mb=$(rss_mb "$pid") $(grep -o 'failed_envelopes=[0-9]* socket_errors=[0-9]*' <<< "$line")"
done
