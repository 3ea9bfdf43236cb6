package main

import (
	"fmt"
	"path/filepath"
)

// writeIters writes iter_gen.go: each iterator type with its item accessor,
// and the methods of payske.Iter written out, so that the package's
// documentation lists them.
func writeIters(root string, p *pkgConfig) error {
	if len(p.Iters) == 0 {
		return nil
	}
	f := &goFile{}
	f.p("package %s", p.Name)
	f.p(`import (
	"iter"

	"github.com/payske/payske-go"
)`)
	for _, it := range p.Iters {
		writeIter(f, it)
	}
	return f.write(filepath.Join(root, p.Dir, "iter_gen.go"))
}

// writeIter writes one iterator. The methods have value receivers, as the
// methods promoted from the embedded *payske.Iter have: the method sets of
// the type and its pointer stay what they were.
func writeIter(f *goFile, it *iterConfig) {
	item := "payske." + it.Item
	f.p("")
	f.doc(0, it.Doc+" Use it as\n\n"+
		"\tfor i.Next() {\n\t\tv := i."+it.Item+"()\n\t}\n\tif err := i.Err(); err != nil { ... }\n\n"+
		"or with range over All(). It is not safe for concurrent use.")
	f.p("type %s struct {", it.Name)
	f.p("*payske.Iter[%s]", item)
	f.p("}")
	f.p("")
	f.doc(0, fmt.Sprintf("%s returns the %s Next moved to.", it.Item, it.Noun))
	f.p("func (i *%s) %s() *%s { return i.Current() }", it.Name, it.Item, item)
	f.p("")
	f.doc(0, fmt.Sprintf("Next advances to the next %s, fetching the next page when the current one is used up. "+
		"It returns false at the end of the list or on an error (see Err).", it.Noun))
	f.p("func (i %s) Next() bool { return i.Iter.Next() }", it.Name)
	f.p("")
	f.doc(0, fmt.Sprintf("Current returns the %s Next moved to, as %s does.", it.Noun, it.Item))
	f.p("func (i %s) Current() *%s { return i.Iter.Current() }", it.Name, item)
	f.p("")
	f.doc(0, "Err returns the error that stopped the iteration, if any.")
	f.p("func (i %s) Err() error { return i.Iter.Err() }", it.Name)
	f.p("")
	f.doc(0, "Meta returns the envelope of the last page fetched (nil before the first).")
	f.p("func (i %s) Meta() *payske.ListMeta { return i.Iter.Meta() }", it.Name)
	f.p("")
	f.doc(0, fmt.Sprintf("All returns the rest of the list as a sequence for range-over-func, "+
		"each %s with a nil error. On an error it yields (nil, err) once and stops.", it.Noun))
	f.p("func (i %s) All() iter.Seq2[*%s, error] { return i.Iter.All() }", it.Name, item)
	f.p("")
	f.p("func %s(v *%s) string { return v.ID }", idFunc(it), item)
}

// idFunc names the function that returns an item's ID, the list cursor.
func idFunc(it *iterConfig) string {
	return lowerFirst(it.Item) + "ID"
}
