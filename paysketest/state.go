package paysketest

import (
	"maps"
	"strings"
)

// obj is a Payske object as it goes on the wire: values are strings,
// int64s, bools, nil, nested objs and []any.
type obj = map[string]any

// state is everything one account has: the platform's own, or a
// connected account's. The Server's mutex guards it; one request at a time
// reads or changes it.
type state struct {
	// account is the connected account's ID, empty for the platform.
	account string
	// ids is the server's, shared by every account so that an ID names
	// one object in the whole server.
	ids     *idSource
	objects map[string]obj      // every live object by ID
	deleted map[string]obj      // deleted customers: {id, object, deleted}
	order   map[string][]string // IDs of each object type, oldest first
	// uncaptured holds the charges that may still expire.
	uncaptured map[string]bool
	// lineItems holds each Checkout Session's line items, in order.
	lineItems map[string][]obj
	// prices holds the prices line items may name by ID.
	prices map[string]obj
	// numbers holds the full number of each card, which no answer shows,
	// to decide what charging the card does.
	numbers map[string]string
	// refundsOf holds the IDs of each charge's refunds, oldest first.
	refundsOf map[string][]string
	// touched holds the charges the request being applied may have
	// changed, whose invariants are checked when it is done.
	touched map[string]bool
}

func newState(ids *idSource, account string) *state {
	return &state{account: account, ids: ids, objects: map[string]obj{}, deleted: map[string]obj{},
		order: map[string][]string{}, uncaptured: map[string]bool{}, lineItems: map[string][]obj{},
		prices: map[string]obj{}, numbers: map[string]string{},
		refundsOf: map[string][]string{}, touched: map[string]bool{}}
}

// add stores a new object and lists it under its type.
func (st *state) add(o obj) {
	id := o["id"].(string)
	st.objects[id] = o
	typ := o["object"].(string)
	st.order[typ] = append(st.order[typ], id)
	switch typ {
	case "charge":
		st.touch(id)
	case "refund":
		ch := o["charge"].(string)
		st.refundsOf[ch] = append(st.refundsOf[ch], id)
		st.touch(ch)
	}
}

// get returns the live object id of type typ, or nil.
func (st *state) get(typ, id string) obj {
	o := st.objects[id]
	if o == nil || o["object"] != typ {
		return nil
	}
	if typ == "charge" {
		st.touch(id)
	}
	return o
}

// find is get for a request: the live object id of type typ, or the 404
// Payske answers for a missing one, about the parameter param.
func (c *call) find(typ, id, param string) (obj, *apiError) {
	if o := c.st.get(typ, id); o != nil {
		return o, nil
	}
	return nil, noSuch(typ, id, param)
}

// pathObject is find for the object the route's placeholder name holds the
// ID of, as {charge} in /v1/charges/{charge}.
func (c *call) pathObject(typ, name string) (obj, *apiError) {
	return c.find(typ, c.path[name], name)
}

// retrieve returns the handler of a plain GET of one object: the object of
// type typ whose ID the route's placeholder name holds, as it is.
func retrieve(typ, name string) func(*call) (obj, *apiError) {
	return func(c *call) (obj, *apiError) {
		o, err := c.pathObject(typ, name)
		if err != nil {
			return nil, err
		}
		return c.respond(o)
	}
}

// call is one request being applied.
type call struct {
	srv       *Server
	st        *state
	params    *formNode
	path      map[string]string
	now       int64
	requestID string
	idemKey   string
	events    []obj
}

// event records a change; previous holds the old values of changed
// fields for *.updated events (nil otherwise).
func (c *call) event(typ string, o obj, previous obj) {
	data := obj{"object": deepCopy(o)}
	if previous != nil {
		data["previous_attributes"] = previous
	}
	var idem any
	if c.idemKey != "" {
		idem = c.idemKey
	}
	pending := int64(0)
	if c.srv.webhook != nil {
		pending = 1
	}
	e := obj{
		"id": c.st.ids.next("evt_", 24), "object": "event", "api_version": apiVersion,
		"created": c.now, "data": data, "livemode": false, "pending_webhooks": pending,
		"request": obj{"id": nilIfEmpty(c.requestID), "idempotency_key": idem}, "type": typ,
	}
	if c.st.account != "" {
		// Only events of connected accounts carry the attribute, as the
		// API reference describes.
		e["account"] = c.st.account
	}
	c.st.add(e)
	c.events = append(c.events, e)
}

// apiVersion is the version events report, the SDK's.
const apiVersion = "2018-05-21"

// publish hands the call's events to the webhook sender, in order.
func (s *Server) publish(c *call) {
	if s.webhook == nil {
		return
	}
	for _, e := range c.events {
		s.webhook.enqueue(Delivery{EventID: e["id"].(string), Type: e["type"].(string), Account: c.st.account}, mustJSON(e))
	}
}

// update sets the given fields of o and returns the old values of those
// that changed, for previous_attributes.
func update(o obj, fields obj) obj {
	prev := obj{}
	for k, v := range fields {
		old := o[k]
		if !equalValues(old, v) {
			prev[k] = deepCopy(old)
		}
		o[k] = v
	}
	return prev
}

func equalValues(a, b any) bool {
	return string(mustJSON(a)) == string(mustJSON(b))
}

// deepCopy copies a wire value so that later changes do not reach it.
func deepCopy(v any) any {
	switch v := v.(type) {
	case obj:
		out := make(obj, len(v))
		for k, x := range v {
			out[k] = deepCopy(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = deepCopy(x)
		}
		return out
	}
	return v
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// metadataUpdate merges a metadata parameter into current the way Payske
// does: keys set to "" are removed, metadata="" clears everything.
func metadataUpdate(current any, p *formNode) obj {
	out := obj{}
	if m, ok := current.(obj); ok {
		maps.Copy(out, m)
	}
	n := p.get("metadata")
	if n == nil {
		return out
	}
	if n.leaf {
		return obj{}
	}
	for _, k := range n.order {
		if v := n.children[k].value; v == "" {
			delete(out, k)
		} else {
			out[k] = v
		}
	}
	return out
}

// optString returns the string parameter name as a wire value: nil when
// unset with "", the value otherwise, and ok false when absent.
func optString(p *formNode, path ...string) (any, bool) {
	v, ok := p.str(path...)
	if !ok {
		return nil, false
	}
	if v == "" {
		return nil, true
	}
	return v, true
}

// expandList reads the expand parameter.
func expandList(p *formNode) []string {
	var out []string
	for _, e := range p.strings("expand") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}
