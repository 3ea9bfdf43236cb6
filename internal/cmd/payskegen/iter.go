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
	f.doc(0, fmt.Sprintf("Page returns the page the last Next read, with every %s of it (nil before the first page is fetched). %s returns the same page as a *payske.%s.", it.Noun, it.List, it.List))
	f.p("func (i %s) Page() *payske.Page[%s] { return i.Iter.Page() }", it.Name, item)
	f.p("")
	f.doc(0, fmt.Sprintf("%s returns the page the last Next read: the one the current %s came from, or, once Next has returned false, the last page fetched. "+
		"It holds every %s of that page, in the order the API sent them, not only those Next has yet to reach, and the page's ListMeta, with the response in LastResponse. "+
		"It is nil before the first Next fetches a page (an iterator of payske.NewSliceIter holds its one page from the start). "+
		"It is Page as a *payske.%s; Meta returns the ListMeta alone.", it.List, it.Noun, it.Noun, it.List))
	f.p("func (i %s) %s() *payske.%s { return (*payske.%s)(i.Iter.Page()) }", it.Name, it.List, it.List, it.List)
	f.p("")
	for _, a := range it.ListAliases {
		f.doc(0, fmt.Sprintf("%s returns the page %s returns, under the name older releases gave its type. Prefer %s.", a, it.List, it.List))
		f.p("func (i %s) %s() *payske.%s { return i.%s() }", it.Name, a, a, it.List)
		f.p("")
	}
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
