package payske

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// itemList is a page of items as a caller's own list type would be.
type itemList struct {
	ListMeta
	Data []*item `json:"data"`
}

// itemQuery is a Query as code written against GetIter has it: one GET of
// /v1/items through b with the params and form it is given.
func itemQuery(b Backend) Query {
	return func(p *Params, v *form.Values) ([]interface{}, ListContainer, error) {
		list := &itemList{}
		err := b.Do(&Request{Method: http.MethodGet, Route: "/v1/items", Key: testKey, Params: p, Form: v}, list)
		ret := make([]interface{}, len(list.Data))
		for i, x := range list.Data {
			ret[i] = x
		}
		return ret, list, err
	}
}

func collectQuery(t *testing.T, it *QueryIter) []string {
	t.Helper()
	var ids []string
	for it.Next() {
		ids = append(ids, it.Current().(*item).ID)
	}
	return ids
}

// TestGetIterWalksAsIterDoes runs the same lists through Iter and through
// GetIter with a query of the same endpoint: both send the same page
// requests (cursors from the last object's ID, forward or backward, Single)
// and yield the same objects, and stop on the same errors.
func TestGetIterWalksAsIterDoes(t *testing.T) {
	boom := &Error{Type: ErrorTypeAPI, HTTPStatusCode: 500, Msg: "boom"}
	tests := []struct {
		name    string
		backend func() *listBackend
		params  func() *ListParams
		want    []string
		queries []string
		wantErr string
	}{
		{
			name:    "forward",
			backend: func() *listBackend { return &listBackend{n: 5} },
			params:  func() *ListParams { return &ListParams{Limit: Int64(2)} },
			want:    []string{"it_5", "it_4", "it_3", "it_2", "it_1"},
			queries: []string{"limit=2", "limit=2&starting_after=it_4", "limit=2&starting_after=it_2"},
		},
		{
			name:    "after the caller's cursor",
			backend: func() *listBackend { return &listBackend{n: 5} },
			params:  func() *ListParams { return &ListParams{StartingAfter: String("it_4"), Limit: Int64(2)} },
			want:    []string{"it_3", "it_2", "it_1"},
			queries: []string{"limit=2&starting_after=it_4", "limit=2&starting_after=it_2"},
		},
		{
			name:    "backward",
			backend: func() *listBackend { return &listBackend{n: 7} },
			params:  func() *ListParams { return &ListParams{EndingBefore: String("it_2"), Limit: Int64(2)} },
			want:    []string{"it_3", "it_4", "it_5", "it_6", "it_7"},
			queries: []string{"limit=2&ending_before=it_2", "limit=2&ending_before=it_4", "limit=2&ending_before=it_6"},
		},
		{
			name:    "single",
			backend: func() *listBackend { return &listBackend{n: 7} },
			params:  func() *ListParams { return &ListParams{Single: true, Limit: Int64(3)} },
			want:    []string{"it_7", "it_6", "it_5"},
			queries: []string{"limit=3"},
		},
		{
			name:    "error on the second page",
			backend: func() *listBackend { return &listBackend{n: 7, fail: map[int]error{2: boom}} },
			params:  func() *ListParams { return &ListParams{Limit: Int64(3)} },
			want:    []string{"it_7", "it_6", "it_5"},
			queries: []string{"limit=3", "limit=3&starting_after=it_5"},
			wantErr: "boom",
		},
		{
			name:    "a repeated page",
			backend: func() *listBackend { return &listBackend{n: 3, stuck: true} },
			params:  func() *ListParams { return nil },
			want:    []string{"it_3"},
			queries: []string{"", "starting_after=it_3"},
			wantErr: `repeated the page ending at "it_3"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.backend()
			it := NewIter(b, "/v1/items", nil, testKey, tt.params(), itemID)
			assert.Equal(t, tt.want, collect(t, it), "Iter")
			assert.Equal(t, tt.queries, b.queries, "Iter")

			qb := tt.backend()
			qit := GetIter(tt.params(), itemQuery(qb))
			assert.Equal(t, tt.want, collectQuery(t, qit), "QueryIter")
			assert.Equal(t, tt.queries, qb.queries, "QueryIter")
			if tt.wantErr == "" {
				assert.NoError(t, it.Err())
				assert.NoError(t, qit.Err())
			} else {
				assert.ErrorContains(t, it.Err(), tt.wantErr)
				assert.ErrorContains(t, qit.Err(), tt.wantErr)
			}
			assert.False(t, qit.Next(), "the iterator stays stopped")
			assert.Nil(t, qit.Current())
		})
	}
}

// TestGetIterListIsThePageOfCurrent: List and Meta are nil before the first
// Next, then the query's page Current came from, with every object of it.
func TestGetIterListIsThePageOfCurrent(t *testing.T) {
	b := &listBackend{n: 3}
	it := GetIter(&ListParams{Limit: Int64(2)}, itemQuery(b))
	assert.Nil(t, it.List())
	assert.Nil(t, it.Meta())
	assert.Empty(t, b.queries, "no page is read before Next")

	require.True(t, it.Next())
	first, ok := it.List().(*itemList)
	require.True(t, ok, "List is the query's own page")
	assert.Len(t, first.Data, 2)
	assert.Same(t, &first.ListMeta, it.Meta())
	assert.True(t, it.Meta().HasMore)
	require.True(t, it.Next())
	assert.Same(t, first, it.List(), "the same page until the next fetch")
	require.True(t, it.Next())
	assert.NotSame(t, first, it.List())
	assert.Equal(t, "it_1", it.List().(*itemList).Data[0].ID)
	assert.False(t, it.Next())
	require.NoError(t, it.Err())
}

// TestGetIterSendsTheListsOptions walks two pages through the HTTP backend:
// each call of the query gets the Params of the list's options (account,
// headers, context), which reach every page request.
func TestGetIterSendsTheListsOptions(t *testing.T) {
	rec, b, _ := newTestServer(t,
		jsonAnswer(200, `{"object":"list","url":"/v1/items","has_more":true,"data":[{"id":"it_2"}]}`),
		jsonAnswer(200, `{"object":"list","url":"/v1/items","has_more":false,"data":[{"id":"it_1"}]}`))
	type ctxKey struct{}
	ctx := context.WithValue(context.Background(), ctxKey{}, "v")
	params := &ListParams{Context: ctx, Limit: Int64(1), Headers: http.Header{"X-Custom": {"yes"}}}
	params.SetPayskeAccount("acct_123")

	var contexts []context.Context
	query := itemQuery(b)
	it := GetIter(params, func(p *Params, v *form.Values) ([]interface{}, ListContainer, error) {
		contexts = append(contexts, p.Context)
		return query(p, v)
	})
	ids := collectQuery(t, it)

	require.NoError(t, it.Err())
	assert.Equal(t, []string{"it_2", "it_1"}, ids)
	assert.Equal(t, []context.Context{ctx, ctx}, contexts)
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, "limit=1", reqs[0].Query)
	assert.Equal(t, "limit=1&starting_after=it_2", reqs[1].Query)
	for _, r := range reqs {
		assert.Equal(t, "acct_123", r.Header.Get("Payske-Account"))
		assert.Equal(t, "yes", r.Header.Get("X-Custom"))
	}
}

func TestGetIterHonoursTheContextBetweenPages(t *testing.T) {
	b := &listBackend{n: 7}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	it := GetIter(&ListParams{Context: ctx, Limit: Int64(3)}, itemQuery(b))
	var ids []string
	for it.Next() {
		ids = append(ids, it.Current().(*item).ID)
		cancel()
	}
	assert.Equal(t, []string{"it_7", "it_6", "it_5"}, ids)
	assert.ErrorIs(t, it.Err(), context.Canceled)
	assert.Len(t, b.queries, 1, "no page is requested once the context is done")
}

// TestGetIterStopsOnAQueryItCannotFollow: a query that fails, returns no
// page, returns a null object, or objects without an ID while more pages
// follow, ends the walk with an error.
func TestGetIterStopsOnAQueryItCannotFollow(t *testing.T) {
	type noID struct{ Name string }
	boom := errors.New("boom")
	tests := []struct {
		name    string
		query   Query
		want    int
		wantErr string
	}{
		{
			name: "query error",
			query: func(*Params, *form.Values) ([]interface{}, ListContainer, error) {
				return nil, &itemList{}, boom
			},
			wantErr: "boom",
		},
		{
			name: "no list",
			query: func(*Params, *form.Values) ([]interface{}, ListContainer, error) {
				return nil, nil, nil
			},
			wantErr: "payske: GetIter: the query returned neither a list nor an error",
		},
		{
			name: "typed nil list",
			query: func(*Params, *form.Values) ([]interface{}, ListContainer, error) {
				return nil, (*itemList)(nil), nil
			},
			wantErr: "payske: GetIter: the query returned neither a list nor an error",
		},
		{
			name: "null object",
			query: func(*Params, *form.Values) ([]interface{}, ListContainer, error) {
				return []interface{}{&item{ID: "a"}, (*item)(nil)}, &itemList{}, nil
			},
			wantErr: "payske: list answered a page holding null",
		},
		{
			name: "no ID to continue from",
			query: func(*Params, *form.Values) ([]interface{}, ListContainer, error) {
				return []interface{}{&noID{Name: "a"}}, &itemList{ListMeta: ListMeta{HasMore: true}}, nil
			},
			want:    1,
			wantErr: "payske: list has more pages, but its last object has no ID to continue from",
		},
		{
			name:    "nil query",
			wantErr: "payske: GetIter: query is nil",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := GetIter(nil, tt.query)
			n := 0
			for it.Next() {
				n++
			}
			assert.Equal(t, tt.want, n)
			assert.EqualError(t, it.Err(), tt.wantErr)
		})
	}
}
