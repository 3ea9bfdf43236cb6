package customer_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/mocktest"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"customer"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestCustomerListIsThePageOfTheCurrentCustomer walks two pages the way code
// written against the long-standing surface does, reading i.CustomerList()
// in the loop: nil before the first Next, then the page the current customer
// came from, with every customer of it and its envelope, and the last page
// after the end.
func TestCustomerListIsThePageOfTheCurrentCustomer(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/customers?limit=2", 200, listPageJSON("/v1/customers", []string{"cus_3", "cus_2"}, true))
	m.Respond(http.MethodGet, "/v1/customers?limit=2&starting_after=cus_2", 200, listPageJSON("/v1/customers", []string{"cus_1"}, false))

	params := &payske.CustomerListParams{}
	params.Limit = payske.Int64(2)
	i := customer.List(params)
	assert.Nil(t, i.CustomerList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.CustomerList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.Customer().ID] = ids
		assert.Equal(t, ids[0] == "cus_3", list.HasMore)
		assert.Equal(t, "/v1/customers", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.CustomerList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"cus_3": {"cus_3", "cus_2"},
		"cus_2": {"cus_3", "cus_2"},
		"cus_1": {"cus_1"},
	}, pages)
	assert.Equal(t, []*payske.Customer{i.CustomerList().Data[0]}, i.Page().Data, "Page is the same page")
}
