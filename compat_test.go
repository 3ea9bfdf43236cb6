package payske

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewIdempotencyKeyIsTheKeyTheBackendGenerates(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		k := NewIdempotencyKey()
		require.Regexp(t, uuidV4, k)
		require.False(t, seen[k], "keys repeat")
		seen[k] = true
	}

	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1"}`))
	generated := &testObject{}
	require.NoError(t, b.Do(&Request{Method: http.MethodPost, Route: "/v1/things", Key: testKey, Params: &testParams{}}, generated))
	mine := NewIdempotencyKey()
	p := &testParams{}
	p.IdempotencyKey = String(mine)
	require.NoError(t, b.Do(&Request{Method: http.MethodPost, Route: "/v1/things", Key: testKey, Params: p}, &testObject{}))

	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.Regexp(t, uuidV4, reqs[0].Header.Get("Idempotency-Key"), "the same format as the backend's own keys")
	assert.Equal(t, mine, reqs[1].Header.Get("Idempotency-Key"))
}

func TestParseID(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		wantID string
		wantOK bool
	}{
		{"bare ID", `"cus_123"`, "cus_123", true},
		{"surrounded by spaces", " \n\"cus_123\"\t", "cus_123", true},
		{"escaped", `"cus_\u0031\/2"`, "cus_1/2", true},
		{"empty string", `""`, "", true},
		{"expanded object", `{"id":"cus_123","object":"customer"}`, "", false},
		{"null", `null`, "", false},
		{"number", `123`, "", false},
		{"lone quote", `"`, "", false},
		{"unterminated", `"cus_123`, "", false},
		{"bad escape", `"cus\x"`, "", false},
		{"empty", ``, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ok := ParseID([]byte(tt.data))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantID, id)
		})
	}
}

// ParseID in an UnmarshalJSON of the caller's own, its intended use.
type ownExpandable struct {
	ID       string
	Expanded bool
}

func (o *ownExpandable) UnmarshalJSON(data []byte) error {
	if id, ok := ParseID(data); ok {
		*o = ownExpandable{ID: id}
		return nil
	}
	var full struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(data, &full); err != nil {
		return err
	}
	*o = ownExpandable{ID: full.ID, Expanded: true}
	return nil
}

func TestParseIDInAnUnmarshalJSON(t *testing.T) {
	var v struct {
		A ownExpandable `json:"a"`
		B ownExpandable `json:"b"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"a":"cus_1","b":{"id":"cus_2","object":"customer"}}`), &v))
	assert.Equal(t, ownExpandable{ID: "cus_1"}, v.A)
	assert.Equal(t, ownExpandable{ID: "cus_2", Expanded: true}, v.B)
}

func TestFormatURLPath(t *testing.T) {
	tests := []struct {
		name   string
		format string
		params []string
		want   string
	}{
		{"no params", "/v1/charges", nil, "/v1/charges"},
		{"one", "/v1/customers/%s", []string{"cus_1"}, "/v1/customers/cus_1"},
		{"two", "/v1/customers/%s/sources/%s", []string{"cus_1", "card_2"}, "/v1/customers/cus_1/sources/card_2"},
		{"slash is escaped", "/v1/customers/%s", []string{"a/b"}, "/v1/customers/a%2Fb"},
		{"space, ? and # are escaped", "/v1/customers/%s", []string{"a b?c#d"}, "/v1/customers/a%20b%3Fc%23d"},
		{"percent is escaped", "/v1/customers/%s", []string{"100%"}, "/v1/customers/100%25"},
		{"non-ASCII", "/v1/customers/%s", []string{"é"}, "/v1/customers/%C3%A9"},
		{"literal percent", "/v1/x%%/%s", []string{"a"}, "/v1/x%/a"},
		{"dot segment left for RawRequest to refuse", "/v1/customers/%s", []string{".."}, "/v1/customers/.."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FormatURLPath(tt.format, tt.params...))
		})
	}
}

