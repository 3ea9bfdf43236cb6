package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/payske/payske-go"
)

// The floors: each exchange written by hand with net/http, url.Values and
// encoding/json, decoding into the SDK's own payske.Charge, as a careful
// developer would without the SDK. They send what the SDK sends (the same
// pairs, the same headers that matter) and check the status, so the ratio
// to them is the SDK's own overhead.

type floorClient struct {
	http *http.Client
	base string
}

func (f floorClient) do(method, path string, body url.Values, idempotencyKey string, v any) error {
	var reader io.Reader
	if body != nil {
		reader = strings.NewReader(body.Encode())
	}
	req, err := http.NewRequest(method, f.base+path, reader)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+benchKey)
	req.Header.Set("Payske-Version", payske.APIVersion)
	if body != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if idempotencyKey != "" {
		req.Header.Set("Idempotency-Key", idempotencyKey)
	}
	resp, err := f.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	return json.Unmarshal(raw, v)
}

// newCharge sends chargeParams' pairs, built as url.Values per call as the
// SDK builds its form per call.
func (f floorClient) newCharge() (*payske.Charge, error) {
	form := url.Values{}
	form.Set("amount", "2000")
	form.Set("currency", "usd")
	form.Set("customer", "cus_KbfOzdKQ3UK2Fe")
	form.Set("description", "Order #6735 for jenny.rosen@example.com")
	form.Set("capture", "false")
	form.Set("source", "tok_visa")
	form.Set("shipping[name]", "Jenny Rosen")
	form.Set("shipping[phone]", "+14155550100")
	form.Set("shipping[address][line1]", "1234 Main Street")
	form.Set("shipping[address][city]", "San Francisco")
	form.Set("shipping[address][postal_code]", "94111")
	form.Set("shipping[address][country]", "US")
	form.Set("receipt_email", "jenny.rosen@example.com")
	form.Set("statement_descriptor_suffix", "ORDER 6735")
	form.Set("metadata[order_id]", "6735")
	form.Set("metadata[customer_ref]", "cr_42")
	form.Set("metadata[channel]", "web")
	form.Set("expand[0]", "balance_transaction")
	c := &payske.Charge{}
	return c, f.do(http.MethodPost, "/v1/charges", form, "8a0f7c2e-4a7e-4f3f-9d54-3c3c1a2b0e11", c)
}

func (f floorClient) getCharge(id string) (*payske.Charge, error) {
	c := &payske.Charge{}
	return c, f.do(http.MethodGet, "/v1/charges/"+url.PathEscape(id), nil, "", c)
}

// eachCharge walks the list page by page, calling fn for every charge, and
// returns how many it saw.
func (f floorClient) eachCharge(fn func(*payske.Charge)) (int, error) {
	var page struct {
		Data    []*payske.Charge `json:"data"`
		HasMore bool             `json:"has_more"`
	}
	n, after := 0, ""
	for {
		q := url.Values{}
		q.Set("limit", strconv.Itoa(listPageSize))
		if after != "" {
			q.Set("starting_after", after)
		}
		page.Data = nil
		if err := f.do(http.MethodGet, "/v1/charges?"+q.Encode(), nil, "", &page); err != nil {
			return n, err
		}
		for _, c := range page.Data {
			fn(c)
		}
		n += len(page.Data)
		if !page.HasMore || len(page.Data) == 0 {
			return n, nil
		}
		after = page.Data[len(page.Data)-1].ID
	}
}
