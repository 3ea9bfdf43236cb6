package paysketest

import (
	"slices"
	"strings"
)

// listPage answers a list request over items (oldest first): newest first,
// limit 1 to 100 (10 by default), starting_after or ending_before, the
// created range and the equality filters named in filters (parameter name
// to a function reading the compared value from an object).
func (c *call) listPage(url string, items []obj, filters map[string]func(obj) any) (obj, *apiError) {
	p := c.params
	limit := int64(10)
	if p.has("limit") {
		l, _ := p.int("limit")
		if l < 1 || l > 100 {
			return nil, invalidParam("limit", "Invalid limit: must be an integer between 1 and 100, got %d.", l)
		}
		limit = l
	}
	var kept []obj
	for i := len(items) - 1; i >= 0; i-- {
		if o := items[i]; c.matches(o, filters) {
			kept = append(kept, o)
		}
	}
	var page []obj
	hasMore := false
	after, hasAfter := p.str("starting_after")
	before, hasBefore := p.str("ending_before")
	switch {
	case hasAfter && hasBefore:
		return nil, invalidParam("ending_before", "You may only specify one of these parameters: starting_after, ending_before.")
	case hasAfter:
		i := indexOf(kept, after)
		if i < 0 {
			return nil, noSuch("object", after, "starting_after")
		}
		rest := kept[i+1:]
		page, hasMore = rest[:min(int64(len(rest)), limit)], int64(len(rest)) > limit
	case hasBefore:
		i := indexOf(kept, before)
		if i < 0 {
			return nil, noSuch("object", before, "ending_before")
		}
		rest := kept[:i]
		start := max(0, int64(len(rest))-limit)
		page, hasMore = rest[start:], start > 0
	default:
		page, hasMore = kept[:min(int64(len(kept)), limit)], int64(len(kept)) > limit
	}
	data := make([]any, len(page))
	for i, o := range page {
		data[i] = o
	}
	return c.respond(obj{"object": "list", "data": data, "has_more": hasMore, "url": url})
}

func indexOf(items []obj, id string) int {
	return slices.IndexFunc(items, func(o obj) bool { return o["id"] == id })
}

// matches applies the created range and the equality filters.
func (c *call) matches(o obj, filters map[string]func(obj) any) bool {
	p := c.params
	created, _ := o["created"].(int64)
	for op, ok := range map[string]func(int64, int64) bool{
		"gt": func(a, b int64) bool { return a > b }, "gte": func(a, b int64) bool { return a >= b },
		"lt": func(a, b int64) bool { return a < b }, "lte": func(a, b int64) bool { return a <= b },
	} {
		if bound, given := p.int("created", op); given && !ok(created, bound) {
			return false
		}
	}
	if exact, given := p.int("created"); given && created != exact {
		return false
	}
	for name, read := range filters {
		want, given := p.str(name)
		if !given {
			continue
		}
		got, _ := read(o).(string)
		if strings.HasSuffix(want, ".*") && name == "type" {
			if !strings.HasPrefix(got, strings.TrimSuffix(want, "*")) {
				return false
			}
			continue
		}
		if got != want {
			return false
		}
	}
	return true
}

// field reads a top-level field of an object, for an equality filter.
func field(name string) func(obj) any {
	return func(o obj) any { return o[name] }
}

// objectsOf returns the live objects of a type, oldest first.
func (st *state) objectsOf(typ string) []obj {
	ids := st.order[typ]
	out := make([]obj, 0, len(ids))
	for _, id := range ids {
		if o := st.objects[id]; o != nil {
			out = append(out, o)
		}
	}
	return out
}
