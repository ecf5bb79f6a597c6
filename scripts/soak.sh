#!/usr/bin/env bash
# Soak test of a sample under mixed CORS traffic (docs/reliability.md):
#   scripts/soak.sh sample-mvc 10m
#   scripts/soak.sh sample-webflux 10m
# Builds nothing: run `mvn -B -DskipTests clean package` first. Needs wrk (apt-get install -y wrk).
# Prints requests, unexpected answers (must be 0), p50/p99 latency and heap after GC at start and end.
set -euo pipefail
cd "$(dirname "$0")/.."

sample=${1:?usage: scripts/soak.sh sample-mvc|sample-webflux DURATION}
duration=${2:-10m}
port=${PORT:-18181}
connections=${CONNECTIONS:-50}
jar=samples/$sample/target/$sample.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests clean package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

log=$(mktemp)
# rejections are logged at DEBUG by the sample's configuration: at this rate that is disk I/O, not CORS
java -Xms256m -Xmx256m -jar "$jar" --server.port="$port" --logging.level.io.crossorigin.cors=info >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$port/api/orders" && break
  sleep 0.5
done

heap_after_gc() {
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  # the used heap after a full collection, in KiB
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total .* used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }' | tr -d 'K,'
}

# warm up, then measure the heap from which growth is judged
wrk -t2 -c"$connections" -d30s -s scripts/soak-mix.lua "http://127.0.0.1:$port" >/dev/null
start_heap=$(heap_after_gc)
result=$(wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s scripts/soak-mix.lua "http://127.0.0.1:$port" | grep '^SOAK')
end_heap=$(heap_after_gc)
echo "$sample duration=$duration connections=$connections $result heap_after_gc_start_kib=$start_heap heap_after_gc_end_kib=$end_heap"
