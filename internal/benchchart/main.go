// Command benchchart reads `go test -bench` output, or benchstat's summary
// of it, and writes an SVG bar chart of the SDK's overhead per operation:
// the ns/op of each BenchmarkOp/sdk divided by that of its sibling floor
// (BenchmarkOp/nethttp, /encoding_json, /go_querystring). With raw output
// from -count N, each benchmark's median is used.
//
//	go test -run '^$' -bench . -count 10 ./... | go run ./internal/benchchart -o chart.svg -md table.md
//
// -md also writes the ratios as a Markdown table, for BENCHMARKS.md.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	out := flag.String("o", "", "write the SVG to this file instead of standard output")
	md := flag.String("md", "", "also write the ratios as a Markdown table to this file")
	flag.Parse()
	if err := run(os.Stdin, *out, *md); err != nil {
		fmt.Fprintln(os.Stderr, "benchchart:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out, md string) error {
	results, err := parse(in)
	if err != nil {
		return err
	}
	ops := overheads(results)
	if len(ops) == 0 {
		return fmt.Errorf("no pair of <op>/sdk and <op>/<floor> benchmarks with ns/op in the input")
	}
	if md != "" {
		// A committed document, readable by all like the rest of the tree.
		if err := os.WriteFile(md, []byte(table(ops)), 0o644); err != nil { //nolint:gosec // G306: see above
			return err
		}
	}
	w := io.Writer(os.Stdout)
	if out != "" {
		f, err := os.Create(out) //nolint:gosec // G304: the path is the developer's -out flag
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	return render(w, ops)
}
