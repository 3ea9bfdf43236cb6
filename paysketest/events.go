package paysketest

import "slices"

// retrieveEvent is GET /v1/events/{id}.
var retrieveEvent = retrieve("event", "id")

// listEvents is GET /v1/events: type (with a trailing ".*" wildcard),
// types and created filter the list.
func listEvents(c *call) (obj, *apiError) {
	events := c.st.objectsOf("event")
	if types := c.params.strings("types"); len(types) > 0 {
		events = slices.DeleteFunc(slices.Clone(events), func(e obj) bool { return !slices.Contains(types, e["type"].(string)) })
	}
	return c.listPage("/v1/events", events, map[string]func(obj) any{
		"type": field("type"),
		"delivery_success": func(e obj) any {
			if e["pending_webhooks"] == int64(0) {
				return "true"
			}
			return "false"
		},
	})
}
