package payske

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"slices"

	"github.com/payske/payske-go/form"
)

// Page is one page of a list as the API answered it: the envelope
// (has_more, url, the response in LastResponse) and every object of the
// page, in the order the API sent them. Iter.Page returns the page the
// iterator is on; a resource's list type (ChargeList, RefundList, ...) has
// the same fields, and its iterator's ChargeList, RefundList, ... return
// this page as that type.
type Page[T any] struct {
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
	pager[*T, *Page[T]]

	backend Backend
	base    Request
	idOf    func(*T) string
}

// NewIter returns an iterator over the list at route, read with backend and
// key. params may be nil. idOf returns an object's ID, the cursor of the
// next page. Resource packages call it; users normally do not.
func NewIter[T any](backend Backend, route string, pathValues []string, key string, params ListParamsContainer, idOf func(*T) string) *Iter[T] {
	return &Iter[T]{
		pager:   newPager[*T, *Page[T]]("list "+route, params),
		backend: backend,
		base:    Request{Method: http.MethodGet, Route: route, PathValues: pathValues, Key: key, ListParams: params},
		idOf:    idOf,
	}
}

// Next advances to the next object, fetching the next page when the current
// one is used up. It returns false at the end of the list or on an error
// (see Err).
func (it *Iter[T]) Next() bool { return it.next(it) }

// Current returns the object Next moved to.
func (it *Iter[T]) Current() *T { return it.cur }

// Err returns the error that stopped the iteration, if any.
func (it *Iter[T]) Err() error { return it.err }

// Meta returns the envelope of the last page fetched (nil before the first).
func (it *Iter[T]) Meta() *ListMeta { return it.meta }

// Page returns the page the last Next read: the one Current came from, or,
// once Next has returned false, the last page fetched. It holds every object
// of that page, not only those Next has yet to reach, and its ListMeta is
// what Meta returns. Page is nil before the first page is fetched; the
// iterator fetches lazily, so that is until the first Next.
func (it *Iter[T]) Page() *Page[T] { return it.page }

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

// walkContext is the context the walk runs under: the one the iterator was
// made with, else its params' Context. A conflict between the two is left
// for the page request to report.
func (it *Iter[T]) walkContext() context.Context {
	ctx, _ := callContext(it.base.Context, listParamsOf(it.base.ListParams).rawContext(), "ListParams")
	return ctx
}

// readPage implements pageSource: one GET of the list with the form v.
func (it *Iter[T]) readPage(v *form.Values) ([]*T, *Page[T], *ListMeta, error) {
	req := it.base
	req.Form = v
	// The Page decodes itself: its generated decoder reads every object
	// in the one walk of the answer (decode_text.go).
	p := &Page[T]{}
	if err := it.backend.Do(&req, p); err != nil {
		return nil, nil, nil, err
	}
	return p.Data, p, &p.ListMeta, nil
}

// itemID implements pageSource.
func (it *Iter[T]) itemID(item *T) (string, bool) {
	if item == nil {
		return "", false
	}
	if it.idOf == nil {
		// An iterator made to fail (apicall.FailingIter) has no idOf.
		return "", true
	}
	return it.idOf(item), true
}

// pageSource is how a pager reads pages: Iter through its backend,
// QueryIter through the caller's Query. E is an object of a page as the
// walk yields it, P the page.
type pageSource[E, P any] interface {
	// walkContext bounds the walk: once it is done, no page is fetched.
	walkContext() context.Context
	// readPage fetches the page the form v asks for (the caller's params
	// and the cursor) and returns its objects in the order of the answer,
	// the page and its envelope.
	readPage(v *form.Values) ([]E, P, *ListMeta, error)
	// itemID returns an object's ID, the cursor of the next page; ok is
	// false for a null in the page.
	itemID(E) (id string, ok bool)
}

