package payske

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	ID string `json:"id"`
}

func itemID(i *item) string { return i.ID }

// listBackend serves a list of n items (newest first: it_n ... it_1) with
// Payske's cursor semantics, recording the query of every page request.
type listBackend struct {
	mu      sync.Mutex
	n       int
	queries []string
	fail    map[int]error // page number (1-based) -> error to return
	stuck   bool          // answer every page with the same item
}

func (b *listBackend) Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error {
	return errors.New("not used")
}

func (b *listBackend) Do(req *Request, v LastResponseSetter) error {
	b.mu.Lock()
	b.queries = append(b.queries, req.Form.Encode())
	pageNo := len(b.queries)
	b.mu.Unlock()
	if err := b.fail[pageNo]; err != nil {
		return err
	}
	limit := 10
	if l := req.Form.Get("limit"); len(l) > 0 {
		_, _ = fmt.Sscan(l[0], &limit)
	}
	all := make([]string, b.n) // index 0 is the newest
	for i := range all {
		all[i] = fmt.Sprintf("it_%d", b.n-i)
	}
	var data []string
	hasMore := false
	switch {
	case b.stuck:
		data, hasMore = all[:1], true
	case len(req.Form.Get("ending_before")) > 0:
		end := indexOf(all, req.Form.Get("ending_before")[0])
		start := max(0, end-limit)
		data, hasMore = all[start:end], start > 0
	default:
		start := 0
		if sa := req.Form.Get("starting_after"); len(sa) > 0 {
			start = indexOf(all, sa[0]) + 1
		}
		end := min(len(all), start+limit)
		data, hasMore = all[start:end], end < len(all)
	}
	items := make([]map[string]string, len(data))
	for i, id := range data {
		items[i] = map[string]string{"id": id}
	}
	raw, _ := json.Marshal(map[string]any{"object": "list", "url": req.Route, "has_more": hasMore, "data": items})
	if err := json.Unmarshal(raw, v); err != nil {
		return err
	}
	v.SetLastResponse(&APIResponse{StatusCode: 200, RawJSON: raw})
	return nil
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func collect(t *testing.T, it *Iter[item]) []string {
	t.Helper()
	var ids []string
	for it.Next() {
		ids = append(ids, it.Current().ID)
	}
	return ids
}

func TestIterWalksForwardPageByPage(t *testing.T) {
	b := &listBackend{n: 7}
	p := &ListParams{}
	p.Filters.AddFilter("limit", "", "3")
	it := NewIter(b, "/v1/items", nil, testKey, p, itemID)
	assert.Nil(t, it.Meta(), "nothing is fetched before Next")

	ids := collect(t, it)
	require.NoError(t, it.Err())
	assert.Equal(t, []string{"it_7", "it_6", "it_5", "it_4", "it_3", "it_2", "it_1"}, ids)
	assert.Equal(t, []string{"limit=3", "limit=3&starting_after=it_5", "limit=3&starting_after=it_2"}, b.queries)
	require.NotNil(t, it.Meta())
	assert.False(t, it.Meta().HasMore)
	assert.Equal(t, "/v1/items", it.Meta().URL)
	assert.NotNil(t, it.Meta().LastResponse)
	assert.False(t, it.Next(), "Next stays false at the end")
	assert.Nil(t, it.Current())
}

func TestIterStartsAfterTheCallersCursor(t *testing.T) {
	b := &listBackend{n: 5}
	p := &ListParams{StartingAfter: String("it_4"), Limit: Int64(2)}
	ids := collect(t, NewIter(b, "/v1/items", nil, testKey, p, itemID))
	assert.Equal(t, []string{"it_3", "it_2", "it_1"}, ids)
	assert.Equal(t, []string{"limit=2&starting_after=it_4", "limit=2&starting_after=it_2"}, b.queries)
	assert.Equal(t, "it_4", *p.StartingAfter, "the caller's params are not modified")
}

func TestIterWalksBackwardWithEndingBefore(t *testing.T) {
	b := &listBackend{n: 7}
	p := &ListParams{EndingBefore: String("it_2"), Limit: Int64(2)}
	ids := collect(t, NewIter(b, "/v1/items", nil, testKey, p, itemID))
	assert.Equal(t, []string{"it_3", "it_4", "it_5", "it_6", "it_7"}, ids, "walking away from the cursor")
	assert.Equal(t, []string{"limit=2&ending_before=it_2", "limit=2&ending_before=it_4", "limit=2&ending_before=it_6"}, b.queries)
}

func TestIterSingleFetchesOnePage(t *testing.T) {
	b := &listBackend{n: 7}
	p := &ListParams{Single: true, Limit: Int64(3)}
	ids := collect(t, NewIter(b, "/v1/items", nil, testKey, p, itemID))
	assert.Equal(t, []string{"it_7", "it_6", "it_5"}, ids)
	assert.Len(t, b.queries, 1)
}

func TestIterStopsAtTheFirstError(t *testing.T) {
	boom := &Error{Type: ErrorTypeAPI, HTTPStatusCode: 500, Msg: "boom"}
	b := &listBackend{n: 7, fail: map[int]error{2: boom}}
	it := NewIter(b, "/v1/items", nil, testKey, &ListParams{Limit: Int64(3)}, itemID)
	ids := collect(t, it)
	assert.Equal(t, []string{"it_7", "it_6", "it_5"}, ids)
	assert.Same(t, boom, it.Err())
	assert.False(t, it.Next())
	assert.Len(t, b.queries, 2, "no page is fetched after an error")
}

func TestIterHonoursTheContextBetweenPages(t *testing.T) {
	b := &listBackend{n: 7}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := &ListParams{Context: ctx, Limit: Int64(3)}
	it := NewIter(b, "/v1/items", nil, testKey, p, itemID)
	var ids []string
	for it.Next() {
		ids = append(ids, it.Current().ID)
		cancel()
	}
	assert.Equal(t, []string{"it_7", "it_6", "it_5"}, ids)
	assert.ErrorIs(t, it.Err(), context.Canceled)
	assert.Len(t, b.queries, 1, "no page is requested once the context is done")
}

func TestIterStoppedByItsContextFailsAsACallDoes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := &listBackend{n: 3}
	it := NewIter(b, "/v1/items", nil, testKey, &ListParams{Context: ctx}, itemID)
	require.False(t, it.Next())
	require.Empty(t, b.queries)

	backend := GetBackendWithConfig(APIBackend, &BackendConfig{URL: String("http://127.0.0.1:1"), Logger: DiscardLogger})
	callErr := backend.Do(&Request{Method: http.MethodGet, Route: "/v1/items", Key: testKey, ListParams: &ListParams{Context: ctx}}, nil)
	require.Error(t, callErr)

	var listErr, want *Error
	require.ErrorAs(t, it.Err(), &listErr)
	require.ErrorAs(t, callErr, &want)
	assert.Equal(t, ErrorTypeAPIConnection, listErr.Type)
	assert.Equal(t, want.Error(), listErr.Error())
	var connErr *APIConnectionError
	require.ErrorAs(t, it.Err(), &connErr)
	assert.ErrorIs(t, it.Err(), context.Canceled)
}

