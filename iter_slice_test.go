package payske_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
)

func TestNewSliceIter(t *testing.T) {
	a, b := &payske.Charge{ID: "ch_a"}, &payske.Charge{ID: "ch_b"}
	boom := errors.New("boom")
	tests := []struct {
		name    string
		items   []*payske.Charge
		err     error
		wantIDs []string
	}{
		{"empty", nil, nil, nil},
		{"items", []*payske.Charge{a, b}, nil, []string{"ch_a", "ch_b"}},
		{"error only", nil, boom, nil},
		{"items then error", []*payske.Charge{a, b}, boom, []string{"ch_a", "ch_b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/Next", func(t *testing.T) {
			it := payske.NewSliceIter(tt.items, tt.err)
			var ids []string
			for it.Next() {
				ids = append(ids, it.Current().ID)
			}
			assert.Equal(t, tt.wantIDs, ids)
			assert.Equal(t, tt.err, it.Err())
			assert.Nil(t, it.Current())
			assert.False(t, it.Next(), "an iterator at its end stays there")
			require.NotNil(t, it.Meta())
			assert.False(t, it.Meta().HasMore)
		})
		t.Run(tt.name+"/All", func(t *testing.T) {
			var ids []string
			var errs []error
			for c, err := range payske.NewSliceIter(tt.items, tt.err).All() {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				ids = append(ids, c.ID)
			}
			assert.Equal(t, tt.wantIDs, ids)
			if tt.err == nil {
				assert.Empty(t, errs)
			} else {
				assert.Equal(t, []error{tt.err}, errs)
			}
		})
	}
}

func TestNewSliceIterStopsWhenTheLoopBreaks(t *testing.T) {
	it := payske.NewSliceIter([]*payske.Refund{{ID: "re_1"}, {ID: "re_2"}}, nil)
	for r, err := range it.All() {
		require.NoError(t, err)
		assert.Equal(t, "re_1", r.ID)
		break
	}
	require.True(t, it.Next(), "the rest is still there after a break")
	assert.Equal(t, "re_2", it.Current().ID)
	assert.False(t, it.Next())
}
