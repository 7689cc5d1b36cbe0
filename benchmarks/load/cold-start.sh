#!/usr/bin/env bash
# Target 2 (start): cold JVM to the first answered request, over several runs.
# Usage: benchmarks/load/cold-start.sh [runs, default 10] [extra JVM flags...]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-10}"; shift || true
build_jars
java -cp "$BENCH_JAR" dev.liveengine.benchmarks.ColdStartProbe "$EMULATOR_JAR" "$RUNS" "$@"
