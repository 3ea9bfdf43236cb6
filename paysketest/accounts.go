package paysketest

import (
	"fmt"
	"net/http"
	"slices"
)

// AccountHeader is the request header that makes a request act on behalf
// of a connected account (what payske.Params.SetPayskeAccount sets).
const AccountHeader = "Payske-Account"

// WithAccounts creates connected accounts with the given IDs (such as
// "acct_1") from the start, for requests to name in the Payske-Account
// header. Each has its own customers, charges, refunds, tokens, sources,
// Checkout Sessions, events and idempotency keys, apart from the
// platform's and from each other's. Server.CreateAccount adds more later.
func WithAccounts(ids ...string) Option {
	return func(cfg *config) { cfg.host().accounts = append(cfg.host().accounts, ids...) }
}

// CreateAccount creates a connected account with a new ID (acct_...) and
// returns it. The account starts empty: it sees none of the platform's
// objects nor any other account's, and they see none of its.
func (s *Server) CreateAccount() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.ids.next("acct_", 16)
	s.addAccountLocked(id)
	return id
}

// addAccountLocked makes the state of connected account id, if it has none
// yet; s.mu is held (or the server is not shared yet).
func (s *Server) addAccountLocked(id string) {
	if id == "" || s.accounts[id] != nil {
		return
	}
	s.accounts[id] = newState(s.ids, id)
}

// hasAccount reports whether requests may act on behalf of account: the
// platform's (empty) always, a connected account once created.
func (s *Server) hasAccount(account string) bool {
	if account == "" {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accounts[account] != nil
}

// stateOf returns the state of account (the platform's when empty), or nil
// for an account that does not exist; s.mu is held.
func (s *Server) stateOf(account string) *state {
	if account == "" {
		return s.st
	}
	return s.accounts[account]
}

// allStates returns the platform's state and then each connected
// account's, in the order of their IDs; s.mu is held.
func (s *Server) allStates() []*state {
	ids := make([]string, 0, len(s.accounts))
	for id := range s.accounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := []*state{s.st}
	for _, id := range ids {
		out = append(out, s.accounts[id])
	}
	return out
}

// AddAccountPrice is AddPrice for the catalogue of connected account
// account, which Checkout Sessions created on its behalf name prices from.
// It fails for an account the server does not have.
func (s *Server) AddAccountPrice(account string, p Price) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stateOf(account)
	if st == nil {
		return fmt.Errorf("paysketest: no connected account %q: create it with WithAccounts or CreateAccount first", account)
	}
	st.addPrice(p, s.clock.Now().Unix())
	return nil
}

// accountError is the answer to a Payske-Account header naming an account
// the server does not have. The API reference answers a key that may not
// perform the request with 403 Forbidden; the body is the one payment APIs
// of this family give for an account the key cannot reach (type
// invalid_request_error, code account_invalid). The key is not echoed: it
// may be a live secret.
func accountError(account string) *apiError {
	return &apiError{status: http.StatusForbidden, Type: "invalid_request_error", Code: "account_invalid",
		Message: "The provided key does not have access to account '" + account +
			"' (or that account does not exist). Application access may have been revoked."}
}
