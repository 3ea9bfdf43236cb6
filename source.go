package payske

import (
	"encoding/json"
	"errors"
	"slices"

	"github.com/payske/payske-go/form"
)

// decodeTypeData fills TypeData from data, a source's JSON, once its fields
// are decoded: the object under the key Type names. A kind whose value is
// not an object leaves TypeData nil.
func (s *Source) decodeTypeData(data []byte) error {
	s.TypeData = nil
	if s.Type == "" {
		return nil
	}
	var kinds map[string]json.RawMessage
	if err := json.Unmarshal(data, &kinds); err != nil {
		return err
	}
	raw, ok := kinds[string(s.Type)]
	if !ok {
		return nil
	}
	var m map[string]interface{}
	if err := json.Unmarshal(raw, &m); err != nil {
		// null, or a value of another shape: not a kind's details.
		return nil
	}
	s.TypeData = m
	return nil
}

// sourceObjectParamsFields is SourceObjectParams without its methods, so
// that the form encoder walks the fields instead of calling AppendTo again.
type sourceObjectParamsFields SourceObjectParams

// errTypeDataWithoutType is what checkParams reports.
var errTypeDataWithoutType = errors.New("payske: SourceObjectParams.TypeData is set but Type is nil; set Type to the kind of source the data is for, as TypeData is sent as <type>[key]=value")

// AppendTo implements form.Appender: the fields as the form encoder writes
// them, the embedded Params included, then TypeData under Type, in key
// order so that requests are reproducible.
func (p *SourceObjectParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil {
		return
	}
	appendParamsUnder(values, keyParts, (*sourceObjectParamsFields)(p))
	if len(p.TypeData) == 0 || p.Type == nil {
		// Without Type, checkParams refuses the request before it is sent.
		return
	}
	keys := make([]string, 0, len(p.TypeData))
	for k := range p.TypeData {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := append(slices.Clip(keyParts), *p.Type, "")
	for _, k := range keys {
		parts[len(parts)-1] = k
		values.Add(form.FormatKey(parts), p.TypeData[k])
	}
}

// checkParams implements paramsChecker: TypeData needs Type, the key it
// is sent under.
func (p *SourceObjectParams) checkParams() error {
	if p != nil && len(p.TypeData) > 0 && p.Type == nil {
		return errTypeDataWithoutType
	}
	return nil
}

// encodeTypeData writes TypeData back under the key Type names into data,
// the JSON of s's fields, so that a decoded source encodes back as it came,
// the details its typed field does not model included. Without TypeData or
// Type, data is returned as it is.
func (s Source) encodeTypeData(data []byte) ([]byte, error) {
	if s.TypeData == nil || s.Type == "" {
		return data, nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	kind, err := json.Marshal(s.TypeData)
	if err != nil {
		return nil, err
	}
	fields[string(s.Type)] = kind
	// A map encodes its keys sorted, the order of the struct's fields.
	return json.Marshal(fields)
}
