package payske

// decodeValue implements valueDecoder: it decodes what UnmarshalJSON
// decodes, to the same value, within the one walk of the answer.
func (s *BalanceTransactionSource) decodeValue(r *textReader) error {
	var head objectHead
	what, id, start, err := r.readPolymorphic(head.decodeField)
	if err != nil || what == jsonNull {
		return err
	}
	v := BalanceTransactionSource{ID: head.ID, Type: BalanceTransactionSourceType(head.Object)}
	switch {
	case what == jsonID:
		v.ID = id
	case v.Type == BalanceTransactionSourceTypeCharge:
		v.Charge = &Charge{}
		err = r.objectAgain(start, v.Charge.decodeFields)
	case v.Type == BalanceTransactionSourceTypeRefund:
		v.Refund = &Refund{}
		err = r.objectAgain(start, v.Refund.decodeFields)
	default:
		v.RawJSON = keptRawJSON(r.buf[start:r.pos], head.ID, head.Object)
	}
	if err != nil {
		return err
	}
	*s = v
	return nil
}
