package payske_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/paysketest"
)

// These tests use the names of the older Go surface the way code written
// against it does, and check what goes on the wire and that the fake server,
// which serves the API's schema, takes it.

// formOf renders the form p encodes to, unescaped, pairs in order.
func formOf(p any) string {
	values := &form.Values{}
	form.AppendTo(values, p)
	var pairs []string
	values.Range(func(k, v string) { pairs = append(pairs, k+"="+v) })
	return strings.Join(pairs, "&")
}

// newCustomer creates a customer on the fake, paying with tok when set.
func newCustomer(t *testing.T, sc *client.API, tok string) *payske.Customer {
	t.Helper()
	p := &payske.CustomerParams{Email: payske.String("jenny@example.com")}
	if tok != "" {
		p.Source = &payske.SourceParams{Token: payske.String(tok)}
	}
	cus, err := sc.Customers.New(p)
	require.NoError(t, err)
	return cus
}

func TestCaptureParams(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	ch, err := sc.Charges.New(&payske.ChargeParams{
		Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false),
	})
	require.NoError(t, err)

	params := &payske.CaptureParams{Amount: payske.Int64(1500)}
	assert.Equal(t, "amount=1500", formOf(params))
	captured, err := sc.Charges.Capture(ch.ID, params)
	require.NoError(t, err)
	assert.True(t, captured.Captured)
	assert.Equal(t, int64(1500), captured.AmountCaptured)
}

func TestCustomerShippingDetailsParams(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	params := &payske.CustomerParams{Shipping: &payske.CustomerShippingDetailsParams{
		Name:    payske.String("Jenny Rosen"),
		Phone:   payske.String("+15555550100"),
		Address: &payske.AddressParams{Line1: payske.String("1 Main St"), City: payske.String("Springfield")},
	}}
	assert.Equal(t, "shipping[address][city]=Springfield&shipping[address][line1]=1 Main St&shipping[name]=Jenny Rosen&shipping[phone]=+15555550100",
		formOf(params))
	cus, err := sc.Customers.New(params)
	require.NoError(t, err)
	require.NotNil(t, cus.Shipping)
	assert.Equal(t, "Jenny Rosen", cus.Shipping.Name)
	assert.Equal(t, "1 Main St", cus.Shipping.Address.Line1)
}

// TestTokenPersonAndPIIParams: the fake checks the parameters against the
// schema, then answers that it makes only card and bank account tokens; an
// unknown or mistyped parameter would be refused first, naming it.
func TestTokenPersonAndPIIParams(t *testing.T) {
	cases := []struct {
		name   string
		params *payske.TokenParams
		want   string
	}{
		{"PIIParams", &payske.TokenParams{PII: &payske.PIIParams{IDNumber: payske.String("000000000")}},
			"pii[id_number]=000000000"},
		{"PersonParams with RelationshipParams", &payske.TokenParams{Person: &payske.PersonParams{
			FirstName: payske.String("Jenny"),
			LastName:  payske.String("Rosen"),
			Relationship: &payske.RelationshipParams{
				Owner:            payske.Bool(true),
				PercentOwnership: payske.Float64(50),
				Title:            payske.String("CEO"),
			},
		}}, "person[first_name]=Jenny&person[last_name]=Rosen&person[relationship][owner]=true&person[relationship][percent_ownership]=50&person[relationship][title]=CEO"},
	}
	sc, _ := paysketest.NewTestClient(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, formOf(tc.params))
			_, err := sc.Tokens.New(tc.params)
			var perr *payske.Error
			require.ErrorAs(t, err, &perr)
			assert.Equal(t, payske.ErrorCode("parameter_missing"), perr.Code, "the parameters passed the schema: %v", err)
			assert.Equal(t, "card", perr.Param)
		})
	}
}

