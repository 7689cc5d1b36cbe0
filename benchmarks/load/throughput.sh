#!/usr/bin/env bash
# Target 1: mixed send_gift/get_gift_count load (signed, fully validated) on the emulator, and the
# same wrk script against WireMock serving static stubs of the same replies, in one run.
# Usage: benchmarks/load/throughput.sh [seconds per measurement, default 20]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${1:-20}"
build_jars; ensure_wrk; ensure_wiremock
export USERSIG="$(user_sig)"


port=$(free_port)
start_background emulator java $EMULATOR_JAVA_OPTS -jar "$EMULATOR_JAR" --port "$port" --no-rate-limits
wait_for_port "$port"
seed_gift_room "$port"
measure "emulator (validation and UserSig checks on, rate limits off)" "$port" mixed.lua
kill "$LAST_PID"

port=$(free_port)
start_background wiremock java -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 \
    --root-dir "$ROOT/benchmarks/load/wiremock" --disable-banner --no-request-journal --disable-request-logging
wait_for_port "$port"
measure "WireMock $WIREMOCK_VERSION (static stubs)" "$port" mixed.lua
