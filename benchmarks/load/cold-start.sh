#!/usr/bin/env bash
# Target 2 (start): cold JVM to the first answered request, over several runs, with the class-data
# archive the build makes next to the jar (as the README starts it) and without it.
# Usage: benchmarks/load/cold-start.sh [runs, default 10]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-10}"
build_jars
probe() { java -cp "$BENCH_JAR" dev.liveengine.benchmarks.ColdStartProbe "$EMULATOR_JAR" "$RUNS" "$@" | tail -1; }
probe "-XX:SharedArchiveFile=${EMULATOR_JAR%.jar}.jsa"
probe
