package payske

import (
	"context"
	"errors"
	"reflect"

	"github.com/payske/payske-go/form"
)

// Query reads one page of a list for GetIter. params carries the per-call
// options of the list's ListParams (see ListParams.ToParams: Context,
// Headers, PayskeAccount) and values the list's parameters with the
// page's cursor; the query sends them and returns the page's objects, in
// the order of the answer, and the page itself:
//
//	func(p *payske.Params, v *form.Values) ([]interface{}, payske.ListContainer, error) {
//		list := &payske.ChargeList{}
//		err := backend.Do(&payske.Request{Method: http.MethodGet, Route: "/v1/charges",
//			Key: key, Params: p, Form: v}, list)
//		ret := make([]interface{}, len(list.Data))
//		for i, c := range list.Data {
//			ret[i] = c
//		}
//		return ret, list, err
//	}
//
// A list of this package's resources needs no Query: its resource iterator
// (charge.List, ...) reads it, typed.
type Query func(*Params, *form.Values) ([]interface{}, ListContainer, error)

// QueryIter walks a list page by page through a Query of the caller's,
// with the cursor logic of Iter: the next page starts after (or, walking
// backwards from EndingBefore, ends before) the last object yielded, read
// from the object's ID field. It is what GetIter returns; a list of this
// package's resources is better read with the resource's iterator
// (charge.List) or with Iter, which are typed. A QueryIter is not safe for
// concurrent use.
type QueryIter struct {
	pager[interface{}, ListContainer]

	listParams ListParams
	query      Query
}

// GetIter returns an iterator over the list that query reads, page by page,
// with the parameters of container (nil for none). No page is read before
// the first Next. Prefer the typed iterators of the resource packages, or
// NewIter; GetIter is for a list this package does not model.
func GetIter(container ListParamsContainer, query Query) *QueryIter {
	it := &QueryIter{
		pager: newPager[interface{}, ListContainer]("list", container),
		query: query,
	}
	if lp := listParamsOf(container); lp != nil {
		it.listParams = *lp
	}
	return it
}

// Next advances to the next object, fetching the next page when the current
// one is used up. It returns false at the end of the list or on an error
// (see Err).
func (it *QueryIter) Next() bool { return it.next(it) }

// Current returns the object Next moved to, as the query returned it.
func (it *QueryIter) Current() interface{} { return it.cur }

// Err returns the error that stopped the iteration, if any: the query's, or
// the walk's own (a page that repeats, a context that is done).
func (it *QueryIter) Err() error { return it.err }

// Meta returns the envelope of the last page fetched (nil before the first).
func (it *QueryIter) Meta() *ListMeta { return it.meta }

// List returns the page the last Next read, as the query returned it: the
// one Current came from, or, once Next has returned false, the last page
// fetched. It is nil before the first Next.
func (it *QueryIter) List() ListContainer { return it.page }

// walkContext implements pageSource: the Context of the list's params.
func (it *QueryIter) walkContext() context.Context {
	if it.listParams.Context != nil {
		return it.listParams.Context
	}
	return context.Background()
}

// errNoList is the error of a query that returns neither a page nor an
// error: there is no envelope to tell whether more pages follow.
var errNoList = errors.New("payske: GetIter: the query returned neither a list nor an error")

// readPage implements pageSource: one call of the query.
func (it *QueryIter) readPage(v *form.Values) ([]interface{}, ListContainer, *ListMeta, error) {
	if it.query == nil {
		return nil, nil, nil, errors.New("payske: GetIter: query is nil")
	}
	items, list, err := it.query(it.listParams.ToParams(), v)
	if err != nil {
		return nil, nil, nil, err
	}
	if !isSet(list) {
		return nil, nil, nil, errNoList
	}
	meta := list.GetListMeta()
	if meta == nil {
		return nil, nil, nil, errNoList
	}
	return items, list, meta, nil
}

// itemID implements pageSource: the string field ID of the object a query
// returned (through pointers), "" for an object without one.
func (it *QueryIter) itemID(item interface{}) (string, bool) {
	v := reflect.ValueOf(item)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", false
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return "", false
	}
	if v.Kind() != reflect.Struct {
		return "", true
	}
	if f := v.FieldByName("ID"); f.IsValid() && f.Kind() == reflect.String {
		return f.String(), true
	}
	return "", true
}