func TestIterRefusesAPageThatDoesNotAdvance(t *testing.T) {
	b := &listBackend{n: 3, stuck: true}
	it := NewIter(b, "/v1/items", nil, testKey, nil, itemID)
	ids := collect(t, it)
	assert.Equal(t, []string{"it_3"}, ids, "the repeated page is not yielded again")
	assert.ErrorContains(t, it.Err(), `repeated the page ending at "it_3"`)
	assert.Len(t, b.queries, 2, "the repeat is caught without asking again")
	assert.False(t, it.Next())

	// A caller's cursor that the server echoes back is a repeat too.
	b = &listBackend{n: 3, stuck: true}
	it = NewIter(b, "/v1/items", nil, testKey, &ListParams{StartingAfter: String("it_3")}, itemID)
	assert.Empty(t, collect(t, it))
	assert.Error(t, it.Err())
}

// scriptedPages answers the n-th page request with pages[n], whatever its
// cursor, as a broken server might.
type scriptedPages struct {
	pages   []string // JSON list envelopes, in the order they are served
	queries []string
}

func (b *scriptedPages) Call(string, string, string, ParamsContainer, LastResponseSetter) error {
	return errors.New("not used")
}

func (b *scriptedPages) Do(req *Request, v LastResponseSetter) error {
	b.queries = append(b.queries, req.Form.Encode())
	if len(b.queries) > len(b.pages) {
		return fmt.Errorf("page %d was not scripted", len(b.queries))
	}
	return json.Unmarshal([]byte(b.pages[len(b.queries)-1]), v)
}

func listPage(hasMore bool, ids ...string) string {
	items := make([]map[string]string, len(ids))
	for i, id := range ids {
		items[i] = map[string]string{"id": id}
	}
	raw, _ := json.Marshal(map[string]any{"object": "list", "has_more": hasMore, "data": items})
	return string(raw)
}

