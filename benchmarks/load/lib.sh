# Shared by the load scripts: building the jars, fetching tools, starting and stopping servers.
# Everything talks to 127.0.0.1 only, and every server started here is stopped on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
EMULATOR_JAR="$ROOT/server-stub/target/live-engine-server-stub.jar"
# How the README runs the emulator: its class-data archive, and a small serial-collected heap.
# Override with EMULATOR_JAVA_OPTS (an empty value measures plain `java -jar`).
EMULATOR_JAVA_OPTS="${EMULATOR_JAVA_OPTS-"-XX:SharedArchiveFile=${EMULATOR_JAR%.jar}.jsa -XX:+UseSerialGC -Xmx128m"}"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR="$ROOT/benchmarks/target/wiremock-standalone-$WIREMOCK_VERSION.jar"
STARTED_PIDS=()
# where the wrk scripts load their shared part (envelope-count.lua) from
export LOAD_DIR="$ROOT/benchmarks/load"

cleanup() { for pid in "${STARTED_PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

build_jars() {
  if [ ! -f "$EMULATOR_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
    (cd "$ROOT" && ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -DskipNode=true)
  fi
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else echo "wrk is missing: sudo apt-get install wrk" >&2; exit 2; fi
}

ensure_wiremock() {
  [ -f "$WIREMOCK_JAR" ] && return
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION \
      -DoutputDirectory="$ROOT/benchmarks/target")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# wait_for_port PORT: returns once something listens on 127.0.0.1:PORT (30 s at most)
wait_for_port() {
  for _ in $(seq 1 300); do
    (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2; exit 1
}

# start_background NAME COMMAND...: starts a server, remembers its pid in $LAST_PID
start_background() {
  local name="$1"; shift
  "$@" > "$ROOT/benchmarks/target/$name.log" 2>&1 &
  LAST_PID=$!
  STARTED_PIDS+=("$LAST_PID")
}

user_sig() { java -cp "$BENCH_JAR" dev.liveengine.benchmarks.SignUserSig; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# post PORT COMMAND BODY: one signed request to the emulator; COMMAND is a live_engine_http_srv
# command, or service/command for another service (im_open_login_svc/multiaccount_import)
post() {
  local path="$2"; [[ "$path" == */* ]] || path="live_engine_http_srv/$path"
  curl -s "http://127.0.0.1:$1/v4/$path?sdkappid=1400000000&identifier=administrator&usersig=$USERSIG&random=1&contenttype=json" -d "$3"
}

# seed_gift_room PORT: what the mixed gift load needs: room1, the gift rose, and the accounts that send and receive it
seed_gift_room() {
  post "$1" im_open_login_svc/multiaccount_import '{"AccountList":[{"UserID":"alice"},{"UserID":"bob"}]}' > /dev/null
  post "$1" create_room '{"RoomInfo":{"RoomId":"room1","RoomType":"Live","SeatTemplate":"VideoDynamicGrid9Seats"}}' > /dev/null
  post "$1" add_gift '{"GiftId":"rose","Coins":10,"DefaultName":"Rose"}' > /dev/null
}

# measure NAME PORT SCRIPT: SCRIPT (a wrk script of this folder) against 127.0.0.1:PORT with
# $CONNECTIONS connections (32 by default): a warm-up of $WARMUP_SECONDS (5 by default), then the
# measured run of $SECONDS_PER_RUN seconds, whose RESULT line it prints under "== NAME". RUN tells the
# script which of the two runs it is in, for scripts that name what they create.
measure() {
  local url="http://127.0.0.1:$2" script="$ROOT/benchmarks/load/$3"
  RUN=warmup wrk -t1 -c"${CONNECTIONS:-32}" -d"${WARMUP_SECONDS:-5}s" -s "$script" "$url" > /dev/null
  echo "== $1"
  RUN=measured wrk -t1 -c"${CONNECTIONS:-32}" -d"${SECONDS_PER_RUN}s" --latency -s "$script" "$url" | grep '^RESULT'
}

# start_nginx NAME SERVERS: Debian's nginx with one worker, in the foreground, serving the given
# `server { }` blocks; its files go to benchmarks/target/NAME, its pid to $LAST_PID
start_nginx() {
  command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 2; }
  local conf="$ROOT/benchmarks/target/$1"
  mkdir -p "$conf"
  cat > "$conf/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $conf/nginx.pid;
error_log $conf/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $conf/body;
$2
}
CONF
  start_background "$1" nginx -c "$conf/nginx.conf" -p "$conf"
}
