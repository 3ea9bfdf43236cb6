package payske

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// These targets fuzz what a network can hand the SDK: the answer bodies the
// backend decodes (every resource and list, with their expandable and
// polymorphic fields) and the pages a list walks. Their seeds are every
// fixture of paysketest/fixtures plus hand-made edge cases; inputs the fuzzer found
// worth keeping live in testdata/fuzz/<target>.

// fuzzBodyLimit is the answer size limit the targets decode under: larger
// than any input the fuzzer builds, so only the JSON matters.
const fuzzBodyLimit = 1 << 20

// responseKinds are the types the backend decodes answers into, one entry
// per resource and per list page.
var responseKinds = []func() LastResponseSetter{
	func() LastResponseSetter { return &Charge{} },
	func() LastResponseSetter { return &ChargeList{} },
	func() LastResponseSetter { return &Customer{} },
	func() LastResponseSetter { return &CustomerList{} },
	func() LastResponseSetter { return &Refund{} },
	func() LastResponseSetter { return &RefundList{} },
	func() LastResponseSetter { return &Token{} },
	func() LastResponseSetter { return &Source{} },
	func() LastResponseSetter { return &Card{} },
	func() LastResponseSetter { return &CardList{} },
	func() LastResponseSetter { return &BankAccount{} },
	func() LastResponseSetter { return &BankAccountList{} },
	func() LastResponseSetter { return &PaymentSource{} },
	func() LastResponseSetter { return &PaymentSourceList{} },
	func() LastResponseSetter { return &CheckoutSession{} },
	func() LastResponseSetter { return &CheckoutSessionList{} },
	func() LastResponseSetter { return &LineItemList{} },
	func() LastResponseSetter { return &Event{} },
	func() LastResponseSetter { return &EventList{} },
	func() LastResponseSetter { return &Price{} },
}

// nestedKinds are the expandable and polymorphic types that only occur
// inside an answer: each decodes from a bare ID or from its object.
var nestedKinds = []func() any{
	func() any { return &BalanceTransaction{} },
	func() any { return &BalanceTransactionSource{} },
	func() any { return &LineItem{} },
	func() any { return &Product{} },
	func() any { return &Discount{} },
	func() any { return &TaxRate{} },
	func() any { return &CustomerDiscount{} },
	func() any { return &TestClock{} },
	func() any { return &Coupon{} },
	func() any { return &PaymentLink{} },
	func() any { return &PromotionCode{} },
	func() any { return &SetupIntent{} },
	func() any { return &ShippingRate{} },
	func() any { return &Subscription{} },
	func() any { return &TaxID{} },
	func() any { return &Account{} },
	func() any { return &Application{} },
	func() any { return &ApplicationFee{} },
	func() any { return &Invoice{} },
	func() any { return &Order{} },
	func() any { return &PaymentIntent{} },
	func() any { return &PaymentMethod{} },
	func() any { return &Review{} },
	func() any { return &Transfer{} },
	func() any { return &TransferReversal{} },
	func() any { return &RadarRule{} },
	func() any { return &EventRequest{} },
	func() any { return &EventData{} },
}

// addFixtureSeeds adds every JSON fixture of paysketest/fixtures, once per kind
// index in kinds (the fuzzer mixes them further).
func addFixtureSeeds(f *testing.F, kinds int) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join(fixturesDir, "*", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures under paysketest/fixtures: %v", err)
	}
	for i, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i%kinds), data)
	}
}

// addMatchingFixtureSeeds adds every JSON fixture of paysketest/fixtures once more,
// with the first kind in responseKinds that takes its "object", so that
// seeds reach past the backend's check of the answer's kind.
func addMatchingFixtureSeeds(f *testing.F) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join(fixturesDir, "*", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		var head struct {
			Object string `json:"object"`
		}
		if json.Unmarshal(data, &head) != nil {
			continue
		}
		for i, newValue := range responseKinds {
			if c, ok := newValue().(objectChecker); ok {
				if _, want := c.answerObject(); want.has(head.Object) {
					f.Add(uint8(i), data)
					break
				}
			}
		}
	}
}

var edgeBodies = []string{
	`null`, `{}`, `[]`, `"id_1"`, `"id_\u0031"`, `7`, `{"id":null}`, `{"id":7}`, `{"object":null}`,
	`{"data":[null]}`, `{"data":null,"has_more":true}`, `{"data":[{"id":"x"}],"has_more":"yes"}`,
	`{"customer":{"id":"cus_1","object":"customer","deleted":true}}`,
	`{"source":{"object":"card","id":"card_1"}}`, `{"source":{"object":"bank_account"}}`,
	`{"source":{"object":"source","card":{"brand":"visa"}}}`, `{"object":"charge","refunds":{"data":[null,"re_1"]}}`,
	`{"balance_transaction":{"source":{"object":"charge","balance_transaction":"txn_1"}}}`,
	`{"data":{"object":{"object":"charge","customer":{"object":"customer"}}}}`,
	`{"price":{"product":{"id":"prod_1","default_price":"price_1"}}}`, `{"id":"x"} {}`, `{"id":"\ud800"}`,
}

