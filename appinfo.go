package payske

import (
	"encoding/json"
	"runtime"
	"strings"
	"sync/atomic"
)

// AppInfo names the application, plugin or platform built on this SDK, so
// that Payske can tell its requests apart from others' (and contact its
// authors about a problem with them). Set it once with SetAppInfo.
type AppInfo struct {
	// Name is the application's name; it is required.
	Name string `json:"name"`

	// PartnerID is the ID Payske gave the application's publisher, if any.
	PartnerID string `json:"partner_id,omitempty"`

	// URL is where the application can be found.
	URL string `json:"url,omitempty"`

	// Version is the application's version.
	Version string `json:"version,omitempty"`
}

// userAgentPart is the application's part of the User-Agent:
// "Name/Version (URL)", without what is not set.
func (a *AppInfo) userAgentPart() string {
	s := a.Name
	if a.Version != "" {
		s += "/" + a.Version
	}
	if a.URL != "" {
		s += " (" + a.URL + ")"
	}
	return s
}

// ClientUserAgentHeader is the request header that carries, as JSON, what
// SetAppInfo was given along with the SDK's and Go's versions. It is sent
// only once SetAppInfo has been called.
const ClientUserAgentHeader = "X-Payske-Client-User-Agent"

// identity is what every request says about its sender: the User-Agent
// and, when an application is set, the client user agent JSON.
type identity struct {
	userAgent       string
	clientUserAgent string // empty: not sent
}

// appIdentity holds the identity set by SetAppInfo; nil means the SDK's
// own, userAgent alone. It is read once per call, so SetAppInfo may run
// while calls are under way: each call sends either the old or the new
// identity, whole.
var appIdentity atomic.Pointer[identity]

// currentIdentity returns what the next request sends.
func currentIdentity() identity {
	if id := appIdentity.Load(); id != nil {
		return *id
	}
	return identity{userAgent: userAgent}
}

// SetAppInfo names the application making the requests, for every backend
// of the process: its name, version and URL are appended to the User-Agent
// ("Payske/v1 GoBindings/<version> MyApp/1.2 (https://myapp.example)"), and
// info is sent as JSON, under "application", in the
// X-Payske-Client-User-Agent header (ClientUserAgentHeader) with the SDK's
// and Go's versions. SetAppInfo(nil) goes back to the SDK's own User-Agent
// and no such header. It is safe to call at any time, from any goroutine,
// though once at start-up is the usual.
//
// SetAppInfo panics when info has an empty Name, or when a field holds a
// line break or another control character, which HTTP does not allow in a
// header: both are mistakes in the program, and checking here keeps them
// from failing every request later.
func SetAppInfo(info *AppInfo) {
	if info == nil {
		appIdentity.Store(nil)
		return
	}
	a := *info // a copy: later changes to *info do not reach the requests
	if a.Name == "" {
		panic("payske: SetAppInfo: AppInfo.Name is empty; give the application's name, or pass nil to clear the app info")
	}
	for _, f := range []struct{ name, value string }{
		{"AppInfo.Name", a.Name}, {"AppInfo.PartnerID", a.PartnerID}, {"AppInfo.URL", a.URL}, {"AppInfo.Version", a.Version},
	} {
		if err := checkHeaderValue(f.name, f.value); err != nil {
			panic("payske: SetAppInfo: " + strings.TrimPrefix(err.Error(), "payske: "))
		}
	}
	client, err := json.Marshal(clientUserAgent{
		BindingsVersion: ClientVersion,
		Lang:            "go",
		LangVersion:     runtime.Version(),
		Publisher:       "payske",
		Application:     &a,
	})
	if err != nil {
		// Strings only: Marshal cannot fail.
		panic("payske: SetAppInfo: encoding the client user agent: " + err.Error())
	}
	appIdentity.Store(&identity{
		userAgent:       userAgent + " " + a.userAgentPart(),
		clientUserAgent: string(client),
	})
}

// clientUserAgent is the JSON of the X-Payske-Client-User-Agent header.
type clientUserAgent struct {
	BindingsVersion string   `json:"bindings_version"`
	Lang            string   `json:"lang"`
	LangVersion     string   `json:"lang_version"`
	Publisher       string   `json:"publisher"`
	Application     *AppInfo `json:"application"`
}
