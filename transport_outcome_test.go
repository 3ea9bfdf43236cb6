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

// TestErrorLastResponseIsTheAnswerItWasReadFrom: an *Error built from an
// answer carries that answer, as a decoded value does; one built without
// an answer carries none.
func TestErrorLastResponseIsTheAnswerItWasReadFrom(t *testing.T) {
	answer := func(status int, body string) outcome {
		return outcome{attempts: 1, body: []byte(body), resp: &http.Response{
			StatusCode: status, Status: fmt.Sprintf("%d Status", status),
			Header: http.Header{"Request-Id": {"req_9"}, "Payske-Version": {"2024-06-20"}}}}
	}
	cases := []struct {
		name     string
		out      outcome
		wantResp bool
	}{
		{"card error", answer(402, `{"error":{"type":"card_error","code":"card_declined","message":"declined"}}`), true},
		{"not a Payske error", answer(502, `<html>bad gateway</html>`), true},
		{"2xx of another kind", answer(200, `[]`), true},
		{"network failure", outcome{attempts: 1, sendErr: errors.New("connection reset")}, false},
		{"context done", outcome{attempts: 1, ctxErr: context.Canceled}, false},
		{"rate limiter", outcome{refusal: errors.New("quota exhausted")}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := settle(tc.out, "idem_1", &Charge{})
			var perr *Error
			require.ErrorAs(t, err, &perr)
			if !tc.wantResp {
				assert.Nil(t, perr.LastResponse)
				return
			}
			require.NotNil(t, perr.LastResponse)
			assert.Equal(t, &APIResponse{
				Header:         tc.out.resp.Header,
				IdempotencyKey: "idem_1",
				RawJSON:        tc.out.body,
				RequestID:      "req_9",
				Status:         tc.out.resp.Status,
				StatusCode:     tc.out.resp.StatusCode,
			}, perr.LastResponse)
		})
	}
}
