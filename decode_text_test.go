//go:build go1.27

package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPagesDecodeThroughThePage checks that on Go 1.27 every list decodes
// into the Page itself, whose decoder reads each object in the one scan of
// the answer.
func TestPagesDecodeThroughThePage(t *testing.T) {
	assert.IsType(t, &Page[Charge]{}, newPageTarget[Charge]())
	assert.IsType(t, &Page[Customer]{}, newPageTarget[Customer]())
	assert.IsType(t, &Page[PaymentSource]{}, newPageTarget[PaymentSource]())
	assert.IsType(t, &Page[Event]{}, newPageTarget[Event]())
}

// answerDecoding decodes raw both ways into a new T: through decodeJSON,
// the generated decoders, and through decodeJSONv1, encoding/json. Both
// must fail, or decode equal values.
func answerDecoding[T any, PT interface {
	*T
	LastResponseSetter
}](t *testing.T, raw []byte) bool {
	t.Helper()
	text, v1 := PT(new(T)), PT(new(T))
	textErr, v1Err := decodeJSON(raw, text), decodeJSONv1(raw, v1)
	if (textErr == nil) != (v1Err == nil) {
		t.Fatalf("%T: the generated decoder says %v, encoding/json %v, on %s", text, textErr, v1Err, raw)
	}
	if textErr == nil && !assert.Equal(t, v1, text) {
		t.Fatalf("%T: the generated decoder decoded %s otherwise", text, raw)
	}
	return textErr == nil
}

// answerDecoders decode an answer both ways for every type the backend
// decodes answers into, the list types included (the pages the iterators
// decode are held to encoding/json by TestPageTargetsDecodeAsPerObjectPages).
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
	for name, docs := range decodingSources(t) {
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
