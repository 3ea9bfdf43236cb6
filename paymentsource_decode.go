package payske

// decodeValue implements valueDecoder: it decodes what UnmarshalJSON
// decodes, to the same value, within the one walk of the answer.
func (s *PaymentSource) decodeValue(r *textReader) error {
	var head deletableHead
	what, id, start, err := r.readPolymorphic(head.decodeField)
	if err != nil || what == jsonNull {
		return err
	}
	return s.fromHead(what, id, head, r.buf[start:r.pos], r.againAs(start))
}
