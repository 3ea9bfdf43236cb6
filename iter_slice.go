package payske

// NewSliceIter returns an iterator that yields items in order and then stops
// with err (nil for a list that ends normally), without any request. It lets
// a fake of a resource API return a list:
//
//	func (f *fakeCharges) List(*payske.ChargeListParams) *charge.Iter {
//		return &charge.Iter{Iter: payske.NewSliceIter(f.charges, nil)}
//	}
//
// Meta and Page report one page holding every item, with HasMore false,
// from the start. The items slice is not copied; it must not change while
// the iterator is in use.
func NewSliceIter[T any](items []*T, err error) *Iter[T] {
	// done is set from the start: once items run out, Next returns false
	// (and Err reports err) instead of fetching a page.
	page := &Page[T]{ListMeta: ListMeta{Object: "list"}, Data: items}
	return &Iter[T]{pager: pager[*T, *Page[T]]{
		items:   items,
		done:    true,
		started: true,
		err:     err,
		page:    page,
		meta:    &page.ListMeta,
	}}
}
