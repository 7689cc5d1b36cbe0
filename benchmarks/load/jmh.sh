#!/usr/bin/env bash
# Targets 3 and 4: the JMH benchmarks (client overhead, UserSig, request validation).
# Usage: benchmarks/load/jmh.sh [JMH regex, default: all]
source "$(dirname "$0")/lib.sh"
build_jars
java -jar "$BENCH_JAR" -rf text -rff "$ROOT/benchmarks/target/jmh-results.txt" "${1:-.*}"
