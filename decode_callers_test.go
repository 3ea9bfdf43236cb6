package payske_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
)

// ownCharge is a caller's type that embeds payske.Charge and decodes
// itself: the decoding methods Charge would promote to it must not take
// the place of its UnmarshalJSON.
type ownCharge struct {
	payske.Charge
	Note string
}

func (c *ownCharge) UnmarshalJSON(data []byte) error {
	if err := c.Charge.UnmarshalJSON(data); err != nil {
		return err
	}
	c.Note = "decoded by ownCharge"
	return nil
}

// TestCallersTypesDecodeWithEncodingJSON checks that a caller's own type,
// and a page of it, decode as encoding/json decodes them, through the
// type's own UnmarshalJSON, although it embeds a type the SDK decodes
// with its generated decoders.
func TestCallersTypesDecodeWithEncodingJSON(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/v1/charges" {
			_, _ = w.Write([]byte(`{"object":"list","url":"/v1/charges","has_more":false,"data":[{"id":"ch_1","object":"charge"},{"id":"ch_2","object":"charge"}]}`))
			return
		}
		_, _ = w.Write([]byte(`{"id":"ch_1","object":"charge"}`))
	}))
	defer srv.Close()
	b := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{URL: payske.String(srv.URL), Logger: payske.DiscardLogger})

	var one ownCharge
	require.NoError(t, b.Call(http.MethodGet, "/v1/charges/ch_1", "sk_test_callers", nil, &one))
	assert.Equal(t, "ch_1", one.ID)
	assert.Equal(t, "decoded by ownCharge", one.Note)

	it := payske.NewIter(b, "/v1/charges", nil, "sk_test_callers", nil, func(c *ownCharge) string { return c.ID })
	var notes []string
	for it.Next() {
		notes = append(notes, it.Current().ID+": "+it.Current().Note)
	}
	require.NoError(t, it.Err())
	assert.Equal(t, []string{"ch_1: decoded by ownCharge", "ch_2: decoded by ownCharge"}, notes)
}
