package bankaccount_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/bankaccount"
	"github.com/payske/payske-go/internal/mocktest"
)

const (
	customerPath = "/v1/customers/cus_AJ6yA7mRH34mJT/sources"
	accountPath  = customerPath + "/ba_1Jw9mB2eZvKYlo2Crly03Iir"
	verifyPath   = accountPath + "/verify"
)

func newClient(t *testing.T) (*mocktest.Mock, bankaccount.Client) {
	m := mocktest.New(t)
	return m, bankaccount.Client{B: m.Backend, Key: mocktest.Key}
}

// refuseUnexpected fails t on any request no responder was registered for.
func refuseUnexpected(t *testing.T, m *mocktest.Mock) {
	m.Transport.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		return nil, errors.New("unexpected request")
	})
}

func cus() *string { return payske.String("cus_AJ6yA7mRH34mJT") }

func TestNewAttachesAToken(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "bankaccount/create.json"))
	params := &payske.BankAccountParams{Customer: cus(), Token: payske.String("btok_1")}
	params.AddExpand("customer")

	got, err := c.New(params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, customerPath, req.Path)
	assert.Equal(t, "expand%5B0%5D=customer&source=btok_1", req.Body)
	assert.NotContains(t, req.Body, "cus_AJ6yA7mRH34mJT")

	assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", got.ID)
	assert.Equal(t, &payske.Customer{ID: "cus_AJ6yA7mRH34mJT"}, got.Customer)
	assert.Equal(t, payske.BankAccountStatusNew, got.Status)
	require.NotNil(t, got.LastResponse)
	assert.Equal(t, "req_mock", got.LastResponse.RequestID)
}

func TestNewWithRawDetailsSendsThemOnlyInTheBody(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "bankaccount/create.json"))
	_, err := c.New(&payske.BankAccountParams{
		Customer:      cus(),
		Country:       payske.String("US"),
		Currency:      payske.String("usd"),
		RoutingNumber: payske.String("110000000"),
		AccountNumber: payske.String("000123456789"),
	})
	require.NoError(t, err)
	req := calls.Only(t)
	assert.Equal(t, "bank_account%5Baccount_number%5D=000123456789&bank_account%5Bcountry%5D=US"+
		"&bank_account%5Bcurrency%5D=usd&bank_account%5Brouting_number%5D=110000000", req.Body)
	assert.NotContains(t, req.Path+"?"+req.RawQuery, "000123456789")
}

func TestGetSendsOnlyExpand(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, accountPath, 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))
	params := &payske.BankAccountParams{Customer: cus(), AccountNumber: payske.String("000123456789")}
	params.AddExpand("customer")

	got, err := c.Get("ba_1Jw9mB2eZvKYlo2Crly03Iir", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "expand%5B0%5D=customer", req.RawQuery)
	assert.Equal(t, "9991", got.Last4)
}

func TestUpdateSendsHolderAndMetadata(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, accountPath, 200, mocktest.Fixture(t, "bankaccount/update.json"))
	params := &payske.BankAccountParams{
		Customer:          cus(),
		AccountHolderName: payske.String("Jenny Rosen"),
		AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeCompany)),
	}
	params.AddMetadata("order_id", "6735")

	got, err := c.Update("ba_1Jw9mB2eZvKYlo2Crly03Iir", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, accountPath, req.Path)
	assert.Equal(t, "metadata%5Border_id%5D=6735&account_holder_name=Jenny+Rosen&account_holder_type=company", req.Body)
	assert.Equal(t, "6735", got.Metadata["order_id"])
}

func TestDelAnswersADeletedAccount(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, accountPath, 200, []byte(`{"id":"ba_1Jw9mB2eZvKYlo2Crly03Iir","object":"bank_account","deleted":true}`))
	got, err := c.Del("ba_1Jw9mB2eZvKYlo2Crly03Iir", &payske.BankAccountParams{Customer: cus()})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodDelete, req.Method)
	assert.Empty(t, req.RawQuery)
	assert.True(t, got.Deleted)
}

