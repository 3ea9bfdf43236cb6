package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Docs of the root package's context-first Client: what every service
// shares is the generator's to say.
const (
	servicesClientDoc = "Client is the context-first Payske client: one service per resource, " +
		"all with the same key and backend, each method taking the call's context first and the IDs as arguments. " +
		"Make it with NewClient. Each field is an interface, so a test can put a fake of one resource in its place " +
		"while keeping the real services for the others."
	serviceDoc = "%s is the context-first API of the %s endpoints: every method takes the call's context first, " +
		"which governs the call and its retries (leave params.Context nil: a different one is an error wrapping ErrTwoContexts). " +
		"%s implements it; code that takes a %s can be tested with a fake."
	serviceClientDoc = "%s calls the %s endpoints with its own backend and key; NewClient fills Client.%s with one. " +
		"The zero value uses the global backend and an empty key."
)

// service is the root package's view of a resource package: its names in
// the context-first Client.
type service struct {
	p *pkgConfig
	// Name is the singular of the Client field, as in "Charge": the
	// service interface is ChargeService, its implementation ChargeClient.
	Name string
}

func (s service) iface() string  { return s.Name + "Service" }
func (s service) client() string { return s.Name + "Client" }

// servicesOf returns the service of each package.
func servicesOf(pkgs []*pkgConfig) []service {
	var out []service
	for _, p := range pkgs {
		out = append(out, service{p: p, Name: strings.TrimSuffix(p.APIField, "s")})
	}
	return out
}

// writeServices writes services_gen.go in the root package: the Client
// struct, one service interface and implementation per resource package,
// and Client.setServices, which NewClient calls.
func writeServices(root string, c *config) error {
	pkgs, err := clientAPIPackages(c.Packages)
	if err != nil {
		return err
	}
	svcs := servicesOf(pkgs)
	f := &goFile{}
	f.p("package payske")
	f.p(`import (
	"context"
	"fmt"
	"iter"
	"net/http"

	"github.com/payske/payske-go/internal/redact"
)`)
	f.doc(0, servicesClientDoc)
	f.p("type Client struct {")
	for _, s := range svcs {
		f.doc(1, s.p.APIDoc)
		f.p("%s %s", s.p.APIField, s.iface())
	}
	f.p("}")
	f.p("")
	f.doc(0, "setServices fills every service of c with a client of b and key.")
	f.p("func (c *Client) setServices(b Backend, key string) {")
	for _, s := range svcs {
		f.p("c.%s = %s{B: b, Key: key}", s.p.APIField, s.client())
	}
	f.p("}")
	for _, s := range svcs {
		writeService(f, s)
	}
	return f.write(filepath.Join(root, "services_gen.go"))
}

// writeService writes one resource's interface, its implementation and the
// implementation's redaction.
func writeService(f *goFile, s service) {
	p := s.p
	f.p("")
	f.doc(0, fmt.Sprintf(serviceDoc, s.iface(), p.Endpoints, s.client(), s.iface()))
	f.p("type %s interface {", s.iface())
	for _, m := range p.Methods {
		f.doc(1, serviceMethodDoc(m))
		f.p("%s%s", m.Name, serviceSignature(p, m, false))
		if m.Iter != "" {
			f.doc(1, pagesDoc(m))
			f.p("%sIter%s", m.Name, serviceSignature(p, m, true))
		}
	}
	f.p("}")
	f.p("")
	f.doc(0, fmt.Sprintf(serviceClientDoc, s.client(), p.Endpoints, p.APIField))
	f.p(`type %[1]s struct {
	// B sends the requests; nil means the global backend, looked up at
	// each call.
	B Backend
	// Key is the secret API key every request is made with; it is never
	// printed (see String).
	Key string
}

// String describes c without its key, so that printing a client never
// shows the secret.
func (c %[1]s) String() string { return "payske.%[1]s{Key: " + redact.Secret(c.Key) + "}" }

// GoString is String, for %%#v.
func (c %[1]s) GoString() string { return c.String() }

// Format implements fmt.Formatter: every verb prints String.
func (c %[1]s) Format(f fmt.State, verb rune) { redact.Format(f, verb, c.String()) }`, s.client())
	for _, m := range p.Methods {
		writeServiceMethod(f, s, m)
	}
	for _, it := range p.Iters {
		f.p("")
		f.p("func idOf%s(v *%s) string { return v.ID }", it.Item, it.Item)
	}
}

