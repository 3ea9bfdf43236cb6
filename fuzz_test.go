package payske

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// FuzzParseErrorBody: whatever a server sends as an error answer, the SDK
// returns a readable *Error with a typed Err and never panics.
func FuzzParseErrorBody(f *testing.F) {
	f.Add(402, []byte(`{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"declined"}}`))
	f.Add(500, []byte(`<html>bad gateway</html>`))
	f.Add(400, []byte(``))
	f.Add(429, []byte(`{"error":null}`))
	f.Add(401, []byte(`{"error":{"type":7}}`))
	f.Add(404, []byte("\xff\xfe{\"error\""))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		resp := &http.Response{StatusCode: status, Header: http.Header{"Request-Id": {"req_1"}}}
		e := parseErrorBody(resp, body)
		if e == nil || e.Err == nil {
			t.Fatalf("no typed error for %d %q", status, body)
		}
		msg := e.Error()
		if !strings.HasPrefix(msg, "payske: ") {
			t.Fatalf("message %q", msg)
		}
		if e.HTTPStatusCode != status || e.RequestID != "req_1" {
			t.Fatalf("status/request id lost: %+v", e)
		}
	})
}

// FuzzFillRoute: no path value can leave its segment or panic the builder.
func FuzzFillRoute(f *testing.F) {
	f.Add("cus_1", "card_1")
	f.Add("../x", "a/b?c#d")
	f.Add("", ".")
	f.Add("%2F", "..")
	f.Fuzz(func(t *testing.T, a, b string) {
		path, err := fillRoute("/v1/customers/{customer}/sources/{id}", []string{a, b})
		if err != nil {
			return
		}
		segs := strings.Split(path, "/")
		if len(segs) != 6 || segs[1] != "v1" || segs[2] != "customers" || segs[4] != "sources" {
			t.Fatalf("values %q %q escaped their segments: %s", a, b, path)
		}
		for _, s := range []string{segs[3], segs[5]} {
			if s == "" || s == "." || s == ".." || strings.ContainsAny(s, "?#") {
				t.Fatalf("bad segment %q in %s", s, path)
			}
		}
	})
}

// FuzzParseRetryAfter: any header value gives a bounded, non-negative wait
// or none.
func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "5", "-1", "1e9", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d, ok := parseRetryAfter(v, now)
		if !ok {
			return
		}
		if d < 0 {
			t.Fatalf("negative wait %v for %q", d, v)
		}
		if _, err := http.ParseTime(v); err != nil && d > time.Hour {
			t.Fatalf("unbounded wait %v for %q", d, v)
		}
	})
}

// FuzzDecodeSuccess: whatever a 2xx body holds, decoding from the stream
// never panics, and it either succeeds with the body kept as RawJSON or
// fails leaving the target at its zero value.
func FuzzDecodeSuccess(f *testing.F) {
	f.Add([]byte(`{"id":"obj_1","amount":7}`))
	f.Add([]byte(`{"id":"obj_1","amount":"x"}`))
	f.Add([]byte(`{"id":"obj_1"} {}`))
	f.Add([]byte(`{"id":"obj_1",`))
	f.Add([]byte(``))
	f.Add([]byte(" \n\t"))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		resp := &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(body))}
		out := &testObject{}
		lr, decodeErr, readErr := decodeSuccess(resp, "", out, 1<<10)
		switch {
		case readErr != nil:
			if !errors.Is(readErr, errBodyTooLarge) || len(body) <= 1<<10 {
				t.Fatalf("read error %v for a %d byte body", readErr, len(body))
			}
			fallthrough
		case decodeErr != nil:
			if *out != (testObject{}) {
				t.Fatalf("half-filled %+v after %v", out, decodeErr)
			}
		default:
			if !bytes.Equal(lr.RawJSON, body) || out.LastResponse != lr {
				t.Fatalf("RawJSON %q for body %q", lr.RawJSON, body)
			}
		}
	})
}
