package payske

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSettleTurnsEveryOutcomeIntoOneKindOfError: each way a call can end
// becomes an *Error of the right type, whose message says what happened and
// whose chain reaches the cause; a 2xx decodes into the target.
func TestSettleTurnsEveryOutcomeIntoOneKindOfError(t *testing.T) {
	answer := func(status int, body string) outcome {
		return outcome{attempts: 1, body: []byte(body), resp: &http.Response{
			StatusCode: status, Status: fmt.Sprint(status), Header: http.Header{"Request-Id": {"req_1"}}}}
	}
	refused := errors.New("quota exhausted")
	dropped := errors.New("connection reset")
	tooLarge := fmt.Errorf("%w: more than 10 bytes", errBodyTooLarge)
	cases := []struct {
		name      string
		out       outcome
		wantType  ErrorType
		wantMsg   string
		wantCause error
		wantCode  int
	}{
		{"context", outcome{attempts: 2, ctxErr: context.DeadlineExceeded}, ErrorTypeAPIConnection,
			"context done after 2 attempt(s): context deadline exceeded", context.DeadlineExceeded, 0},
		{"rate limiter", outcome{attempts: 0, refusal: refused}, ErrorTypeAPIConnection,
			"the rate limiter refused attempt 1: quota exhausted", refused, 0},
		{"oversized answer", outcome{attempts: 1, sendErr: tooLarge}, ErrorTypeAPIConnection,
			"refused an oversized answer: answer too large: more than 10 bytes", errBodyTooLarge, 0},
		{"network", outcome{attempts: 3, sendErr: dropped}, ErrorTypeAPIConnection,
			"could not reach Payske: connection reset", dropped, 0},
		{"error answer", answer(402, `{"error":{"type":"card_error","message":"declined"}}`), ErrorTypeCard,
			"declined", nil, 402},
		{"2xx of another kind", answer(200, `[]`), ErrorTypeAPI,
			"the 200 answer is a JSON array, expected a charge object", nil, 200},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := &Charge{}
			err := settle(tc.out, "", v)
			var perr *Error
			require.ErrorAs(t, err, &perr)
			assert.Equal(t, tc.wantType, perr.Type)
			assert.Equal(t, tc.wantMsg, perr.Msg)
			assert.Equal(t, tc.wantCode, perr.HTTPStatusCode)
			assert.NotNil(t, perr.Err, "the typed error is attached")
			if tc.wantCause != nil {
				assert.ErrorIs(t, err, tc.wantCause)
			}
			assert.Equal(t, &Charge{}, v, "the target is left empty")
		})
	}

	t.Run("success", func(t *testing.T) {
		v := &Charge{}
		require.NoError(t, settle(answer(200, `{"id":"ch_1","object":"charge"}`), "key_1", v))
		assert.Equal(t, "ch_1", v.ID)
		require.NotNil(t, v.LastResponse)
		assert.Equal(t, "req_1", v.LastResponse.RequestID)
		assert.Equal(t, "key_1", v.LastResponse.IdempotencyKey)
		assert.Equal(t, `{"id":"ch_1","object":"charge"}`, string(v.LastResponse.RawJSON))
	})
	t.Run("success without a target", func(t *testing.T) {
		assert.NoError(t, settle(answer(204, ``), "", nil))
	})
}
