package jsontest

import (
	"encoding/json"
	"strings"
	"testing"
)

type address struct {
	City string `json:"city"`
}

type customer struct {
	ID      string   `json:"id"`
	Balance float64  `json:"balance"`
	Address *address `json:"address"`
	Tags    []string `json:"tags"`
	Note    string   `json:"note"`
}

// lossy decodes itself leniently and drops "secret", the kind of loss that
// DisallowUnknownFields cannot see through a custom UnmarshalJSON.
type lossy struct {
	ID string `json:"id"`
}

func (l *lossy) UnmarshalJSON(data []byte) error {
	type plain lossy
	return json.Unmarshal(data, (*plain)(l))
}

// bareID encodes itself as its ID, as an unexpanded reference does.
type bareID struct{ ID string }

func (b *bareID) UnmarshalJSON(data []byte) error { return json.Unmarshal(data, &b.ID) }
func (b bareID) MarshalJSON() ([]byte, error)     { return json.Marshal(b.ID) }

func TestRoundTripAcceptsFaithfulTypes(t *testing.T) {
	cases := []struct {
		name string
		data string
		v    any
	}{
		{"every field", `{"id":"cus_1","balance":1.50,"address":{"city":"Paris"},"tags":["a","b"],"note":"x"}`, &customer{}},
		{"null matches a zero scalar", `{"id":null,"note":null,"balance":null}`, &customer{}},
		{"null matches a nil pointer", `{"address":null,"tags":null}`, &customer{}},
		{"numbers compare by value", `{"balance":1e2}`, &customer{}},
		{"added keys are fine", `{"id":"cus_1"}`, &customer{}},
		{"bare ID", `"cus_1"`, &bareID{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			RoundTrip(t, []byte(tc.data), tc.v)
		})
	}
}

func TestRoundTripNamesTheFirstLoss(t *testing.T) {
	cases := []struct {
		name string
		data string
		v    any
		want string
	}{
		{"unknown field", `{"id":"cus_1","surprise":1}`, &customer{}, `unknown field "surprise"`},
		{"dropped behind UnmarshalJSON", `{"id":"x","secret":"s"}`, &lossy{}, `$.secret: dropped (was "s")`},
		{"dropped inside a list", `{"list":[{"id":"x","secret":null}]}`, &struct {
			List []lossy `json:"list"`
		}{}, `$.list[0].secret: dropped`},
		{"trailing data", `{"id":"cus_1"} {}`, &customer{}, "continues after"},
		{"truncated", `{"id":"cus_1"`, &customer{}, "unexpected EOF"},
		{"wrong type", `{"balance":1.5}`, &struct {
			Balance int `json:"balance"`
		}{}, "cannot unmarshal"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := roundTrip([]byte(tc.data), tc.v)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestCompareReportsChangesAndShapes(t *testing.T) {
	cases := []struct {
		name      string
		want, got string
		msg       string
	}{
		{"string changed", `{"a":"x"}`, `{"a":"y"}`, `$.a: changed from "x" to "y"`},
		{"number changed", `{"a":1}`, `{"a":2}`, `$.a: changed from 1 to 2`},
		{"value became null", `{"a":1}`, `{"a":null}`, `$.a: changed from 1 to null`},
		{"null became an object", `{"a":null}`, `{"a":{}}`, `$.a: changed from null to {}`},
		{"ID became an object", `{"a":"cus_1"}`, `{"a":{"id":"cus_1"}}`, `$.a: changed`},
		{"array shortened", `{"a":[1,2]}`, `{"a":[1]}`, `$.a: 2 elements became 1`},
		{"first key in order", `{"b":1,"a":1}`, `{}`, `$.a: dropped`},
		{"nested", `{"a":{"b":[{"c":true}]}}`, `{"a":{"b":[{"c":false}]}}`, `$.a.b[0].c: changed from true to false`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w, err := parse([]byte(tc.want))
			if err != nil {
				t.Fatal(err)
			}
			g, err := parse([]byte(tc.got))
			if err != nil {
				t.Fatal(err)
			}
			err = compare("$", w, g)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("error = %v, want it to contain %q", err, tc.msg)
			}
		})
	}
}