// pager is the cursor walk every list iterator shares: it keeps the
// cursor, fetches the next page when the current one is used up, walks
// backwards from ending_before, stops after one page when Single is set, and
// refuses the answers that would loop forever or drop the rest of the list.
type pager[E, P any] struct {
	what     string       // "list /v1/charges": what the errors name
	values   *form.Values // the caller's params without the cursors
	backward bool
	single   bool

	cursor  string
	cursors map[string]bool // every cursor sent so far, to catch a cycle
	started bool
	done    bool
	stalled bool // the last page gave no cursor to continue from

	items []E // the objects of the page Next has yet to reach
	cur   E
	page  P
	meta  *ListMeta
	err   error
}

// newPager starts a walk of params (nil for none): its cursor, direction
// and Single, and the rest of its form, sent with every page.
func newPager[E, P any](what string, params ListParamsContainer) pager[E, P] {
	p := pager[E, P]{what: what, values: &form.Values{}}
	lp := listParamsOf(params)
	if lp == nil {
		return p
	}
	p.single = lp.Single
	if lp.EndingBefore != nil {
		p.backward = true
		p.cursor = *lp.EndingBefore
	} else if lp.StartingAfter != nil {
		p.cursor = *lp.StartingAfter
	}
	all := &form.Values{}
	form.AppendTo(all, params)
	// The cursors are re-sent per page from p.cursor; everything else goes
	// out as the caller wrote it.
	all.Range(func(k, v string) {
		if k != "starting_after" && k != "ending_before" {
			p.values.Add(k, v)
		}
	})
	return p
}

// next advances to the next object, reading pages from src as needed.
func (p *pager[E, P]) next(src pageSource[E, P]) bool {
	for len(p.items) == 0 {
		if p.done || p.err != nil {
			var zero E
			p.cur = zero
			return false
		}
		p.fetch(src)
	}
	p.cur = p.items[0]
	p.items = p.items[1:]
	return true
}

// fetch reads the page after (or, walking backwards, before) the cursor.
func (p *pager[E, P]) fetch(src pageSource[E, P]) {
	if p.started && p.single {
		p.done = true
		return
	}
	if err := src.walkContext().Err(); err != nil {
		// The next page's call ends before its first attempt, and fails
		// as any call does whose context is done.
		p.err = settle(outcome{ctxErr: err}, "", nil)
		return
	}
	if p.stalled {
		p.err = fmt.Errorf("payske: %s has more pages, but its last object has no ID to continue from", p.what)
		return
	}
	v := &form.Values{}
	p.values.Range(func(k, val string) { v.Add(k, val) })
	if p.cursor != "" {
		if p.backward {
			v.Add("ending_before", p.cursor)
		} else {
			v.Add("starting_after", p.cursor)
		}
	}
	items, page, meta, err := src.readPage(v)
	if err != nil {
		p.err = err
		return
	}
	p.started = true
	p.page, p.meta = page, meta
	if p.backward {
		// Walking backwards, the page closest to the cursor comes last in
		// the answer; yield it first so the walk moves away from the cursor.
		// The page itself keeps the order of the answer.
		items = slices.Clone(items)
		slices.Reverse(items)
	}
	var next string
	for i, item := range items {
		id, ok := src.itemID(item)
		if !ok {
			// A null in "data" is no object: yielding it would hand the
			// caller a nil to dereference, and it gives no cursor.
			p.err = fmt.Errorf("payske: %s answered a page holding null", p.what)
			return
		}
		if i == len(items)-1 {
			next = id
		}
	}
	if next != "" && (next == p.cursor || p.cursors[next]) {
		// The page ends at a cursor already moved past: the server
		// repeated a page, or went back to an earlier one, and following
		// it would loop forever. Its objects were already yielded.
		p.err = fmt.Errorf("payske: %s repeated the page ending at %q", p.what, next)
		return
	}
	if len(items) == 0 && meta.HasMore {
		// An empty page that claims more gives no cursor to move on from;
		// ending quietly would drop the rest of the list unseen.
		p.err = fmt.Errorf("payske: %s answered an empty page with has_more set", p.what)
		return
	}
	p.items = items
	if !meta.HasMore {
		p.done = true
		return
	}
	if next == "" {
		// Without an ID there is no cursor for the next page.
		p.stalled = true
		return
	}
	if p.cursors == nil {
		p.cursors = map[string]bool{}
	}
	p.cursors[p.cursor] = true
	p.cursor = next
}
