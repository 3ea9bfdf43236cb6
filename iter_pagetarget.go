package payske

// pageItem is implemented by the list items whose page decodes each object
// straight into a fields type, the item without its methods. Through the
// item's UnmarshalJSON, which must first tell a bare ID from an object,
// encoding/json would scan every object of the page three more times (find
// its end, hand UnmarshalJSON its bytes, validate them again) where a plain
// struct takes one. The objects of a list are always objects, never bare
// IDs, so the page needs no such check. The generator writes pageTarget
// for every listed object that has a fields type.
type pageItem[T any] interface {
	// pageTarget returns an empty page to decode an answer into.
	pageTarget() pageTarget[T]
}

// pageTarget is what an iterator decodes a page into: the backend decodes
// the answer into it (it embeds ListMeta, so the backend checks that the
// answer is a list and records the response), and page returns the decoded
// page as a Page of the items.
type pageTarget[T any] interface {
	LastResponseSetter
	page() *Page[T]
}

// page implements pageTarget: a Page decodes into itself.
func (p *Page[T]) page() *Page[T] { return p }

// fieldsPage is a page whose objects decode into F, T's fields type (a
// type defined as T, so that a *F converts to a *T): encoding/json decodes
// each object in the one scan of the whole answer. item converts a decoded
// object; a null in the page stays a nil, for the walk to refuse.
type fieldsPage[T, F any] struct {
	ListMeta
	Data []*F `json:"data"`

	item func(*F) *T
}

// page implements pageTarget.
func (p *fieldsPage[T, F]) page() *Page[T] {
	out := &Page[T]{ListMeta: p.ListMeta}
	if p.Data != nil {
		out.Data = make([]*T, len(p.Data))
		for i, f := range p.Data {
			if f != nil {
				out.Data[i] = p.item(f)
			}
		}
	}
	return out
}