func TestFormatURLPathPanicsOnAWrongFormat(t *testing.T) {
	tests := []struct {
		name   string
		format string
		params []string
		inMsg  string
	}{
		{"too few params", "/v1/customers/%s/sources/%s", []string{"cus_1"}, "has more %s than the 1 params given"},
		{"too many params", "/v1/customers/%s", []string{"cus_1", "extra"}, "has 1 %s, but 2 params were given"},
		{"another verb", "/v1/customers/%d", []string{"1"}, "has the verb %d"},
		{"lone percent", "/v1/customers/%", nil, "ends with a lone %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r)
				msg := fmt.Sprint(r)
				assert.Contains(t, msg, "payske: FormatURLPath: format ")
				assert.Contains(t, msg, tt.inMsg)
			}()
			FormatURLPath(tt.format, tt.params...)
		})
	}
}

// A path made by FormatURLPath is one RawRequest takes, and reaches the
// server as made; one with a dot segment is refused.
func TestFormatURLPathWithRawRequest(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"x"}`))
	_, err := RawRequest(context.Background(), http.MethodGet, FormatURLPath("/v1/customers/%s/sources/%s", "cus 1", "card/2"), nil,
		&RawRequestOptions{Key: testKey, Backend: b})
	require.NoError(t, err)
	reqs := rec.requests()
	require.Len(t, reqs, 1)
	assert.Equal(t, "/v1/customers/cus%201/sources/card%2F2", reqs[0].Path)

	_, err = RawRequest(context.Background(), http.MethodGet, FormatURLPath("/v1/customers/%s", ".."), nil,
		&RawRequestOptions{Key: testKey, Backend: b})
	assert.ErrorContains(t, err, "would change the path")
	assert.Len(t, rec.requests(), 1)
}

func TestFloat64SliceAndBoolSlice(t *testing.T) {
	floats := []float64{1.5, 0, -2}
	fp := Float64Slice(floats)
	require.Len(t, fp, 3)
	for i := range floats {
		assert.Same(t, &floats[i], fp[i], "like Int64Slice, the pointers point into the slice given")
	}
	bools := []bool{true, false}
	bp := BoolSlice(bools)
	require.Len(t, bp, 2)
	for i := range bools {
		assert.Same(t, &bools[i], bp[i])
	}
	for _, empty := range [][]float64{nil, {}} {
		assert.Equal(t, []*float64{}, Float64Slice(empty))
	}
	for _, empty := range [][]bool{nil, {}} {
		assert.Equal(t, []*bool{}, BoolSlice(empty))
	}
	// The same shape as the helpers that already existed.
	assert.Equal(t, len(Int64Slice(nil)), len(Float64Slice(nil)))
	assert.NotNil(t, Int64Slice(nil))
}

// resetAppInfo clears the app info when the test ends, as it is global.
func resetAppInfo(t *testing.T) {
	t.Helper()
	SetAppInfo(nil)
	t.Cleanup(func() { SetAppInfo(nil) })
}

func TestSetAppInfoIsSentWithEveryRequest(t *testing.T) {
	resetAppInfo(t)
	base := "Payske/v1 GoBindings/" + ClientVersion
	tests := []struct {
		name       string
		info       *AppInfo
		wantUA     string
		wantClient string // the JSON of application; "" for no header
	}{
		{"none", nil, base, ""},
		{"name only", &AppInfo{Name: "MyPlugin"}, base + " MyPlugin", `{"name":"MyPlugin"}`},
		{"name and version", &AppInfo{Name: "MyPlugin", Version: "1.2.0"}, base + " MyPlugin/1.2.0", `{"name":"MyPlugin","version":"1.2.0"}`},
		{"every field", &AppInfo{Name: "MyPlugin", Version: "1.2.0", URL: "https://myplugin.example", PartnerID: "pp_partner_1"},
			base + " MyPlugin/1.2.0 (https://myplugin.example)",
			`{"name":"MyPlugin","partner_id":"pp_partner_1","url":"https://myplugin.example","version":"1.2.0"}`},
		{"cleared again", nil, base, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			SetAppInfo(tt.info)
			rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1"}`))
			require.NoError(t, b.Do(&Request{Method: http.MethodGet, Route: "/v1/things", Key: testKey}, &testObject{}))
			h := rec.requests()[0].Header
			assert.Equal(t, tt.wantUA, h.Get("User-Agent"))
			if tt.wantClient == "" {
				assert.Empty(t, h.Values(ClientUserAgentHeader))
				return
			}
			var got map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(h.Get(ClientUserAgentHeader)), &got))
			assert.JSONEq(t, tt.wantClient, string(got["application"]))
			assert.JSONEq(t, `"`+ClientVersion+`"`, string(got["bindings_version"]))
			assert.JSONEq(t, `"go"`, string(got["lang"]))
			assert.JSONEq(t, `"`+runtime.Version()+`"`, string(got["lang_version"]))
			assert.JSONEq(t, `"payske"`, string(got["publisher"]))
		})
	}
}

