package customer_test

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()

	params := &payske.CustomerParams{
		Description: payske.String("My First Test Customer (created for API docs)"),
	}
	c, err := customer.New(params)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Println(c.Description)
	// Output: My First Test Customer (created for API docs)
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := customer.New(&payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})

	c, err := customer.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(c.Email, c.Balance, c.Delinquent)
	// Output: jenny.rosen@example.com 0 false
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := customer.New(nil)

	params := &payske.CustomerParams{}
	params.AddMetadata("order_id", "6735")
	c, err := customer.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(c.Metadata["order_id"])
	// Output: 6735
}

// After Del the customer is gone: reading it again is a 404.
func ExampleDel() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := customer.New(nil)

	c, err := customer.Del(created.ID, nil)
	if err != nil {
		fmt.Println("delete failed:", err)
		return
	}
	fmt.Println("deleted:", c.Deleted)

	_, err = customer.Get(created.ID, nil)
	var perr *payske.Error
	if errors.As(err, &perr) {
		fmt.Println(perr.HTTPStatusCode, perr.Code)
	}
	// Output:
	// deleted: true
	// 404 resource_missing
}

func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	for _, email := range []string{"a@example.com", "b@example.com", "c@example.com", "d@example.com"} {
		_, _ = customer.New(&payske.CustomerParams{Email: payske.String(email)})
	}

	params := &payske.CustomerListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := customer.List(params)
	for i.Next() {
		c := i.Customer()
		fmt.Println(c.Email)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output:
	// d@example.com
	// c@example.com
	// b@example.com
	// a@example.com
}
