#!/usr/bin/env bash
# Target 5: warm build times. The first run of each command warms the local repository and caches.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
timed() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N); echo "$(( (end - start) / 1000000 )) ms  $*"; }
./mvnw -B -q verify > /dev/null 2>&1
timed ./mvnw -B -q verify
./mvnw -B -q -pl openapi verify > /dev/null 2>&1
timed ./mvnw -B -q -pl openapi verify
timed ./mvnw -B -q -pl openapi verify