func TestVerifySendsTheAmounts(t *testing.T) {
	m, c := newClient(t)
	answer := strings.Replace(string(mocktest.Fixture(t, "bankaccount/retrieve.json")), `"status": "new"`, `"status": "verified"`, 1)
	calls := m.Respond(http.MethodPost, verifyPath, 200, []byte(answer))

	got, err := c.Verify("ba_1Jw9mB2eZvKYlo2Crly03Iir", &payske.BankAccountVerifyParams{
		Customer: cus(),
		Amounts:  []*int64{payske.Int64(32), payske.Int64(45)},
	})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, verifyPath, req.Path)
	assert.Equal(t, "amounts%5B0%5D=32&amounts%5B1%5D=45", req.Body)
	assert.Equal(t, payske.BankAccountStatusVerified, got.Status)
}

func TestIDsAreEscapedIntoTheirSegments(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus%2F1/sources/ba_1%3Fx=1/verify", 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))
	_, err := c.Verify("ba_1?x=1", &payske.BankAccountVerifyParams{Customer: payske.String("cus/1")})
	require.NoError(t, err)
	assert.Equal(t, "/v1/customers/cus%2F1/sources/ba_1%3Fx=1/verify", calls.Only(t).Path)

	_, err = c.Update("..", &payske.BankAccountParams{Customer: cus()})
	require.ErrorIs(t, err, payske.ErrInvalidID)
}

func TestMissingCustomerFailsBeforeAnyRequest(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	const msg = "params.Customer is required (the customer the bank account belongs to)"
	calls := map[string]func(p *payske.BankAccountParams) (*payske.BankAccount, error){
		"New":    c.New,
		"Get":    func(p *payske.BankAccountParams) (*payske.BankAccount, error) { return c.Get("ba_1", p) },
		"Update": func(p *payske.BankAccountParams) (*payske.BankAccount, error) { return c.Update("ba_1", p) },
		"Del":    func(p *payske.BankAccountParams) (*payske.BankAccount, error) { return c.Del("ba_1", p) },
	}
	for name, call := range calls {
		for _, params := range []*payske.BankAccountParams{nil, {Token: payske.String("btok_1")}, {Customer: payske.String("")}} {
			got, err := call(params)
			assert.Nil(t, got)
			assert.ErrorIs(t, err, payske.ErrInvalidID)
			assert.EqualError(t, err, "payske: bankaccount."+name+": "+msg)
		}
	}
	for _, params := range []*payske.BankAccountVerifyParams{nil, {Amounts: payske.Int64Slice([]int64{1, 2})}} {
		got, err := c.Verify("ba_1", params)
		assert.Nil(t, got)
		assert.ErrorIs(t, err, payske.ErrInvalidID)
		assert.EqualError(t, err, "payske: bankaccount.Verify: "+msg)
	}
	for _, params := range []*payske.BankAccountListParams{nil, {}} {
		it := c.List(params)
		assert.False(t, it.Next())
		assert.Nil(t, it.BankAccount())
		assert.ErrorIs(t, it.Err(), payske.ErrInvalidID)
		assert.EqualError(t, it.Err(), "payske: bankaccount.List: "+msg)
	}
	assert.Zero(t, m.Transport.GetTotalCallCount())
}

func accountsPage(ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"bank_account","status":"verified","customer":"cus_1"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/customers/cus_1/sources","has_more":%t,"data":[%s]}`,
		hasMore, strings.Join(data, ",")))
}

