package bench

import (
	"slices"
	"testing"
	"time"
)

// Comparison is an SDK benchmark measured against its floor in one run.
type Comparison struct {
	// Ratio is the median over the rounds of SDK ns/op ÷ floor ns/op, in
	// CPU time.
	Ratio float64

	// Ratios are the per-round ratios Ratio is the median of.
	Ratios []float64

	// SDKNs and FloorNs are the median CPU ns/op of each side.
	SDKNs, FloorNs float64

	// WallRatio is the median ratio of wall-clock ns/op, as go test -bench
	// reports them.
	WallRatio float64

	// SDKAllocs and FloorAllocs are the most allocations per op that any
	// round saw on each side.
	SDKAllocs, FloorAllocs int64
}

// Compare runs sdk and floor with testing.Benchmark, alternately, for the
// given number of rounds (at least 1), and returns their ratio.
//
// Each round's ratio is taken from two runs made back to back, so a slowdown
// of the machine that lasts longer than a round (another process's build, a
// CPU frequency change) affects both sides alike and cancels out; the median
// over rounds then discards the rounds that a short burst of load hit on one
// side only. Which side goes first alternates, so that neither always runs
// on a warmer cache or a freshly collected heap. The run length of each side
// is the -test.benchtime flag's.
//
// Time is the process's CPU time, not the wall clock: on a machine whose
// cores other processes share, a run is descheduled for stretches of
// milliseconds, which the wall clock charges to whichever side was running
// and CPU time does not. The process's CPU time includes the collector's
// and, for whole calls, the in-process server's, which both sides pay.
func Compare(rounds int, sdk, floor func(*testing.B)) Comparison {
	var c Comparison
	var sdkNs, floorNs, wall []float64
	for i := range max(rounds, 1) {
		var s, f measurement
		if i%2 == 0 {
			s, f = measure(sdk), measure(floor)
		} else {
			f, s = measure(floor), measure(sdk)
		}
		sdkNs, floorNs = append(sdkNs, s.cpuNs), append(floorNs, f.cpuNs)
		c.Ratios = append(c.Ratios, s.cpuNs/f.cpuNs)
		wall = append(wall, s.wallNs/f.wallNs)
		c.SDKAllocs = max(c.SDKAllocs, s.allocs)
		c.FloorAllocs = max(c.FloorAllocs, f.allocs)
	}
	c.Ratio, c.SDKNs, c.FloorNs, c.WallRatio = median(c.Ratios), median(sdkNs), median(floorNs), median(wall)
	return c
}

// measurement is one testing.Benchmark run of a side.
type measurement struct {
	cpuNs, wallNs float64
	allocs        int64
}

// measure runs fn with testing.Benchmark and takes the CPU time of its
// final, longest run (testing.Benchmark calls fn with growing b.N until it
// lasts benchtime; the result is that of the last call). Setup inside fn
// before b.ResetTimer is counted too, which a run of benchtime makes small.
func measure(fn func(*testing.B)) measurement {
	var cpu time.Duration
	var n int
	r := testing.Benchmark(func(b *testing.B) {
		start := processCPUTime()
		fn(b)
		cpu, n = processCPUTime()-start, b.N
	})
	m := measurement{wallNs: nsPerOp(r.T, r.N), allocs: r.AllocsPerOp()}
	m.cpuNs = nsPerOp(cpu, n)
	if cpu <= 0 || n != r.N {
		m.cpuNs = m.wallNs
	}
	return m
}

// nsPerOp is d/n in nanoseconds, without BenchmarkResult.NsPerOp's rounding
// to whole nanoseconds, which would distort the ratio of operations a few
// hundred nanoseconds long.
func nsPerOp(d time.Duration, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(d.Nanoseconds()) / float64(n)
}

// median returns the middle value of xs (the mean of the two middle values
// for an even count), leaving xs as it was.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
