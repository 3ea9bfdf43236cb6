package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The wire values are the schema's, letter for letter: a typo would be
// rejected by the API only at run time.
func TestCustomerParamEnumsAreTheSchemaValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{string(CustomerTaxValidateLocationAuto), "auto"},
		{string(CustomerTaxValidateLocationDeferred), "deferred"},
		{string(CustomerTaxValidateLocationImmediately), "immediately"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.got)
	}
}
