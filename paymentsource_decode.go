package payske

// decodeValue implements valueDecoder: it decodes what UnmarshalJSON
// decodes, to the same value, within the one walk of the answer.
func (s *PaymentSource) decodeValue(r *textReader) error {
	var head deletableHead
	what, id, start, err := r.readPolymorphic(head.decodeField)
	if err != nil || what == jsonNull {
		return err
	}
	v := PaymentSource{APIResource: s.APIResource, ID: head.ID, Type: PaymentSourceType(head.Object)}
	switch {
	case what == jsonID:
		v.ID = id
	case head.Deleted:
		// A deletion answer carries nothing but these three fields.
		v.Deleted = true
	case v.Type == PaymentSourceTypeCard:
		v.Card = &Card{}
		err = r.objectAgain(start, v.Card.decodeFields)
	case v.Type == PaymentSourceTypeBankAccount:
		v.BankAccount = &BankAccount{}
		err = r.objectAgain(start, v.BankAccount.decodeFields)
	case v.Type == PaymentSourceTypeSource:
		v.SourceObject = &Source{}
		err = r.objectAgain(start, v.SourceObject.decodeValue)
	default:
		v.RawJSON = keptRawJSON(r.buf[start:r.pos], head.ID, head.Object)
	}
	if err != nil {
		return err
	}
	*s = v
	return nil
}
