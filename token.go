package payske

// The Token struct, TokenParams and the structs of its object parameters
// are generated into token_gen.go from the schema, and the token types
// into token_enums_gen.go. What the schema cannot say stays here: the
// check of the answer's object.

// answerObject implements objectChecker.
func (t *Token) answerObject() (string, objectKinds) { return t.Object, "token" }
