package payske

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExpandedID(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		id     string
		isID   bool
		hasErr bool
	}{
		{"plain ID", `"ch_123"`, "ch_123", true, false},
		{"surrounding whitespace", " \n\"cus_1\"\t ", "cus_1", true, false},
		{"escapes go through encoding/json", `"a\u00e9\"b"`, "aé\"b", true, false},
		{"non-ASCII", `"é"`, "é", true, false},
		{"object", `{"id":"ch_1"}`, "", false, false},
		{"null", `null`, "", false, false},
		{"two strings", `"a" "b"`, "", true, true},
		{"unterminated", `"abc`, "", true, true},
		{"raw control character", "\"a\nb\"", "", true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id, isID, err := expandedID([]byte(tc.in))
			assert.Equal(t, tc.id, id)
			assert.Equal(t, tc.isID, isID)
			assert.Equal(t, tc.hasErr, err != nil, "error: %v", err)
		})
	}
}

// FuzzPlainStringMatchesUnmarshal: whenever plainString takes a string as
// it is, encoding/json reads the same string from it.
func FuzzPlainStringMatchesUnmarshal(f *testing.F) {
	for _, s := range []string{`"ch_1"`, `"a\"b"`, `"é"`, "\"\xff\"", `""`, `"a"b"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := plainString(data)
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("plainString took %q, which encoding/json rejects: %v", data, err)
		}
		if got != want {
			t.Fatalf("plainString(%q) = %q, encoding/json reads %q", data, got, want)
		}
	})
}
