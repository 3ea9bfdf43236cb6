// Command testlog prints the output of `go test -json` the way a CI log
// wants it, so that one test run can both gate CI and show what its tests
// logged:
//
//	go test -race -count=1 -json ./... >test.json
//	go run ./scripts/testlog test.json
//	go run ./scripts/testlog -pkg github.com/payske/payske-go/reliability -show 'lost=' test.json
//
// Without -show it prints what a plain `go test ./...` would: each
// package's result line ("ok", "?", "FAIL"), build errors, and for a
// package that failed the output of its failed (or unfinished: panicked,
// timed out) tests and its own lines. It exits with status 1 when a test,
// a package or a build failed.
//
// With -show it prints instead the lines that passing and failing tests
// logged and that match the regular expression, optionally only those of
// the package -pkg; -json keeps every test's log (it implies -v), so this
// is where a suite's counts come from. It exits with status 1 when no line
// matches, so that a renamed log line cannot drop silently out of the CI
// log.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"regexp"
	"strings"
)

// event is the part of a `go test -json` event (cmd/test2json) used here.
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

// outputLine is one line of a package's output and the test it belongs
// to ("" for the package's own lines).
type outputLine struct {
	test, text string
}

// pkgOutput is what a package printed so far, and how each of its finished
// tests ended.
type pkgOutput struct {
	lines []outputLine
	ended map[string]string
}

func main() {
	log.SetFlags(0)
	show := flag.String("show", "", "print the test output lines matching this regular expression instead of the results")
	pkg := flag.String("pkg", "", "with -show, only the lines of this package (import path)")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("testlog: usage: testlog [-show REGEXP [-pkg IMPORTPATH]] FILE")
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatalf("testlog: %v", err)
	}
	defer f.Close()

	if *show == "" {
		failed, err := summarize(f, os.Stdout)
		if err != nil {
			log.Fatalf("testlog: reading %s: %v", flag.Arg(0), err)
		}
		if failed {
			os.Exit(1)
		}
		return
	}
	re, err := regexp.Compile(*show)
	if err != nil {
		log.Fatalf("testlog: -show: %v", err)
	}
	n, err := grep(f, os.Stdout, re, *pkg)
	if err != nil {
		log.Fatalf("testlog: reading %s: %v", flag.Arg(0), err)
	}
	if n == 0 {
		log.Fatalf("testlog: no test output line of %s matches -show %q", flag.Arg(0), *show)
	}
}

// events calls fn with each event of r. A line that is not a JSON event
// (go test prints a few plain lines when it cannot start) is passed on as
// the output of a package of its own.
func events(r io.Reader, fn func(event)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Action == "" {
			fn(event{Action: "build-output", Output: sc.Text() + "\n"})
			continue
		}
		fn(e)
	}
	return sc.Err()
}

// summarize writes to w what a plain `go test` prints for the events in r
// and reports whether anything failed.
func summarize(r io.Reader, w io.Writer) (failed bool, err error) {
	pkgs := map[string]*pkgOutput{}
	var order []string
	get := func(name string) *pkgOutput {
		p, ok := pkgs[name]
		if !ok {
			p = &pkgOutput{ended: map[string]string{}}
			pkgs[name] = p
			order = append(order, name)
		}
		return p
	}
	printFailure := func(p *pkgOutput) {
		for _, l := range p.lines {
			if l.test == "" || (p.ended[l.test] != "pass" && p.ended[l.test] != "skip") {
				fmt.Fprint(w, l.text)
			}
		}
	}

	err = events(r, func(e event) {
		switch {
		case e.Action == "build-output":
			fmt.Fprint(w, e.Output)
		case e.Action == "build-fail":
			failed = true
		case e.Action == "output":
			p := get(e.Package)
			p.lines = append(p.lines, outputLine{e.Test, e.Output})
		case e.Test != "":
			if e.Action == "pass" || e.Action == "fail" || e.Action == "skip" {
				get(e.Package).ended[e.Test] = e.Action
			}
		case e.Action == "pass" || e.Action == "skip":
			for _, l := range get(e.Package).lines {
				if l.test == "" && (strings.HasPrefix(l.text, "ok ") || strings.HasPrefix(l.text, "? ")) {
					fmt.Fprint(w, l.text)
				}
			}
			delete(pkgs, e.Package)
		case e.Action == "fail":
			failed = true
			printFailure(get(e.Package))
			delete(pkgs, e.Package)
		}
	})
	// A package with no result ended with go test itself (killed, or the
	// stream cut short): all it printed may matter.
	for _, name := range order {
		if p, ok := pkgs[name]; ok {
			failed = true
			printFailure(p)
		}
	}
	return failed, err
}

// grep writes to w the lines that tests (of package pkg, unless it is "")
// logged and that match re, and returns how many it wrote.
func grep(r io.Reader, w io.Writer, re *regexp.Regexp, pkg string) (int, error) {
	n := 0
	err := events(r, func(e event) {
		if e.Action != "output" || e.Test == "" || (pkg != "" && e.Package != pkg) {
			return
		}
		if line := strings.TrimRight(e.Output, "\n"); re.MatchString(line) {
			fmt.Fprintln(w, line)
			n++
		}
	})
	return n, err
}
