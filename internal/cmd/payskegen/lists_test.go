package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTheListsConfigIsChecked checks that a list without a name ending in
// List, a doc, or exactly one of item and raw, and two lists of one name,
// stop the generator before it writes anything.
func TestTheListsConfigIsChecked(t *testing.T) {
	tests := []struct {
		name string
		list listConfig
		err  string
	}{
		{"name without List", listConfig{Name: "Charges", Item: "Charge", Doc: "d"}, `"Charges" is not an exported Go name ending in List`},
		{"unexported name", listConfig{Name: "chargeList", Item: "Charge", Doc: "d"}, `"chargeList" is not an exported Go name`},
		{"no doc", listConfig{Name: "ChargeList", Item: "Charge"}, "ChargeList needs a doc"},
		{"neither item nor raw", listConfig{Name: "ChargeList", Doc: "d"}, "ChargeList needs either an item type or raw"},
		{"both item and raw", listConfig{Name: "ChargeList", Item: "Charge", Raw: true, Doc: "d"}, "ChargeList needs either an item type or raw"},
		{"item not a Go name", listConfig{Name: "ChargeList", Item: "*Charge", Doc: "d"}, `item "*Charge" is not an exported Go name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.list
			err := resolveLists(&listsConfig{Types: []*listConfig{&l}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
	t.Run("two lists, one name", func(t *testing.T) {
		l := &listConfig{Name: "ChargeList", Item: "Charge", Doc: "d"}
		err := resolveLists(&listsConfig{Types: []*listConfig{l, l}})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "two lists are named ChargeList")
	})
}

// TestListPagesEmbedListMetaAndHoldData checks the written page types: a
// list of pointers to the item, or of raw JSON (which imports
// encoding/json, which a file of item lists only does not).
func TestListPagesEmbedListMetaAndHoldData(t *testing.T) {
	tests := []struct {
		name     string
		list     listConfig
		contains []string
		absent   []string
	}{
		{"items", listConfig{Name: "ChargeList", Item: "Charge", Doc: "ChargeList is a page of charges."},
			[]string{"// ChargeList is a page of charges.\ntype ChargeList struct {\n\tListMeta\n\tData []*Charge `json:\"data\"`\n}"},
			[]string{"encoding/json"}},
		{"raw", listConfig{Name: "TaxIDList", Raw: true, Doc: "TaxIDList is a page of tax IDs."},
			[]string{`import "encoding/json"`, "type TaxIDList struct {\n\tListMeta\n\tData []json.RawMessage `json:\"data\"`\n}"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			l := tt.list
			require.NoError(t, writeLists(root, &listsConfig{Types: []*listConfig{&l}}))
			got, err := os.ReadFile(filepath.Join(root, listsFile))
			require.NoError(t, err)
			for _, want := range tt.contains {
				assert.Contains(t, string(got), want)
			}
			for _, not := range tt.absent {
				assert.NotContains(t, string(got), not)
			}
		})
	}
}
