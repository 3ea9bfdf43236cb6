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

// parseForm parses an application/x-www-form-urlencoded body (or query) into
// a tree. "a[]" appends to a list; a key used both as a value and as a
// container is an error naming it.
func parseForm(raw string) (*formNode, error) {
	root := &formNode{}
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			return nil, fmt.Errorf("the parameter name %q is not valid form encoding", k)
		}
		value, err := url.QueryUnescape(v)
		if err != nil {
			return nil, fmt.Errorf("the value of %s is not valid form encoding", key)
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
		return nil, fmt.Errorf("the parameter name %q is empty before its first bracket", key)
	}
	parts := []string{head}
	if !found {
		return parts, nil
	}
	rest = "[" + rest
	for rest != "" {
		if rest[0] != '[' {
			return nil, fmt.Errorf("the parameter name %q has text outside its brackets", key)
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return nil, fmt.Errorf("the parameter name %q has an unclosed bracket", key)
		}
		parts = append(parts, rest[1:end])
		rest = rest[end+1:]
	}
	return parts, nil
}

func (n *formNode) set(parts []string, value, key string) error {
	if n.leaf {
		return fmt.Errorf("%s is given both as a value and with sub-parameters", key)
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
			return fmt.Errorf("%s is given both as a value and with sub-parameters", key)
		}
		child.leaf, child.value = true, value
		return nil
	}
	return child.set(parts[1:], value, key)
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
