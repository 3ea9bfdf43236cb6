package payske

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// answerDecoding decodes raw into a new T through its generated decoder
// alone (decodeText, without the fallback decodeJSON has) and through
// encoding/json (decodeJSONv1). Both must fail, or decode equal values;
// the one failure allowed to the generated decoder alone is on JSON that
// is not valid UTF-8, which it leaves to encoding/json: encoding/json
// decodes it, replacing what is invalid.
func answerDecoding[T any, PT interface {
	*T
	LastResponseSetter
}](t *testing.T, raw []byte) bool {
	t.Helper()
	text, v1 := PT(new(T)), PT(new(T))
	decode, fields := textDecoder(text)
	require.NotNil(t, decode, "%T has no generated decoder", text)
	textErr, v1Err := decodeText(raw, decode, fields), decodeJSONv1(raw, v1)
	switch {
	case textErr == nil && v1Err == nil:
		if !assert.Equal(t, v1, text) {
			t.Fatalf("%T: the generated decoder decoded %s otherwise", text, raw)
		}
		return true
	case textErr == nil:
		t.Fatalf("%T: only encoding/json failed (%v) on %s", text, v1Err, raw)
	case v1Err == nil && utf8.Valid(raw):
		t.Fatalf("%T: only the generated decoder failed (%v) on %s", text, textErr, raw)
	}
	return false
}

// answerDecoders decode an answer both ways for every type the backend
// decodes answers into, the list types included (the pages the iterators
// decode are held to encoding/json by TestPagesDecodeAsPerObjectPages).
var answerDecoders = map[string]func(*testing.T, []byte) bool{
	"BalanceTransaction": answerDecoding[BalanceTransaction],
	"BankAccount":        answerDecoding[BankAccount],
	"Card":               answerDecoding[Card],
	"Charge":             answerDecoding[Charge],
	"ChargeList":         answerDecoding[ChargeList],
	"CheckoutSession":    answerDecoding[CheckoutSession],
	"Customer":           answerDecoding[Customer],
	"CustomerList":       answerDecoding[CustomerList],
	"Event":              answerDecoding[Event],
	"LineItemList":       answerDecoding[LineItemList],
	"PaymentSource":      answerDecoding[PaymentSource],
	"PaymentSourceList":  answerDecoding[PaymentSourceList],
	"Price":              answerDecoding[Price],
	"Refund":             answerDecoding[Refund],
	"RefundList":         answerDecoding[RefundList],
	"Source":             answerDecoding[Source],
	"Token":              answerDecoding[Token],
}

// TestTextDecodersDecodeAsEncodingJSON decodes every fixture, every
// example of the reference and every committed fuzz input (each as it is
// and as the objects of a page) into every answer type, through the
// generated decoders and through encoding/json, and requires the same
// value or an error both ways.
func TestTextDecodersDecodeAsEncodingJSON(t *testing.T) {
	sources := decodingSources(t)
	if raceEnabled {
		// Thousands of inputs that test the decoders, not concurrency:
		// the run without the race detector decodes them.
		delete(sources, "fuzz corpora")
	}
	for name, docs := range sources {
		t.Run(name, func(t *testing.T) {
			decoded := map[string]int{}
			for _, doc := range docs {
				for _, raw := range append([][]byte{doc}, asPages(doc)...) {
					for typ, decode := range answerDecoders {
						if decode(t, raw) {
							decoded[typ]++
						}
					}
				}
			}
			for typ := range answerDecoders {
				assert.Positive(t, decoded[typ], "no answer decoded as %s from the %s", typ, name)
			}
		})
	}
}

// FuzzTextDecoders holds the generated decoders to encoding/json on any
// input. Its seeds are the fixtures: TestTextDecodersDecodeAsEncodingJSON
// already decodes the rest of the sources.
func FuzzTextDecoders(f *testing.F) {
	for _, doc := range decodingSources(f)["fixtures"] {
		f.Add(doc)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, decode := range answerDecoders {
			decode(t, raw)
		}
	})
}

// TestReferencesDecodeAsEncodingJSON decodes the shapes an ID-only
// reference takes, and the polymorphic sources, inside a charge and a
// balance transaction, both ways.
func TestReferencesDecodeAsEncodingJSON(t *testing.T) {
	for _, doc := range []string{
		`{"application":"ca_1","review":null}`,
		`{"application":{"id":"ca_1","object":"application","name":"Shop"}}`,
		`{"application":{"id":"ca_1","object":"application"}}`,
		`{"application":{"ID":"ca_1","OBJECT":"application","deleted":true}}`,
		`{"application":{"id":"ca_\u0031"},"application_fee":"fee_1"}`,
		`{"application":"ca_1","application":{"id":"ca_2"}}`,
		`{"application":{"id":"ca_1","deleted":"no"}}`,
		`{"application":[1]}`,
		`{"source":{"id":"card_1","object":"card","last4":"4242"}}`,
		`{"source":{"id":"src_1","object":"source","type":"card","card":{"brand":"visa"}}}`,
		`{"source":{"id":"ba_1","object":"bank_account","deleted":true}}`,
		`{"source":{"id":"x_1","object":"unknown","extra":1}}`,
		`{"source":"card_1"}`,
	} {
		answerDecoding[Charge](t, []byte(doc))
		answerDecoding[Customer](t, []byte(`{"default_source":`+doc[strings.Index(doc, ":")+1:len(doc)-1]+`}`))
	}
	for _, doc := range []string{
		`{"source":{"id":"ch_1","object":"charge","amount":100}}`,
		`{"source":{"id":"re_1","object":"refund","amount":100}}`,
		`{"source":{"id":"po_1","object":"payout"}}`,
		`{"source":"ch_1"}`,
		`{"source":null}`,
	} {
		answerDecoding[BalanceTransaction](t, []byte(doc))
	}
}

