package payske

import "net/http"

// APIResponse describes the HTTP answer a resource was decoded from.
type APIResponse struct {
	// Header holds the response headers.
	Header http.Header

	// IdempotencyKey is the Idempotency-Key the request was sent with (empty
	// for requests that carry none).
	IdempotencyKey string

	// RawJSON is the body exactly as received.
	RawJSON []byte

	// RequestID is the Request-Id header Payske attaches to every answer;
	// quote it when asking Payske support about a call.
	RequestID string

	// Status is the status line, for example "200 OK".
	Status string

	// StatusCode is the HTTP status code.
	StatusCode int
}

// LastResponseSetter is implemented by everything the backend decodes a
// response into, so that the response's metadata travels with the result.
type LastResponseSetter interface {
	// SetLastResponse records the response the value was decoded from.
	SetLastResponse(response *APIResponse)
}

// APIResource is embedded in every resource type to carry the response it was
// decoded from.
type APIResource struct {
	// LastResponse is the HTTP answer this value was decoded from. It is nil
	// for values decoded by hand or nested inside another resource.
	LastResponse *APIResponse `json:"-"`
}

// SetLastResponse implements LastResponseSetter.
func (r *APIResource) SetLastResponse(response *APIResponse) { r.LastResponse = response }

// ListMeta is the envelope of a list page: whether more pages follow and the
// URL the list was read from.
type ListMeta struct {
	APIResource
	HasMore    bool   `json:"has_more"`
	Object     string `json:"object"`
	TotalCount *int64 `json:"total_count,omitempty"`
	URL        string `json:"url"`
}

// answerObject implements objectChecker.
func (l *ListMeta) answerObject() (string, objectKinds) { return l.Object, "list" }
