package payske

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

var _ LastResponseSetter = &Event{}

// eventFixtures are the event answers of the API reference (list.json
// without its "{...}" placeholders).
var eventFixtures = []string{"event_object.json", "list.json", "retrieve.json"}

func readEventTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, name))
	require.NoError(t, err)
	return data
}

func decodeEvent(t *testing.T, data []byte) *Event {
	t.Helper()
	e := &Event{}
	require.NoError(t, json.Unmarshal(data, e))
	return e
}

// eventAbout wraps object (JSON) in an event of type typ.
func eventAbout(typ EventType, object string) []byte {
	return []byte(`{"id":"evt_1","object":"event","api_version":"2018-05-21","created":1530291411,` +
		`"data":{"object":` + object + `},"livemode":false,"pending_webhooks":1,` +
		`"request":{"id":"req_1","idempotency_key":"key_1"},"type":` + strconv.Quote(string(typ)) + `}`)
}

func TestEventFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "event", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, eventFixtures, files)
}

func TestEventFixturesRoundTrip(t *testing.T) {
	for _, name := range eventFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &Event{}
			if name == "list.json" {
				v = &EventList{}
			}
			jsontest.RoundTrip(t, readEventTestdata(t, "event/"+name), v)
		})
	}
}

// checkReferenceEvent asserts what the reference's source.chargeable event
// holds.
func checkReferenceEvent(t *testing.T, e *Event) {
	t.Helper()
	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", e.ID)
	assert.Equal(t, "event", e.Object)
	assert.Equal(t, "2018-05-21", e.APIVersion)
	assert.Equal(t, int64(1530291411), e.Created)
	assert.False(t, e.Livemode)
	assert.Equal(t, int64(0), e.PendingWebhooks)
	assert.Empty(t, e.Account)
	assert.Equal(t, EventTypeSourceChargeable, e.Type)
	require.NotNil(t, e.Request, "request is an object with null fields")
	assert.Equal(t, EventRequest{}, *e.Request)

	require.NotNil(t, e.Data)
	assert.Nil(t, e.Data.PreviousAttributes)
	assert.Equal(t, "src_1CiPsl2eZvKYlo2CVVyt3LKy", e.Data.Object["id"])
	assert.Equal(t, "source", e.Data.Object["object"])
	assert.Equal(t, float64(1000), e.Data.Object["amount"])
	assert.Equal(t, "Jenny Rosen", e.Data.Object["owner"].(map[string]interface{})["verified_name"])

	src, err := e.Source()
	require.NoError(t, err)
	assert.Equal(t, "src_1CiPsl2eZvKYlo2CVVyt3LKy", src.ID)
	assert.Equal(t, Int64(1000), src.Amount)
	assert.Equal(t, CurrencyEUR, src.Currency)
	assert.Equal(t, SourceTypeSofort, src.Type)
	assert.Equal(t, SourceStatusChargeable, src.Status)
	assert.Equal(t, SourceFlowRedirect, src.Flow)
	assert.Equal(t, SourceUsageSingleUse, src.Usage)
	assert.Equal(t, SourceRedirectFlowStatusSucceeded, src.Redirect.Status)
	assert.Equal(t, "https://minkpolice.com", src.Redirect.ReturnURL)
	assert.Equal(t, "Jenny Rosen", src.Owner.VerifiedName)
	require.NotNil(t, src.Sofort)
	assert.Equal(t, SourceSofort{Country: "DE", BankCode: "DEUT", BankName: "Deutsche Bank", BIC: "DEUTDE2H", IBANLast4: "3000"}, *src.Sofort)
}

