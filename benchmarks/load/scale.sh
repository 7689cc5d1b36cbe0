#!/usr/bin/env bash
# State at scale: an emulator holding ROOMS rooms with 10 members each (and their accounts) and 100
# gifts sent in each, loaded from a state file; reports its RSS and the time per call of the list
# commands (get_room_list first and deep page, get_member_list), one connection, for SECONDS each.
# Usage: benchmarks/load/scale.sh [rooms, default 100000] [seconds, default 10]
source "$(dirname "$0")/lib.sh"
ROOMS="${1:-100000}"
SECONDS_PER_RUN="${2:-10}"
build_jars; ensure_wrk
export USERSIG="$(user_sig)"
STATE="$ROOT/benchmarks/target/scale-$ROOMS.json"
python3 - "$ROOMS" "$STATE" <<'PY'
import json, sys
rooms, path = int(sys.argv[1]), sys.argv[2]
settings = {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats", "MaxSeatCount": 9, "SeatEnabled": True}
with open(path, "w") as out:
    out.write('{"Version":1,"Stores":{"account":{"Accounts":[')
    out.write(",".join('{"UserId":"u%d","Profile":{},"Online":false}' % i for i in range(rooms * 10)))
    out.write(']},"room":{"Rooms":[')
    out.write(",".join(json.dumps({"RoomId": "r%d" % r, "Owner": "u%d" % (r * 10), "Settings": settings, "CreateTime": 1764500000,
                                   "Members": ["u%d" % (r * 10 + m) for m in range(10)], "TotalViewers": 10 + r % 97},
                                  separators=(",", ":")) for r in range(rooms)))
    out.write(']},"gift":{"Gifts":[{"GiftId":"rose","Coins":10,"DefaultName":"Rose"}],"Rooms":[')
    out.write(",".join('{"RoomId":"r%d","Sequence":100,"TotalCount":100,"TotalCoins":1000,"Senders":[%s]}'
                       % (r, ",".join('"u%d"' % (r * 10 + m) for m in range(10))) for r in range(rooms)))
    out.write(']}}}')
PY
echo "state file: $(du -m "$STATE" | cut -f1) MB, $ROOMS rooms, $((ROOMS * 10)) members and accounts, $((ROOMS * 100)) gifts sent"

port=$(free_port)
# A small young generation, so that the old one holds the state (about 270 MB live at 100,000 rooms)
# with room to spare; with the default third of the heap for the young one, it ran full GC after full GC.
# shellcheck disable=SC2086
start_background emulator java ${SCALE_JAVA_OPTS:--XX:+UseSerialGC -Xmx384m -Xmn32m} -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits --state-file "$STATE"
wait_for_port "$port"
echo "RSS after loading: $(rss_mb "$LAST_PID") MB"
jcmd "$LAST_PID" GC.run > /dev/null
echo "live heap after a full GC: $(jcmd "$LAST_PID" GC.heap_info | awk '/generation +total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K", "", v); kb += v } } END { printf "%.0f MB", kb / 1024 }')"

per_call() { # per_call NAME COMMAND BODY: wrk, one connection, the same signed request
  cat > "$ROOT/benchmarks/target/scale.lua" <<LUA
wrk.method = "POST"
wrk.body = '$3'
wrk.headers["Content-Type"] = "application/json"
LUA
  local url="http://127.0.0.1:$port/v4/live_engine_http_srv/$2?sdkappid=1400000000&identifier=administrator&usersig=$USERSIG&random=1&contenttype=json"
  wrk -t1 -c1 -d2s -s "$ROOT/benchmarks/target/scale.lua" "$url" > /dev/null
  echo "== $1"; wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency -s "$ROOT/benchmarks/target/scale.lua" "$url" | grep -E "Requests/sec|Latency +|99%"
}
deep_cursor=$(post "$port" get_room_list '{"Next":"","Count":20}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["Response"]["Next"])')
per_call "get_room_list, first page of 20" get_room_list '{"Next":"","Count":20}'
per_call "get_room_list, the next page" get_room_list "{\"Next\":\"$deep_cursor\",\"Count\":20}"
per_call "get_member_list of one room" get_member_list '{"RoomId":"r4242","Next":"","Count":20}'
echo "RSS after the calls: $(rss_mb "$LAST_PID") MB"
