package exampleenv

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSetupPicksTheBackendByKey(t *testing.T) {
	tests := []struct {
		name     string
		key      string
		wantFake bool
		wantErr  bool
		banner   string
	}{
		{name: "no key", key: "", wantFake: true, banner: "No PAYSKE_SECRET_KEY set: running against an in-process paysketest server.\n"},
		{name: "secret test key", key: "sk_test_abcdefghijklmnop", banner: "Using PAYSKE_SECRET_KEY: running against the Payske API in test mode.\n"},
		{name: "restricted test key", key: "rk_test_abcdefghijklmnop", banner: "Using PAYSKE_SECRET_KEY: running against the Payske API in test mode.\n"},
		{name: "live key", key: "sk_live_abcdefghijklmnop", wantErr: true},
		{name: "not a key", key: "hello", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			env, err := setup(tt.key, &out)
			if tt.wantErr {
				require.Error(t, err)
				assert.NotContains(t, err.Error(), tt.key, "the error shows the key")
				assert.Empty(t, out.String())
				return
			}
			require.NoError(t, err)
			defer env.close()
			assert.Equal(t, tt.banner, out.String())
			assert.Equal(t, tt.wantFake, env.server != nil)
			require.NotNil(t, env.Client)
		})
	}
}

func TestFakeEnvServesCalls(t *testing.T) {
	env, err := setup("", &strings.Builder{})
	require.NoError(t, err)
	defer env.close()

	ctx := context.Background()
	cus, err := env.Client.Customers.New(ctx, nil)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(cus.ID, "cus_"), cus.ID)

	// Another key reaches the same server, which refuses what is not a
	// test key.
	_, err = env.ClientWithKey("wrong").Customers.New(ctx, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "HTTP 401")
}
