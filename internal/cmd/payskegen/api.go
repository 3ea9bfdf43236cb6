package main

import (
	"fmt"
	"path/filepath"
)

// writeAPI writes api_gen.go: the package's endpoints as an interface that
// Client satisfies, for code that wants to swap in a fake.
func writeAPI(root string, p *pkgConfig) error {
	f := &goFile{}
	f.p("package %s", p.Name)
	f.p(`import "github.com/payske/payske-go"`)
	doc := fmt.Sprintf("API is the %s endpoints as an interface, satisfied by Client. "+
		"Code that takes an API instead of a Client can be tested with a fake.", p.Endpoints)
	for _, m := range p.Methods {
		if m.Iter == "" {
			continue
		}
		it := p.iter(m.Iter)
		doc += fmt.Sprintf("\n\nA fake's %s can return a list built from a slice:\n\n"+
			"\treturn &%s.%s{Iter: payske.NewSliceIter([]*payske.%s{...}, nil)}",
			m.Name, p.Name, it.Name, it.Item)
	}
	f.doc(0, doc)
	f.p("type API interface {")
	for _, m := range p.Methods {
		f.doc(1, m.doc(m.MethodDoc))
		f.p("%s%s", m.Name, signature(m))
	}
	f.p("}")
	f.p("")
	f.p("var _ API = (*Client)(nil)")
	return f.write(filepath.Join(root, p.Dir, "api_gen.go"))
}