func TestSourceListParams(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus := newCustomer(t, sc, "tok_visa")
	params := &payske.SourceListParams{Customer: payske.String(cus.ID), Object: payske.String("card")}
	assert.Equal(t, "object=card", formOf(params))
	var ids []string
	for ps, err := range sc.PaymentSources.List(params).All() {
		require.NoError(t, err)
		ids = append(ids, ps.ID)
		assert.Equal(t, payske.PaymentSourceTypeCard, ps.Type)
	}
	assert.Equal(t, []string{cus.DefaultSource.ID}, ids)
}

// newBankAccount attaches a new bank account to a new customer on the fake.
func newBankAccount(t *testing.T, sc *client.API) (cus *payske.Customer, ba *payske.PaymentSource) {
	t.Helper()
	tok, err := sc.Tokens.New(&payske.TokenParams{BankAccount: &payske.BankAccountParams{
		Country: payske.String("US"), Currency: payske.String("usd"),
		RoutingNumber: payske.String("110000000"), AccountNumber: payske.String("000123456789"),
		AccountHolderName: payske.String("Jenny Rosen"), AccountHolderType: payske.String("individual"),
	}})
	require.NoError(t, err)
	cus = newCustomer(t, sc, "")
	ba, err = sc.PaymentSources.New(&payske.CustomerSourceParams{Customer: payske.String(cus.ID), Source: &payske.SourceParams{Token: payske.String(tok.ID)}})
	require.NoError(t, err)
	return cus, ba
}

func TestSourceVerifyParams(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, ba := newBankAccount(t, sc)
	params := &payske.SourceVerifyParams{Customer: payske.String(cus.ID), Amounts: payske.Int64Slice([]int64{32, 45})}
	assert.Equal(t, "amounts[0]=32&amounts[1]=45", formOf(params))
	verified, err := sc.PaymentSources.Verify(ba.ID, params)
	require.NoError(t, err)
	require.NotNil(t, verified.BankAccount)
	assert.Equal(t, payske.BankAccountStatusVerified, verified.BankAccount.Status)
}

// TestSourceVerifyParamsValuesAreRefused: Values is sent as the older SDKs
// sent it, and the verify endpoint, which takes only amounts, refuses it by
// name rather than ignoring it.
func TestSourceVerifyParamsValuesAreRefused(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, ba := newBankAccount(t, sc)
	params := &payske.SourceVerifyParams{Customer: payske.String(cus.ID), Values: payske.StringSlice([]string{"32", "45"})}
	assert.Equal(t, "values[0]=32&values[1]=45", formOf(params))
	_, err := sc.PaymentSources.Verify(ba.ID, params)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, payske.ErrorTypeInvalidRequest, perr.Type)
	assert.Equal(t, "values", perr.Param)
}

func TestChargeOutcomeRule(t *testing.T) {
	cases := []struct {
		name string
		rule string
		want payske.ChargeOutcomeRule
	}{
		{"bare ID", `"rule_1"`, payske.ChargeOutcomeRule{ID: "rule_1"}},
		{"expanded", `{"id":"rule_1","action":"block","predicate":":risk_level: = 'highest'"}`,
			payske.ChargeOutcomeRule{ID: "rule_1", Action: "block", Predicate: ":risk_level: = 'highest'"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ch payske.Charge
			require.NoError(t, json.Unmarshal([]byte(`{"id":"ch_1","object":"charge","outcome":{"type":"blocked","rule":`+tc.rule+`}}`), &ch))
			rule := outcomeRule(ch.Outcome)
			require.NotNil(t, rule)
			assert.Equal(t, tc.want, *rule)
		})
	}
}

// visaDetails are the card details of the test Visa, as older code passed
// them to SetSource.
func visaDetails() *payske.CardParams {
	p := &payske.CardParams{
		Number: payske.String("4242424242424242"), ExpMonth: payske.String("12"),
		ExpYear: payske.String("2030"), CVC: payske.String("123"), Name: payske.String("Jenny Rosen"),
	}
	p.AddMetadata("order", "42")
	return p
}

