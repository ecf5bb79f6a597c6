#!/usr/bin/env bash
# JMH before and after a change (docs/benchmarks.md, "Commands"): builds the benchmarks jar of a
# base revision, in a temporary git worktree, and of the current working tree (uncommitted changes
# included), then runs the same JMH selection with both jars, alternating per benchmark class
# (before, after; next class) so that the machine's drift hits both alike, and prints one table.
#   scripts/benchmark-before-after.sh BASE_REV [JMH args...]
#   scripts/benchmark-before-after.sh main EngineBenchmark -prof gc
#   scripts/benchmark-before-after.sh HEAD~3 'WebFluxServerBenchmark' -p side=starter -f 1 -wi 3 -i 5
# The JMH args are passed to both jars as given (include regexps, -p, -f, -wi, -prof gc ...), less
# the results options, which the script sets: JSON results and logs go to $RESULTS_DIR (default: a
# new directory under /tmp, printed). A benchmark that exists in one jar only is run on that one
# and marked in the table. Builds with `mvn -B -q -DskipTests -pl benchmarks -am clean package`
# (never install): note that the working tree's build cleans its target directories. While another
# JMH run holds /tmp/jmh.lock, each run waits for it (up to $LOCK_WAIT seconds, default 3600).
set -euo pipefail

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
[ $# -ge 1 ] || usage
case $1 in -h | --help) usage ;; esac
base_arg=$1
shift
jmh_args=("$@")
for arg in "${jmh_args[@]}"; do
  case $arg in
    -rf | -rff | -o | -l | -lp | -lprof | -lrf | -h)
      echo "$arg: the script sets the results options and runs the benchmarks itself" >&2
      exit 2
      ;;
  esac
done

root=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
cd "$root"
java=${JAVA:-java}
lock_wait=${LOCK_WAIT:-3600} # seconds to wait for another JMH run to end
base_rev=$(git rev-parse --verify --quiet "$base_arg^{commit}") || {
  echo "$base_arg: not a revision of this repository" >&2
  exit 2
}
results=${RESULTS_DIR:-/tmp/benchmark-before-after.$(date +%Y%m%d-%H%M%S)}
mkdir -p "$results"
results=$(cd "$results" && pwd)
work=$(mktemp -d /tmp/benchmark-before-after-build.XXXXXX)
cleanup() {
  git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true
  rm -rf "$work"
  git -C "$root" worktree prune >/dev/null 2>&1 || true
}
trap cleanup EXIT

build() { # build DIR NAME: the benchmarks jar of DIR, copied to $work/NAME.jar
  local dir=$1 name=$2 log="$results/build-$2.log"
  echo "building $name ($dir) ..." >&2
  if ! (cd "$dir" && mvn -B -q -DskipTests -pl benchmarks -am clean package) >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "the $name build failed: $log" >&2
    exit 1
  fi
  [ -f "$dir/benchmarks/target/benchmarks.jar" ] || {
    echo "the $name build made no benchmarks/target/benchmarks.jar" >&2
    exit 1
  }
  cp "$dir/benchmarks/target/benchmarks.jar" "$work/$name.jar"
}

git worktree add --detach --quiet "$work/base" "$base_rev"
build "$work/base" before
git worktree remove --force "$work/base"
build "$root" after

after_desc="working tree at $(git rev-parse --short HEAD)"
[ -z "$(git status --porcelain --untracked-files=no)" ] || after_desc="$after_desc, with uncommitted changes"
{
  echo "before: $base_arg ($(git rev-parse --short "$base_rev"))"
  echo "after: $after_desc"
  echo "JMH args: ${jmh_args[*]:-}"
} | tee "$results/README.txt" >&2

list() { # list NAME: the benchmarks of NAME.jar that the selection includes, one a line
  local out
  out=$("$java" -jar "$work/$1.jar" -l "${jmh_args[@]}" 2>&1) || {
    echo "$out" >&2
    echo "JMH of the $1 jar refused: ${jmh_args[*]:-}" >&2
    exit 1
  }
  echo "$out" | awk 'found && NF { print $1 } /^Benchmarks:/ { found = 1 }'
}
list before >"$work/before.list"
list after >"$work/after.list"
cp "$work/before.list" "$work/after.list" "$results/"
# classes in the order the after jar lists them, then those only the before jar has
classes=$(cat "$work/after.list" "$work/before.list" | sed 's/\.[^.]*$//' | awk '!seen[$0]++')
[ -n "$classes" ] || {
  echo "no benchmark matches: ${jmh_args[*]:-}" >&2
  exit 1
}

