#!/usr/bin/env bash
# Fleet reload on the real parts (docs/reliability.md): a Spring Cloud Config Server on a git
# repository, instances of samples/sample-fleet, Spring Cloud Bus on RabbitMQ. Runs FleetReloadIT
# RUNS times (default 1) and prints "N passed, M failed" and each run's measured figures.
#   scripts/fleet-reload.sh          # once
#   RUNS=5 scripts/fleet-reload.sh   # five runs, for the figures
# Starts RabbitMQ if nothing listens on localhost:5672 (installing Debian's rabbitmq-server first
# when run as root), and stops it afterwards if it started it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-1}

broker_up() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }

started_broker=false
if ! broker_up; then
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { echo "rabbitmq-server is missing: apt-get install -y rabbitmq-server" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends rabbitmq-server >/dev/null
  fi
  service rabbitmq-server start >/dev/null 2>&1 || rabbitmq-server -detached
  started_broker=true
  for _ in $(seq 1 120); do broker_up && break; sleep 0.5; done
  broker_up || { echo "RabbitMQ did not start" >&2; exit 1; }
fi
stop_broker() {
  if $started_broker; then service rabbitmq-server stop >/dev/null 2>&1 || rabbitmqctl stop >/dev/null 2>&1 || true; fi
}
trap stop_broker EXIT

# build what the fleet needs once, then run the integration test alone
mvn -B -q -pl samples/sample-fleet -am -DskipTests install >/dev/null 2>&1 || { echo "the build failed: mvn -B -pl samples/sample-fleet -am -DskipTests install" >&2; exit 1; }
passed=0
failed=0
reports=samples/sample-fleet/target/failsafe-reports
for run in $(seq 1 "$runs"); do
  rm -rf "$reports" samples/sample-fleet/target/build-summary
  mvn -B -q -pl samples/sample-fleet failsafe:integration-test -Dit.test=FleetReloadIT >/dev/null 2>&1 || true
  for report in "$reports"/TEST-*.xml; do
    [ -f "$report" ] || continue
    tests=$(grep -o 'tests="[0-9]*"' "$report" | head -1 | tr -dc 0-9)
    bad=$(( $(grep -o 'failures="[0-9]*"' "$report" | head -1 | tr -dc 0-9) \
          + $(grep -o 'errors="[0-9]*"' "$report" | head -1 | tr -dc 0-9) \
          + $(grep -o 'skipped="[0-9]*"' "$report" | head -1 | tr -dc 0-9) ))
    passed=$((passed + tests - bad))
    failed=$((failed + bad))
  done
  if [ -f samples/sample-fleet/target/build-summary/fleet-reload.txt ]; then
    echo "run $run: $(cat samples/sample-fleet/target/build-summary/fleet-reload.txt)"
  else
    echo "run $run: no figures (see $reports and samples/sample-fleet/target/fleet-instance-*.log)"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
