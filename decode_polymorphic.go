package payske

import "encoding/json"

// decodeField decodes the value of key, reporting false for another key.
func (h *objectHead) decodeField(r *textReader, key []byte) (bool, error) {
	switch string(key) {
	case "id":
		return true, decodeString(r, &h.ID)
	case "object":
		return true, decodeString(r, &h.Object)
	}
	return false, nil
}

// decodeField decodes the value of key, reporting false for another key.
func (h *deletableHead) decodeField(r *textReader, key []byte) (bool, error) {
	if string(key) == "deleted" {
		return true, decodeBool(r, &h.Deleted)
	}
	return h.objectHead.decodeField(r, key)
}

// readPolymorphic starts decoding a polymorphic value in the walk of an
// answer, as readHead starts its UnmarshalJSON: it tells what the value
// holds, returns a bare ID, and for an object decodes its head with head
// (an objectHead's or a deletableHead's decodeField) and returns
// where the object starts, for the caller to decode it again as its kind
// (objectAgain) or keep its bytes, r.buf[start:r.pos].
func (r *textReader) readPolymorphic(head func(*textReader, []byte) (bool, error)) (what fieldJSON, id string, start int, err error) {
	switch r.peek() {
	case 'n':
		return jsonNull, "", 0, r.literal("null")
	case '"':
		err := decodeString(r, &id)
		return jsonID, id, 0, err
	case '{':
		start = r.pos
		return jsonObject, "", start, r.object(head)
	}
	return 0, "", 0, errNotDecoded
}

// againAs returns how the polymorphic object that starts at start decodes
// once more, into the concrete type its head named: through the type's
// decodeFields (the object itself), or its decodeValue when it has no
// other. A type with neither is left to encoding/json.
func (r *textReader) againAs(start int) func(dst any) error {
	return func(dst any) error {
		if d, ok := dst.(fieldsDecoder); ok {
			return r.objectAgain(start, d.decodeFields)
		}
		if d, ok := dst.(valueDecoder); ok {
			return r.objectAgain(start, d.decodeValue)
		}
		return errNotDecoded
	}
}

// objectAgain decodes the object that starts at start once more, with
// decode; the walk then goes on after it.
func (r *textReader) objectAgain(start int, decode func(*textReader) error) error {
	end := r.pos
	r.pos = start
	if err := decode(r); err != nil {
		return err
	}
	r.pos = end
	return nil
}

// reference decodes an ID-only reference in the walk of an answer, as
// decodeReference does for its UnmarshalJSON: a bare ID, or an expanded
// object kept as it came.
func (r *textReader) reference(id, object *string, raw *json.RawMessage) error {
	var head objectHead
	what, s, start, err := r.readPolymorphic(head.decodeField)
	switch {
	case err != nil || what == jsonNull:
		return err
	case what == jsonID:
		*id, *object, *raw = s, "", nil
	default:
		*id, *object, *raw = head.ID, head.Object, keptRawJSON(r.buf[start:r.pos], head.ID, head.Object)
	}
	return nil
}