// FuzzDecodeResponse decodes one answer body the way the backend does, into
// every kind of resource and list. It must never panic; a failure must leave
// the target at its zero value; a success must keep the body as RawJSON,
// agree with encoding/json's own decoding through UnmarshalJSON (the backend
// takes a faster path for some resources), and encode back to JSON that
// decodes to the same value.
func FuzzDecodeResponse(f *testing.F) {
	addFixtureSeeds(f, len(responseKinds))
	addMatchingFixtureSeeds(f)
	for i, body := range edgeBodies {
		f.Add(uint8(i%len(responseKinds)), []byte(body))
	}
	f.Fuzz(func(t *testing.T, kind uint8, body []byte) {
		newValue := responseKinds[int(kind)%len(responseKinds)]
		got := newValue()
		resp := &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{},
			Body: io.NopCloser(bytes.NewReader(body))}
		lr, decodeErr, readErr := decodeSuccess(resp, "", got, fuzzBodyLimit)
		if readErr != nil {
			t.Fatalf("read error %v on a %d byte body", readErr, len(body))
		}
		if decodeErr != nil {
			if !reflect.ValueOf(got).Elem().IsZero() {
				t.Fatalf("%T half-filled after %v: %+v", got, decodeErr, got)
			}
			return
		}
		if !bytes.Equal(lr.RawJSON, body) {
			t.Fatalf("RawJSON %q for body %q", lr.RawJSON, body)
		}
		got.SetLastResponse(nil)

		want := newValue()
		if err := json.Unmarshal(body, want); err != nil {
			if isJSONObject(body) {
				t.Fatalf("the backend decoded %q into %T, encoding/json refused it: %v", body, got, err)
			}
		} else if isJSONObject(body) && !reflect.DeepEqual(got, want) {
			t.Fatalf("%T of %q: backend decoded %+v, encoding/json %+v", got, body, got, want)
		}
		checkRoundTrip(t, body, got, func() any { return newValue() })
	})
}

// FuzzDecodeNested decodes a body into every expandable or polymorphic type
// that only occurs nested in an answer. It must never panic, and what
// decodes must encode back to JSON that decodes to the same value (a bare
// ID stays a bare ID, an expanded object stays the object).
func FuzzDecodeNested(f *testing.F) {
	addFixtureSeeds(f, len(nestedKinds))
	for i, body := range edgeBodies {
		f.Add(uint8(i%len(nestedKinds)), []byte(body))
	}
	f.Add(uint8(1), []byte(`{"id":"ch_1","object":"charge","amount":5}`))
	f.Add(uint8(1), []byte(`{"id":"re_1","object":"refund","charge":"ch_1"}`))
	f.Add(uint8(1), []byte(`{"id":"po_1","object":"payout"}`))
	f.Add(uint8(25), []byte(`"req_1"`))
	f.Add(uint8(25), []byte(`{"id":"req_1","idempotency_key":"k"}`))
	f.Add(uint8(26), []byte(`{"object":{"object":"customer","id":"cus_1"},"previous_attributes":{"email":null}}`))
	f.Fuzz(func(t *testing.T, kind uint8, body []byte) {
		newValue := nestedKinds[int(kind)%len(nestedKinds)]
		got := newValue()
		if json.Unmarshal(body, got) != nil {
			return
		}
		checkRoundTrip(t, body, got, newValue)
	})
}

// checkRoundTrip fails t unless got encodes, and its encoding decodes (into
// a value from newValue) to a value that encodes the same: a decoded value
// encodes back as it came, a bare ID as a bare ID and an object as the
// object. (The values themselves may differ in kept raw bytes, which
// encoding compacts.)
func checkRoundTrip(t *testing.T, body []byte, got any, newValue func() any) {
	t.Helper()
	out, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%T decoded from %q does not encode: %v", got, body, err)
	}
	again := newValue()
	if err := json.Unmarshal(out, again); err != nil {
		t.Fatalf("%T cannot decode its own encoding %s (of %q): %v", got, out, body, err)
	}
	out2, err := json.Marshal(again)
	if err != nil {
		t.Fatalf("%T decoded from %s does not encode: %v", got, out, err)
	}
	if !bytes.Equal(out, out2) {
		t.Fatalf("%T of %q encodes to %s, which decodes and encodes to %s", got, body, out, out2)
	}
}

