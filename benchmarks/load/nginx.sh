#!/usr/bin/env bash
# The ceiling of a loopback HTTP server on this machine: Debian's nginx, one worker, answering every
# request with a fixed OK envelope, under the same wrk script as throughput.sh; then the emulator
# under that load again, for the ratio in the same run.
# Usage: benchmarks/load/nginx.sh [seconds per measurement, default 15]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${1:-15}"
build_jars; ensure_wrk
export USERSIG="$(user_sig)"


port=$(free_port)
start_nginx nginx "  server {
    listen 127.0.0.1:$port;
    location / {
      default_type application/json;
      return 200 '{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"RequestId\":\"Id-00000000000000000000000000000000-O-Seq-1\"}';
    }
  }"
wait_for_port "$port"
measure "nginx $(nginx -v 2>&1 | cut -d/ -f2), one worker, a fixed envelope" "$port" mixed.lua
kill "$LAST_PID"

port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
wait_for_port "$port"
seed_gift_room "$port"
measure "emulator (validation and UserSig checks on, rate limits off)" "$port" mixed.lua
