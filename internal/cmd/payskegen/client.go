package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// writeClient writes client_gen.go: the Client type, its redaction, and each
// endpoint as a package-level function and a Client method.
func writeClient(root string, p *pkgConfig) error {
	f := &goFile{}
	f.p("package %s", p.Name)
	f.p(`import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
	"github.com/payske/payske-go/internal/redact"
)`)
	f.doc(0, fmt.Sprintf("Client calls the %s endpoints with its own backend and key.", p.Endpoints))
	f.p(`type Client struct {
	// B sends the requests, for example a backend made with
	// payske.GetBackendWithConfig; nil means the global backend, looked up
	// at each call.
	B payske.Backend
	// Key is the secret API key every request is made with; it is never
	// printed (see String).
	Key string
}

// String describes c without its key, so that printing a client (with %%v,
// %%+v or %%s) never shows the secret.
func (c Client) String() string { return "%s.Client{Key: [redacted]}" }

// GoString is String, for %%#v.
func (c Client) GoString() string { return c.String() }

// Format implements fmt.Formatter: every verb prints String, so that no
// verb (%%d included, which String alone does not cover) prints the key.
func (c Client) Format(f fmt.State, verb rune) { redact.Format(f, verb, c.String()) }
`, p.Name)
	uses := map[string]string{} // field var name -> its declaration
	for _, m := range p.Methods {
		writeMethod(f, p, m, uses)
	}
	names := make([]string, 0, len(uses))
	for name := range uses {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f.p("%s", uses[name])
	}
	f.p(`// getC is the client of the package-level functions: the global key and
// backend, read at each call.
func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}`)
	return f.write(filepath.Join(root, p.Dir, "client_gen.go"))
}

// signature is the method's parameter list and results, as in
// "(id string, params *payske.ChargeParams) (*payske.Charge, error)".
func signature(m *methodConfig) string {
	args := "params *payske." + m.Params
	if m.hasID() {
		args = "id string, " + args
	}
	if m.Iter != "" {
		return "(" + args + ") *" + m.Iter
	}
	return "(" + args + ") (*payske." + m.Result + ", error)"
}

// arguments is how the package-level function passes its arguments on.
func arguments(m *methodConfig) string {
	if m.hasID() {
		return "id, params"
	}
	return "params"
}

func writeMethod(f *goFile, p *pkgConfig, m *methodConfig, uses map[string]string) {
	f.p("")
	f.doc(0, m.doc(m.Doc))
	f.p("func %s%s {", m.Name, signature(m))
	f.p("return getC().%s(%s)", m.Name, arguments(m))
	f.p("}")
	f.p("")
	f.doc(0, m.doc(m.MethodDoc))
	f.p("func (c Client) %s%s {", m.Name, signature(m))

	// The fields that fill placeholders are checked first: a call without
	// them fails before any request.
	var values []string
	for _, v := range m.Path {
		field, ok := strings.CutPrefix(v, "params.")
		if !ok {
			values = append(values, v)
			continue
		}
		local := strings.ToLower(field)
		fieldVar := lowerFirst(field) + "Of" + m.Params
		uses[fieldVar] = fieldDecl(p, m.Params, field, fieldVar)
		f.p("%s, err := %s.From(params, %q)", local, fieldVar, m.Name)
		f.p("if err != nil {")
		if m.Iter != "" {
			it := p.iter(m.Iter)
			f.p("return &%s{apicall.FailingIter[payske.%s](%q, c.Key, err)}", m.Iter, it.Item, p.route(m))
		} else {
			f.p("return nil, err")
		}
		f.p("}")
		values = append(values, local)
	}

	// The context-first service makes the call: one implementation of each
	// endpoint, which the package-level API reaches with the params'
	// Context.
	service := fmt.Sprintf("payske.%sClient{B: c.B, Key: c.Key}", strings.TrimSuffix(p.APIField, "s"))
	args := append(values, "params")
	if m.Iter != "" {
		f.p("return &%s{%s.%sIter(apicall.EachPage, %s)}", m.Iter, service, m.Name, strings.Join(args, ", "))
	} else {
		f.p("return %s.%s(apicall.Context(params), %s)", service, m.Name, strings.Join(args, ", "))
	}
	f.p("}")
}

// fieldDecl declares the apicall.Field that reads field of params type.
func fieldDecl(p *pkgConfig, paramsType, field, name string) string {
	f := &goFile{}
	f.doc(0, fmt.Sprintf("%s reads params.%s of a %s: %s.", name, field, paramsType, p.Fields[field]))
	f.p("var %s = apicall.Field[payske.%s]{", name, paramsType)
	f.p("Package: %q,", p.Name)
	f.p("Name: %q,", field)
	f.p("Why: %q,", p.Fields[field])
	f.p("Get: func(p *payske.%s) *string { return p.%s },", paramsType, field)
	f.p("}")
	return f.String()
}

// httpMethod is the net/http constant suffix of an HTTP method.
func httpMethod(m string) string {
	return m[:1] + strings.ToLower(m[1:])
}
