package payske

// The Token struct, TokenParams and the structs of its object parameters
// are generated into token_gen.go from the schema. What the schema cannot
// say stays here: the check of the answer's object and the token types,
// which the schema leaves a plain string.

// answerObject implements objectChecker.
func (t *Token) answerObject() (string, objectKinds) { return t.Object, "token" }

// TokenType is what a token stands for.
type TokenType string

// The token types.
const (
	TokenTypeAccount     TokenType = "account"
	TokenTypeBankAccount TokenType = "bank_account"
	TokenTypeCard        TokenType = "card"
	TokenTypeCVCUpdate   TokenType = "cvc_update"
	TokenTypePerson      TokenType = "person"
	TokenTypePII         TokenType = "pii"
)