// SetAppInfo keeps a copy: changing the struct afterwards changes nothing.
func TestSetAppInfoCopiesItsArgument(t *testing.T) {
	resetAppInfo(t)
	info := &AppInfo{Name: "Before"}
	SetAppInfo(info)
	info.Name = "After\n"
	assert.Equal(t, userAgent+" Before", currentIdentity().userAgent)
}

func TestSetAppInfoPanicsOnAValueHTTPCannotCarry(t *testing.T) {
	resetAppInfo(t)
	SetAppInfo(&AppInfo{Name: "Kept"})
	tests := []struct {
		name  string
		info  AppInfo
		inMsg string
	}{
		{"empty name", AppInfo{Version: "1"}, "AppInfo.Name is empty"},
		{"line break in the name", AppInfo{Name: "My\nApp"}, `AppInfo.Name contains a line break (\n) at byte 2 of 6`},
		{"carriage return in the version", AppInfo{Name: "App", Version: "1\r"}, `AppInfo.Version contains a carriage return (\r)`},
		{"control character in the URL", AppInfo{Name: "App", URL: "https://x\x00"}, "AppInfo.URL contains a control character (0x00)"},
		{"DEL in the partner ID", AppInfo{Name: "App", PartnerID: "p\x7f"}, "AppInfo.PartnerID contains a control character (0x7f)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r, "SetAppInfo must panic")
				msg := fmt.Sprint(r)
				assert.Contains(t, msg, "payske: SetAppInfo: "+tt.inMsg)
				assert.Equal(t, userAgent+" Kept", currentIdentity().userAgent, "a refused AppInfo changes nothing")
			}()
			SetAppInfo(&tt.info)
		})
	}
	assert.NotPanics(t, func() { SetAppInfo(&AppInfo{Name: "Tab\tis allowed"}) })
}

// Requests running while SetAppInfo changes the app info each send one
// identity whole: a User-Agent and the header that go together (run with
// -race).
func TestSetAppInfoWhileRequestsRun(t *testing.T) {
	resetAppInfo(t)
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1"}`))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			SetAppInfo(&AppInfo{Name: fmt.Sprintf("App%d", i)})
		}
	}()
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.NoError(t, b.Do(&Request{Method: http.MethodGet, Route: "/v1/things", Key: testKey}, &testObject{}))
		}()
	}
	wg.Wait()
	for _, r := range rec.requests() {
		ua := r.Header.Get("User-Agent")
		client := r.Header.Get(ClientUserAgentHeader)
		if ua == userAgent {
			assert.Empty(t, client)
			continue
		}
		var got struct {
			Application AppInfo `json:"application"`
		}
		require.NoError(t, json.Unmarshal([]byte(client), &got))
		assert.Equal(t, userAgent+" "+got.Application.Name, ua)
	}
}
