package main

import (
	"fmt"
	"strings"
)

// jsonConfig says that an object is expandable: a field of another object
// holds either its bare ID or the whole object, so its type decodes and
// encodes both forms. The methods are the same for every such object but
// for three facts the schema does not give.
type jsonConfig struct {
	// Noun names the object in the doc comments, as in "balance
	// transaction".
	Noun string `json:"noun"`
	// Object is the value of "object" an answer of the object's endpoints
	// carries, which the backend checks (answerObject); empty when no
	// endpoint answers with the object itself.
	Object string `json:"object,omitempty"`
	// Fast decodes an answer straight into a fields type (objectTarget),
	// which the backend uses to scan the bytes once: worth it for the large
	// objects endpoints answer with.
	Fast bool `json:"fast,omitempty"`
}

// resolveJSON checks m's JSON config.
func resolveJSON(m *modelConfig) error {
	j := m.JSON
	if (m.AfterDecode == "") != (m.AfterEncode == "") {
		return fmt.Errorf("payskegen: models: %s: after_decode and after_encode go together, so that what one reads the other writes back", m.Name)
	}
	if j == nil {
		if m.AfterDecode != "" {
			return fmt.Errorf("payskegen: models: %s: after_decode needs json, whose UnmarshalJSON calls it", m.Name)
		}
		return nil
	}
	if m.AfterDecode != "" && j.Fast {
		return fmt.Errorf("payskegen: models: %s: after_decode cannot go with fast, which decodes without UnmarshalJSON", m.Name)
	}
	if j.Noun == "" {
		return fmt.Errorf("payskegen: models: %s: json needs a noun for its doc comments", m.Name)
	}
	hasID := false
	for _, f := range m.fields {
		if f.name == "ID" {
			hasID = true
		}
	}
	if !hasID {
		return fmt.Errorf("payskegen: models: %s: json makes it expandable, but it has no ID field", m.Name)
	}
	return nil
}

// hasFieldsType reports whether m gets a fields type, m without its
// methods, to decode the object itself in one scan with encoding/json: for
// answers (fast) and for the objects of a list page, when they do not
// decode through the generated decoders (decode_text.go). An after_decode method needs the
// object's JSON, so such an object has none.
func hasFieldsType(m *modelConfig) bool {
	return m.JSON != nil && m.AfterDecode == "" && (m.JSON.Fast || m.listed)
}

// writeExpandableJSON writes the JSON methods of an expandable object:
// decoding a bare ID or the whole object, encoding back the form it came
// in, and, for the objects endpoints answer with, the kind the backend
// checks.
func writeExpandableJSON(f *goFile, m *modelConfig) {
	j := m.JSON
	recv := strings.ToLower(m.Name[:1])
	plain := lowerFirst(m.Name)
	f.p("")
	if j.Fast {
		f.doc(0, fmt.Sprintf("UnmarshalJSON decodes a bare %s ID (only ID is set) or a full %s, decoding the object only once.", j.Noun, j.Noun))
	} else {
		f.doc(0, fmt.Sprintf("UnmarshalJSON decodes a bare %s ID (only ID is set) or a full %s.", j.Noun, j.Noun))
	}
	f.p("func (%s *%s) UnmarshalJSON(data []byte) error {", recv, m.Name)
	f.p("\tif id, ok, err := expandedID(data); ok {")
	f.p("\t\tif err != nil {")
	f.p("\t\t\treturn err")
	f.p("\t\t}")
	f.p("\t\t*%s = %s{ID: id}", recv, m.Name)
	f.p("\t\treturn nil")
	f.p("\t}")
	switch {
	case j.Fast:
		f.p("\treturn json.Unmarshal(data, %s.objectTarget())", recv)
	case hasFieldsType(m):
		f.p("\treturn json.Unmarshal(data, (*%sFields)(%s))", plain, recv)
	case m.AfterDecode != "":
		f.p("\ttype %s %s", plain, m.Name)
		f.p("\tif err := json.Unmarshal(data, (*%s)(%s)); err != nil {", plain, recv)
		f.p("\t\treturn err")
		f.p("\t}")
		f.p("\treturn %s.%s(data)", recv, m.AfterDecode)
	default:
		f.p("\ttype %s %s", plain, m.Name)
		f.p("\treturn json.Unmarshal(data, (*%s)(%s))", plain, recv)
	}
	f.p("}")
	if hasFieldsType(m) {
		f.p("")
		see := "UnmarshalJSON"
		if j.Fast {
			see = "objectDecoder"
		}
		f.doc(0, fmt.Sprintf("%sFields is %s without its methods: the target that decodes the object itself with encoding/json (see %s).", plain, m.Name, see))
		f.p("type %sFields %s", plain, m.Name)
	}
	if j.Fast {
		f.p("")
		f.p("// objectTarget implements objectDecoder.")
		f.p("func (%s *%s) objectTarget() any { return (*%sFields)(%s) }", recv, m.Name, plain, recv)
	}
	f.p("")
	f.doc(0, fmt.Sprintf("MarshalJSON encodes %s as a bare ID when only ID is set, and as the full object otherwise, so that a decoded value encodes back as it came.", recv))
	f.p("func (%s %s) MarshalJSON() ([]byte, error) {", recv, m.Name)
	f.p("\tif onlyIDSet(&%s) {", recv)
	f.p("\t\treturn json.Marshal(%s.ID)", recv)
	f.p("\t}")
	f.p("\ttype %s %s", plain, m.Name)
	if m.AfterEncode != "" {
		f.p("\tdata, err := json.Marshal(%s(%s))", plain, recv)
		f.p("\tif err != nil {")
		f.p("\t\treturn nil, err")
		f.p("\t}")
		f.p("\treturn %s.%s(data)", recv, m.AfterEncode)
	} else {
		f.p("\treturn json.Marshal(%s(%s))", plain, recv)
	}
	f.p("}")
	if j.Object != "" {
		f.p("")
		f.p("// answerObject implements objectChecker.")
		f.p("func (%s *%s) answerObject() (string, objectKinds) { return %s.Object, %q }", recv, m.Name, recv, j.Object)
	}
}
