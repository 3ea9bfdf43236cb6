package payske_test

import (
	"fmt"
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/paysketest"
)

// Walking a list through a query of one's own, as code written for GetIter
// does; customer.List reads this list better, typed. The fake server stands
// in for Payske.
func ExampleGetIter() {
	srv := paysketest.NewServer()
	defer srv.Close()
	backend := srv.Backends().API
	sc := client.New(paysketest.TestKey, srv.Backends())
	for _, email := range []string{"a@example.com", "b@example.com", "c@example.com"} {
		if _, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String(email)}); err != nil {
			fmt.Println(err)
			return
		}
	}

	params := &payske.CustomerListParams{}
	params.Limit = payske.Int64(2)
	it := payske.GetIter(params, func(p *payske.Params, v *form.Values) ([]interface{}, payske.ListContainer, error) {
		list := &payske.CustomerList{}
		err := backend.Do(&payske.Request{Method: http.MethodGet, Route: "/v1/customers",
			Key: paysketest.TestKey, Params: p, Form: v}, list)
		ret := make([]interface{}, len(list.Data))
		for i, c := range list.Data {
			ret[i] = c
		}
		return ret, list, err
	})
	for it.Next() {
		c := it.Current().(*payske.Customer)
		fmt.Println(c.Email, "on a page of", len(it.List().(*payske.CustomerList).Data))
	}
	if err := it.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// c@example.com on a page of 2
	// b@example.com on a page of 2
	// a@example.com on a page of 1
}
