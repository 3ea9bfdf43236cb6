package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/payske/payske-go/paysketest"
)

// completePathPrefix starts the path of the test helper that plays a
// customer paying a Checkout Session, which the API has no endpoint for:
// POST /_payske-mock/checkout/sessions/{session}/complete.
const completePathPrefix = "/_payske-mock/checkout/sessions/"

// testHelpers serves the mock's test helpers beside the API, and hands
// every other request to the API untouched (no path cleaning or
// redirects, so that the API routes exactly as the fake does). fake
// returns the server being built; it is set by the time a request arrives.
func testHelpers(api http.Handler, fake func() *paysketest.Server) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, ok := strings.CutPrefix(r.URL.EscapedPath(), completePathPrefix)
		if !ok {
			api.ServeHTTP(w, r)
			return
		}
		id, ok := strings.CutSuffix(rest, "/complete")
		if !ok || id == "" || strings.Contains(id, "/") || r.Method != http.MethodPost {
			writeError(w, http.StatusNotFound, "invalid_request_error",
				"Unrecognized request URL ("+r.Method+": "+r.URL.EscapedPath()+").")
			return
		}
		if !hasTestKey(r) {
			writeError(w, http.StatusUnauthorized, "authentication_error",
				"Invalid API Key provided: payske-mock accepts test secret keys only (sk_test_...).")
			return
		}
		sessionID, err := url.PathUnescape(id)
		if err != nil {
			writeError(w, http.StatusNotFound, "invalid_request_error", "The session ID is not a valid escaped path segment.")
			return
		}
		err = fake().CompleteCheckoutSession(sessionID)
		switch {
		case err == nil:
			w.WriteHeader(http.StatusNoContent)
		case errors.Is(err, paysketest.ErrSessionNotOpen):
			writeError(w, http.StatusBadRequest, "invalid_request_error", err.Error())
		default:
			writeError(w, http.StatusNotFound, "invalid_request_error", err.Error())
		}
	})
}

// hasTestKey reports whether r authenticates with a test secret key, as
// Bearer or basic authentication.
func hasTestKey(r *http.Request) bool {
	key, _, ok := r.BasicAuth()
	if !ok {
		key, ok = strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	}
	return ok && strings.HasPrefix(key, "sk_test_") && len(key) > len("sk_test_")
}

// writeError answers with Payske's error envelope.
func writeError(w http.ResponseWriter, status int, typ, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"type": typ, "message": msg}})
}
