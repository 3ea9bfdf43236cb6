package client_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestRawRequestUsesTheAPIsKeyAndBackend(t *testing.T) {
	global := mocktest.NewGlobal(t) // must stay unused
	m := mocktest.New(t)
	calls := m.Respond(http.MethodPost, "/v1/charges/ch_1/dispute", 200, []byte(`{"id":"dp_1","object":"dispute"}`))
	api := client.New(keyA, &payske.Backends{API: m.Backend})

	resp, err := api.RawRequest(context.Background(), http.MethodPost, "/v1/charges/ch_1/dispute",
		url.Values{"reason": {"fraudulent"}}, nil)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"dp_1","object":"dispute"}`, string(resp.RawJSON))

	req := calls.Only(t)
	assert.Equal(t, "Bearer "+keyA, req.Header.Get("Authorization"))
	assert.Equal(t, "reason=fraudulent", req.Body)
	assert.NotEmpty(t, req.Header.Get("Idempotency-Key"))
	assert.Zero(t, global.Transport.GetTotalCallCount(), "the global backend was used")
}

func TestRawRequestOptionsTakePrecedenceOverTheAPI(t *testing.T) {
	apiBackend, optsBackend := mocktest.New(t), mocktest.New(t)
	calls := optsBackend.Respond(http.MethodGet, "/v1/balance", 200, []byte(`{"object":"balance"}`))
	api := client.New(keyA, &payske.Backends{API: apiBackend.Backend})

	_, err := api.RawRequest(context.Background(), http.MethodGet, "/v1/balance", nil,
		&payske.RawRequestOptions{Key: keyB, Backend: optsBackend.Backend, IdempotencyKey: "ignored-on-get"})
	require.NoError(t, err)
	assert.Equal(t, "Bearer "+keyB, calls.Only(t).Header.Get("Authorization"))
	assert.Zero(t, apiBackend.Transport.GetTotalCallCount())
}

func TestRawRequestWithoutBackendsUsesTheGlobalBackendOfTheMoment(t *testing.T) {
	api := client.New(keyA, nil)
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/balance", 200, []byte(`{"object":"balance"}`))

	_, err := api.RawRequest(context.Background(), http.MethodGet, "/v1/balance", nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "Bearer "+keyA, calls.Only(t).Header.Get("Authorization"))
}

func TestRawRequestMapsErrorsAsTheBackendDoes(t *testing.T) {
	m := mocktest.New(t)
	m.Respond(http.MethodGet, "/v1/balance", 401,
		[]byte(`{"error":{"type":"authentication_error","message":"Invalid API Key provided"}}`))
	api := client.New(keyA, &payske.Backends{API: m.Backend})

	_, err := api.RawRequest(context.Background(), http.MethodGet, "/v1/balance", nil, nil)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 401, perr.HTTPStatusCode)
	assert.NotContains(t, fmt.Sprintf("%v %+v", err, perr), keyA)
}

func TestPrintingAnAPIWithGoSyntaxNeverShowsTheKey(t *testing.T) {
	// The key field RawRequest uses is unexported: %#v of a struct without
	// GoString would print it.
	api := client.New(keyA, nil)
	assert.NotContains(t, fmt.Sprintf("%#v", api), keyA)
	assert.NotContains(t, fmt.Sprintf("%#v", *api), keyA)
}
