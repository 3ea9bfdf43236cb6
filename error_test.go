package payske_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
)

// assertSentence checks that an error message reads as the SDK's messages
// do, and shows nothing of Go's formatting of missing values.
func assertSentence(t *testing.T, msg string) {
	t.Helper()
	assert.True(t, strings.HasPrefix(msg, "payske: "), "%q starts with payske: ", msg)
	for _, junk := range []string{"<nil>", "%!", "{", "0x"} {
		assert.NotContains(t, msg, junk)
	}
}

// A test double builds typed errors as literals, and code that logs an error
// may meet a nil one: neither may panic.
func TestTypedErrorsBuiltByHandReadAsSentences(t *testing.T) {
	tests := []struct {
		name   string
		zero   error
		nilPtr error
		want   string
	}{
		{"Error", &payske.Error{}, (*payske.Error)(nil), "payske: error"},
		{"CardError", &payske.CardError{}, (*payske.CardError)(nil), "payske: card error"},
		{"InvalidRequestError", &payske.InvalidRequestError{}, (*payske.InvalidRequestError)(nil), "payske: invalid request error"},
		{"AuthenticationError", &payske.AuthenticationError{}, (*payske.AuthenticationError)(nil), "payske: authentication error"},
		{"PermissionError", &payske.PermissionError{}, (*payske.PermissionError)(nil), "payske: permission error"},
		{"RateLimitError", &payske.RateLimitError{}, (*payske.RateLimitError)(nil), "payske: rate limit error"},
		{"IdempotencyError", &payske.IdempotencyError{}, (*payske.IdempotencyError)(nil), "payske: idempotency error"},
		{"APIError", &payske.APIError{}, (*payske.APIError)(nil), "payske: api error"},
		{"APIConnectionError", &payske.APIConnectionError{}, (*payske.APIConnectionError)(nil), "payske: connection error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, err := range []error{tt.zero, tt.nilPtr} {
				require.NotPanics(t, func() { _ = err.Error() })
				assert.Equal(t, tt.want, err.Error())
				assertSentence(t, err.Error())
				require.NotPanics(t, func() { _ = errors.Unwrap(err) })
				assert.NoError(t, errors.Unwrap(err), "nothing to unwrap")
				require.NotPanics(t, func() { _ = fmt.Sprintf("%v %+v %s", err, err, err) })
				var perr *payske.Error
				require.NotPanics(t, func() { errors.As(err, &perr) })
				require.NotPanics(t, func() { errors.Is(err, context.Canceled) })
			}
		})
	}
}

// A literal carries what it knows into its message.
func TestTypedErrorLiteralsShowTheirFields(t *testing.T) {
	card := &payske.CardError{DeclineCode: payske.DeclineCodeInsufficientFunds}
	assert.Equal(t, "payske: card error [decline code insufficient_funds]", card.Error())

	conn := &payske.APIConnectionError{Err: context.DeadlineExceeded}
	assert.Equal(t, "payske: connection error: context deadline exceeded", conn.Error())
	assert.ErrorIs(t, conn, context.DeadlineExceeded)
}

