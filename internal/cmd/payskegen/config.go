package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// config holds what the schema cannot say: the Go names that must stay, the
// doc sentences, and the special cases of each resource package.
type config struct {
	// Fake names the fake server's handler of each operation.
	Fake     *fakeConfig  `json:"fake"`
	Packages []*pkgConfig `json:"packages"`
	// Enums are the root package's enum types, by resource.
	Enums []*enumFileConfig `json:"enums,omitempty"`
	// Models are the root package's object and params structs, by
	// resource.
	Models []*modelFileConfig `json:"models,omitempty"`
	// Lists are the root package's list page types.
	Lists *listsConfig `json:"lists,omitempty"`
	// References are the root package's ID-only reference types.
	References *referencesConfig `json:"references,omitempty"`
}

// pkgConfig is one resource package.
type pkgConfig struct {
	// Dir is the package's folder from the repository root.
	Dir string `json:"dir"`
	// Name is the package name, as in "session".
	Name string `json:"name"`
	// Endpoints names the endpoints in the Client and API docs, as in
	// "charges" ("the charges endpoints").
	Endpoints string `json:"endpoints"`
	// Fields says, for each params field that fills a URL placeholder, what
	// it names; it ends the error of a call made without it.
	Fields map[string]string `json:"fields,omitempty"`
	// Placeholders renames schema placeholders in the route the code sends
	// ({id} of /v1/events/{id} becomes {event}), as the errors about an
	// empty ID name them.
	Placeholders map[string]string `json:"placeholders,omitempty"`
	Methods      []*methodConfig   `json:"methods"`
	Iters        []*iterConfig     `json:"iters,omitempty"`
	// APIField is the package's field in client.API, as in "Charges", and
	// APIDoc its doc sentence, which starts with that name.
	APIField string `json:"api_field"`
	APIDoc   string `json:"api_doc"`
}

// methodConfig is one endpoint: a package-level function and the Client
// method it calls.
type methodConfig struct {
	Name string `json:"name"`
	// Operation is "METHOD /path" as in the schema's paths.
	Operation string `json:"operation"`
	// Params and Result are payske type names (Result is empty for a list).
	Params string `json:"params"`
	Result string `json:"result,omitempty"`
	// Iter is the iterator type a list returns.
	Iter string `json:"iter,omitempty"`
	// Path gives the value of each placeholder, in order: "id" (the id
	// argument) or "params.Field". Without it an operation with one
	// placeholder takes it from id.
	Path []string `json:"path,omitempty"`
	// Send is "params" (the default) or "shared": only the shared Params
	// (expand, metadata, extra), for a GET or DELETE whose params type has
	// fields of other calls.
	Send string `json:"send,omitempty"`
	// Object restricts a list of several kinds to one (object=card).
	Object string `json:"object,omitempty"`
	// Doc documents the package-level function; MethodDoc the Client method
	// and the API method. "{op}" stands for the schema's "METHOD /path".
	Doc       string `json:"doc"`
	MethodDoc string `json:"method_doc"`

	op operation // filled from the schema
}

