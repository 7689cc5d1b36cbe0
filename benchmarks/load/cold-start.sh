#!/usr/bin/env bash
# Target 2 (start): cold JVM to the first answered request, over several runs, started as the README
# starts it (class-data archive, small serial heap) and as a plain `java -jar`.
# Usage: benchmarks/load/cold-start.sh [runs, default 10]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-10}"
build_jars
probe() { java -cp "$BENCH_JAR" dev.liveengine.benchmarks.ColdStartProbe "$EMULATOR_JAR" "$RUNS" "$@" | tail -1; }
# shellcheck disable=SC2086 # the options are meant to split
probe $EMULATOR_JAVA_OPTS
probe