// The constructors build what a call returns for an error answer: errors.As
// reaches both the *Error and the typed error, which read the same.
func TestErrorConstructorsWireTheTypedError(t *testing.T) {
	cause := errors.New("connection refused")
	tests := []struct {
		name       string
		err        *payske.Error
		target     any // a pointer to a nil pointer of the typed error
		wantType   payske.ErrorType
		wantStatus int
		wantCode   payske.ErrorCode
		wantText   string
	}{
		{
			name:       "card",
			err:        payske.NewCardError(payske.ErrorCodeCardDeclined, payske.DeclineCodeInsufficientFunds, "Your card has insufficient funds."),
			target:     new(*payske.CardError),
			wantType:   payske.ErrorTypeCard,
			wantStatus: 402,
			wantCode:   payske.ErrorCodeCardDeclined,
			wantText:   "payske: card error (HTTP 402): Your card has insufficient funds. [code card_declined, decline code insufficient_funds]",
		},
		{
			name:       "invalid request",
			err:        payske.NewInvalidRequestError(payske.ErrorCodeParameterMissing, "amount", "Missing required param: amount."),
			target:     new(*payske.InvalidRequestError),
			wantType:   payske.ErrorTypeInvalidRequest,
			wantStatus: 400,
			wantCode:   payske.ErrorCodeParameterMissing,
			wantText:   "payske: invalid request error (HTTP 400): Missing required param: amount. [code parameter_missing, param amount]",
		},
		{
			name:       "missing object",
			err:        payske.NewInvalidRequestError(payske.ErrorCodeResourceMissing, "id", "No such charge: 'ch_x'"),
			target:     new(*payske.InvalidRequestError),
			wantType:   payske.ErrorTypeInvalidRequest,
			wantStatus: 404,
			wantCode:   payske.ErrorCodeResourceMissing,
			wantText:   "payske: invalid request error (HTTP 404): No such charge: 'ch_x' [code resource_missing, param id]",
		},
		{
			name:       "authentication",
			err:        payske.NewAuthenticationError(payske.ErrorCodeAPIKeyExpired, "Expired API Key provided."),
			target:     new(*payske.AuthenticationError),
			wantType:   payske.ErrorTypeAuthentication,
			wantStatus: 401,
			wantCode:   payske.ErrorCodeAPIKeyExpired,
			wantText:   "payske: authentication error (HTTP 401): Expired API Key provided. [code api_key_expired]",
		},
		{
			name:       "permission",
			err:        payske.NewPermissionError("", "The provided key does not have access to charges."),
			target:     new(*payske.PermissionError),
			wantType:   payske.ErrorTypePermission,
			wantStatus: 403,
			wantText:   "payske: permission error (HTTP 403): The provided key does not have access to charges.",
		},
		{
			name:       "rate limit",
			err:        payske.NewRateLimitError(payske.ErrorCodeRateLimit, "Too many requests."),
			target:     new(*payske.RateLimitError),
			wantType:   payske.ErrorTypeRateLimit,
			wantStatus: 429,
			wantCode:   payske.ErrorCodeRateLimit,
			wantText:   "payske: rate limit error (HTTP 429): Too many requests. [code rate_limit]",
		},
		{
			name:       "idempotency",
			err:        payske.NewIdempotencyError("", "Keys for idempotent requests can only be used with the same parameters."),
			target:     new(*payske.IdempotencyError),
			wantType:   payske.ErrorTypeIdempotency,
			wantStatus: 400,
			wantText:   "payske: idempotency error (HTTP 400): Keys for idempotent requests can only be used with the same parameters.",
		},
		{
			name:       "api",
			err:        payske.NewAPIError("", "Something went wrong."),
			target:     new(*payske.APIError),
			wantType:   payske.ErrorTypeAPI,
			wantStatus: 500,
			wantText:   "payske: api error (HTTP 500): Something went wrong.",
		},
		{
			name:     "connection",
			err:      payske.NewAPIConnectionError("could not reach Payske: connection refused", cause),
			target:   new(*payske.APIConnectionError),
			wantType: payske.ErrorTypeAPIConnection,
			wantText: "payske: connection error: could not reach Payske: connection refused",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Wrapped as user code would, so that errors.As has to search.
			err := fmt.Errorf("charging: %w", tt.err)

			var perr *payske.Error
			require.ErrorAs(t, err, &perr)
			assert.Same(t, tt.err, perr)
			assert.Equal(t, tt.wantType, perr.Type)
			assert.Equal(t, tt.wantStatus, perr.HTTPStatusCode)
			assert.Equal(t, tt.wantCode, perr.Code)
			assert.Equal(t, tt.wantText, perr.Error())
			assertSentence(t, perr.Error())

			require.ErrorAs(t, err, tt.target)
			typed := reflect.ValueOf(tt.target).Elem().Interface().(error)
			assert.Same(t, perr.Err, typed, "the typed error is the *Error's Err")
			assert.Equal(t, tt.wantText, typed.Error(), "the typed error reads as the *Error that holds it")

			// Fields a double sets afterwards show through the typed error.
			perr.Msg = "changed by the test double"
			assert.Contains(t, typed.Error(), ": changed by the test double")
		})
	}
}

func TestNewCardErrorCarriesTheDeclineCode(t *testing.T) {
	err := payske.NewCardError(payske.ErrorCodeCardDeclined, payske.DeclineCodeStolenCard, "Your card was declined.")
	var cardErr *payske.CardError
	require.ErrorAs(t, err, &cardErr)
	assert.Equal(t, payske.DeclineCodeStolenCard, cardErr.DeclineCode)
	assert.Equal(t, payske.DeclineCodeStolenCard, err.DeclineCode)
	assert.Equal(t, "Your card was declined.", err.Msg)
}

func TestNewAPIConnectionErrorWrapsTheCause(t *testing.T) {
	err := payske.NewAPIConnectionError("context done after 1 attempt(s): context deadline exceeded", context.DeadlineExceeded)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var connErr *payske.APIConnectionError
	require.ErrorAs(t, err, &connErr)
	assert.Equal(t, context.DeadlineExceeded, connErr.Err)
}