func TestEventDecodesTheReferenceEvents(t *testing.T) {
	for _, name := range []string{"event_object.json", "retrieve.json"} {
		t.Run(name, func(t *testing.T) {
			checkReferenceEvent(t, decodeEvent(t, readEventTestdata(t, "event/"+name)))
		})
	}
	t.Run("list.json", func(t *testing.T) {
		list := &EventList{}
		require.NoError(t, json.Unmarshal(readEventTestdata(t, "event/list.json"), list))
		assert.Equal(t, "list", list.Object)
		assert.Equal(t, "/v1/events", list.URL)
		assert.False(t, list.HasMore)
		require.Len(t, list.Data, 1)
		checkReferenceEvent(t, list.Data[0])
	})
}

func TestEventDataKeepsTheObjectAsReceived(t *testing.T) {
	fixture := readEventTestdata(t, "event/event_object.json")
	e := decodeEvent(t, fixture)

	// The object's bytes, cut from the fixture between "object": and the
	// end of data, must be exactly Raw.
	start := bytes.Index(fixture, []byte(`"data": {`))
	require.Positive(t, start)
	start += bytes.Index(fixture[start:], []byte(`"object": `)) + len(`"object": `)
	end := bytes.Index(fixture, []byte("\n  },\n  \"livemode\""))
	require.Greater(t, end, start)
	object := bytes.TrimRight(fixture[start:end], "\n ")
	assert.Equal(t, string(object), string(e.Data.Raw))

	out, err := json.Marshal(e.Data)
	require.NoError(t, err)
	assert.JSONEq(t, `{"object":`+string(object)+`}`, string(out), "no previous_attributes when there were none")
}

func TestEventDataPreviousAttributes(t *testing.T) {
	cases := []struct {
		name string
		data string
		want map[string]interface{}
	}{
		{"changed fields", `{"object":{"id":"ch_1","object":"charge"},"previous_attributes":{"description":null,"metadata":{"order_id":"6734"}}}`,
			map[string]interface{}{"description": nil, "metadata": map[string]interface{}{"order_id": "6734"}}},
		{"empty", `{"object":{"id":"ch_1","object":"charge"},"previous_attributes":{}}`, map[string]interface{}{}},
		{"absent", `{"object":{"id":"ch_1","object":"charge"}}`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := &EventData{}
			require.NoError(t, json.Unmarshal([]byte(tc.data), d))
			assert.Equal(t, tc.want, d.PreviousAttributes)
			assert.Equal(t, map[string]interface{}{"id": "ch_1", "object": "charge"}, d.Object)

			out, err := json.Marshal(d)
			require.NoError(t, err)
			assert.JSONEq(t, tc.data, string(out))
			jsontest.RoundTrip(t, []byte(tc.data), &EventData{})
		})
	}
}

func TestEventDataBuiltByHandEncodesItsObject(t *testing.T) {
	d := EventData{Object: map[string]interface{}{"id": "cus_1", "object": "customer"}}
	out, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"object":{"id":"cus_1","object":"customer"}}`, string(out))

	// Raw wins over Object, as it is what Payske sent.
	d.Raw = json.RawMessage(`{"id":"cus_2","object":"customer"}`)
	out, err = json.Marshal(&d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"object":{"id":"cus_2","object":"customer"}}`, string(out))
}

func TestEventDataNullLeavesTheValueAlone(t *testing.T) {
	d := &EventData{Raw: json.RawMessage(`{}`)}
	require.NoError(t, json.Unmarshal([]byte(` null`), d))
	assert.Equal(t, json.RawMessage(`{}`), d.Raw)

	e := decodeEvent(t, []byte(`{"id":"evt_1","data":null}`))
	assert.Nil(t, e.Data)
}

