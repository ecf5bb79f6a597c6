#!/usr/bin/env bash
# End-to-end cost of CORS under load (docs/benchmarks.md): each sample in three modes, alternated
# within each round so that the machine's drift hits every mode alike:
#   none     no CORS processing at all         (--cors.enabled=false)
#   spring   Spring's own, same policy         (CorsRegistry on MVC, CorsWebFilter on WebFlux)
#   starter  this starter                      (the sample as it ships)
# driven by wrk on loopback at fixed concurrency with a realistic mix (scripts/compare-load.lua).
#   scripts/compare-load.sh            # 20 s per measurement, 2 rounds, both stacks
#   scripts/compare-load.sh 60s 3 sample-mvc
# Builds nothing: run `mvn -B -DskipTests clean package` first. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-20s}
rounds=${2:-2}
stacks=${3:-"sample-mvc sample-webflux"}
port=${PORT:-18191}
connections=${CONNECTIONS:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

declare -A flags=(
  [none]="--cors.enabled=false"
  [spring]="--cors.enabled=false --sample.cors-mode=spring"
  [starter]=""
)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

measure() {
  local sample=$1 mode=$2 round=$3
  local jar=samples/$sample/target/$sample.jar
  [ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests clean package first" >&2; exit 1; }
  # rejections are logged at DEBUG by the samples: at this rate that would measure the disk
  java -Xms256m -Xmx256m -jar "$jar" --server.port="$port" --logging.level.io.crossorigin.cors=info \
    ${flags[$mode]} >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/api/orders" && break
    sleep 0.5
  done
  wrk -t2 -c"$connections" -d10s -s scripts/compare-load.lua "http://127.0.0.1:$port" >/dev/null
  local line
  line=$(wrk -t2 -c"$connections" -d"$duration" -s scripts/compare-load.lua "http://127.0.0.1:$port" | grep '^LOAD')
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$sample $mode $round $line" | tee -a "$results"
}

for sample in $stacks; do
  for round in $(seq 1 "$rounds"); do
    for mode in none spring starter; do
      measure "$sample" "$mode" "$round"
    done
  done
done

echo
echo "sample          mode      req/s (mean of rounds)  p50 ms  p99 ms  unexpected  vs none  vs spring"
awk '
  { split($0, f, " "); sample = $1; mode = $2
    for (i = 4; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    n[sample, mode]++; rps[sample, mode] += v["rps"]; p50[sample, mode] += v["p50_ms"]
    p99[sample, mode] += v["p99_ms"]; bad[sample, mode] += v["unexpected"]; samples[sample] = 1 }
  END {
    for (s in samples) {
      split("none spring starter", modes, " ")
      for (m = 1; m <= 3; m++) {
        k = modes[m]; r = rps[s, k] / n[s, k]
        printf "%-15s %-9s %22.0f  %6.3f  %6.3f  %10d  %6.1f%%  %8.1f%%\n", s, k, r, p50[s, k] / n[s, k],
          p99[s, k] / n[s, k], bad[s, k], 100 * r / (rps[s, "none"] / n[s, "none"]),
          100 * r / (rps[s, "spring"] / n[s, "spring"])
      }
    }
  }' "$results"
