package payske

import (
	"context"
	"net/http"

	"github.com/payske/payske-go/form"
)

// ParamsContainer is implemented by every params struct that embeds Params.
// The backend reads the per-call options (context, idempotency key, headers,
// account) through it; the rest of the struct is form encoded.
type ParamsContainer interface {
	// GetParams returns the embedded Params.
	GetParams() *Params
}

// ListParamsContainer is implemented by every list params struct that embeds
// ListParams.
type ListParamsContainer interface {
	// GetListParams returns the embedded ListParams.
	GetListParams() *ListParams
}

// Params holds the options every request shares. Embed it in a resource's
// params struct; its exported fields that are sent on the wire (Expand,
// Metadata, Extra) are encoded with the struct, the others steer the call.
type Params struct {
	// Context bounds the whole call, retries and backoff included. Nil means
	// context.Background().
	Context context.Context `form:"-"`

	// Expand names fields to return as full objects instead of IDs.
	Expand []*string `form:"expand"`

	// Extra carries parameters this version of the SDK does not model yet.
	Extra *ExtraValues `form:"*"`

	// Headers are added to the request as they are. Authorization cannot be
	// overridden through them.
	Headers http.Header `form:"-"`

	// IdempotencyKey is sent as the Idempotency-Key header. When it is nil
	// or empty a POST gets a random key, generated once and reused by every
	// retry.
	IdempotencyKey *string `form:"-"`

	// Metadata is sent as metadata[key]=value; an empty value unsets a key.
	Metadata map[string]string `form:"metadata"`

	// PayskeAccount is sent as the Payske-Account header, to act on behalf
	// of a connected account.
	PayskeAccount *string `form:"-"`
}

// GetParams returns p itself, so that every struct embedding Params is a
// ParamsContainer.
func (p *Params) GetParams() *Params { return p }

// AddExpand asks for the field f to be returned as a full object.
func (p *Params) AddExpand(f string) { p.Expand = append(p.Expand, String(f)) }

// AddMetadata sets the metadata key to value. An empty value unsets the key
// on the server.
func (p *Params) AddMetadata(key, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

// AddExtra adds a raw form parameter (for example "nested[field]") that the
// SDK does not model. Values added under one key are all sent, in order.
func (p *Params) AddExtra(key, value string) {
	if p.Extra == nil {
		p.Extra = &ExtraValues{}
	}
	p.Extra.Add(key, value)
}

// SetIdempotencyKey sets the Idempotency-Key header for this call. An empty
// val leaves the choice to the SDK: a POST then gets a random key.
func (p *Params) SetIdempotencyKey(val string) { p.IdempotencyKey = &val }

// SetPayskeAccount sets the Payske-Account header for this call, to act on
// behalf of a connected account. An empty val sends no header: the call acts
// on the platform's own account.
func (p *Params) SetPayskeAccount(val string) { p.PayskeAccount = &val }

// ListParams holds the options every list call shares. Embed it in a
// resource's list params struct.
type ListParams struct {
	// Context bounds every page request of the list and the waits between
	// them.
	Context context.Context `form:"-"`

	// EndingBefore is a cursor: when set, the list walks backwards from this
	// object ID, page by page.
	EndingBefore *string `form:"ending_before"`

	// Expand names fields to return as full objects (for lists, prefix with
	// "data.", for example "data.customer").
	Expand []*string `form:"expand"`

	// Filters holds raw list filters such as limit or created[gte].
	Filters Filters `form:"*"`

	// Headers are added to every page request as they are.
	Headers http.Header `form:"-"`

	// Limit is the page size, 1 to 100.
	Limit *int64 `form:"limit"`

	// PayskeAccount is sent as the Payske-Account header.
	PayskeAccount *string `form:"-"`

	// Single fetches only the first page instead of walking the whole list.
	Single bool `form:"-"`

	// StartingAfter is a cursor: the list starts after this object ID.
	StartingAfter *string `form:"starting_after"`
}

// GetListParams returns p itself, so that every struct embedding ListParams is
// a ListParamsContainer.
func (p *ListParams) GetListParams() *ListParams { return p }

// AddExpand asks for the field f to be returned as a full object.
func (p *ListParams) AddExpand(f string) { p.Expand = append(p.Expand, String(f)) }

// SetPayskeAccount sets the Payske-Account header for every page request; an
// empty val sends none.
func (p *ListParams) SetPayskeAccount(val string) { p.PayskeAccount = &val }

// ToParams returns the Params of a single call that steers it as p steers
// a page request: the same Context, Headers (a copy) and PayskeAccount. The
// list's parameters (cursors, Limit, Filters, Expand) are not carried over:
// they belong to the list's form. A Query passes it to the backend with
// each page; a nil p gives empty Params.
func (p *ListParams) ToParams() *Params {
	if p == nil {
		return &Params{}
	}
	return &Params{
		Context:       p.Context,
		Headers:       p.Headers.Clone(),
		PayskeAccount: p.PayskeAccount,
	}
}

// rawContext returns p's Context, nil when p or its Context is nil.
func (p *ListParams) rawContext() context.Context {
	if p == nil {
		return nil
	}
	return p.Context
}

// Filters holds list filters added with AddFilter, encoded in the order they
// were added.
type Filters struct {
	f []filter
}

type filter struct {
	key, op, value string
}

// AddFilter adds a filter sent as key=value, or key[op]=value when op is not
// empty (for example AddFilter("created", "gte", "1600000000")).
func (f *Filters) AddFilter(key, op, value string) {
	f.f = append(f.f, filter{key: key, op: op, value: value})
}

// AppendTo implements form.Appender.
func (f Filters) AppendTo(values *form.Values, keyParts []string) {
	for _, v := range f.f {
		if v.op == "" {
			values.Add(form.FormatKey(append(keyParts, v.key)), v.value)
		} else {
			values.Add(form.FormatKey(append(keyParts, v.key, v.op)), v.value)
		}
	}
}

// ExtraValues holds raw form parameters added with Params.AddExtra, in the
// order they were added.
type ExtraValues struct {
	pairs [][2]string
}

// Add appends value under key. Keys are sent as they are: "a[b]" reaches the
// wire as a[b].
func (e *ExtraValues) Add(key, value string) {
	e.pairs = append(e.pairs, [2]string{key, value})
}

// AppendTo implements form.Appender.
func (e *ExtraValues) AppendTo(values *form.Values, keyParts []string) {
	if e == nil {
		return
	}
	for _, kv := range e.pairs {
		values.Add(kv[0], kv[1])
	}
}
