#!/usr/bin/env bash
# Runs every Go fuzz target of the module for a short while, one at a time
# (go test -fuzz takes one target in one package per run). The targets are
# found with go test -list, so a new Fuzz function is picked up without
# editing this script.
#
#   scripts/fuzz.sh            # each target for $FUZZTIME (default 10000x)
#   FUZZTIME=30s scripts/fuzz.sh ./webhook
#
# FUZZTIME is what -fuzztime takes: a count of inputs (10000x) or a
# duration (30s). CI uses a count. Before Go 1.27 the fuzzing coordinator
# can report "context deadline exceeded" as a failure when a duration runs
# out while a busy worker is mid-input (golang/go#75804); nothing was
# found then, and a count has no deadline to race. With a duration, a run
# that fails that way and wrote no failing input is run once more; any
# other failure, or a second one, fails the script.
#
# Minimizing is bounded by a count of runs, not by time: a time limit lets
# a worker slowed by a busy machine fail the run with "context deadline
# exceeded", and with the default 60 s the short runs would do nothing but
# minimize the large fixture seeds.
#
# A crash fails the script; go test writes the failing input to
# testdata/fuzz/<Target>/ in the package, where it becomes a regression
# seed once committed. The inputs that widened coverage stay in the build
# cache; with FUZZ_KEEP=1 they are copied next to the package too
# (testdata/fuzz/<Target>/), so that the corpus of a longer run can be
# committed and every `go test` replays it (see CONTRIBUTING.md):
#
#   FUZZTIME=30s FUZZ_KEEP=1 scripts/fuzz.sh
#
# go vet is not repeated here (-vet=off): it belongs to the test command,
# and with -list and each -fuzz run it would analyse the packages again.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${FUZZTIME:-10000x}
pkgs=("$@")
if [ ${#pkgs[@]} -eq 0 ]; then
  # The packages with a Fuzz function: listing ./... would build and link
  # the test binary of every package only to find none in most of them.
  mapfile -t pkgs < <(grep -rlE '^func Fuzz' --include='*_test.go' --exclude-dir=testdata . | xargs -n1 dirname | sort -u)
fi

# go test -list prints the matching names of each package, then a line
# "ok <import path> <time>"; pair each name with its package.
listing=$(go test -vet=off -run '^$' -list '^Fuzz' "${pkgs[@]}")
targets=$(awk '
  /^Fuzz/ { names[n++] = $1; next }
  /^ok/   { for (i = 0; i < n; i++) print $2, names[i]; n = 0 }
' <<<"$listing")

if [ -z "$targets" ]; then
  echo "no fuzz targets found in ${pkgs[*]}"
  exit 1
fi

# fuzz_one runs one target. It returns 1 only when the run ended in the
# coordinator's deadline race alone: "context deadline exceeded" and, apart
# from it, nothing but progress and summary lines (a crash adds its panic
# and "Failing input written to ..."). Any other failure exits the script
# with go test's status.
fuzz_one() {
  local log status=0 others raced
  log=$(mktemp)
  go test -vet=off -run '^$' -fuzz "^${2}\$" -fuzztime "$fuzztime" -fuzzminimizetime 1000x "$1" 2>&1 | tee "$log" || status=$?
  others=$(grep -cvE '^(fuzz: |--- FAIL: |    context deadline exceeded$|FAIL|exit status|ok |PASS)' "$log" || true)
  grep -q 'context deadline exceeded' "$log" && raced=1 || raced=0
  rm -f "$log"
  if [ "$status" -eq 0 ]; then
    return 0
  fi
  if [ "$raced" = 1 ] && [ "$others" -eq 0 ]; then
    return 1
  fi
  exit "$status"
}

count=0
start=$SECONDS
while read -r pkg name; do
  echo "== fuzz $name ($pkg, $fuzztime)"
  if ! fuzz_one "$pkg" "$name"; then
    echo "== fuzz $name: the deadline race of golang/go#75804, nothing found; once more"
    fuzz_one "$pkg" "$name" || exit 1
  fi
  if [ "${FUZZ_KEEP:-}" = 1 ]; then
    found="$(go env GOCACHE)/fuzz/$pkg/$name"
    if [ -d "$found" ]; then
      keep="$(go list -f '{{.Dir}}' "$pkg")/testdata/fuzz/$name"
      mkdir -p "$keep"
      cp -n "$found"/* "$keep"/
    fi
  fi
  count=$((count + 1))
done <<<"$targets"
echo "fuzzed $count targets for $fuzztime each in $((SECONDS - start))s"
