package payske

import "encoding/json"

// BalanceTransactionSource is the object behind a balance transaction. It
// decodes from a bare ID (only ID is set) or from the expanded object, told
// apart by its "object" value: a charge fills Charge, a refund fills Refund,
// and any other kind keeps its JSON in RawJSON.
type BalanceTransactionSource struct {
	// ID is the source object's ID, set whether Payske sent the ID alone
	// or the whole object.
	ID string

	// Type is the source's "object" value; empty when only the ID was sent.
	Type BalanceTransactionSourceType

	// Charge is set when Type is BalanceTransactionSourceTypeCharge.
	Charge *Charge

	// Refund is set when Type is BalanceTransactionSourceTypeRefund.
	Refund *Refund

	// RawJSON is the expanded object of any other Type, as received; nil
	// when it held only its id and object, which ID and Type keep.
	RawJSON json.RawMessage
}

// UnmarshalJSON decodes a bare ID or an expanded source. An expanded charge
// or refund is read twice: once for its "object" value, once into its type.
func (s *BalanceTransactionSource) UnmarshalJSON(data []byte) error {
	var head objectHead
	what, id, err := readHead(data, &head)
	if err != nil || what == jsonNull {
		return err
	}
	return s.fromHead(what, id, head, data, unmarshalInto(data))
}

// fromHead sets s to the value a decoder found, from the head it read
// (what, a bare ID's id, an object's head): UnmarshalJSON and the
// generated walk both end here. object decodes the expanded object into
// the concrete type of its kind; raw is its JSON, kept for a kind the SDK
// does not know. On an error s is left as it was.
func (s *BalanceTransactionSource) fromHead(what fieldJSON, id string, head objectHead, raw []byte, object func(dst any) error) error {
	v := BalanceTransactionSource{ID: head.ID, Type: BalanceTransactionSourceType(head.Object)}
	var err error
	switch {
	case what == jsonID:
		v.ID = id
	case v.Type == BalanceTransactionSourceTypeCharge:
		v.Charge = &Charge{}
		err = object(v.Charge)
	case v.Type == BalanceTransactionSourceTypeRefund:
		v.Refund = &Refund{}
		err = object(v.Refund)
	default:
		v.RawJSON = keptRawJSON(raw, head.ID, head.Object)
	}
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MarshalJSON encodes s as it was received: the expanded object when there
// is one, the bare ID otherwise. A charge or refund built in code without
// its ID or Object gets them from s, so that it decodes back as the same
// kind.
func (s BalanceTransactionSource) MarshalJSON() ([]byte, error) {
	switch {
	case s.Charge != nil:
		return marshalVariant(*s.Charge, s.ID, string(BalanceTransactionSourceTypeCharge))
	case s.Refund != nil:
		return marshalVariant(*s.Refund, s.ID, string(BalanceTransactionSourceTypeRefund))
	default:
		return encodeReference(s.ID, string(s.Type), s.RawJSON)
	}
}
