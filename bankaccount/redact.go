package bankaccount

import (
	"fmt"

	"github.com/payske/payske-go/internal/redact"
)

// Format implements fmt.Formatter: every verb prints String, so that no
// verb (%d included, which String alone does not cover) prints the key.
func (c Client) Format(f fmt.State, verb rune) { redact.Format(f, verb, c.String()) }
