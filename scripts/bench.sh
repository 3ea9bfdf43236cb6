#!/usr/bin/env bash
# Regenerates the figures of BENCHMARKS.md and docs/benchmarks/overhead.svg:
# runs the paired benchmarks (SDK next to its floor) COUNT times, summarises
# them with benchstat, draws the chart and runs the budget check.
#
#   scripts/bench.sh              # COUNT=10, BENCHTIME=1s: about 5 minutes
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

echo "== benchmarks (-count $count -benchtime $benchtime)"
go test -run '^$' -bench . -benchmem -count "$count" -benchtime "$benchtime" "${packages[@]}" | tee "$out/results.txt"

benchstat=$(command -v benchstat || echo "$(go env GOPATH)/bin/benchstat")
if [ ! -x "$benchstat" ]; then
  echo "== installing benchstat"
  go install golang.org/x/perf/cmd/benchstat@latest
fi
"$benchstat" "$out/results.txt" >"$out/benchstat.txt"
cat "$out/benchstat.txt"

echo "== chart"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
go run ./internal/benchchart -o "$out/overhead.svg" -md "$table" <"$out/benchstat.txt"

echo "== budgets"
PAYSKE_BENCH_BUDGETS=1 go test -run 'TestBudgets|TestDecodeBudget' -count 1 -v -benchtime 200ms "${packages[@]}" |
  grep -E '_test.go:[0-9]+:|^(--- |ok|FAIL)' | sed -E 's/^ +//' | tee "$out/budgets.txt"

# Replace what lies between the figures markers of BENCHMARKS.md.
figures=$(mktemp)
{
  echo "Measured $(date -u +%Y-%m-%d) with $(go version | cut -d' ' -f3), $(nproc) cores, -count $count -benchtime $benchtime."
  echo
  cat "$table"
  echo
  echo "The table is benchstat's wall-clock medians, each side run -count times in a row; the budget check below interleaves the sides and compares CPU time, and is the one CI enforces (see internal/bench/budget.go):"
  echo
  echo '```'
  cat "$out/budgets.txt"
  echo '```'
} >"$figures"
awk -v figures="$figures" '
  /<!-- figures:start -->/ { print; while ((getline line < figures) > 0) print line; skip = 1; next }
  /<!-- figures:end -->/ { skip = 0 }
  !skip { print }
' BENCHMARKS.md >BENCHMARKS.md.new
mv BENCHMARKS.md.new BENCHMARKS.md
rm -f "$figures"
echo "== wrote BENCHMARKS.md and $out/overhead.svg"