// malformedAnswers are answers that are not JSON, each in one way, and
// the nestings around encoding/json's depth limit.
func malformedAnswers() []string {
	nested := func(depth int) string {
		return `{"metadata":{},"x":` + strings.Repeat("[", depth-1) + strings.Repeat("]", depth-1) + `}`
	}
	return []string{
		``, ` `, `{`, `}`, `{}}`, `{} {}`, `{}x`, `[]`, `{,}`, `{"id":"ch_1",}`,
		`{"id" "ch_1"}`, `{"id"::"ch_1"}`, `{"id":"ch_1""amount":1}`, `{"id":"ch_1",,"amount":1}`,
		`{id:"ch_1"}`, `{'id':'ch_1'}`, `{"id":"ch_1"]`, `{"amount":01}`, `{"amount":-}`,
		`{"amount":1.}`, `{"amount":.5}`, `{"amount":1e}`, `{"amount":1e+}`, `{"amount":+1}`,
		`{"amount":0x10}`, `{"amount":1_000}`, `{"amount":NaN}`, `{"paid":tru}`, `{"paid":True}`,
		`{"paid":falsey}`, `{"review":nul}`, `{"review":nulll}`, `{"id":"a` + "\x01" + `"}`,
		`{"id":"a\x"}`, `{"id":"a\u12"}`, `{"id":"a\u12g4"}`, `{"id":"a\`, `{"id":"a`,
		`{"metadata":{"a":"b",}}`, `{"metadata":{"a" "b"}}`, `{"metadata":{"a":1}}`,
		`{"unknown":[1,]}`, `{"unknown":[,1]}`, `{"unknown":[1 2]}`, `{"unknown":{"a":[}]}}`,
		`{"unknown":{"a"}}`, `{"unknown":{1:2}}`, `{"unknown":-01}`, `{"unknown":"\u00"}`,
		`{"unknown":tx}`, `{"unknown":[1]]}`, `{"refunds":{"data":[{"id":"re_1"},]}}`,
		`{"refunds":{"data":[{"id":"re_1"}{"id":"re_2"}]}}`, `{"refunds":{"data":[null,]}}`,
		`{"source":{"id":"card_1","object":"card",}}`, `{"application":{"id":"ca_1"],"x":1}`,
		`{"id":"ch_1"}` + "\x00", "\x00" + `{"id":"ch_1"}`, `{"id":"` + "\xff" + `"}`,
		nested(maxDepth - 1), nested(maxDepth), nested(maxDepth + 1),
	}
}

// TestTextDecodersRefuseInvalidJSON holds the walk's checks to
// encoding/json's: every malformed answer is refused both ways (or, for
// the nestings at the limit, decoded both ways), as is every answer cut
// short.
func TestTextDecodersRefuseInvalidJSON(t *testing.T) {
	docs := malformedAnswers()
	fixture := decodingSources(t)["fixtures"][0]
	for n := range len(fixture) {
		docs = append(docs, string(fixture[:n]))
	}
	for _, doc := range docs {
		for _, typ := range []string{"Charge", "ChargeList", "Customer", "PaymentSource"} {
			answerDecoders[typ](t, []byte(doc))
		}
	}
}

// FuzzWalkAcceptsValidJSON holds the walk's syntax checks alone to
// encoding/json's: skipping one value and then the white space to the end
// must succeed exactly on the inputs json.Valid accepts, in valid UTF-8
// (the walk leaves invalid UTF-8 to encoding/json).
func FuzzWalkAcceptsValidJSON(f *testing.F) {
	for _, doc := range decodingSources(f)["fixtures"] {
		f.Add(doc)
	}
	for _, doc := range malformedAnswers() {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r := readerOf(raw)
		err := r.skipValue()
		if err == nil {
			err = r.end()
		}
		want := json.Valid(raw) && utf8.Valid(raw)
		if (err == nil) != want {
			t.Fatalf("walk accepts %t, encoding/json %t: %q", err == nil, want, raw)
		}
	})
}

// TestMapKeysSurviveEscapedInnerKeys decodes a map whose key and whose
// values' keys are escaped: the walk unescapes both into its buffers.
func TestMapKeysSurviveEscapedInnerKeys(t *testing.T) {
	raw := []byte(`{"currency_options":{"u\u0073d":{"unit_\u0061mount":100},"eur":{"\u0074ax_behavior":"exclusive"}},` +
		`"metadata":{"k\u0065y":"v\u0061lue","plain":"x\ty"}}`)
	require.True(t, answerDecoding[Price](t, raw))
	var p Price
	require.NoError(t, decodeJSON(raw, &p))
	require.Contains(t, p.CurrencyOptions, "usd")
	assert.Equal(t, int64(100), p.CurrencyOptions["usd"].UnitAmount)
	assert.Equal(t, map[string]string{"key": "value", "plain": "x\ty"}, p.Metadata)
}
