package main

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
)

// referencesConfig is the root package's ID-only reference types, written
// to references_gen.go: objects a resource points to that this SDK does
// not model in full. Each keeps the object's ID and object type, and the
// expanded object whole as raw JSON; its JSON methods call the
// hand-written decodeReference and encodeReference.
type referencesConfig struct {
	Types []*referenceConfig `json:"types"`
}

// referenceConfig is one ID-only reference type.
type referenceConfig struct {
	// Name is the Go type name, as in "ApplicationFee".
	Name string `json:"name"`
	// Object is the object the type stands for, as the schema names it:
	// one of its x-payske-id-only-objects or a schema of
	// components/schemas, as in "application_fee". It is empty for an
	// object the API answers that the schema lacks.
	Object string `json:"object,omitempty"`
	// Noun names the object in the doc comments of the JSON methods, as in
	// "application fee".
	Noun string `json:"noun"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
}

// referencesFile is the file the reference types are written to, from the
// root.
const referencesFile = "references_gen.go"

// resolveReferences checks the references config against the schema:
// every type has a unique exported name, a noun and a doc, and stands for
// an object the schema knows.
func resolveReferences(c *referencesConfig, s *enumSchema) error {
	if c == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, r := range c.Types {
		if !token.IsIdentifier(r.Name) || !token.IsExported(r.Name) {
			return fmt.Errorf("payskegen: references: %q is not an exported Go name", r.Name)
		}
		if seen[r.Name] {
			return fmt.Errorf("payskegen: references: two types are named %s", r.Name)
		}
		seen[r.Name] = true
		if r.Noun == "" || r.Doc == "" {
			return fmt.Errorf("payskegen: references: %s needs a noun and a doc", r.Name)
		}
		if r.Object != "" && !s.knowsObject(r.Object) {
			return fmt.Errorf("payskegen: references: %s: the schema has no object %s among its x-payske-id-only-objects or components/schemas", r.Name, r.Object)
		}
	}
	return nil
}

// knowsObject reports whether the schema names object: as an ID-only
// object or as a schema of components/schemas.
func (s *enumSchema) knowsObject(object string) bool {
	_, ok := s.Components.Schemas[object]
	return ok || slices.Contains(s.IDOnlyObjects, object)
}

// writeReferences writes the reference types into references_gen.go in
// the root package.
func writeReferences(root string, c *referencesConfig) error {
	if c == nil || len(c.Types) == 0 {
		return nil
	}
	body := &goFile{}
	for _, r := range c.Types {
		writeReference(body, r)
	}
	return writeRootFile(filepath.Join(root, referencesFile), body)
}

// writeReference writes one reference type and its JSON methods.
func writeReference(f *goFile, r *referenceConfig) {
	recv := strings.ToLower(r.Name[:1])
	f.p("")
	f.doc(0, r.Doc)
	f.p("type %s struct {", r.Name)
	f.p("\tID      string          `json:\"id\"`")
	f.p("\tObject  string          `json:\"object\"`")
	f.p("\tRawJSON json.RawMessage `json:\"-\"`")
	f.p("}")
	f.p("")
	f.doc(0, fmt.Sprintf("UnmarshalJSON decodes a bare %s ID or an expanded %s.", r.Noun, r.Noun))
	f.p("func (%s *%s) UnmarshalJSON(data []byte) error {", recv, r.Name)
	f.p("\treturn decodeReference(data, &%[1]s.ID, &%[1]s.Object, &%[1]s.RawJSON)", recv)
	f.p("}")
	f.p("")
	f.doc(0, "decodeValue implements valueDecoder, as UnmarshalJSON decodes.")
	f.p("func (%s *%s) decodeValue(tr *textReader) error {", recv, r.Name)
	f.p("\treturn tr.reference(&%[1]s.ID, &%[1]s.Object, &%[1]s.RawJSON)", recv)
	f.p("}")
	f.p("")
	f.doc(0, fmt.Sprintf("MarshalJSON encodes %s as it was received: a bare ID or the full object.", recv))
	f.p("func (%s %s) MarshalJSON() ([]byte, error) {", recv, r.Name)
	f.p("\treturn encodeReference(%[1]s.ID, %[1]s.Object, %[1]s.RawJSON)", recv)
	f.p("}")
}
