package fakeglobal_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/paysketest"
)

func TestStartPointsTheGlobalsAtTheServerAndStopRestoresThem(t *testing.T) {
	prevKey, prevBackend := payske.Key, payske.GetBackend(payske.APIBackend)

	srv, stop := fakeglobal.Start()
	assert.Equal(t, paysketest.TestKey, payske.Key)
	c, err := customer.New(&payske.CustomerParams{Email: payske.String("a@example.com")})
	require.NoError(t, err)
	assert.Equal(t, "a@example.com", c.Email)
	assert.Equal(t, int64(1), srv.Stats().Requests)

	stop()
	assert.Equal(t, prevKey, payske.Key)
	assert.True(t, prevBackend == payske.GetBackend(payske.APIBackend), "the previous backend is back")
}
