package main

import (
	"bufio"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// result is one benchmark's ns/op samples, in input order of first sight.
type result struct {
	name    string
	samples []float64
}

var (
	// BenchmarkFormCharge/sdk-2   1022870   1227 ns/op   1400 B/op ...
	rawLine = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([0-9.]+) ns/op`)
	// FormCharge/sdk-2   1.227µ ± 3%   (benchstat's sec/op table)
	statLine  = regexp.MustCompile(`^(\S+?)(?:-\d+)?\s+([0-9.]+)([num]|µ)?\s+±`)
	unitScale = map[string]float64{"": 1e9, "m": 1e6, "µ": 1e3, "u": 1e3, "n": 1}
)

// parse reads raw benchmark lines and rows of benchstat sec/op tables.
// Anything else (headers, B/op and allocs/op tables, PASS lines) is skipped.
func parse(in io.Reader) ([]*result, error) {
	var results []*result
	byName := map[string]*result{}
	add := func(name string, ns float64) {
		r := byName[name]
		if r == nil {
			r = &result{name: name}
			byName[name] = r
			results = append(results, r)
		}
		r.samples = append(r.samples, ns)
	}
	inSecTable := false
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := rawLine.FindStringSubmatch(line); m != nil {
			if ns, err := strconv.ParseFloat(m[2], 64); err == nil {
				add(m[1], ns)
			}
			continue
		}
		switch {
		case strings.Contains(line, "│") && strings.Contains(line, "/op"):
			inSecTable = strings.Contains(line, "sec/op")
			continue
		case line == "" || strings.HasPrefix(line, "geomean"):
			inSecTable = false
			continue
		}
		if !inSecTable {
			continue
		}
		if m := statLine.FindStringSubmatch(line); m != nil {
			if v, err := strconv.ParseFloat(m[2], 64); err == nil {
				add(m[1], v*unitScale[m[3]])
			}
		}
	}
	return results, sc.Err()
}

// overhead is one operation's SDK time over its floor's.
type overhead struct {
	op, floor string
	ratio     float64
}

// overheads pairs every <op>/sdk with the first other <op>/<name>.
func overheads(results []*result) []overhead {
	med := map[string]float64{}
	var ops []string
	floors := map[string]string{}
	for _, r := range results {
		med[r.name] = median(r.samples)
		op, side, ok := strings.Cut(r.name, "/")
		if !ok {
			continue
		}
		if !slices.Contains(ops, op) {
			ops = append(ops, op)
		}
		if side != "sdk" && floors[op] == "" {
			floors[op] = side
		}
	}
	var out []overhead
	for _, op := range ops {
		sdk, floor := med[op+"/sdk"], med[op+"/"+floors[op]]
		if floors[op] == "" || sdk == 0 || floor == 0 {
			continue
		}
		out = append(out, overhead{op: op, floor: floors[op], ratio: sdk / floor})
	}
	return out
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
