#!/usr/bin/env bash
# Runs every Go fuzz target of the module for a short while, one at a time
# (go test -fuzz takes one target in one package per run). The targets are
# found with go test -list, so a new Fuzz function is picked up without
# editing this script.
#
#   scripts/fuzz.sh            # each target for $FUZZTIME (default 2s)
#   FUZZTIME=30s scripts/fuzz.sh ./webhook
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
# (testdata/fuzz/<Target>/), so that a longer session's corpus can be
# committed and every `go test` replays it (see CONTRIBUTING.md):
#
#   FUZZTIME=30s FUZZ_KEEP=1 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${FUZZTIME:-2s}
pkgs=("$@")
if [ ${#pkgs[@]} -eq 0 ]; then
  pkgs=(./...)
fi

# go test -list prints the matching names of each package, then a line
# "ok <import path> <time>"; pair each name with its package.
listing=$(go test -run '^$' -list '^Fuzz' "${pkgs[@]}")
targets=$(awk '
  /^Fuzz/ { names[n++] = $1; next }
  /^ok/   { for (i = 0; i < n; i++) print $2, names[i]; n = 0 }
' <<<"$listing")

if [ -z "$targets" ]; then
  echo "no fuzz targets found in ${pkgs[*]}"
  exit 1
fi

count=0
start=$SECONDS
while read -r pkg name; do
  echo "== fuzz $name ($pkg, $fuzztime)"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime 1000x "$pkg"
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
