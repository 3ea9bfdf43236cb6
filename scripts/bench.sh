#!/usr/bin/env bash
# Regenerates the figures of BENCHMARKS.md and their charts: on each Go
# version (the installed one, the minimum this machine supports, and the
# current release named in .ci/toolchain) it runs the paired benchmarks
# (SDK next to its floor) in COUNT rounds, summarises them with benchstat, draws
# docs/benchmarks/overhead-<go>.svg and runs the budget check, and writes one
# section per version below the figures marker.
#
#   scripts/bench.sh              # COUNT=10, BENCHTIME=1s: about 10 minutes
#   COUNT=3 BENCHTIME=200ms scripts/bench.sh
#
# Run it on an otherwise idle machine: the ratios survive load, the absolute
# times do not.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${COUNT:-10}
benchtime=${BENCHTIME:-1s}
out=docs/benchmarks
mkdir -p "$out"
packages=(. ./internal/bench)

# shellcheck source=/dev/null
. .ci/toolchain
# "local" is the installed Go; the current release is fetched through the
# module proxy on first use, as .ci/run does.
toolchains=(local "$current_go")

benchstat=$(command -v benchstat || echo "$(go env GOPATH)/bin/benchstat")
if [ ! -x "$benchstat" ]; then
  echo "== installing benchstat"
  go install golang.org/x/perf/cmd/benchstat@latest
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
figures="$tmp/figures.md"
: >"$figures"
today=$(date -u +%Y-%m-%d)
failed=()

for tc in "${toolchains[@]}"; do
  export GOTOOLCHAIN=$tc
  version=$(go version | cut -d' ' -f3) # go1.26.8
  minor=$(echo "$version" | cut -d. -f1-2) # go1.26: one file per minor release
  if [ "$tc" = local ]; then
    what="the installed Go, the minimum this machine supports"
  else
    what="the current release, named in .ci/toolchain"
  fi

  # Round by round: each round runs every benchmark of a package once, so
  # the SDK and its floor run back to back -count times, and a slow spell
  # of a shared machine lands on both sides rather than on all the runs of
  # one. The test binaries are built once and run in their package's
  # folder, as go test runs them.
  echo "== $version: benchmarks ($count rounds, -benchtime $benchtime)"
  : >"$out/results-$minor.txt"
  for pkg in "${packages[@]}"; do
    go test -c -o "$tmp/$(basename "$(realpath "$pkg")").test" "$pkg"
  done
  for round in $(seq "$count"); do
    for pkg in "${packages[@]}"; do
      (cd "$pkg" && "$tmp/$(basename "$(realpath .)").test" -test.run '^$' -test.bench . -test.benchmem -test.count 1 -test.benchtime "$benchtime") |
        tee -a "$out/results-$minor.txt"
    done
    echo "== $version: round $round of $count done"
  done
  "$benchstat" "$out/results-$minor.txt" >"$out/benchstat-$minor.txt"
  cat "$out/benchstat-$minor.txt"

  echo "== $version: chart"
  table="$tmp/table-$minor.md"
  go run ./internal/benchchart -o "$out/overhead-$minor.svg" -md "$table" <"$out/benchstat-$minor.txt"

  echo "== $version: budgets"
  # A budget over its limit on one Go version is a figure to publish like
  # the others: the section is written and the script fails at the end.
  # -p 1, as in .ci/run: the two packages' comparisons do not share the
  # cores with each other.
  if ! PAYSKE_BENCH_BUDGETS=1 go test -p 1 -run 'TestBudgets|TestDecodeBudget' -count 1 -v -benchtime 200ms "${packages[@]}" >"$tmp/budgets.log"; then
    failed+=("$version")
  fi
  # The logged figures, and for a failed check its Error: and Messages: lines.
  grep -E '_test.go:[0-9]+:|^[[:space:]]+(Error|Messages):|^(--- |ok|FAIL)' "$tmp/budgets.log" |
    sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//' | tee "$out/budgets-$minor.txt"

  {
    echo "### $version"
    echo
    echo "Measured $today with $version ($what), $(nproc) cores, $count rounds, -benchtime $benchtime."
    echo
    echo "![SDK overhead per operation, $version]($out/overhead-$minor.svg)"
    echo
    cat "$table"
    echo
    echo "The table is benchstat's wall-clock medians over the rounds, in each of which every benchmark ran once; the budget check below interleaves the sides nine rounds (eighteen for the list) and compares CPU time, and CI enforces it on this Go version as on the other (see internal/bench/budget.go):"
    echo
    echo '```'
    cat "$out/budgets-$minor.txt"
    echo '```'
    echo
  } >>"$figures"
done
unset GOTOOLCHAIN

# Replace what lies between the figures markers of BENCHMARKS.md (without
# the blank line after the last section).
sed -i '$ d' "$figures"
awk -v figures="$figures" '
  /<!-- figures:start -->/ { print; while ((getline line < figures) > 0) print line; skip = 1; next }
  /<!-- figures:end -->/ { skip = 0 }
  !skip { print }
' BENCHMARKS.md >BENCHMARKS.md.new
mv BENCHMARKS.md.new BENCHMARKS.md
echo "== wrote BENCHMARKS.md and $out/overhead-*.svg"
if [ ${#failed[@]} -gt 0 ]; then
  echo "== budgets over their limits on: ${failed[*]}" >&2
  exit 1
fi
