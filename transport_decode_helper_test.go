package payske

import "net/http"

// decodeSuccess handles one 2xx answer in the backend's two steps, for
// the fuzz targets and test doubles that start from an *http.Response: the
// body is read whole (a failure is readErr, which the backend retries like
// a dropped connection), then decoded into v (a failure is decodeErr, the
// *Error settle returns).
func decodeSuccess(resp *http.Response, idempotencyKey string, v LastResponseSetter, limit int64) (lr *APIResponse, decodeErr, readErr error) {
	raw, err := readAnswer(resp, limit)
	if err != nil {
		return nil, nil, err
	}
	lr = newAPIResponse(resp, raw, idempotencyKey)
	if err := decodeAnswer(lr, v); err != nil {
		return nil, answerError(lr, err), nil
	}
	return lr, nil, nil
}
