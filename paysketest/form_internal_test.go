package paysketest

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nested is the key name followed by depth bracketed parts: a[x][x]...
func nested(name string, depth int) string {
	return name + strings.Repeat("[x]", depth)
}

// TestParseFormLimits checks each limit at its edge: the largest form it
// allows parses, one more is a formError naming the limit and (for a key)
// the key, shortened.
func TestParseFormLimits(t *testing.T) {
	manyParams := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte('&')
			}
			fmt.Fprintf(&b, "metadata[k%d]=v", i)
		}
		return b.String()
	}
	longKey := "a" + strings.Repeat("b", maxFormKeyLen-1)
	cases := []struct {
		name, raw string
		msg       string // "" when the form is within the limits
		param     string // the key, shortened to 64 bytes and "..."
	}{
		{"depth at the limit", nested("a", maxFormDepth) + "=1", "", ""},
		{"depth over the limit", nested("a", maxFormDepth+1) + "=1", "form key nesting deeper than 8 levels", nested("a", maxFormDepth+1)},
		{"appends over the limit", "a" + strings.Repeat("[]", maxFormDepth+1) + "=1", "form key nesting deeper than 8 levels", "a" + strings.Repeat("[]", maxFormDepth+1)},
		{"params at the limit", manyParams(maxFormParams), "", ""},
		{"params over the limit", manyParams(maxFormParams + 1), "more than 1000 form parameters", ""},
		{"empty pairs do not count", strings.Repeat("&", 5000) + "a=1", "", ""},
		{"key at the limit", longKey + "=1", "", ""},
		{"key over the limit", longKey + "c=1", "form key longer than 1024 bytes", "a" + strings.Repeat("b", 63) + "..."},
		{"escaped key over the limit", strings.Repeat("%5B", 342) + "=1", "form key longer than 1024 bytes", strings.Repeat("%5B", 21) + "%..."},
		{"huge nesting", "a" + strings.Repeat("[]", 512*1024) + "=1", "form key longer than 1024 bytes", "a" + strings.Repeat("[]", 31) + "[..."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseForm(tc.raw)
			if tc.msg == "" {
				require.NoError(t, err)
				return
			}
			var fe *formError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, tc.msg, fe.msg)
			assert.Equal(t, tc.param, fe.param)
		})
	}
}

// TestParseFormDepthCoversTheSchema checks that the nesting limit leaves
// room for the deepest parameter of the schema, with a map key or list
// index under it.
func TestParseFormDepthCoversTheSchema(t *testing.T) {
	var depth func(p *paramSpec) int
	depth = func(p *paramSpec) int {
		switch p.kind {
		case kindMap:
			return 1
		case kindList:
			return 1 + depth(p.elem)
		case kindObject:
			d := 0
			for _, c := range p.children {
				d = max(d, 1+depth(c))
			}
			return d
		}
		return 0
	}
	deepest := 0
	for _, e := range endpointParams {
		for _, c := range e.children {
			deepest = max(deepest, depth(c))
		}
	}
	assert.Equal(t, 5, deepest, "line_items[0][price_data][product_data][metadata][key]")
	assert.Greater(t, maxFormDepth, deepest+1)
	_, err := parseForm("line_items[0][price_data][product_data][metadata][key]=v")
	require.NoError(t, err)
}

// TestHostileFormIsCheap parses the 1 MiB body of one key nested half a
// million times, which used to build a tree of as many nodes (hundreds of
// MiB): refused, it must cost little more than the body itself.
func TestHostileFormIsCheap(t *testing.T) {
	body := "a" + strings.Repeat("[]", (maxBodyBytes-4)/2) + "=1"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := parseForm(body)
	runtime.ReadMemStats(&after)
	require.Error(t, err)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4*maxBodyBytes), "bytes allocated parsing it")
}

// FuzzParseForm checks that any form parses or fails without panicking,
// and that a form that parses stays within the limits: no more parameters
// than allowed, no deeper than allowed, and no more nodes than its
// parameters can make, so the work is bounded by the limits.
func FuzzParseForm(f *testing.F) {
	for _, s := range []string{
		"amount=100&currency=usd", "a[b][0][c]=1&a[b][1][c]=2", "e[]=x&e[]=y&m%5Bk%5D=v+w",
		nested("a", maxFormDepth) + "=1", nested("a", maxFormDepth+1) + "=1", "a" + strings.Repeat("[]", 40) + "=1",
		"a=1&a[b]=2", "[x]=1", "a[b=1", "a=%zz", "&&&", "a[]]=1", "a[[b]]=1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n, err := parseForm(raw)
		if err != nil {
			var fe *formError
			if !errors.As(err, &fe) || fe.msg == "" || len(fe.param) > maxParamEcho+len("...") {
				t.Fatalf("error %v for %q: not a formError with a message and a short param", err, raw)
			}
			return
		}
		params := 0
		for _, pair := range strings.Split(raw, "&") {
			if pair != "" {
				params++
			}
		}
		if params > maxFormParams {
			t.Fatalf("%d parameters accepted, over the limit of %d", params, maxFormParams)
		}
		nodes, deepest := 0, 0
		var walk func(n *formNode, d int)
		walk = func(n *formNode, d int) {
			nodes++
			deepest = max(deepest, d)
			for _, c := range n.children {
				walk(c, d+1)
			}
		}
		walk(n, 0)
		// The root's children are the names (depth 1), then one level per
		// bracketed part.
		if deepest > maxFormDepth+1 {
			t.Fatalf("a tree %d deep from %q, over the limit of %d", deepest, raw, maxFormDepth+1)
		}
		if nodes > 1+params*(maxFormDepth+1) {
			t.Fatalf("%d nodes from %d parameters", nodes, params)
		}
	})
}