const visaForm = "card[metadata][order]=42&card[cvc]=123&card[exp_month]=12&card[exp_year]=2030&card[name]=Jenny Rosen&card[number]=4242424242424242"

func TestSetSource(t *testing.T) {
	cases := []struct {
		name     string
		source   interface{}
		wantForm string
		wantErr  string
	}{
		{"a token", "tok_visa", "source=tok_visa", ""},
		{"card details", visaDetails(), visaForm, ""},
		{"an unsupported type", 42, "",
			"payske: SetSource: a source of type int is not supported; pass a token, card or source ID (string) or card details (*CardParams)"},
		{"a SourceParams", &payske.SourceParams{Token: payske.String("tok_visa")}, "",
			"payske: SetSource: a source of type *payske.SourceParams is not supported; pass a token, card or source ID (string) or card details (*CardParams)"},
	}
	for _, tc := range cases {
		t.Run("ChargeParams/"+tc.name, func(t *testing.T) {
			sc, _ := paysketest.NewTestClient(t)
			params := &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")}
			params.Source = &payske.SourceParams{Token: payske.String("tok_mastercard")}
			err := params.SetSource(tc.source)
			if tc.wantErr != "" {
				require.EqualError(t, err, tc.wantErr)
				assert.Nil(t, params.Source, "a refused source leaves none, as before")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "amount=2000&currency=usd&"+tc.wantForm, formOf(params))
			ch, err := sc.Charges.New(params)
			require.NoError(t, err)
			assert.Equal(t, payske.ChargeStatusSucceeded, ch.Status)
			assert.Equal(t, "4242", ch.PaymentMethodDetails.Card.Last4)
		})
		t.Run("CustomerSourceParams/"+tc.name, func(t *testing.T) {
			sc, _ := paysketest.NewTestClient(t)
			cus := newCustomer(t, sc, "")
			params := &payske.CustomerSourceParams{Customer: payske.String(cus.ID)}
			err := params.SetSource(tc.source)
			if tc.wantErr != "" {
				require.EqualError(t, err, tc.wantErr)
				assert.Nil(t, params.Source)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.wantForm, formOf(params))
			ps, err := sc.PaymentSources.New(params)
			require.NoError(t, err)
			require.NotNil(t, ps.Card)
			assert.Equal(t, "4242", ps.Card.Last4)
		})
	}
}

// TestSourceParamsCard: card details in SourceParams go beside the other
// parameters as the card hash, with the card's own token, if any, as the
// source; the charge endpoint takes them.
func TestSourceParamsCard(t *testing.T) {
	withToken := visaDetails()
	withToken.Token = payske.String("tok_visa")
	cases := []struct {
		name   string
		source *payske.SourceParams
		want   string
	}{
		{"details", &payske.SourceParams{Card: visaDetails()}, visaForm},
		{"details and a token", &payske.SourceParams{Token: payske.String("tok_visa"), Card: visaDetails()}, "source=tok_visa&" + visaForm},
		{"the card's token", &payske.SourceParams{Card: &payske.CardParams{Token: payske.String("tok_visa")}}, "source=tok_visa"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc, _ := paysketest.NewTestClient(t)
			params := &payske.ChargeParams{Amount: payske.Int64(500), Currency: payske.String("usd"), Source: tc.source}
			assert.Equal(t, "amount=500&currency=usd&"+tc.want, formOf(params))
			ch, err := sc.Charges.New(params)
			require.NoError(t, err)
			assert.True(t, ch.Paid)
		})
	}
}

