#!/usr/bin/env bash
# A mixed load across the groups (load/breadth.lua: rooms, members, seats, metadata, gifts, battles,
# robots, statistics, accounts, and a new room every 15 calls) on the emulator seeded with the recorded
# fixtures; validation and UserSig checks on, rate limits off. Then WireMock under the same load,
# serving static stubs of the replies the emulator gave to each call of the mix in this run.
# Compare with nginx.sh's ceiling.
# Usage: benchmarks/load/breadth.sh [seconds, default 15]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${1:-15}"
build_jars; ensure_wrk; ensure_wiremock
export USERSIG="$(user_sig)"

port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
wait_for_port "$port"
python3 -c 'import json, sys; print(json.dumps({"State": json.load(open(sys.argv[1]))}))' \
    "$ROOT/openapi/src/test/resources/testing/recorded-fixtures.json" \
  | curl -s "http://127.0.0.1:$port/emulator/v1/import_state?sdkappid=1400000000&identifier=administrator&usersig=$USERSIG&random=1&contenttype=json" -d @- > /dev/null
measure "emulator, every group (validation and UserSig checks on, rate limits off)" "$port" breadth.lua
echo "RSS: $(rss_mb "$LAST_PID") MB"

# one stub per path: the emulator's own reply to the mix's request for it
stubs="$ROOT/benchmarks/target/wiremock-breadth"
rm -rf "$stubs"; mkdir -p "$stubs/mappings"
stub() { # stub PATH BODY: the emulator's reply to BODY at PATH, written as a WireMock stub
  python3 - "$1" "$(post "$port" "${1#/v4/}" "$2")" "$stubs/mappings" <<'PY'
import json, sys
path, reply, mappings = sys.argv[1:]
stub = {"request": {"method": "POST", "urlPath": path},
        "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": reply}}
json.dump(stub, open("%s/%s.json" % (mappings, path.rsplit("/", 1)[1]), "w"))
PY
}
grep -o '"/v4/[^"]*", \[\[.*\]\]' "$ROOT/benchmarks/load/breadth.lua" | sed 's/^"\([^"]*\)", \[\[\(.*\)\]\]$/\1 \2/' \
  | while read -r path body; do stub "$path" "$body"; done
stub /v4/live_engine_http_srv/create_room '{"RoomInfo":{"RoomId":"stub-room","RoomType":"Live","SeatTemplate":"VideoDynamicGrid9Seats"}}'
kill "$LAST_PID"
echo "stubs: $(ls "$stubs/mappings" | wc -l), each the emulator's reply"

port=$(free_port)
start_background wiremock java -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 \
    --root-dir "$stubs" --disable-banner --no-request-journal --disable-request-logging
wait_for_port "$port"
measure "WireMock $WIREMOCK_VERSION, static stubs of the same replies" "$port" breadth.lua
