package paysketest

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
)

// maxBodyBytes bounds a request body; real requests are a few kilobytes.
const maxBodyBytes = 1 << 20

// idemEntry is the first answer to a request with an Idempotency-Key.
type idemEntry struct {
	method, path, body string
	status             int
	answer             []byte
}

// answer is what a request gets back.
type answer struct {
	status   int
	body     []byte
	replayed bool
}

// ServeHTTP serves one API request: faults, authentication, parameter
// validation against the schema, idempotency, then the endpoint itself.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.stats.requests.Add(1)
	requestID := s.ids.next("req_", 14)
	w.Header().Set("Request-Id", requestID)
	w.Header().Set("Content-Type", "application/json")

	fault := s.faults.draw()
	switch fault {
	case fault500, fault503:
		status := http.StatusInternalServerError
		if fault == fault503 {
			status = http.StatusServiceUnavailable
			s.stats.f503.Add(1)
		} else {
			s.stats.f500.Add(1)
		}
		writeAnswer(w, answer{status: status, body: mustJSON((&apiError{Type: "api_error",
			Message: "An error occurred with our connection to Payske (injected by paysketest)."}).body())})
		return
	case faultDropBefore:
		s.stats.dropped.Add(1)
		dropConnection(w)
		return
	}

	a := s.serve(r, requestID)
	if fault == faultLostAfter {
		s.stats.lost.Add(1)
		dropConnection(w)
		return
	}
	writeAnswer(w, a)
}

// serve computes the answer to r, applying it to the state.
func (s *Server) serve(r *http.Request, requestID string) answer {
	key, aerr := apiKeyOf(r)
	if aerr != nil {
		return errorAnswer(aerr)
	}
	account := r.Header.Get(AccountHeader)
	if !s.hasAccount(account) {
		return errorAnswer(accountError(account))
	}
	// Routing reads the path as sent: the decoded r.URL.Path would turn an
	// ID's escaped slash into a separator and reach another endpoint.
	path := r.URL.EscapedPath()
	rt, pathValues := matchRoute(r.Method, path)
	if rt == nil {
		return errorAnswer(&apiError{status: http.StatusNotFound, Type: "invalid_request_error",
			Message: "Unrecognized request URL (" + r.Method + ": " + path + ")."})
	}
	raw := r.URL.RawQuery
	if r.Method == http.MethodPost {
		b, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
		if err != nil {
			return errorAnswer(invalidParam("", "Could not read the request body: %v", err))
		}
		if len(b) > maxBodyBytes {
			return errorAnswer(invalidParam("", "The request body is larger than %d bytes.", maxBodyBytes))
		}
		raw = string(b)
	}
	params, err := parseForm(raw)
	if err != nil {
		fe := &formError{msg: err.Error()}
		errors.As(err, &fe)
		return errorAnswer(invalidParam(fe.param, "Invalid request: %s.", fe.msg))
	}
	if aerr := validate(rt.spec, params); aerr != nil {
		return errorAnswer(aerr)
	}

	idemKey := r.Header.Get("Idempotency-Key")
	s.mu.Lock()
	defer s.mu.Unlock()
	var scoped string
	if idemKey != "" && r.Method == http.MethodPost {
		// Each account has its own keys, as each API key has.
		scoped = key + "\x00" + account + "\x00" + idemKey
		if prev, ok := s.idem[scoped]; ok {
			if prev.method != r.Method || prev.path != path || prev.body != raw {
				return errorAnswer(&apiError{status: http.StatusBadRequest, Type: "idempotency_error",
					Message: "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
						"Try using a key other than '" + idemKey + "' if you meant to execute a different request."})
			}
			s.stats.replays.Add(1)
			return answer{status: prev.status, body: prev.answer, replayed: true}
		}
	}

	st := s.stateOf(account) // accounts are never removed: hasAccount holds
	c := &call{srv: s, st: st, params: params, path: pathValues, now: s.clock.Now().Unix(),
		requestID: requestID, idemKey: idemKey}
	c.st.expire(c)
	obj, aerr := rt.handle(c)
	a := answer{status: http.StatusOK}
	if aerr != nil {
		a = errorAnswer(aerr)
	} else {
		a.body = mustJSON(obj)
	}
	if bad := st.checkTouched(); len(bad) > 0 {
		a = s.recordViolations(r.Method, path, bad)
	}
	if scoped != "" && a.status < 500 {
		s.idem[scoped] = &idemEntry{method: r.Method, path: path, body: raw, status: a.status, answer: a.body}
	}
	s.publish(c)
	return a
}

// apiKeyOf reads the secret key from Bearer or basic authentication.
func apiKeyOf(r *http.Request) (string, *apiError) {
	h := r.Header.Get("Authorization")
	var key string
	switch {
	case h == "":
		return "", authError("You did not provide an API key. Provide it in the Authorization header as a Bearer token (Authorization: Bearer sk_test_...).")
	case strings.HasPrefix(h, "Bearer "):
		key = strings.TrimPrefix(h, "Bearer ")
	case strings.HasPrefix(h, "Basic "):
		dec, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(h, "Basic "))
		if err != nil {
			return "", authError("The basic authentication header is not valid base64.")
		}
		key, _, _ = strings.Cut(string(dec), ":")
	default:
		return "", authError("The Authorization header must be Bearer or Basic authentication with a secret key.")
	}
	if !strings.HasPrefix(key, "sk_test_") || len(key) == len("sk_test_") {
		// The key itself is never echoed: it may be a live secret.
		return "", authError("Invalid API Key provided: this fake server accepts test secret keys only (sk_test_...).")
	}
	return key, nil
}

func authError(msg string) *apiError {
	return &apiError{status: http.StatusUnauthorized, Type: "authentication_error", Message: msg}
}

func errorAnswer(e *apiError) answer {
	return answer{status: e.status, body: mustJSON(e.body())}
}

func writeAnswer(w http.ResponseWriter, a answer) {
	if a.replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	w.WriteHeader(a.status)
	_, _ = w.Write(a.body)
}

// dropConnection closes the client's connection without an answer.
func dropConnection(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.Close()
			return
		}
	}
	// net/http closes the connection without answering on this panic.
	panic(http.ErrAbortHandler)
}

// mustJSON encodes a value built from maps, slices and scalars, which
// cannot fail.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("paysketest: encoding an answer: " + err.Error())
	}
	return b
}
