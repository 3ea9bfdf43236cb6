package paysketest

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// formNode is one parameter of a parsed form: a leaf value, or a node whose
// children are named by the bracketed parts of the keys (a[b][0][c]=v).
// Children keep the order in which the request named them, so error
// messages point at the first bad parameter the client sent.
type formNode struct {
	leaf     bool
	value    string
	children map[string]*formNode
	order    []string
}

// Limits of a form body or query. Real parameters nest at most 5 levels
// (line_items[0][price_data][product_data][metadata][key]) and number a
// few dozen; the limits leave room for that many times over while bounding
// what a hostile request costs: without them one 1 MiB key of 500,000
// brackets builds a tree of as many nodes.
const (
	// maxFormDepth is how many bracketed parts may follow a parameter's
	// name: a[b][c] has 2.
	maxFormDepth = 8
	// maxFormParams is how many parameters one body or query may hold.
	maxFormParams = 1000
	// maxFormKeyLen is the length of a parameter's name as sent, escapes
	// included.
	maxFormKeyLen = 1024
	// maxParamEcho is how much of a parameter's name an error repeats.
	maxParamEcho = 64
)

// formError is a malformed or oversized form: a 400 on param.
type formError struct {
	param string
	msg   string
}

func (e *formError) Error() string { return e.msg }

// echo shortens a parameter name for an error message.
func echo(key string) string {
	if len(key) <= maxParamEcho {
		return key
	}
	return strings.ToValidUTF8(key[:maxParamEcho], "") + "..."
}

// parseForm parses an application/x-www-form-urlencoded body (or query) into
// a tree. "a[]" appends to a list; a key used both as a value and as a
// container is an error naming it. Its errors are *formError.
func parseForm(raw string) (*formNode, error) {
	root := &formNode{}
	params := 0
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		if params++; params > maxFormParams {
			return nil, &formError{msg: fmt.Sprintf("more than %d form parameters", maxFormParams)}
		}
		k, v, _ := strings.Cut(pair, "=")
		if len(k) > maxFormKeyLen {
			return nil, &formError{param: echo(k), msg: fmt.Sprintf("form key longer than %d bytes", maxFormKeyLen)}
		}
		key, err := url.QueryUnescape(k)
		if err != nil {
			return nil, &formError{param: echo(k), msg: fmt.Sprintf("the parameter name %q is not valid form encoding", echo(k))}
		}
		value, err := url.QueryUnescape(v)
		if err != nil {
			return nil, &formError{param: echo(key), msg: fmt.Sprintf("the value of %s is not valid form encoding", echo(key))}
		}
		parts, err := splitKey(key)
		if err != nil {
			return nil, err
		}
		if err := root.set(parts, value, key); err != nil {
			return nil, err
		}
	}
	return root, nil
}

// splitKey splits "a[b][0]" into ["a", "b", "0"].
func splitKey(key string) ([]string, error) {
	head, rest, found := strings.Cut(key, "[")
	if head == "" {
		return nil, &formError{param: echo(key), msg: fmt.Sprintf("the parameter name %q is empty before its first bracket", echo(key))}
	}
	parts := []string{head}
	if !found {
		return parts, nil
	}
	rest = "[" + rest
	for rest != "" {
		if len(parts) > maxFormDepth {
			return nil, &formError{param: echo(key), msg: fmt.Sprintf("form key nesting deeper than %d levels", maxFormDepth)}
		}
		if rest[0] != '[' {
			return nil, &formError{param: echo(key), msg: fmt.Sprintf("the parameter name %q has text outside its brackets", echo(key))}
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return nil, &formError{param: echo(key), msg: fmt.Sprintf("the parameter name %q has an unclosed bracket", echo(key))}
		}
		parts = append(parts, rest[1:end])
		rest = rest[end+1:]
	}
	return parts, nil
}

func (n *formNode) set(parts []string, value, key string) error {
	if n.leaf {
		return bothValueAndContainer(key)
	}
	name := parts[0]
	if name == "" {
		name = strconv.Itoa(len(n.order))
	}
	child, ok := n.children[name]
	if !ok {
		child = &formNode{}
		if n.children == nil {
			n.children = map[string]*formNode{}
		}
		n.children[name] = child
		n.order = append(n.order, name)
	}
	if len(parts) == 1 {
		if child.children != nil {
			return bothValueAndContainer(key)
		}
		child.leaf, child.value = true, value
		return nil
	}
	return child.set(parts[1:], value, key)
}

func bothValueAndContainer(key string) error {
	return &formError{param: echo(key), msg: fmt.Sprintf("%s is given both as a value and with sub-parameters", echo(key))}
}

// get returns the child at the path of names, or nil.
func (n *formNode) get(path ...string) *formNode {
	for _, p := range path {
		if n == nil {
			return nil
		}
		n = n.children[p]
	}
	return n
}

// str returns the leaf value at path and whether it was given.
func (n *formNode) str(path ...string) (string, bool) {
	c := n.get(path...)
	if c == nil || !c.leaf {
		return "", false
	}
	return c.value, true
}

// has reports whether the parameter at path was given at all.
func (n *formNode) has(path ...string) bool { return n.get(path...) != nil }

// int returns the integer at path; validation has already checked its form.
func (n *formNode) int(path ...string) (int64, bool) {
	s, ok := n.str(path...)
	if !ok || s == "" {
		return 0, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}

// bool returns the boolean at path; validation has already checked its form.
func (n *formNode) bool(path ...string) (value, given bool) {
	s, ok := n.str(path...)
	if !ok || s == "" {
		return false, false
	}
	return s == "true", true
}

// list returns the children of a list parameter in index order, accepting a
// bare value as a one-element list (expand=customer).
func (n *formNode) list(path ...string) []*formNode {
	c := n.get(path...)
	switch {
	case c == nil:
		return nil
	case c.leaf:
		if c.value == "" {
			return nil
		}
		return []*formNode{c}
	}
	keys := slices.Clone(c.order)
	slices.SortStableFunc(keys, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
	out := make([]*formNode, 0, len(keys))
	for _, k := range keys {
		out = append(out, c.children[k])
	}
	return out
}

// strings returns the leaf values of a list parameter.
func (n *formNode) strings(path ...string) []string {
	var out []string
	for _, c := range n.list(path...) {
		if c.leaf {
			out = append(out, c.value)
		}
	}
	return out
}

// metadata returns the string map at path (nil when absent or unset).
func (n *formNode) metadata(path ...string) map[string]string {
	c := n.get(path...)
	if c == nil || c.leaf {
		return nil
	}
	out := make(map[string]string, len(c.order))
	for _, k := range c.order {
		if ch := c.children[k]; ch.leaf {
			out[k] = ch.value
		}
	}
	return out
}

// bracketed renders a path the way Payske names parameters: a[b][0].
func bracketed(path []string) string {
	var b strings.Builder
	for i, p := range path {
		if i == 0 {
			b.WriteString(p)
			continue
		}
		b.WriteString("[" + p + "]")
	}
	return b.String()
}
