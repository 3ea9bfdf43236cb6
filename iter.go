package payske

import (
	"context"
	"fmt"
	"iter"
	"net/http"

	"github.com/payske/payske-go/form"
)

// page is one list answer: the envelope and the objects of this page.
type page[T any] struct {
	ListMeta
	Data []*T `json:"data"`
}

// Iter walks a Payske list page by page, holding one page in memory. Resource
// packages wrap it with a typed accessor (charge.Iter has Charge()). Use it
// as
//
//	for i.Next() {
//		c := i.Current()
//	}
//	if err := i.Err(); err != nil { ... }
//
// or with range over All(). A page that repeats or goes back to an earlier
// one, or an empty page that claims more, stops the walk with an error
// rather than looping or ending early. An Iter is not safe for concurrent
// use.
type Iter[T any] struct {
	backend  Backend
	base     Request
	values   *form.Values // the caller's params without the cursors
	idOf     func(*T) string
	backward bool
	single   bool

	cursor  string
	cursors map[string]bool // every cursor sent so far, to catch a cycle
	started bool
	done    bool
	stalled bool // the last page gave no cursor to continue from

	items []*T
	cur   *T
	meta  *ListMeta
	err   error
}

// NewIter returns an iterator over the list at route, read with backend and
// key. params may be nil. idOf returns an object's ID, the cursor of the
// next page. Resource packages call it; users normally do not.
func NewIter[T any](backend Backend, route string, pathValues []string, key string, params ListParamsContainer, idOf func(*T) string) *Iter[T] {
	it := &Iter[T]{
		backend: backend,
		base:    Request{Method: http.MethodGet, Route: route, PathValues: pathValues, Key: key, ListParams: params},
		idOf:    idOf,
		values:  &form.Values{},
	}
	if lp := listParamsOf(params); lp != nil {
		it.single = lp.Single
		if lp.EndingBefore != nil {
			it.backward = true
			it.cursor = *lp.EndingBefore
		} else if lp.StartingAfter != nil {
			it.cursor = *lp.StartingAfter
		}
		all := &form.Values{}
		form.AppendTo(all, params)
		// The cursors are re-sent per page from it.cursor; everything else
		// goes out as the caller wrote it.
		all.Range(func(k, v string) {
			if k != "starting_after" && k != "ending_before" {
				it.values.Add(k, v)
			}
		})
	}
	return it
}

// Next advances to the next object, fetching the next page when the current
// one is used up. It returns false at the end of the list or on an error
// (see Err).
func (it *Iter[T]) Next() bool {
	for len(it.items) == 0 {
		if it.done || it.err != nil {
			it.cur = nil
			return false
		}
		it.fetch()
	}
	it.cur = it.items[0]
	it.items = it.items[1:]
	return true
}

// Current returns the object Next moved to.
func (it *Iter[T]) Current() *T { return it.cur }

// Err returns the error that stopped the iteration, if any.
func (it *Iter[T]) Err() error { return it.err }

// Meta returns the envelope of the last page fetched (nil before the first).
func (it *Iter[T]) Meta() *ListMeta { return it.meta }

// All returns the rest of the list as a sequence for range-over-func. On an
// error it yields (nil, err) once and stops.
func (it *Iter[T]) All() iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		for it.Next() {
			if !yield(it.Current(), nil) {
				return
			}
		}
		if err := it.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// context is the context the walk runs under: the one the iterator was made
// with, else its params' Context. A conflict between the two is left for the
// page request to report.
func (it *Iter[T]) context() context.Context {
	ctx, _ := callContext(it.base.Context, listParamsOf(it.base.ListParams).rawContext(), "ListParams")
	return ctx
}

// fetch reads the page after (or, walking backwards, before) the cursor.
func (it *Iter[T]) fetch() {
	if it.started && it.single {
		it.done = true
		return
	}
	if err := it.context().Err(); err != nil {
		// The next page's call ends before its first attempt, and fails
		// as any call does whose context is done.
		it.err = settle(outcome{ctxErr: err}, "", nil)
		return
	}
	if it.stalled {
		it.err = fmt.Errorf("payske: list %s has more pages, but its last object has no ID to continue from", it.base.Route)
		return
	}
	v := &form.Values{}
	it.values.Range(func(k, val string) { v.Add(k, val) })
	if it.cursor != "" {
		if it.backward {
			v.Add("ending_before", it.cursor)
		} else {
			v.Add("starting_after", it.cursor)
		}
	}
	req := it.base
	req.Form = v
	p := &page[T]{}
	if err := it.backend.Do(&req, p); err != nil {
		it.err = err
		return
	}
	it.started = true
	it.meta = &p.ListMeta
	items := p.Data
	if it.backward {
		// Walking backwards, the page closest to the cursor comes last in
		// the answer; yield it first so the walk moves away from the cursor.
		for l, r := 0, len(items)-1; l < r; l, r = l+1, r-1 {
			items[l], items[r] = items[r], items[l]
		}
	}
	for _, item := range items {
		if item == nil {
			// A null in "data" is no object: yielding it would hand the
			// caller a nil to dereference, and it gives no cursor.
			it.err = fmt.Errorf("payske: list %s answered a page holding null", it.base.Route)
			return
		}
	}
	var next string
	if len(items) > 0 {
		next = it.idOf(items[len(items)-1])
	}
	if next != "" && (next == it.cursor || it.cursors[next]) {
		// The page ends at a cursor already moved past: the server
		// repeated a page, or went back to an earlier one, and following
		// it would loop forever. Its objects were already yielded.
		it.err = fmt.Errorf("payske: list %s repeated the page ending at %q", it.base.Route, next)
		return
	}
	if len(items) == 0 && p.HasMore {
		// An empty page that claims more gives no cursor to move on from;
		// ending quietly would drop the rest of the list unseen.
		it.err = fmt.Errorf("payske: list %s answered an empty page with has_more set", it.base.Route)
		return
	}
	it.items = items
	if !p.HasMore {
		it.done = true
		return
	}
	if next == "" {
		// Without an ID there is no cursor for the next page.
		it.stalled = true
		return
	}
	if it.cursors == nil {
		it.cursors = map[string]bool{}
	}
	it.cursors[it.cursor] = true
	it.cursor = next
}
