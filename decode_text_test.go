package payske

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// answerDecoding decodes raw into a new T through its generated decoder
// alone (decodeText, without the fallback decodeJSON has) and through
// encoding/json (decodeJSONv1). Both must fail, or decode equal values;
// the one failure allowed to the generated decoder alone is on JSON that
// validJSON refuses (invalid UTF-8), which it leaves to encoding/json.
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
	case v1Err == nil && validJSON(raw):
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