// isJSONObject reports whether body's first non-space byte opens an object.
func isJSONObject(body []byte) bool {
	b := bytes.TrimLeft(body, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// errPagesExhausted is what pageServer answers once every page was served.
var errPagesExhausted = errors.New("no more pages to serve")

// pageServer is a Backend that answers list requests with the fuzzed pages
// in order, decoding each like the HTTP backend does, and checks that every
// request after the first continues from the last object yielded.
type pageServer struct {
	t        *testing.T
	pages    [][]byte
	served   int
	cursor   string           // the cursor the next request must carry
	received map[*Charge]bool // every object a served page held
}

func (s *pageServer) Call(string, string, string, ParamsContainer, LastResponseSetter) error {
	return errors.New("pageServer serves lists only")
}

func (s *pageServer) Do(req *Request, v LastResponseSetter) error {
	var cursor string
	req.Form.Range(func(k, val string) {
		if k == "starting_after" || k == "ending_before" {
			cursor = val
		}
	})
	if cursor != s.cursor {
		s.t.Fatalf("request %d continues from %q, want %q", s.served+1, cursor, s.cursor)
	}
	if s.served == len(s.pages) {
		return errPagesExhausted
	}
	body := s.pages[s.served]
	s.served++
	resp := &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{},
		Body: io.NopCloser(bytes.NewReader(body))}
	_, decodeErr, readErr := decodeSuccess(resp, "", v, fuzzBodyLimit)
	if readErr != nil {
		return readErr
	}
	if decodeErr != nil {
		return decodeErr
	}
	for _, c := range v.(*Page[Charge]).Data {
		s.received[c] = true
	}
	return nil
}

// FuzzListPages walks a list whose pages (newline-separated in the input)
// are whatever a server sent. The walk must never panic, must send at most
// one request per page plus one, must yield only objects of the pages
// served, each once and never nil, must continue each page from the last
// object yielded, and may end without an error only if the server ran out
// of pages on its own (no page was asked for that it did not have).
func FuzzListPages(f *testing.F) {
	for _, seed := range []string{
		`{"object":"list","data":[{"id":"ch_2"},{"id":"ch_1"}],"has_more":true,"url":"/v1/charges"}` + "\n" +
			`{"object":"list","data":[{"id":"ch_0"}],"has_more":false}`,
		`{"data":[],"has_more":true}`,
		`{"data":["ch_1","ch_2"],"has_more":true}` + "\n" + `{"data":["ch_2"],"has_more":true}`,
		`{"data":[{"id":"ch_1"}],"has_more":true}` + "\n" + `{"data":[{"id":"ch_1"}],"has_more":true}`,
		`{"data":[{"id":""}],"has_more":true}`,
		`{"data":[null],"has_more":false}`,
		`{"data":[{"id":"ch_1"},null],"has_more":true}`,
		`{"data":{"id":"ch_1"},"has_more":true}`,
		`{"data":[{"id":"ch_1","amount":"x"}]}`,
		`{"data":[{"id":"ch_1"}],"has_more":true}` + "\n" + `<html>`,
		``,
	} {
		for _, mode := range []uint8{0, 1, 2, 4} {
			f.Add([]byte(seed), mode)
		}
	}
	f.Fuzz(func(t *testing.T, input []byte, mode uint8) {
		srv := &pageServer{t: t, pages: bytes.Split(input, []byte("\n")), received: map[*Charge]bool{}}
		single := mode&1 != 0
		params := &ListParams{Single: single}
		// Bits 1 and 2 start the walk after or before a cursor; walking
		// backwards needs one (ending_before).
		switch mode >> 1 & 3 {
		case 1:
			srv.cursor = "ch_start"
			params.StartingAfter = String(srv.cursor)
		case 2, 3:
			srv.cursor = "ch_start"
			params.EndingBefore = String(srv.cursor)
		}
		it := NewIter(srv, "/v1/charges", nil, "sk_test_fuzz", params, func(c *Charge) string { return c.ID })
		yielded := map[*Charge]bool{}
		for it.Next() {
			c := it.Current()
			switch {
			case c == nil:
				t.Fatalf("yielded a nil object from %q", input)
			case !srv.received[c]:
				t.Fatalf("yielded %+v, which no page held", c)
			case yielded[c]:
				t.Fatalf("yielded %+v twice", c)
			}
			yielded[c] = true
			srv.cursor = c.ID
			if len(yielded) > len(srv.received) {
				t.Fatalf("yielded %d objects of %d received", len(yielded), len(srv.received))
			}
		}
		if srv.served > len(srv.pages) {
			t.Fatalf("%d requests for %d pages", srv.served, len(srv.pages))
		}
		if single && srv.served > 1 {
			t.Fatalf("a Single list fetched %d pages", srv.served)
		}
		if err := it.Err(); err == nil && srv.served == len(srv.pages) && !single && lastPageHadMore(srv.pages[len(srv.pages)-1]) {
			t.Fatalf("the list ended silently after a page that announced more: %q", input)
		}
	})
}

// lastPageHadMore reports whether page decodes as a list page that has
// objects and announces more.
func lastPageHadMore(page []byte) bool {
	var p struct {
		Data    []json.RawMessage `json:"data"`
		HasMore bool              `json:"has_more"`
	}
	return json.Unmarshal(page, &p) == nil && p.HasMore && len(p.Data) > 0
}
