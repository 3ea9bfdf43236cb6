package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The wire values are the schema's, letter for letter: a typo would be
// rejected by the API only at run time.
func TestTokenParamEnumsAreTheSchemaValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{string(TokenAccountBusinessTypeCompany), "company"},
		{string(TokenAccountBusinessTypeGovernmentEntity), "government_entity"},
		{string(TokenAccountBusinessTypeIndividual), "individual"},
		{string(TokenAccountBusinessTypeNonProfit), "non_profit"},
		{string(TokenPersonPoliticalExposureExisting), "existing"},
		{string(TokenPersonPoliticalExposureNone), "none"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.got)
	}
}
