package main

import (
	"fmt"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
)

// fakeConfig names the function of the fake server (paysketest) that serves
// each operation of the schema.
type fakeConfig struct {
	// Dir is the fake's folder from the repository root.
	Dir string `json:"dir"`
	// Handlers maps "METHOD /path", as in the schema's paths, to the name of
	// the function serving it.
	Handlers map[string]string `json:"handlers"`
	// MissingParams lists, by "METHOD /path", string parameters the
	// schema lacks but the API takes (the schema lost every property named
	// description or title), as paths such as
	// "line_items[].price_data.product_data.description": a name per
	// object, [] for a list's element.
	MissingParams map[string][]string `json:"missing_params"`
}

// httpMethods are the keys of an OpenAPI path item that are operations;
// the others ("parameters", "summary", ...) are not.
var httpMethods = map[string]bool{
	"get": true, "put": true, "post": true, "delete": true,
	"options": true, "head": true, "patch": true, "trace": true,
}

// fakeRoute is one row of the fake's route table.
type fakeRoute struct {
	op      operation
	handler string
}

// writeFakeRoutes writes the fake's routes_gen.go: every operation of the
// schema with its handler. The matching of a request against the table
// stays hand-written in the fake.
func writeFakeRoutes(root string, c *config, s *schema) error {
	rows, err := c.Fake.routes(s)
	if err != nil {
		return err
	}
	f := &goFile{}
	f.p("package %s", filepath.Base(c.Fake.Dir))
	f.doc(0, "endpoints is every operation of the API schema with the function serving it, in path order.")
	f.p("var endpoints = []endpoint{")
	for _, r := range rows {
		f.p("{method: %q, path: %q, handle: %s},", r.op.Method, r.op.Path, r.handler)
	}
	f.p("}")
	return f.write(filepath.Join(root, c.Fake.Dir, "routes_gen.go"))
}

// routes pairs every operation of the schema with its handler, in the
// order of their paths, then methods. An operation without a handler, or a
// handler of an operation the schema does not have, is an error: the fake
// serves the API exactly.
func (fc *fakeConfig) routes(s *schema) ([]fakeRoute, error) {
	if fc == nil || fc.Dir == "" {
		return nil, fmt.Errorf("payskegen: the config needs a fake section with dir and handlers")
	}
	var refs []string
	for path, item := range s.Paths {
		for method := range item {
			if httpMethods[method] {
				refs = append(refs, strings.ToUpper(method)+" "+path)
			}
		}
	}
	for ref := range fc.Handlers {
		if _, err := s.operation(ref); err != nil {
			return nil, fmt.Errorf("payskegen: fake: handler %s serves %w; remove it from fake.handlers or fix the operation", fc.Handlers[ref], err)
		}
	}
	rows := make([]fakeRoute, 0, len(refs))
	for _, ref := range refs {
		op, err := s.operation(ref)
		if err != nil {
			return nil, fmt.Errorf("payskegen: fake: %w", err)
		}
		h, ok := fc.Handlers[ref]
		if !ok {
			return nil, fmt.Errorf("payskegen: fake: the schema's operation %s has no handler in the fake: "+
				"name its function in fake.handlers of the config and write it in %s", ref, fc.Dir)
		}
		if !token.IsIdentifier(h) {
			return nil, fmt.Errorf("payskegen: fake: the handler %q of %s is not a Go identifier", h, ref)
		}
		rows = append(rows, fakeRoute{op: op, handler: h})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].op.Path != rows[j].op.Path {
			return rows[i].op.Path < rows[j].op.Path
		}
		return rows[i].op.Method < rows[j].op.Method
	})
	return rows, nil
}
