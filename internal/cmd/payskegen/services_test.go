package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPathArgsNameTheIDArguments: the object's own placeholder is id, a
// params field that fills another is <field>ID, and the method's doc names
// the arguments instead of the params fields.
func TestPathArgsNameTheIDArguments(t *testing.T) {
	tests := []struct {
		path []string
		want []string
	}{
		{nil, []string{}},
		{[]string{"id"}, []string{"id"}},
		{[]string{"params.Customer", "id"}, []string{"customerID", "id"}},
		{[]string{"params.ID"}, []string{"id"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pathArgs(&methodConfig{Path: tt.path}), "%v", tt.path)
	}
	m := &methodConfig{Path: []string{"params.Customer", "id"}, MethodDoc: "Get retrieves the card id of params.Customer ({op})."}
	m.op = operation{Method: "GET", Path: "/v1/customers/{customer}/sources/{id}"}
	assert.Equal(t, "Get retrieves the card id of customerID (GET /v1/customers/{customer}/sources/{id}).", serviceMethodDoc(m))
}
