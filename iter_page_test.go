package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func pageIDs(p *Page[item]) []string {
	ids := make([]string, len(p.Data))
	for i, x := range p.Data {
		ids[i] = x.ID
	}
	return ids
}

// TestIterPageIsThePageOfCurrent walks three pages: Page is nil until the
// first Next, then holds every object of the page Current came from (not
// only those left), with Meta as its envelope; after the end it stays the
// last page read.
func TestIterPageIsThePageOfCurrent(t *testing.T) {
	b := &listBackend{n: 5}
	it := NewIter(b, "/v1/items", nil, testKey, &ListParams{Limit: Int64(2)}, itemID)
	assert.Nil(t, it.Page(), "no page before the first Next")

	want := map[string][]string{
		"it_5": {"it_5", "it_4"}, "it_4": {"it_5", "it_4"},
		"it_3": {"it_3", "it_2"}, "it_2": {"it_3", "it_2"},
		"it_1": {"it_1"},
	}
	n := 0
	for it.Next() {
		n++
		p := it.Page()
		require.NotNil(t, p)
		assert.Equal(t, want[it.Current().ID], pageIDs(p), "page of %s", it.Current().ID)
		assert.Same(t, it.Meta(), &p.ListMeta, "Meta is the page's envelope")
		assert.Same(t, p, it.Page(), "the same page until the next fetch")
		assert.NotNil(t, p.LastResponse)
	}
	require.NoError(t, it.Err())
	assert.Equal(t, 5, n)
	assert.Equal(t, []string{"it_1"}, pageIDs(it.Page()), "the last page stays after the end")
	assert.False(t, it.Page().HasMore)
}

// TestIterPageKeepsTheAnswersOrderWalkingBackward: walking backwards the
// objects come out away from the cursor, but the page is as the API sent
// it.
func TestIterPageKeepsTheAnswersOrderWalkingBackward(t *testing.T) {
	b := &listBackend{n: 5}
	it := NewIter(b, "/v1/items", nil, testKey, &ListParams{EndingBefore: String("it_1"), Limit: Int64(2)}, itemID)
	require.True(t, it.Next())
	assert.Equal(t, "it_2", it.Current().ID)
	assert.Equal(t, []string{"it_3", "it_2"}, pageIDs(it.Page()))
}

func TestSliceIterPageHoldsEveryItem(t *testing.T) {
	items := []*item{{ID: "a"}, {ID: "b"}}
	it := NewSliceIter(items, nil)
	require.NotNil(t, it.Page(), "a slice iterator's one page is known from the start")
	assert.Equal(t, []string{"a", "b"}, pageIDs(it.Page()))
	assert.Same(t, it.Meta(), &it.Page().ListMeta)
	for it.Next() {
		assert.Len(t, it.Page().Data, 2)
	}
}