// iterConfig is one iterator type, wrapping payske.Iter of Item.
type iterConfig struct {
	Name string `json:"name"`
	// Item is the payske type listed; its accessor has the same name.
	Item string `json:"item"`
	// Noun names one item in the docs ("the charge Next moved to").
	Noun string `json:"noun"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
	// List is the root package's page type of Item, an entry of the lists
	// section: the accessor of that name returns the page Next is on as
	// that type.
	List string `json:"list"`
	// ListAliases are older names of List, type aliases of it that the
	// root package declares by hand; each gets an accessor of its name.
	ListAliases []string `json:"list_aliases,omitempty"`
}

func loadConfig(path string) (*config, error) {
	data, err := os.ReadFile(path) // #nosec G304 -- the generator reads the file it is told to.
	if err != nil {
		return nil, fmt.Errorf("payskegen: reading the config: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("payskegen: decoding the config %s: %w", path, err)
	}
	return &c, nil
}

// resolve checks the config against the schema and itself, and fills in
// each method's operation.
func (c *config) resolve(s *schema) error {
	for _, p := range c.Packages {
		if p.Dir == "" || p.Name == "" || p.Endpoints == "" {
			return fmt.Errorf("payskegen: a package needs dir, name and endpoints: %+v", *p)
		}
		iters := map[string]bool{}
		for _, it := range p.Iters {
			if it.Name == "" || it.Item == "" || it.Noun == "" || it.Doc == "" {
				return fmt.Errorf("payskegen: %s: iterator %q needs name, item, noun and doc", p.Dir, it.Name)
			}
			if err := c.resolveIterList(it); err != nil {
				return fmt.Errorf("payskegen: %s: iterator %s: %w", p.Dir, it.Name, err)
			}
			iters[it.Name] = true
		}
		for _, m := range p.Methods {
			if err := p.resolveMethod(m, s, iters); err != nil {
				return fmt.Errorf("payskegen: %s.%s: %w", p.Name, m.Name, err)
			}
		}
		for from := range p.Placeholders {
			if !strings.Contains(p.routes(), "{"+from+"}") {
				return fmt.Errorf("payskegen: %s: placeholder %q to rename is in no route of the package", p.Name, from)
			}
		}
	}
	return nil
}

// resolveIterList checks an iterator's list: a list page type of the lists
// section holding the iterator's item (the accessor converts the iterator's
// payske.Page to it, which their identical fields allow), and aliases that
// are other exported names.
func (c *config) resolveIterList(it *iterConfig) error {
	if it.List == "" {
		return fmt.Errorf("list names no page type: set list to the lists entry of %s", it.Item)
	}
	var l *listConfig
	if c.Lists != nil {
		for _, x := range c.Lists.Types {
			if x.Name == it.List {
				l = x
			}
		}
	}
	if l == nil {
		return fmt.Errorf("list %s is not among the lists", it.List)
	}
	if l.Raw || l.Item != it.Item {
		return fmt.Errorf("list %s holds %s, not the iterator's %s", it.List, l.dataType(), it.Item)
	}
	seen := map[string]bool{it.List: true, it.Item: true}
	for _, a := range it.ListAliases {
		if !isExported(a) || seen[a] {
			return fmt.Errorf("list alias %q is not another exported Go name", a)
		}
		for _, x := range c.Lists.Types {
			if x.Name == a {
				return fmt.Errorf("list alias %s is a list of its own, not an alias of %s", a, it.List)
			}
		}
		seen[a] = true
	}
	return nil
}

func (p *pkgConfig) resolveMethod(m *methodConfig, s *schema, iters map[string]bool) error {
	op, err := s.operation(m.Operation)
	if err != nil {
		return err
	}
	m.op = op
	if m.Name == "" || m.Params == "" || m.Doc == "" || m.MethodDoc == "" {
		return fmt.Errorf("a method needs name, params, doc and method_doc")
	}
	if (m.Result == "") == (m.Iter == "") {
		return fmt.Errorf("a method has either a result or an iter")
	}
	if m.Iter != "" && !iters[m.Iter] {
		return fmt.Errorf("iter %q is not among the package's iters", m.Iter)
	}
	if m.Object != "" && m.Iter == "" {
		return fmt.Errorf("object filters a list only")
	}
	switch m.Send {
	case "", "params", "shared":
	default:
		return fmt.Errorf("send %q is neither params nor shared", m.Send)
	}
	if m.Path == nil {
		switch len(op.Placeholders) {
		case 0:
		case 1:
			m.Path = []string{"id"}
		default:
			return fmt.Errorf("%s has %d placeholders: say where each comes from in path", op, len(op.Placeholders))
		}
	}
	if m.Iter != "" && m.hasID() {
		return fmt.Errorf("a list takes no id argument")
	}
	if len(m.Path) != len(op.Placeholders) {
		return fmt.Errorf("path %v gives %d values for the %d placeholders of %s", m.Path, len(m.Path), len(op.Placeholders), op)
	}
	for _, v := range m.Path {
		field, isField := strings.CutPrefix(v, "params.")
		switch {
		case v == "id":
		case isField && p.Fields[field] != "":
			if strings.ToLower(field) == "id" && m.hasID() {
				return fmt.Errorf("params.%s and the id argument would share a name", field)
			}
		case isField:
			return fmt.Errorf("path value %s: the package's fields do not say what %s names", v, field)
		default:
			return fmt.Errorf("path value %q is neither id nor params.Field", v)
		}
	}
	return nil
}

// routes is every schema path of the package's methods resolved so far.
func (p *pkgConfig) routes() string {
	var b strings.Builder
	for _, m := range p.Methods {
		b.WriteString(m.op.Path)
	}
	return b.String()
}

// hasID reports whether the method takes an id argument.
func (m *methodConfig) hasID() bool {
	for _, v := range m.Path {
		if v == "id" {
			return true
		}
	}
	return false
}

// route is the path template the code sends: the schema's, with the
// package's placeholder renames.
func (p *pkgConfig) route(m *methodConfig) string {
	return placeholderRE.ReplaceAllStringFunc(m.op.Path, func(ph string) string {
		if to, ok := p.Placeholders[ph[1:len(ph)-1]]; ok {
			return "{" + to + "}"
		}
		return ph
	})
}

// doc fills "{op}" in a doc sentence with the method's operation.
func (m *methodConfig) doc(text string) string {
	return strings.ReplaceAll(text, "{op}", m.op.String())
}

// iter returns the package's iterator named name.
func (p *pkgConfig) iter(name string) *iterConfig {
	for _, it := range p.Iters {
		if it.Name == name {
			return it
		}
	}
	return nil
}
