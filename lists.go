package payske

// ListContainer is a page of a list: every list type (ChargeList,
// RefundList, ..., Page) is one through the ListMeta it embeds. A Query
// returns its page as one.
type ListContainer interface {
	// GetListMeta returns the page's envelope.
	GetListMeta() *ListMeta
}

// GetListMeta returns l itself, so that every page type embedding ListMeta
// is a ListContainer. Reading the envelope's fields directly (list.HasMore)
// says the same.
func (l *ListMeta) GetListMeta() *ListMeta { return l }

// SourceList is PaymentSourceList under the name of older releases, which
// paymentsource.Iter's SourceList returns. Prefer PaymentSourceList.
type SourceList = PaymentSourceList
