package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Streams as `go test -json` writes them (Time fields left out).
const (
	passing = `{"Action":"start","Package":"m/a"}
{"Action":"run","Package":"m/a","Test":"TestOK"}
{"Action":"output","Package":"m/a","Test":"TestOK","Output":"=== RUN   TestOK\n"}
{"Action":"output","Package":"m/a","Test":"TestOK","Output":"    a_test.go:3: counts: lost=0\n"}
{"Action":"output","Package":"m/a","Test":"TestOK","Output":"--- PASS: TestOK (0.00s)\n"}
{"Action":"pass","Package":"m/a","Test":"TestOK","Elapsed":0}
{"Action":"output","Package":"m/a","Output":"PASS\n"}
{"Action":"output","Package":"m/a","Output":"ok  \tm/a\t0.010s\n"}
{"Action":"pass","Package":"m/a","Elapsed":0.01}
{"Action":"start","Package":"m/b"}
{"Action":"output","Package":"m/b","Output":"?   \tm/b\t[no test files]\n"}
{"Action":"skip","Package":"m/b","Elapsed":0}
`
	failing = `{"Action":"start","Package":"m/c"}
{"Action":"run","Package":"m/c","Test":"TestOK"}
{"Action":"output","Package":"m/c","Test":"TestOK","Output":"=== RUN   TestOK\n"}
{"Action":"output","Package":"m/c","Test":"TestOK","Output":"    c_test.go:3: counts: lost=0\n"}
{"Action":"pass","Package":"m/c","Test":"TestOK","Elapsed":0}
{"Action":"run","Package":"m/c","Test":"TestBad/sub"}
{"Action":"output","Package":"m/c","Test":"TestBad/sub","Output":"    c_test.go:4: boom\n"}
{"Action":"fail","Package":"m/c","Test":"TestBad/sub","Elapsed":0}
{"Action":"output","Package":"m/c","Test":"TestBad","Output":"--- FAIL: TestBad (0.00s)\n"}
{"Action":"fail","Package":"m/c","Test":"TestBad","Elapsed":0}
{"Action":"output","Package":"m/c","Output":"FAIL\tm/c\t0.010s\n"}
{"Action":"fail","Package":"m/c","Elapsed":0.01}
`
	unfinished = `{"Action":"start","Package":"m/d"}
{"Action":"run","Package":"m/d","Test":"TestHangs"}
{"Action":"output","Package":"m/d","Test":"TestHangs","Output":"panic: test timed out after 10m0s\n"}
`
	buildFailed = `{"ImportPath":"m/e [m/e.test]","Action":"build-output","Output":"./x.go:2:12: undefined: y\n"}
{"ImportPath":"m/e [m/e.test]","Action":"build-fail"}
{"Action":"start","Package":"m/e"}
{"Action":"output","Package":"m/e","Output":"FAIL\tm/e [build failed]\n"}
{"Action":"fail","Package":"m/e","Elapsed":0,"FailedBuild":"m/e [m/e.test]"}
`
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name       string
		stream     string
		want       string
		wantFailed bool
	}{
		{"passing packages print their result lines only", passing,
			"ok  \tm/a\t0.010s\n?   \tm/b\t[no test files]\n", false},
		{"a failed package prints its failed tests' output, not the passing ones'", failing,
			"    c_test.go:4: boom\n--- FAIL: TestBad (0.00s)\nFAIL\tm/c\t0.010s\n", true},
		{"a package without a result prints what its running tests printed", unfinished,
			"panic: test timed out after 10m0s\n", true},
		{"a build error is printed", buildFailed,
			"./x.go:2:12: undefined: y\nFAIL\tm/e [build failed]\n", true},
		{"a line that is not an event is passed on", "go: cannot find main module\n",
			"go: cannot find main module\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			failed, err := summarize(strings.NewReader(tt.stream), &out)
			require.NoError(t, err)
			assert.Equal(t, tt.want, out.String())
			assert.Equal(t, tt.wantFailed, failed)
		})
	}
}

func TestGrep(t *testing.T) {
	tests := []struct {
		name  string
		pkg   string
		want  string
		wantN int
	}{
		{"every package", "", "    a_test.go:3: counts: lost=0\n    c_test.go:3: counts: lost=0\n", 2},
		{"one package", "m/c", "    c_test.go:3: counts: lost=0\n", 1},
		{"no match", "m/b", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			n, err := grep(strings.NewReader(passing+failing), &out, regexp.MustCompile(`lost=\d`), tt.pkg)
			require.NoError(t, err)
			assert.Equal(t, tt.want, out.String())
			assert.Equal(t, tt.wantN, n)
		})
	}
}
