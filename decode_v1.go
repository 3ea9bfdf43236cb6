//go:build !go1.27

package payske

// Before Go 1.27, whose standard library brings encoding/json/jsontext,
// answers decode through encoding/json (decode_text.go has the other way).

// decodeJSON decodes one JSON value into v, or leaves v zero on an error.
func decodeJSON(raw []byte, v LastResponseSetter) error {
	return decodeJSONv1(raw, v)
}

// newPageTarget returns an empty page target for a list of T: T's own if
// it has one, else the Page itself, whose objects decode one by one through
// their type's JSON methods.
func newPageTarget[T any]() pageTarget[T] {
	if item, ok := any((*T)(nil)).(pageItem[T]); ok {
		return item.pageTarget()
	}
	return &Page[T]{}
}
