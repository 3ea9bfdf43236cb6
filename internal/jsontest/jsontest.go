// Package jsontest checks that Go types decode Payske JSON without losing
// any of it.
//
// json.Decoder.DisallowUnknownFields alone does not prove that: types with
// their own UnmarshalJSON (every expandable object) decode with a fresh
// decoder that ignores unknown fields. RoundTrip therefore also encodes the
// value again and checks that every key of the original comes back with the
// same value, however deep.
package jsontest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"testing"
)

// RoundTrip decodes data into v (a pointer) rejecting unknown fields,
// encodes v again with json.Marshal, and fails t at the first key of data
// that the encoding drops or changes, naming its JSON path. Keys the
// encoding adds are fine. A null in data matches null or the zero scalar
// ("", 0, false), because a nullable field may be modeled by a plain type.
func RoundTrip(t testing.TB, data []byte, v any) {
	t.Helper()
	if err := roundTrip(data, v); err != nil {
		t.Fatal(err)
	}
}

// roundTrip is RoundTrip, returning the failure instead of reporting it.
func roundTrip(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decoding into %T: %w", v, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("decoding into %T: data continues after the first JSON value", v)
	}
	encoded, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding %T again: %w", v, err)
	}
	want, err := parse(data)
	if err != nil {
		return fmt.Errorf("parsing the original: %w", err)
	}
	got, err := parse(encoded)
	if err != nil {
		return fmt.Errorf("parsing the encoding of %T: %w", v, err)
	}
	return compare("$", want, got)
}

// parse decodes data generically, keeping numbers as written.
func parse(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// compare returns an error naming the first place, in key order, where got
// does not carry what want holds.
func compare(path string, want, got any) error {
	switch w := want.(type) {
	case nil:
		if got == nil || isZeroScalar(got) {
			return nil
		}
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			break
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := path + "." + k
			gv, ok := g[k]
			if !ok {
				return fmt.Errorf("%s: dropped (was %s)", p, show(w[k]))
			}
			if err := compare(p, w[k], gv); err != nil {
				return err
			}
		}
		return nil
	case []any:
		g, ok := got.([]any)
		if !ok {
			break
		}
		if len(g) != len(w) {
			return fmt.Errorf("%s: %d elements became %d", path, len(w), len(g))
		}
		for i := range w {
			if err := compare(path+"["+strconv.Itoa(i)+"]", w[i], g[i]); err != nil {
				return err
			}
		}
		return nil
	case json.Number:
		if g, ok := got.(json.Number); ok && equalNumbers(w, g) {
			return nil
		}
	default: // string, bool
		if want == got {
			return nil
		}
	}
	return fmt.Errorf("%s: changed from %s to %s", path, show(want), show(got))
}

// isZeroScalar reports whether v is "", 0 or false.
func isZeroScalar(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case bool:
		return !v
	case json.Number:
		return equalNumbers(v, "0")
	}
	return false
}

// equalNumbers compares two JSON numbers by value, so that 1.5 equals 1.50
// and 100 equals 1e2.
func equalNumbers(a, b json.Number) bool {
	if a == b {
		return true
	}
	x, okx := new(big.Rat).SetString(string(a))
	y, oky := new(big.Rat).SetString(string(b))
	return okx && oky && x.Cmp(y) == 0
}

// show renders a value for a failure message, cut to a readable length.
func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	const max = 80
	if r := []rune(string(b)); len(r) > max {
		return string(r[:max]) + "..."
	}
	return string(b)
}
