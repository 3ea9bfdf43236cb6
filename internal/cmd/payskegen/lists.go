package main

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
)

// listsConfig is the root package's list page types, written to
// lists_gen.go: each embeds ListMeta and holds one page of items in Data.
type listsConfig struct {
	Types []*listConfig `json:"types"`
}

// listConfig is one list page type.
type listConfig struct {
	// Name is the Go type name, as in "ChargeList".
	Name string `json:"name"`
	// Item is the Go type listed: Data is a []*Item.
	Item string `json:"item,omitempty"`
	// Raw keeps each item as the JSON received (Data is a
	// []json.RawMessage), for objects this SDK does not model.
	Raw bool `json:"raw,omitempty"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
}

// listsFile is the file the list page types are written to, from the root.
const listsFile = "lists_gen.go"

// resolveLists checks the lists config: every type has a name ending in
// List, a doc, and either an item type or raw, and no two share a name.
func resolveLists(c *listsConfig) error {
	if c == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, l := range c.Types {
		if !token.IsIdentifier(l.Name) || !token.IsExported(l.Name) || !strings.HasSuffix(l.Name, "List") {
			return fmt.Errorf("payskegen: lists: %q is not an exported Go name ending in List", l.Name)
		}
		if seen[l.Name] {
			return fmt.Errorf("payskegen: lists: two lists are named %s", l.Name)
		}
		seen[l.Name] = true
		if l.Doc == "" {
			return fmt.Errorf("payskegen: lists: %s needs a doc", l.Name)
		}
		if (l.Item == "") == !l.Raw {
			return fmt.Errorf("payskegen: lists: %s needs either an item type or raw", l.Name)
		}
		if l.Item != "" && (!token.IsIdentifier(l.Item) || !token.IsExported(l.Item)) {
			return fmt.Errorf("payskegen: lists: %s: item %q is not an exported Go name", l.Name, l.Item)
		}
	}
	return nil
}

// markListed marks the modelled objects a list page type holds, which
// then get a fields type (see hasFieldsType).
func markListed(c *listsConfig, files []*modelFileConfig) {
	if c == nil {
		return
	}
	items := map[string]bool{}
	for _, l := range c.Types {
		items[l.Item] = !l.Raw
	}
	for _, mf := range files {
		for _, m := range mf.Types {
			m.listed = items[m.Name]
		}
	}
}

// dataType is the Go type of the list's Data field.
func (l *listConfig) dataType() string {
	if l.Raw {
		return "[]json.RawMessage"
	}
	return "[]*" + l.Item
}

// writeLists writes the list page types into lists_gen.go in the root
// package.
func writeLists(root string, c *listsConfig) error {
	if c == nil || len(c.Types) == 0 {
		return nil
	}
	body := &goFile{}
	for _, l := range c.Types {
		body.p("")
		body.doc(0, l.Doc)
		body.p("type %s struct {", l.Name)
		body.p("\tListMeta")
		body.p("\tData %s `%s`", l.dataType(), jsonTag("data", false))
		body.p("}")
	}
	return writeRootFile(filepath.Join(root, listsFile), body)
}
