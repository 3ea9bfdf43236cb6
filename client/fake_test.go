package client_test

// This file is what a user's test of their own code looks like: the code
// takes charge.API (or a client.API whose Charges field is swapped), and the
// test hands it a fake written by hand, lists included, with no HTTP at all.

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
)

// settle is the user's code under test: it captures every authorized,
// uncaptured charge of a customer and returns the amount captured.
func settle(charges charge.API, customerID string) (int64, error) {
	params := &payske.ChargeListParams{Customer: payske.String(customerID)}
	var total int64
	for c, err := range charges.List(params).All() {
		if err != nil {
			return total, fmt.Errorf("listing charges of %s: %w", customerID, err)
		}
		if c.Captured || c.Status != payske.ChargeStatusSucceeded {
			continue
		}
		captured, err := charges.Capture(c.ID, nil)
		if err != nil {
			return total, fmt.Errorf("capturing %s: %w", c.ID, err)
		}
		total += captured.AmountCaptured
	}
	return total, nil
}

// fakeCharges is a hand-written charge.API: List serves a fixed slice (and
// then listErr), Capture marks a charge captured unless captureErr names it.
type fakeCharges struct {
	t          *testing.T
	charges    []*payske.Charge
	listErr    error
	captureErr map[string]error

	listed   []string // the customer filter of each List call
	captured []string
}

var _ charge.API = (*fakeCharges)(nil)

func (f *fakeCharges) New(*payske.ChargeParams) (*payske.Charge, error) {
	f.t.Error("settle must not create charges")
	return nil, errors.New("unexpected New")
}

func (f *fakeCharges) Get(string, *payske.ChargeParams) (*payske.Charge, error) {
	f.t.Error("settle must not read single charges")
	return nil, errors.New("unexpected Get")
}

func (f *fakeCharges) Update(string, *payske.ChargeParams) (*payske.Charge, error) {
	f.t.Error("settle must not update charges")
	return nil, errors.New("unexpected Update")
}

func (f *fakeCharges) Capture(id string, _ *payske.ChargeCaptureParams) (*payske.Charge, error) {
	if err := f.captureErr[id]; err != nil {
		return nil, err
	}
	for _, c := range f.charges {
		if c.ID == id {
			f.captured = append(f.captured, id)
			done := *c
			done.Captured, done.AmountCaptured = true, c.Amount
			return &done, nil
		}
	}
	return nil, &payske.Error{Type: payske.ErrorTypeInvalidRequest, Msg: "No such charge: " + id}
}

func (f *fakeCharges) List(params *payske.ChargeListParams) *charge.Iter {
	f.listed = append(f.listed, *params.Customer)
	return &charge.Iter{Iter: payske.NewSliceIter(f.charges, f.listErr)}
}

func TestUserCodeWithAFakeChargeAPI(t *testing.T) {
	authorized := func(id string, amount int64) *payske.Charge {
		return &payske.Charge{ID: id, Amount: amount, Status: payske.ChargeStatusSucceeded}
	}
	done := &payske.Charge{ID: "ch_done", Amount: 700, AmountCaptured: 700, Captured: true, Status: payske.ChargeStatusSucceeded}
	failed := &payske.Charge{ID: "ch_failed", Amount: 900, Status: payske.ChargeStatusFailed}
	declined := &payske.Error{Type: payske.ErrorTypeCard, Msg: "Your card was declined."}
	pageLost := &payske.Error{Type: payske.ErrorTypeAPIConnection, Msg: "connection reset"}

	tests := []struct {
		name         string
		fake         fakeCharges
		wantTotal    int64
		wantCaptured []string
		wantErr      *payske.Error
	}{
		{
			name:         "captures only what waits",
			fake:         fakeCharges{charges: []*payske.Charge{authorized("ch_a", 1000), done, failed, authorized("ch_b", 250)}},
			wantTotal:    1250,
			wantCaptured: []string{"ch_a", "ch_b"},
		},
		{
			name: "empty list",
			fake: fakeCharges{},
		},
		{
			name:         "list fails after a page",
			fake:         fakeCharges{charges: []*payske.Charge{authorized("ch_a", 1000)}, listErr: pageLost},
			wantTotal:    1000,
			wantCaptured: []string{"ch_a"},
			wantErr:      pageLost,
		},
		{
			name:         "capture fails",
			fake:         fakeCharges{charges: []*payske.Charge{authorized("ch_a", 1000), authorized("ch_b", 250)}, captureErr: map[string]error{"ch_b": declined}},
			wantTotal:    1000,
			wantCaptured: []string{"ch_a"},
			wantErr:      declined,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := tt.fake
			fake.t = t

			total, err := settle(&fake, "cus_1")

			assert.Equal(t, tt.wantTotal, total)
			assert.Equal(t, tt.wantCaptured, fake.captured)
			assert.Equal(t, []string{"cus_1"}, fake.listed)
			if tt.wantErr == nil {
				require.NoError(t, err)
				return
			}
			var perr *payske.Error
			require.ErrorAs(t, err, &perr)
			assert.Same(t, tt.wantErr, perr)
		})
	}
}

// settleAll is user code that takes the whole client.API.
func settleAll(sc *client.API, customerIDs []string) (int64, error) {
	var total int64
	for _, id := range customerIDs {
		n, err := settle(sc.Charges, id)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func TestAFakeReplacesOneResourceOfAClientAPI(t *testing.T) {
	fake := &fakeCharges{t: t, charges: []*payske.Charge{{ID: "ch_a", Amount: 300, Status: payske.ChargeStatusSucceeded}}}
	sc := client.New(keyA, nil)
	sc.Charges = fake

	total, err := settleAll(sc, []string{"cus_1", "cus_2"})

	require.NoError(t, err)
	// The fake keeps its charges uncaptured, so each customer captures one.
	assert.Equal(t, int64(600), total)
	assert.Equal(t, []string{"cus_1", "cus_2"}, fake.listed)
	assert.Equal(t, []string{"ch_a", "ch_a"}, fake.captured)
}
