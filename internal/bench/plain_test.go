package bench

import (
	"testing"

	"github.com/payske/payske-go/internal/jsontest"
	"github.com/payske/payske-go/internal/mocktest"
)

// TestPlainTypesCoverTheFixtures: each floor type decodes its fixture with
// no unknown field and encodes every value back.
func TestPlainTypesCoverTheFixtures(t *testing.T) {
	for fixture, newPlain := range PlainDecoders {
		t.Run(fixture, func(t *testing.T) {
			jsontest.RoundTrip(t, mocktest.Fixture(t, fixture), newPlain())
		})
	}
}