// TestCardParamsID: a customer's card shared with a connected account is
// named by its ID in the token request, as card=<id> beside customer=<id>.
// paysketest makes no tokens of shared cards, so only the wire is checked.
func TestCardParamsID(t *testing.T) {
	params := &payske.TokenParams{Card: &payske.CardParams{ID: "card_123"}, Customer: payske.String("cus_123")}
	params.SetPayskeAccount("acct_1")
	assert.Equal(t, "card=card_123&customer=cus_123", formOf(params))

	topLevel := &payske.CardParams{ID: "card_123", Customer: payske.String("cus_123"), Name: payske.String("J")}
	assert.Equal(t, "name=J", formOf(topLevel), "card.Update takes the ID as its argument")
}

// TestSourceObjectParamsTypeData: the pairs go under the source's type, in
// key order, after the other parameters. The API schema lists no per-kind
// hash for POST /v1/sources, so paysketest would refuse them; the wire is
// checked against a recording server instead.
func TestSourceObjectParamsTypeData(t *testing.T) {
	params := &payske.SourceObjectParams{
		Type:     payske.String("sepa_debit"),
		Currency: payske.String("eur"),
		TypeData: map[string]string{"iban": "DE89370400440532013000", "bic": "COBADEFFXXX"},
		Owner:    &payske.SourceOwnerParams{Name: payske.String("Jenny Rosen")},
	}
	params.AddMetadata("order", "42")
	want := "metadata[order]=42&currency=eur&owner[name]=Jenny Rosen&type=sepa_debit&sepa_debit[bic]=COBADEFFXXX&sepa_debit[iban]=DE89370400440532013000"
	assert.Equal(t, want, formOf(params))

	var bodies []string
	srv := recordingServer(t, &bodies, `{"id":"src_1","object":"source","type":"sepa_debit","sepa_debit":{"last4":"3000","bank_code":"37040044"}}`)
	src, err := srv.Sources.New(params)
	require.NoError(t, err)
	require.Len(t, bodies, 1)
	assert.Equal(t, want, bodies[0])
	assert.Equal(t, map[string]interface{}{"last4": "3000", "bank_code": "37040044"}, src.TypeData)

	t.Run("without Type", func(t *testing.T) {
		bodies = nil
		_, err := srv.Sources.New(&payske.SourceObjectParams{TypeData: map[string]string{"iban": "DE89"}})
		require.EqualError(t, err, "payske: SourceObjectParams.TypeData is set but Type is nil; set Type to the kind of source the data is for, as TypeData is sent as <type>[key]=value")
		assert.Empty(t, bodies, "refused before it is sent")
	})
}

// recordingServer is a client whose every call answers answer and whose
// request bodies, unescaped, go to bodies.
func recordingServer(t *testing.T, bodies *[]string, answer string) *client.API {
	t.Helper()
	return paysketest.NewTransportClient(recorder(func(r *http.Request) (*http.Response, error) {
		raw, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		var pairs []string
		for _, kv := range strings.Split(string(raw), "&") {
			pair, err := url.QueryUnescape(kv)
			require.NoError(t, err)
			pairs = append(pairs, pair)
		}
		*bodies = append(*bodies, strings.Join(pairs, "&"))
		return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(answer)), Request: r}, nil
	}))
}

// recorder is an http.RoundTripper made of a function.
type recorder func(*http.Request) (*http.Response, error)