// TestIterStopsOnPagesThatDoNotAdvance checks that a server whose pages go
// round in a cycle, or claim more behind an empty page, ends the walk with
// an error instead of looping forever or dropping the rest unseen.
func TestIterStopsOnPagesThatDoNotAdvance(t *testing.T) {
	tests := []struct {
		name    string
		pages   []string
		want    []string
		wantErr string
	}{
		{
			name:    "two pages in a cycle",
			pages:   []string{listPage(true, "a", "b"), listPage(true, "c", "d"), listPage(true, "a", "b")},
			want:    []string{"a", "b", "c", "d"},
			wantErr: `repeated the page ending at "b"`,
		},
		{
			name: "back to the caller's cursor",
			pages: []string{listPage(true, "c", "d"), listPage(true, "e", "f"),
				listPage(true, "x", "start")},
			want:    []string{"c", "d", "e", "f"},
			wantErr: `repeated the page ending at "start"`,
		},
		{
			name:    "empty page with has_more",
			pages:   []string{listPage(true, "a", "b"), listPage(true)},
			want:    []string{"a", "b"},
			wantErr: "empty page with has_more set",
		},
		{
			name:  "empty last page",
			pages: []string{listPage(true, "a", "b"), listPage(false)},
			want:  []string{"a", "b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &scriptedPages{pages: tt.pages}
			var p *ListParams
			if strings.Contains(tt.name, "cursor") {
				p = &ListParams{StartingAfter: String("start")}
			}
			it := NewIter(b, "/v1/items", nil, testKey, p, itemID)
			assert.Equal(t, tt.want, collect(t, it))
			if tt.wantErr == "" {
				require.NoError(t, it.Err())
			} else {
				require.ErrorContains(t, it.Err(), tt.wantErr)
			}
			assert.Len(t, b.queries, len(tt.pages), "no page is asked for after the verdict")
			assert.False(t, it.Next(), "the iterator stays stopped")
		})
	}
}

func TestIterStopsWhenAPageGivesNoCursor(t *testing.T) {
	b := &listBackend{n: 4}
	p := &ListParams{Limit: Int64(2)}
	noID := func(*item) string { return "" }
	it := NewIter(b, "/v1/items", nil, testKey, p, noID)
	assert.Equal(t, []string{"it_4", "it_3"}, collect(t, it))
	assert.ErrorContains(t, it.Err(), "no ID to continue from")
	assert.Len(t, b.queries, 1)
}

func TestIterAllRangesAndStopsEarly(t *testing.T) {
	b := &listBackend{n: 25}
	var ids []string
	for it, err := range NewIter(b, "/v1/items", nil, testKey, &ListParams{Limit: Int64(10)}, itemID).All() {
		require.NoError(t, err)
		ids = append(ids, it.ID)
		if len(ids) == 12 {
			break
		}
	}
	assert.Len(t, ids, 12)
	assert.Len(t, b.queries, 2, "breaking out fetches no further page")

	b = &listBackend{n: 25, fail: map[int]error{2: errors.New("down")}}
	var errs []error
	n := 0
	for it, err := range NewIter(b, "/v1/items", nil, testKey, &ListParams{Limit: Int64(10)}, itemID).All() {
		if err != nil {
			errs = append(errs, err)
			assert.Nil(t, it)
			continue
		}
		n++
	}
	assert.Equal(t, 10, n)
	require.Len(t, errs, 1)
	assert.EqualError(t, errs[0], "down")
}

func TestIterEmptyListAndNilParams(t *testing.T) {
	b := &listBackend{n: 0}
	var nilParams *ListParams
	it := NewIter(b, "/v1/items", nil, testKey, nilParams, itemID)
	assert.False(t, it.Next())
	assert.NoError(t, it.Err())
	assert.Equal(t, []string{""}, b.queries)
}

// TestIterHoldsOnePage checks that a page's items are released as the
// iterator moves on: only the current page is referenced.
func TestIterHoldsOnePage(t *testing.T) {
	b := &listBackend{n: 30}
	it := NewIter(b, "/v1/items", nil, testKey, &ListParams{Limit: Int64(10)}, itemID)
	for i := 0; it.Next(); i++ {
		assert.LessOrEqual(t, len(it.items), 9)
	}
	require.NoError(t, it.Err())
}

// TestEveryPageCarriesTheListsHeaders walks two pages through the HTTP
// backend: the account and custom headers of ListParams reach both page
// requests, with the key, and no POST-only header.
func TestEveryPageCarriesTheListsHeaders(t *testing.T) {
	rec, b, _ := newTestServer(t,
		jsonAnswer(200, `{"object":"list","url":"/v1/things","has_more":true,"data":[{"id":"it_2"}]}`),
		jsonAnswer(200, `{"object":"list","url":"/v1/things","has_more":false,"data":[{"id":"it_1"}]}`))
	params := &ListParams{Limit: Int64(1), Headers: http.Header{"X-Custom": {"yes"}}}
	params.SetPayskeAccount("acct_123")

	it := NewIter[item](b, "/v1/things", nil, testKey, params, itemID)
	var ids []string
	for it.Next() {
		ids = append(ids, it.Current().ID)
	}

	require.NoError(t, it.Err())
	assert.Equal(t, []string{"it_2", "it_1"}, ids)
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, "limit=1", reqs[0].Query)
	assert.Equal(t, "limit=1&starting_after=it_2", reqs[1].Query)
	for _, r := range reqs {
		assert.Equal(t, http.MethodGet, r.Method)
		assert.Equal(t, "Bearer "+testKey, r.Header.Get("Authorization"))
		assert.Equal(t, "acct_123", r.Header.Get("Payske-Account"))
		assert.Equal(t, "yes", r.Header.Get("X-Custom"))
		assert.Empty(t, r.Header.Get("Idempotency-Key"))
		assert.Empty(t, r.Header.Get("Content-Type"))
	}
}