func TestEventRequestDecodesAnObjectOrABareID(t *testing.T) {
	cases := []struct {
		name    string
		request string
		want    *EventRequest
	}{
		{"object", `{"id":"req_1","idempotency_key":"order-6735"}`, &EventRequest{ID: "req_1", IdempotencyKey: "order-6735"}},
		{"object with nulls", `{"id":null,"idempotency_key":null}`, &EventRequest{}},
		{"object with an ID only", `{"id":"req_1","idempotency_key":null}`, &EventRequest{ID: "req_1"}},
		{"bare ID of older API versions", `"req_1"`, &EventRequest{ID: "req_1"}},
		{"null", `null`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := decodeEvent(t, []byte(`{"id":"evt_1","request":`+tc.request+`}`))
			assert.Equal(t, tc.want, e.Request)

			out, err := json.Marshal(e)
			require.NoError(t, err)
			var back Event
			require.NoError(t, json.Unmarshal(out, &back))
			assert.Equal(t, tc.want, back.Request, "the encoding decodes to the same request")
			if tc.want != nil {
				var enc struct{ Request json.RawMessage }
				require.NoError(t, json.Unmarshal(out, &enc))
				assert.JSONEq(t, `{"id":`+strconv.Quote(tc.want.ID)+`,"idempotency_key":`+strconv.Quote(tc.want.IdempotencyKey)+`}`,
					string(enc.Request), "the request is always encoded as an object")
			}
		})
	}
}

