package bankaccount_test

import (
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

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"bank_account"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestBankAccountListIsThePageOfTheCurrentBankAccount walks two pages the
// way code written against the long-standing surface does, reading
// i.BankAccountList() in the loop: nil before the first Next, then the page
// the current bank account came from, with every bank account of it and its
// envelope, and the last page after the end.
func TestBankAccountListIsThePageOfTheCurrentBankAccount(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2&object=bank_account", 200, listPageJSON("/v1/customers/cus_1/sources", []string{"ba_3", "ba_2"}, true))
	m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2&object=bank_account&starting_after=ba_2", 200, listPageJSON("/v1/customers/cus_1/sources", []string{"ba_1"}, false))

	params := &payske.BankAccountListParams{Customer: payske.String("cus_1")}
	params.Limit = payske.Int64(2)
	i := bankaccount.List(params)
	assert.Nil(t, i.BankAccountList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.BankAccountList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.BankAccount().ID] = ids
		assert.Equal(t, ids[0] == "ba_3", list.HasMore)
		assert.Equal(t, "/v1/customers/cus_1/sources", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.BankAccountList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"ba_3": {"ba_3", "ba_2"},
		"ba_2": {"ba_3", "ba_2"},
		"ba_1": {"ba_1"},
	}, pages)
	assert.Equal(t, []*payske.BankAccount{i.BankAccountList().Data[0]}, i.Page().Data, "Page is the same page")
}
