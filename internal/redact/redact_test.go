package redact_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go/internal/redact"
)

type holder struct{ key string }

func (h holder) String() string                { return "holder{key: [redacted]}" }
func (h holder) Format(f fmt.State, verb rune) { redact.Format(f, verb, h.String()) }

func TestEveryVerbPrintsTheDescriptionOnly(t *testing.T) {
	h := holder{key: "sk_test_secret"}
	cases := map[string]string{
		"%v":  "holder{key: [redacted]}",
		"%+v": "holder{key: [redacted]}",
		"%#v": "holder{key: [redacted]}",
		"%s":  "holder{key: [redacted]}",
		"%q":  `"holder{key: [redacted]}"`,
		"%d":  "%!d(holder{key: [redacted]})",
		"%x":  "%!x(holder{key: [redacted]})",
	}
	for format, want := range cases {
		assert.Equal(t, want, fmt.Sprintf(format, h), format)
		assert.Equal(t, want, fmt.Sprintf(format, &h), format+" of a pointer")
	}
	// Nested in a struct that does not redact, the holder still does.
	assert.Equal(t, "{H:holder{key: [redacted]}}", fmt.Sprintf("%+v", struct{ H holder }{h}))
}

func TestSecretSaysWhetherThereIsOne(t *testing.T) {
	assert.Equal(t, "[none]", redact.Secret(""))
	assert.Equal(t, "[redacted]", redact.Secret("sk_test_secret"))
}
