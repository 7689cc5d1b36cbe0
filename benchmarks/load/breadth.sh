#!/usr/bin/env bash
# A mixed load across the groups (load/breadth.lua: rooms, members, seats, metadata, gifts, battles,
# robots, statistics, accounts, and a new room every 15 calls) on the emulator seeded with the recorded
# fixtures; validation and UserSig checks on, rate limits off. Compare with nginx.sh's ceiling.
# Usage: benchmarks/load/breadth.sh [seconds, default 15]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${1:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
build_jars; ensure_wrk
export USERSIG="$(user_sig)"

port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
wait_for_port "$port"
python3 -c 'import json, sys; print(json.dumps({"State": json.load(open(sys.argv[1]))}))' \
    "$ROOT/openapi/src/test/resources/testing/recorded-fixtures.json" \
  | curl -s "http://127.0.0.1:$port/emulator/v1/import_state?sdkappid=1400000000&identifier=administrator&usersig=$USERSIG&random=1&contenttype=json" -d @- > /dev/null
RUN=warmup wrk -t1 -c"$CONNECTIONS" -d5s -s "$ROOT/benchmarks/load/breadth.lua" "http://127.0.0.1:$port" > /dev/null
echo "== emulator, every group (validation and UserSig checks on, rate limits off)"
RUN=measured wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/benchmarks/load/breadth.lua" "http://127.0.0.1:$port" | grep '^RESULT'
echo "RSS: $(rss_mb "$LAST_PID") MB"
