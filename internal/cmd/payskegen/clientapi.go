package main

import (
	"fmt"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
)

// clientAPIDoc and clientNewDoc document client.API and client.New; they
// say what every resource field shares, so they are the generator's.
const (
	clientAPIDoc = "API holds one client per resource, all with the same key and backend. " +
		"Each field is its package's API interface: New (or Init) fills it with that package's *Client, " +
		"and a test can put a fake of one resource in its place while keeping the real clients for the others."
	clientNewDoc = "New returns an API that uses key for every call and sends it through backends.API. " +
		"When backends or backends.API is nil, each call goes through the global backend, looked up at the time of the call: " +
		"payske.SetBackend reaches an API made before it as well as after."
	clientInitDoc = "Init fills a as New fills the API it returns: each field gets its package's Client with key and backends, " +
		"replacing what a held (a fake included), and RawRequest uses them too. " +
		"It serves an API declared as a value or embedded in a struct of yours. Prefer New, which returns the filled *API."
)

// writeClientAPI writes client/api_gen.go: the API struct with one field
// per resource package (its API interface), Init, which fills each field
// with the package's Client, and New, which returns an API Init filled. RawRequest, the redaction of the key and the
// choice of backend stay hand-written in the client package.
func writeClientAPI(root string, c *config) error {
	pkgs, err := clientAPIPackages(c.Packages)
	if err != nil {
		return err
	}
	f := &goFile{}
	f.p("package client")
	f.p("import (")
	f.p(`"github.com/payske/payske-go"`)
	for _, p := range pkgs {
		f.p("%q", "github.com/payske/payske-go/"+p.Dir)
	}
	f.p(")")
	f.doc(0, clientAPIDoc)
	f.p("type API struct {")
	for _, p := range pkgs {
		f.doc(1, p.APIDoc)
		f.p("%s %s.API", p.APIField, p.Name)
	}
	f.p("")
	f.p(`// key and backend are what New or Init was given, for RawRequest. An
	// API built as a struct literal (with fakes) has neither: RawRequest then
	// uses payske.Key and the global backend, like the package-level function.
	key     string
	backend payske.Backend
}`)
	f.doc(0, clientNewDoc)
	f.p("func New(key string, backends *payske.Backends) *API {")
	f.p("a := &API{}")
	f.p("a.Init(key, backends)")
	f.p("return a")
	f.p("}")
	f.p("")
	f.doc(0, clientInitDoc)
	f.p("func (a *API) Init(key string, backends *payske.Backends) {")
	f.p("b := backendOf(backends)")
	f.p("*a = API{")
	for _, p := range pkgs {
		f.p("%s: &%s.Client{B: b, Key: key},", p.APIField, p.Name)
	}
	f.p("key: key,")
	f.p("backend: b,")
	f.p("}")
	f.p("}")
	return f.write(filepath.Join(root, "client", "api_gen.go"))
}

// clientAPIPackages checks each package's api_field and api_doc and
// returns the packages in the order of their fields' names, the order
// client.API has always listed them in.
func clientAPIPackages(all []*pkgConfig) ([]*pkgConfig, error) {
	pkgs := append([]*pkgConfig(nil), all...)
	fields, names := map[string]string{}, map[string]string{}
	for _, p := range pkgs {
		if !isExported(p.APIField) || p.APIDoc == "" {
			return nil, fmt.Errorf("payskegen: %s: a package needs api_field (an exported Go name) and api_doc, its field in client.API", p.Dir)
		}
		if !strings.HasPrefix(p.APIDoc, p.APIField+" ") {
			return nil, fmt.Errorf("payskegen: %s: api_doc %q must start with the field's name, %s", p.Dir, p.APIDoc, p.APIField)
		}
		if other, ok := fields[p.APIField]; ok {
			return nil, fmt.Errorf("payskegen: %s and %s both have the api_field %s", other, p.Dir, p.APIField)
		}
		fields[p.APIField] = p.Dir
		// client imports every package by its name: two packages of the
		// same name, or one named as the root package or client itself,
		// would collide.
		if p.Name == "payske" || p.Name == "client" {
			return nil, fmt.Errorf("payskegen: %s: the package name %s would collide in client/api_gen.go, which imports it by name", p.Dir, p.Name)
		}
		if other, ok := names[p.Name]; ok {
			return nil, fmt.Errorf("payskegen: %s and %s share the package name %s, which client/api_gen.go imports them by", other, p.Dir, p.Name)
		}
		names[p.Name] = p.Dir
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].APIField < pkgs[j].APIField })
	return pkgs, nil
}

// isExported reports whether s is an exported Go identifier.
func isExported(s string) bool { return token.IsIdentifier(s) && token.IsExported(s) }
