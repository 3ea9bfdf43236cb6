package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// schema is the part of the OpenAPI document the generator reads: which
// operations exist, and their path parameters.
type schema struct {
	Paths map[string]map[string]json.RawMessage `json:"paths"`
}

// operation is one "METHOD /path" of the schema.
type operation struct {
	Method       string   // upper case, as in "POST"
	Path         string   // the schema's path template, as in "/v1/charges/{charge}"
	Placeholders []string // the path template's {names}, in order
}

// String is the operation as the config and the doc comments write it.
func (o operation) String() string { return o.Method + " " + o.Path }

var placeholderRE = regexp.MustCompile(`\{([^{}]+)\}`)

func loadSchema(path string) (*schema, error) {
	data, err := readSchema(path)
	if err != nil {
		return nil, err
	}
	return decodeSchema(path, data)
}

// readSchema reads the schema file, once for every view of it.
func readSchema(path string) ([]byte, error) {
	data, err := os.ReadFile(path) // #nosec G304 -- the generator reads the file it is told to.
	if err != nil {
		return nil, fmt.Errorf("payskegen: reading the schema: %w", err)
	}
	return data, nil
}

// decodeSchema decodes the operations view of the schema read from path.
func decodeSchema(path string, data []byte) (*schema, error) {
	var s schema
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("payskegen: decoding the schema %s: %w", path, err)
	}
	if len(s.Paths) == 0 {
		return nil, fmt.Errorf("payskegen: the schema %s has no paths", path)
	}
	return &s, nil
}

// operation finds the config's "METHOD /path" in the schema, so that the
// config cannot name an endpoint the API does not have.
func (s *schema) operation(ref string) (operation, error) {
	method, path, ok := strings.Cut(ref, " ")
	if !ok || method != strings.ToUpper(method) || !strings.HasPrefix(path, "/") {
		return operation{}, fmt.Errorf("operation %q is not written as \"METHOD /path\"", ref)
	}
	item, ok := s.Paths[path]
	if !ok {
		return operation{}, fmt.Errorf("operation %q: the schema has no path %s", ref, path)
	}
	raw, ok := item[strings.ToLower(method)]
	if !ok {
		return operation{}, fmt.Errorf("operation %q: the schema has no %s on %s", ref, method, path)
	}
	var op struct {
		Parameters []struct {
			Name string `json:"name"`
			In   string `json:"in"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(raw, &op); err != nil {
		return operation{}, fmt.Errorf("operation %q: decoding it: %w", ref, err)
	}
	o := operation{Method: method, Path: path}
	for _, m := range placeholderRE.FindAllStringSubmatch(path, -1) {
		o.Placeholders = append(o.Placeholders, m[1])
	}
	var inPath []string
	for _, p := range op.Parameters {
		if p.In == "path" {
			inPath = append(inPath, p.Name)
		}
	}
	if strings.Join(inPath, ",") != strings.Join(o.Placeholders, ",") {
		return operation{}, fmt.Errorf("operation %q: path parameters %v do not match the template's %v", ref, inPath, o.Placeholders)
	}
	return o, nil
}
