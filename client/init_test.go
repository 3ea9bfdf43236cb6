package client_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// TestInitFillsAnAPIDeclaredAsAValue uses Init the way code written against
// the long-standing surface does, on an API declared as a value: every
// field then calls with the given key and backend, RawRequest too.
func TestInitFillsAnAPIDeclaredAsAValue(t *testing.T) {
	for name, fc := range fieldCalls() {
		t.Run(name, func(t *testing.T) {
			global := mocktest.NewGlobal(t) // must stay unused
			m := mocktest.New(t)
			calls := m.Respond(http.MethodGet, fc.path, 200, mocktest.Fixture(t, fc.fixture))
			raw := m.Respond(http.MethodGet, "/v1/balance", 200, []byte(`{"object":"balance"}`))

			var sc client.API
			sc.Init(keyA, &payske.Backends{API: m.Backend})

			require.NoError(t, fc.call(&sc))
			assert.Equal(t, "Bearer "+keyA, calls.Only(t).Header.Get("Authorization"))
			_, err := sc.RawRequest(context.Background(), http.MethodGet, "/v1/balance", nil, nil)
			require.NoError(t, err)
			assert.Equal(t, "Bearer "+keyA, raw.Only(t).Header.Get("Authorization"))
			assert.Zero(t, global.Transport.GetTotalCallCount(), "the global backend was used")
		})
	}
}

// TestInitReplacesWhatTheAPIHeld: Init on an API already in use (another
// key, a fake in one field) leaves it as New would have made it.
func TestInitReplacesWhatTheAPIHeld(t *testing.T) {
	m := mocktest.New(t)
	backends := &payske.Backends{API: m.Backend}
	sc := client.New(keyB, nil)
	sc.Charges = &fakeCharges{t: t}

	sc.Init(keyA, backends)

	assert.Equal(t, client.New(keyA, backends), sc)
	assert.Equal(t, &charge.Client{B: m.Backend, Key: keyA}, sc.Charges)
}

// TestInitWithoutBackendsUsesTheGlobalBackendOfTheMoment: as with New, an
// API that Init filled without a backend reaches the one installed later,
// here from a struct of the caller's that embeds the API.
func TestInitWithoutBackendsUsesTheGlobalBackendOfTheMoment(t *testing.T) {
	var app struct{ client.API }
	app.Init(keyA, nil)
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/retrieve.json"))

	_, err := app.Customers.Get("cus_1", nil)
	require.NoError(t, err)
	assert.Equal(t, "Bearer "+keyA, calls.Only(t).Header.Get("Authorization"))
}