// RoundTrip implements http.RoundTripper.
func (f recorder) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestSourceTypeData(t *testing.T) {
	cases := []struct {
		name string
		json string
		want map[string]interface{}
	}{
		{"the kind's details, modelled or not", `{"id":"src_1","object":"source","type":"sepa_debit","sepa_debit":{"last4":"3000","mandate_url":"https://example.com/m","not_modelled":{"n":1}}}`,
			map[string]interface{}{"last4": "3000", "mandate_url": "https://example.com/m", "not_modelled": map[string]interface{}{"n": float64(1)}}},
		{"a kind the SDK has no field for", `{"id":"src_1","object":"source","type":"paper_check","paper_check":{"number":"0042"}}`,
			map[string]interface{}{"number": "0042"}},
		{"no object under the kind", `{"id":"src_1","object":"source","type":"card"}`, nil},
		{"null under the kind", `{"id":"src_1","object":"source","type":"card","card":null}`, nil},
		{"a bare ID", `"src_1"`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var src payske.Source
			require.NoError(t, json.Unmarshal([]byte(tc.json), &src))
			assert.Equal(t, tc.want, src.TypeData)

			out, err := json.Marshal(src)
			require.NoError(t, err)
			var back payske.Source
			require.NoError(t, json.Unmarshal(out, &back))
			assert.Equal(t, src, back, "encodes back as it came: %s", out)
		})
	}

	t.Run("from the fake", func(t *testing.T) {
		sc, _ := paysketest.NewTestClient(t)
		src, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("ach_credit_transfer"), Currency: payske.String("usd"),
			Owner: &payske.SourceOwnerParams{Email: payske.String("jenny@example.com")}})
		require.NoError(t, err)
		assert.Equal(t, "110000000", src.TypeData["routing_number"])
		assert.Equal(t, src.ACHCreditTransfer.AccountNumber, src.TypeData["account_number"])
	})
}

func TestEventGetObjectValue(t *testing.T) {
	var e payske.Event
	require.NoError(t, json.Unmarshal([]byte(`{"id":"evt_1","object":"event","type":"charge.succeeded","data":{"object":{
		"id":"ch_1","object":"charge","amount":2000,"created":1600000000123,"paid":true,"captured":false,"failure_code":null,
		"metadata":{"order":"42"},"refunds":{"object":"list","data":[{"id":"re_1"},{"id":"re_2"}]},"fee":1.5}}}`), &e))
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"id"}, "ch_1"},
		{[]string{"amount"}, "2000"},
		{[]string{"created"}, "1600000000123"},
		{[]string{"fee"}, "1.5"},
		{[]string{"paid"}, "true"},
		{[]string{"captured"}, "false"},
		{[]string{"metadata", "order"}, "42"},
		{[]string{"refunds", "data", "1", "id"}, "re_2"},
		{[]string{"metadata"}, `{"order":"42"}`},
		{[]string{"failure_code"}, ""},
		{[]string{"missing"}, ""},
		{[]string{"refunds", "data", "2", "id"}, ""},
		{[]string{"refunds", "data", "first"}, ""},
		{[]string{"id", "deeper"}, ""},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.keys, "."), func(t *testing.T) {
			assert.Equal(t, tc.want, e.GetObjectValue(tc.keys...))
		})
	}

	t.Run("built by hand", func(t *testing.T) {
		e := &payske.Event{Data: &payske.EventData{Object: map[string]interface{}{"id": "cus_1", "balance": 0}}}
		assert.Equal(t, "cus_1", e.GetObjectValue("id"))
		assert.Equal(t, "0", e.GetObjectValue("balance"))
	})
	t.Run("no data", func(t *testing.T) {
		assert.Equal(t, "", (&payske.Event{}).GetObjectValue("id"))
	})
}

// TestErrorLastResponse: a failed call's *Error carries the answer, as a
// decoded value does.
func TestErrorLastResponse(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	params := &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")}
	require.NoError(t, params.SetSource("tok_chargeDeclinedInsufficientFunds"))
	params.SetIdempotencyKey("order-42")
	_, err := sc.Charges.New(params)
	var perr *payske.Error
	require.True(t, errors.As(err, &perr), "%v", err)
	require.NotNil(t, perr.LastResponse)
	assert.Equal(t, http.StatusPaymentRequired, perr.LastResponse.StatusCode)
	assert.Equal(t, perr.RequestID, perr.LastResponse.RequestID)
	assert.Equal(t, "order-42", perr.LastResponse.IdempotencyKey)
	assert.Contains(t, string(perr.LastResponse.RawJSON), `"insufficient_funds"`)
}

// outcomeRule is old code that names the rule's type.
func outcomeRule(o *payske.ChargeOutcome) *payske.ChargeOutcomeRule { return o.Rule }