for class in $classes; do
  short=${class##*.}
  for side in before after; do
    if ! grep -q "^$class\.[^.]*\$" "$work/$side.list"; then
      echo "$short: not in the $side jar" >&2
      continue
    fi
    echo "$short: $side ..." >&2
    start=$SECONDS
    waiting=no
    while true; do
      # the user's selection, narrowed to this class: JMH excludes what the regexp finds
      status=0
      "$java" -jar "$work/$side.jar" "${jmh_args[@]}" -e "^(?!\\Q$class.\\E)" \
        -rf json -rff "$results/$side-$short.json" >"$results/$side-$short.log" 2>&1 || status=$?
      # another JMH run on this machine holds /tmp/jmh.lock: wait for it rather than measure beside it
      grep -q 'Unable to acquire the JMH lock' "$results/$side-$short.log" || break
      [ $((SECONDS - start)) -lt "$lock_wait" ] || break
      [ $waiting = yes ] || echo "$short: waiting for another JMH run on this machine (/tmp/jmh.lock) ..." >&2
      waiting=yes
      sleep 15
    done
    [ "$status" -eq 0 ] || echo "$short: the $side run failed, see $results/$side-$short.log" >&2
    grep -E '<failure>|Exception' "$results/$side-$short.log" | head -3 >&2 || true
    echo "$short: $side done in $((SECONDS - start)) s" >&2
  done
done

python3 - "$results" "$work/before.list" "$work/after.list" <<'PY' | tee "$results/table.md"
import glob, json, math, os, sys

results, before_list, after_list = sys.argv[1:4]
listed = {side: set(open(path).read().split()) for side, path in (("before", before_list), ("after", after_list))}

def load(side):
    rows = {}
    for path in sorted(glob.glob(os.path.join(results, side + "-*.json"))):
        try:
            data = json.load(open(path))
        except ValueError:
            continue  # a run that failed before writing its results
        for r in data:
            params = ",".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
            rows[(r["benchmark"], params, r["mode"])] = r
    return rows

def number(x):
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None

def fmt(x):
    a = abs(x)
    if a >= 100:
        return f"{x:,.0f}"
    if a >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}" if a >= 1 else f"{x:.3g}"

def metric(m):
    if not m:
        return ""
    score, error = number(m.get("score")), number(m.get("scoreError"))
    if score is None:
        return "?"
    text = fmt(score)
    if error is not None:
        text += " ± " + fmt(error)
    return text + " " + m.get("scoreUnit", "")

before, after = load("before"), load("after")
keys = sorted(set(before) | set(after), key=lambda k: (k[0], k[2], k[1]))
gc = any("gc.alloc.rate.norm" in r.get("secondaryMetrics", {}) for r in list(before.values()) + list(after.values()))
modes = {k[2] for k in keys}
header = ["benchmark", "params"] + (["mode"] if len(modes) > 1 else []) + ["before", "after"]
if gc:
    header += ["B/op before", "B/op after"]
header.append("note")
lines = []
for key in keys:
    name, params, mode = key
    b, a = before.get(key), after.get(key)
    short = ".".join(name.split(".")[-2:])
    note = ""
    if b is None or a is None:
        side, other = ("after", "before") if b is None else ("before", "after")
        if name not in listed[other]:
            note = f"only {side}"
        elif any(k[0] == name for k in (before if other == "before" else after)):
            note = f"params differ {other}"
        else:
            note = f"{other} run failed"
    row = [short, params] + ([mode] if len(modes) > 1 else [])
    row += [metric(b and b["primaryMetric"]), metric(a and a["primaryMetric"])]
    if gc:
        norm = lambda r: metric(r and r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")).replace(" B/op", "")
        row += [norm(b), norm(a)]
    row.append(note)
    lines.append(row)
if not lines:
    print("no results: see the logs in " + results)
    sys.exit(1)
widths = [max(len(str(r[i])) for r in [header] + lines) for i in range(len(header))]
def show(row):
    return "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |"
print(show(header))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for row in lines:
    print(show(row))
PY
echo "results: $results" >&2