func TestListAsksForBankAccountsAndPages(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	first := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=1&object=bank_account", 200, accountsPage([]string{"ba_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=1&object=bank_account&starting_after=ba_2", 200, accountsPage([]string{"ba_1"}, false))

	params := &payske.BankAccountListParams{Customer: payske.String("cus_1")}
	params.Limit = payske.Int64(1)
	var ids []string
	for ba, err := range c.List(params).All() {
		require.NoError(t, err)
		assert.Equal(t, payske.BankAccountStatusVerified, ba.Status)
		ids = append(ids, ba.ID)
	}
	assert.Equal(t, []string{"ba_2", "ba_1"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	assert.Equal(t, "object=bank_account&limit=1", r1.RawQuery)
	assert.Equal(t, "object=bank_account&limit=1&starting_after=ba_2", r2.RawQuery)
	assert.Equal(t, &payske.BankAccountListParams{Customer: payske.String("cus_1"), ListParams: params.ListParams}, params)
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, customerPath, 200, mocktest.Fixture(t, "bankaccount/list.json"))
	it := c.List(&payske.BankAccountListParams{Customer: cus()})
	var got []*payske.BankAccount
	for it.Next() {
		got = append(got, it.BankAccount())
	}
	require.NoError(t, it.Err())
	require.Len(t, got, 1)
	assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", got[0].ID)
	assert.Equal(t, "object=bank_account", calls.Only(t).RawQuery)
}

func TestErrorsAreTyped(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, verifyPath, 400,
		[]byte(`{"error":{"type":"invalid_request_error","code":"bank_account_verification_failed","message":"The amounts provided do not match."}}`))
	got, err := c.Verify("ba_1Jw9mB2eZvKYlo2Crly03Iir", &payske.BankAccountVerifyParams{Customer: cus(), Amounts: payske.Int64Slice([]int64{1, 2})})
	assert.Nil(t, got)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 400, perr.HTTPStatusCode)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, accountPath, 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.BankAccountParams{Customer: cus()}
	params.Context = ctx
	_, err := c.Get("ba_1Jw9mB2eZvKYlo2Crly03Iir", params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "bankaccount/create.json"))
	get := m.Respond(http.MethodGet, accountPath, 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))
	update := m.Respond(http.MethodPost, accountPath, 200, mocktest.Fixture(t, "bankaccount/update.json"))
	del := m.Respond(http.MethodDelete, accountPath, 200, []byte(`{"id":"ba_1Jw9mB2eZvKYlo2Crly03Iir","object":"bank_account","deleted":true}`))
	verify := m.Respond(http.MethodPost, verifyPath, 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))
	list := m.Respond(http.MethodGet, customerPath, 200, mocktest.Fixture(t, "bankaccount/list.json"))

	id := "ba_1Jw9mB2eZvKYlo2Crly03Iir"
	_, err := bankaccount.New(&payske.BankAccountParams{Customer: cus(), Token: payske.String("btok_1")})
	require.NoError(t, err)
	_, err = bankaccount.Get(id, &payske.BankAccountParams{Customer: cus()})
	require.NoError(t, err)
	_, err = bankaccount.Update(id, &payske.BankAccountParams{Customer: cus(), AccountHolderName: payske.String("J")})
	require.NoError(t, err)
	_, err = bankaccount.Del(id, &payske.BankAccountParams{Customer: cus()})
	require.NoError(t, err)
	_, err = bankaccount.Verify(id, &payske.BankAccountVerifyParams{Customer: cus(), Amounts: payske.Int64Slice([]int64{32, 45})})
	require.NoError(t, err)
	it := bankaccount.List(&payske.BankAccountListParams{Customer: cus()})
	for it.Next() {
	}
	require.NoError(t, it.Err())

	for _, calls := range []*mocktest.Calls{create, get, update, del, verify, list} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "source=btok_1", create.Only(t).Body)
	assert.Equal(t, "account_holder_name=J", update.Only(t).Body)
	assert.Equal(t, "amounts%5B0%5D=32&amounts%5B1%5D=45", verify.Only(t).Body)
	assert.Equal(t, "object=bank_account", list.Only(t).RawQuery)
}
