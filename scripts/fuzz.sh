#!/usr/bin/env bash
# Fuzzes each fuzz target of cors-core for real (docs/reliability.md), one after the other:
#   scripts/fuzz.sh            # 10 minutes per target
#   scripts/fuzz.sh 60s        # a quick look
# Jazzer fuzzes one target per JVM. A finding fails the run and is written, as its reproducer,
# into the target's inputs directory under cors-core/src/test/resources, which `mvn verify` replays:
# commit it with the fix. Prints libFuzzer's last status line per target (executions, coverage).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-10m}
targets=(
  "io.crossorigin.cors.internal.origin.OriginSyntaxFuzzTests#whatPassesForACanonicalOriginIsOneABrowserCouldSend"
  "io.crossorigin.cors.PolicyEntriesFuzzTests#originEntriesAreAcceptedOrRefusedWithTheirReasons"
  "io.crossorigin.cors.internal.http.FieldListFuzzTests#listsSplitIntoTrimmedElementsAndAnyHeaderPoliciesEchoThemCleanly"
  "io.crossorigin.cors.EngineFuzzTests#decisionKeepsItsInvariants"
)
mvn -B -q install -DskipTests -pl cors-core
for target in "${targets[@]}"; do
  log=$(mktemp)
  status=passed
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -pl cors-core test -Dtest="$target" \
    -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=FAILED
  stats=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  echo "$target: $status; last libFuzzer line: ${stats:-none}"
  if [ "$status" = FAILED ]; then
    grep -aE 'Finding|reproducer|crash-|Exception|AssertionError' "$log" | head -20
  fi
  rm -f "$log"
done