func TestEventUnmarshalRejectsBrokenJSON(t *testing.T) {
	cases := []struct {
		name string
		data string
	}{
		{"empty", ``},
		{"truncated", `{"id":"evt_1","data":{"object":{"id":"ch_1"`},
		{"data object is an array", `{"data":{"object":[]}}`},
		{"data object is a string", `{"data":{"object":"ch_1"}}`},
		{"data is a string", `{"data":"x"}`},
		{"previous_attributes is an array", `{"data":{"object":{},"previous_attributes":[]}}`},
		{"request is a number", `{"request":1}`},
		{"request id is a number", `{"request":{"id":1}}`},
		{"unterminated bare request", `{"request":"req_1}`},
		{"created is a string", `{"created":"1530291411"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), &Event{}))
		})
	}
}

// eventObjectCase is one object type the SDK decodes from an event: the
// object's JSON and the typed getter that returns it.
type eventObjectCase struct {
	object string
	typ    EventType
	json   string
	getter func(e *Event) (any, error)
}

func eventObjectCases(t *testing.T) []eventObjectCase {
	fixture := func(name string) string { return string(readEventTestdata(t, name)) }
	return []eventObjectCase{
		{"charge", EventTypeChargeSucceeded, fixture("charge/charge_object.json"),
			func(e *Event) (any, error) { return e.Charge() }},
		{"customer", EventTypeCustomerCreated, fixture("customer/customer_object.json"),
			func(e *Event) (any, error) { return e.Customer() }},
		{"refund", EventTypeChargeRefundUpdated, fixture("refund/refund_object.json"),
			func(e *Event) (any, error) { return e.Refund() }},
		{"source", EventTypeSourceChargeable, fixture("source/source_object.json"),
			func(e *Event) (any, error) { return e.Source() }},
		{"card", EventTypeCustomerSourceCreated, fixture("card/card_object.json"),
			func(e *Event) (any, error) { return e.Card() }},
		{"bank_account", EventTypeCustomerSourceUpdated, fixture("bankaccount/bank_account_object.json"),
			func(e *Event) (any, error) { return e.BankAccount() }},
		{"token", EventType("token.created"), fixture("token/token_object.json"),
			func(e *Event) (any, error) { return e.Token() }},
		{"checkout.session", EventTypeCheckoutSessionCompleted, fixture("checkout_session/session_object.json"),
			func(e *Event) (any, error) { return e.CheckoutSession() }},
		{"balance_transaction", EventType("balance_transaction.created"),
			`{"id":"txn_1","object":"balance_transaction","amount":4900,"currency":"usd","fee":171,"net":4729,"type":"charge","status":"available"}`,
			func(e *Event) (any, error) { return e.BalanceTransaction() }},
		{"price", EventTypePriceCreated,
			`{"id":"price_1","object":"price","active":true,"currency":"usd","product":"prod_1","type":"recurring","unit_amount":2000,"recurring":{"interval":"month","interval_count":1,"usage_type":"licensed"}}`,
			func(e *Event) (any, error) { return e.Price() }},
	}
}

// newLike returns a new zero value of the struct type v points to.
func newLike(v any) any { return reflect.New(reflect.TypeOf(v).Elem()).Interface() }

func TestEventTypedObjectDecodesEveryModelledType(t *testing.T) {
	cases := eventObjectCases(t)
	var covered []string
	for _, tc := range cases {
		covered = append(covered, tc.object)
	}
	var modelled []string
	for k := range eventObjectDecoders {
		modelled = append(modelled, k)
	}
	require.ElementsMatch(t, modelled, covered, "every modelled object type has a case here and a getter")

	for _, tc := range cases {
		t.Run(tc.object, func(t *testing.T) {
			var head struct{ ID, Object string }
			require.NoError(t, json.Unmarshal([]byte(tc.json), &head))
			require.Equal(t, tc.object, head.Object)

			data := eventAbout(tc.typ, tc.json)
			jsontest.RoundTrip(t, data, &Event{})
			e := decodeEvent(t, data)
			assert.Equal(t, tc.typ, e.Type)
			assert.Equal(t, &EventRequest{ID: "req_1", IdempotencyKey: "key_1"}, e.Request)
			assert.Equal(t, head.ID, e.Data.Object["id"])

			obj, err := e.Data.TypedObject()
			require.NoError(t, err)
			// The dynamic type must be the getter's: decode the same JSON
			// into it and compare.
			want := newLike(obj)
			require.NoError(t, json.Unmarshal([]byte(tc.json), want))
			assert.Equal(t, want, obj)

			got, err := tc.getter(e)
			require.NoError(t, err)
			assert.Equal(t, obj, got, "the getter and TypedObject agree")

			// Every other getter refuses the object.
			for _, other := range cases {
				if other.object == tc.object {
					continue
				}
				v, err := other.getter(e)
				assert.True(t, reflect.ValueOf(v).IsNil(), "no value with an error")
				require.ErrorIs(t, err, ErrEventObjectMismatch, other.object)
				assert.Contains(t, err.Error(), `holds an object of type "`+tc.object+`", not "`+other.object+`"`)
				assert.Contains(t, err.Error(), string(tc.typ))
			}
		})
	}
}

func TestEventTypedObjectReadsTheFields(t *testing.T) {
	e := decodeEvent(t, eventAbout(EventTypeChargeSucceeded, string(readEventTestdata(t, "charge/charge_object.json"))))
	obj, err := e.Data.TypedObject()
	require.NoError(t, err)
	c, ok := obj.(*Charge)
	require.True(t, ok, "got %T", obj)
	assert.Equal(t, int64(100), c.Amount)
	assert.Equal(t, ChargeStatusSucceeded, c.Status)
	assert.Equal(t, "4242", c.PaymentMethodDetails.Card.Last4)
	assert.Nil(t, c.LastResponse, "the object was not an API answer")

	e = decodeEvent(t, eventAbout(EventTypeCustomerCreated, string(readEventTestdata(t, "customer/customer_object.json"))))
	cus, err := e.Customer()
	require.NoError(t, err)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", cus.ID)

	e = decodeEvent(t, eventAbout(EventTypeChargeRefundUpdated, string(readEventTestdata(t, "refund/refund_object.json"))))
	r, err := e.Refund()
	require.NoError(t, err)
	assert.Equal(t, int64(100), r.Amount)
	assert.Equal(t, &Charge{ID: "ch_3Jwoyw2eZvKYlo2C0rAzmt9u"}, r.Charge)

	e = decodeEvent(t, eventAbout(EventTypeCheckoutSessionExpired, string(readEventTestdata(t, "checkout_session/session_object.json"))))
	s, err := e.CheckoutSession()
	require.NoError(t, err)
	assert.Equal(t, CheckoutSessionModePayment, s.Mode)
	assert.Equal(t, CheckoutSessionStatusExpired, s.Status)

	e = decodeEvent(t, eventAbout(EventTypeCustomerDeleted, `{"id":"cus_1","object":"customer","deleted":true}`))
	cus, err = e.Customer()
	require.NoError(t, err)
	assert.True(t, cus.Deleted)
}

func TestEventTypedObjectRefusesUnknownObjects(t *testing.T) {
	invoice := `{"id":"in_1","object":"invoice","amount_due":4900,"lines":{"object":"list","data":[]}}`
	e := decodeEvent(t, eventAbout(EventTypeInvoicePaymentFailed, invoice))

	obj, err := e.Data.TypedObject()
	assert.Nil(t, obj)
	require.ErrorIs(t, err, ErrUnknownEventObject)
	assert.Contains(t, err.Error(), `"invoice"`)

	_, err = e.Charge()
	require.ErrorIs(t, err, ErrEventObjectMismatch)
	assert.Contains(t, err.Error(), `evt_1 (invoice.payment_failed) holds an object of type "invoice", not "charge"`)

	// The object stays readable.
	assert.Equal(t, float64(4900), e.Data.Object["amount_due"])
	var mine struct {
		AmountDue int64 `json:"amount_due"`
	}
	require.NoError(t, json.Unmarshal(e.Data.Raw, &mine))
	assert.Equal(t, int64(4900), mine.AmountDue)
}

func TestEventTypedObjectErrors(t *testing.T) {
	cases := []struct {
		name    string
		event   string
		unknown bool // the error wraps ErrUnknownEventObject
		msg     string
	}{
		{"no data", `{"id":"evt_1"}`, false, "no data object"},
		{"null data", `{"id":"evt_1","data":null}`, false, "no data object"},
		{"no object in data", `{"id":"evt_1","data":{}}`, false, "no data object"},
		{"null object", `{"id":"evt_1","data":{"object":null}}`, false, "no data object"},
		{"object without a type", `{"id":"evt_1","data":{"object":{"id":"x_1"}}}`, true, "no object type"},
		{"type that is not a string", `{"id":"evt_1","data":{"object":{"object":7}}}`, false, "reading the type"},
		{"charge that does not decode", `{"id":"evt_1","data":{"object":{"object":"charge","amount":"100"}}}`, false, "decoding"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := decodeEvent(t, []byte(tc.event))
			obj, err := e.Data.TypedObject()
			assert.Nil(t, obj)
			require.Error(t, err)
			assert.Equal(t, tc.unknown, errors.Is(err, ErrUnknownEventObject), err.Error())
			assert.Contains(t, err.Error(), tc.msg)

			c, err := e.Charge()
			assert.Nil(t, c)
			require.Error(t, err)
			assert.NotErrorIs(t, err, ErrEventObjectMismatch)
			assert.Contains(t, err.Error(), "evt_1")
		})
	}
}

func TestEventListParamsEncoding(t *testing.T) {
	cases := []struct {
		name   string
		params *EventListParams
		want   string
	}{
		{"created at", &EventListParams{Created: Int64(1530291411)}, "created=1530291411"},
		{"created range", &EventListParams{CreatedRange: &RangeQueryParams{GreaterThan: Int64(1), LesserThanOrEqual: Int64(2)}},
			"created%5Bgt%5D=1&created%5Blte%5D=2"},
		{"delivery failed", &EventListParams{DeliverySuccess: Bool(false)}, "delivery_success=false"},
		{"type", &EventListParams{Type: String("charge.*")}, "type=charge.%2A"},
		{"types", &EventListParams{Types: []*string{String(string(EventTypeChargeSucceeded)), String(string(EventTypeChargeFailed))}},
			"types%5B0%5D=charge.succeeded&types%5B1%5D=charge.failed"},
		{"nothing", &EventListParams{}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := &form.Values{}
			form.AppendTo(values, tc.params)
			assert.Equal(t, tc.want, values.Encode())
		})
	}
}

// eventTypeInitialisms are the words of event type values that Go names
// spell otherwise than by capitalizing them.
var eventTypeInitialisms = map[string]string{"Id": "ID", "Sku": "SKU", "Invoiceitem": "InvoiceItem"}

// TestEventTypeConstants reads event.go to check every EventType constant:
// a well-formed value, unique, and a name spelled from the value, so that a
// typo in either shows.
func TestEventTypeConstants(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "event.go", nil, 0)
	require.NoError(t, err)
	wellFormed := regexp.MustCompile(`^[a-z][a-z_]*(\.[a-z][a-z_]*)+$`)
	seen := map[string]string{}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "EventType" {
				continue
			}
			name := vs.Names[0].Name
			value, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			require.NoError(t, err)
			assert.Regexp(t, wellFormed, value, name)
			assert.Equal(t, "EventType"+eventTypeGoName(value), name)
			assert.NotContains(t, seen, value, "%s repeats %s", name, seen[value])
			seen[value] = name
		}
	}
	assert.GreaterOrEqual(t, len(seen), 180)

	// The types the reference names in its text.
	for _, typ := range []string{"charge.succeeded", "invoice.payment_failed", "customer.subscription.created",
		"customer.created", "source.chargeable", "account.updated", "checkout.session.completed"} {
		assert.Contains(t, seen, typ)
	}
}

// eventTypeGoName spells value as the tail of a Go name: "charge.dispute.closed"
// gives ChargeDisputeClosed.
func eventTypeGoName(value string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(value, func(r rune) bool { return r == '.' || r == '_' }) {
		word = strings.ToUpper(word[:1]) + word[1:]
		if s, ok := eventTypeInitialisms[word]; ok {
			word = s
		}
		b.WriteString(word)
	}
	return b.String()
}

// FuzzEventUnmarshal: whatever an event body holds, decoding, encoding and
// the typed accessors return values or errors, never panic, and a typed
// object matches the object type it was chosen by.
func FuzzEventUnmarshal(f *testing.F) {
	for _, name := range eventFixtures {
		f.Add(readEventTestdata(f, "event/"+name))
	}
	f.Add(eventAbout(EventTypeChargeSucceeded, string(readEventTestdata(f, "charge/charge_object.json"))))
	f.Add(eventAbout(EventTypeCustomerSourceCreated, string(readEventTestdata(f, "card/card_object.json"))))
	for _, seed := range []string{`null`, `{}`, `{"data":null}`, `{"data":{}}`, `{"data":{"object":null}}`,
		`{"data":{"object":{"object":"refund","charge":{"object":"charge"}}}}`,
		`{"data":{"object":{"object":"checkout.session","customer":"cus_1"},"previous_attributes":{"status":"open"}}}`,
		`{"data":{"object":{"object":"invoice"}},"request":"req_1"}`,
		`{"data":{"object":{"object":7}},"request":null}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var e Event
		if json.Unmarshal(data, &e) != nil {
			return
		}
		out, err := json.Marshal(&e)
		if err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
		var again Event
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("cannot decode our own encoding %q: %v", out, err)
		}

		obj, err := e.Data.TypedObject()
		if (obj == nil) == (err == nil) {
			t.Fatalf("TypedObject gave %v and %v", obj, err)
		}
		if err == nil {
			typ, _ := e.Data.objectType()
			if _, ok := eventObjectDecoders[typ]; !ok {
				t.Fatalf("decoded an object of unmodelled type %q", typ)
			}
		}
		for _, get := range []func() (any, error){
			func() (any, error) { return e.Charge() }, func() (any, error) { return e.Customer() },
			func() (any, error) { return e.Refund() }, func() (any, error) { return e.Source() },
			func() (any, error) { return e.Card() }, func() (any, error) { return e.BankAccount() },
			func() (any, error) { return e.Token() }, func() (any, error) { return e.CheckoutSession() },
			func() (any, error) { return e.BalanceTransaction() }, func() (any, error) { return e.Price() },
		} {
			if _, err := get(); err != nil && err.Error() == "" {
				t.Fatal("an error without a message")
			}
		}
	})
}
