package payske

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// checkBaseURL parses raw and refuses plain http unless the host is
// loopback: the API key travels in a header and must not cross a network in
// clear text. Its errors show raw without its userinfo, which may hold a
// password.
func checkBaseURL(raw string) (*url.URL, error) {
	shown := redactURL(raw)
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil {
		if shown != raw {
			// The parser's message quotes the piece of the URL it could
			// not read, which may be the password.
			return nil, fmt.Errorf("payske: BackendConfig.URL %q is not a valid URL", shown)
		}
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // without the URL, already quoted
		}
		return nil, fmt.Errorf("payske: BackendConfig.URL %q is not a valid URL: %w", shown, err)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !isLoopback(u.Hostname()) {
			return nil, fmt.Errorf("payske: BackendConfig.URL %q uses plain http to a host that is not loopback; use https: %w", shown, ErrInsecureURL)
		}
	default:
		return nil, fmt.Errorf("payske: BackendConfig.URL %q must start with https://: %w", shown, ErrInsecureURL)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("payske: BackendConfig.URL %q has no host", shown)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("payske: BackendConfig.URL %q must not carry a query or fragment", shown)
	}
	return u, nil
}

// redactURL returns raw with its userinfo, if any, replaced by "xxxxx", for
// errors and logs. The whole userinfo goes, not only the password
// (url.URL.Redacted keeps the user name): an API key given as the user name
// of basic auth is a secret too. When raw does not parse as a URL with an
// authority, everything before its last '@' after the scheme goes, since
// what precedes an '@' may be a password.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err == nil && u.Opaque == "" {
		if u.User == nil {
			return raw
		}
		u.User = url.User("xxxxx")
		return u.String()
	}
	at := strings.LastIndexByte(raw, '@')
	if at < 0 {
		return raw
	}
	start := 0
	if i := strings.Index(raw[:at], "://"); i >= 0 {
		start = i + len("://")
	}
	return raw[:start] + "xxxxx" + raw[at:]
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