// pathArgs names the ID arguments of a context-first method, one per
// placeholder in order: "id" for the object itself, and "customerID" for
// params.Customer.
func pathArgs(m *methodConfig) []string {
	args := make([]string, len(m.Path))
	for i, v := range m.Path {
		field, ok := strings.CutPrefix(v, "params.")
		switch {
		case !ok, field == "ID":
			args[i] = "id"
		default:
			args[i] = lowerFirst(field) + "ID"
		}
	}
	return args
}

// serviceSignature is a context-first method's parameters and results; the
// page-walking variant of a list returns *Iter instead of a sequence.
func serviceSignature(p *pkgConfig, m *methodConfig, pages bool) string {
	args := "ctx context.Context, "
	for _, a := range pathArgs(m) {
		args += a + " string, "
	}
	args += "params *" + m.Params
	switch {
	case m.Iter == "":
		return "(" + args + ") (*" + m.Result + ", error)"
	case pages:
		return "(" + args + ") *Iter[" + p.iter(m.Iter).Item + "]"
	}
	return "(" + args + ") iter.Seq2[*" + p.iter(m.Iter).Item + ", error]"
}

// serviceMethodDoc is the method's doc with the params fields that the
// context-first form takes as arguments named as those arguments.
func serviceMethodDoc(m *methodConfig) string {
	doc := m.doc(m.MethodDoc)
	args := pathArgs(m)
	for i, v := range m.Path {
		if strings.HasPrefix(v, "params.") {
			doc = strings.ReplaceAll(doc, v, args[i])
		}
	}
	return doc
}

// pagesDoc documents the page-walking variant of a list.
func pagesDoc(m *methodConfig) string {
	return fmt.Sprintf("%sIter is %s as a page-walking *Iter, for a Next/Current loop or each page's ListMeta (has_more). "+
		"A nil ctx runs each page under the params' Context, as the package-level iterators do.", m.Name, m.Name)
}

// writeServiceMethod writes one method of the implementation; a list gets
// its page-walking variant, <Name>Iter, too.
func writeServiceMethod(f *goFile, s service, m *methodConfig) {
	p := s.p
	args := pathArgs(m)
	call := "ctx"
	for _, a := range args {
		call += ", " + a
	}
	call += ", params"
	f.p("")
	f.doc(0, serviceMethodDoc(m))
	if m.Iter != "" {
		f.p("func (c %s) %s%s {", s.client(), m.Name, serviceSignature(p, m, false))
		f.p("return c.%sIter(%s).All()", m.Name, call)
		f.p("}")
		f.p("")
		f.doc(0, pagesDoc(m))
		f.p("func (c %s) %sIter%s {", s.client(), m.Name, serviceSignature(p, m, true))
	} else {
		f.p("func (c %s) %s%s {", s.client(), m.Name, serviceSignature(p, m, false))
	}
	fail := "return nil, err"
	if m.Iter != "" {
		fail = fmt.Sprintf("return failedIter[%s](err)", p.iter(m.Iter).Item)
	}
	checked := false
	for i, v := range m.Path {
		field, ok := strings.CutPrefix(v, "params.")
		if !ok {
			continue
		}
		if !checked {
			f.p("if params != nil {")
			checked = true
		}
		f.p("if err := checkPathField(%q, %q, params.%s, %s); err != nil {", p.APIField+"."+m.Name, field, field, args[i])
		f.p("%s", fail)
		f.p("}")
	}
	if checked {
		f.p("}")
	}
	params := "params"
	switch {
	case m.Send == "shared":
		params = "onlySharedParams(params)"
	case m.Object != "":
		params = fmt.Sprintf("filterObjects(%q, params)", m.Object)
	}
	if m.Iter != "" {
		values := "nil"
		if len(args) > 0 {
			values = "[]string{" + strings.Join(args, ", ") + "}"
		}
		f.p("return listResource(ctx, c.B, %q, %s, c.Key, %s, idOf%s)", p.route(m), values, params, p.iter(m.Iter).Item)
	} else {
		rest := ""
		if len(args) > 0 {
			rest = ", " + strings.Join(args, ", ")
		}
		f.p("return callResource[%s](ctx, c.B, http.Method%s, %q, c.Key, %s%s)", m.Result, httpMethod(m.op.Method), p.route(m), params, rest)
	}
	f.p("}")
}
