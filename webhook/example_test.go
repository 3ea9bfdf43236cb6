package webhook_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/webhook"
)

const exampleEvent = `{"id":"evt_1Example","object":"event","type":"charge.succeeded",` +
	`"data":{"object":{"id":"ch_1Example","object":"charge","amount":2000,"currency":"usd","status":"succeeded"}}}`

// The endpoint's secret usually comes from the environment; NewHandler
// reports a missing one as an error instead of serving an endpoint that
// could verify nothing.
func ExampleNewHandler() {
	secret := "whsec_test_example" // in production: os.Getenv("PAYSKE_WEBHOOK_SECRET")
	h, err := webhook.NewHandler(secret, func(ctx context.Context, ev payske.Event) error {
		fmt.Println("handling", ev.Type, ev.ID)
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}

	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: []byte(exampleEvent), Secret: secret})
	req := httptest.NewRequest(http.MethodPost, "/webhooks/payske", bytes.NewReader(signed.Payload))
	req.Header.Set(webhook.SignatureHeader, signed.Header)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	fmt.Println(w.Code)

	secret = "" // what os.Getenv returns for a variable that is not set
	_, err = webhook.NewHandler(secret, func(context.Context, payske.Event) error { return nil })
	fmt.Println(errors.Is(err, webhook.ErrEmptySecret))
	fmt.Println(err)
	// Output:
	// handling charge.succeeded evt_1Example
	// 200
	// true
	// webhook: the endpoint secret is empty: pass the endpoint's signing secret as secret; when it is read with os.Getenv, the variable is unset or empty
}

func ExampleConstructEvent() {
	secret := "whsec_test_example"
	// In a real endpoint, body and header come from the request.
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: []byte(exampleEvent), Secret: secret})
	body, header := signed.Payload, signed.Header

	ev, err := webhook.ConstructEvent(body, header, secret)
	if err != nil {
		fmt.Println("rejected:", err)
		return
	}
	c, err := ev.Charge()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Type, c.ID, c.Amount, c.Currency)

	_, err = webhook.ConstructEvent(append(body, ' '), header, secret)
	fmt.Println(err != nil)
	// Output:
	// charge.succeeded ch_1Example 2000 usd
	// true
}

// Handler is NewHandler for a secret the program knows is set; it panics on
// an empty one.
func ExampleHandler() {
	h := webhook.Handler("whsec_test_example", func(ctx context.Context, ev payske.Event) error {
		fmt.Println("handling", ev.Type, ev.ID)
		return nil
	})

	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: []byte(exampleEvent), Secret: "whsec_test_example"})
	req := httptest.NewRequest(http.MethodPost, "/webhooks/payske", bytes.NewReader(signed.Payload))
	req.Header.Set(webhook.SignatureHeader, signed.Header)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	fmt.Println(w.Code)

	unsigned := httptest.NewRequest(http.MethodPost, "/webhooks/payske", bytes.NewReader(signed.Payload))
	w = httptest.NewRecorder()
	h.ServeHTTP(w, unsigned)
	fmt.Print(w.Code, " ", w.Body.String())
	// Output:
	// handling charge.succeeded evt_1Example
	// 200
	// 400 webhook: no Payske-Signature header
}

// An event rendered in another API version than the SDK's is refused,
// with an error that names both; IgnoreAPIVersionMismatch accepts it.
func ExampleConstructEventWithOptions() {
	secret := "whsec_test_example"
	body := []byte(`{"id":"evt_1Old","object":"event","api_version":"2017-08-15","type":"charge.succeeded",` +
		`"data":{"object":{"id":"ch_1Example","object":"charge","amount":2000,"currency":"usd","status":"succeeded"}}}`)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: body, Secret: secret})

	_, err := webhook.ConstructEvent(signed.Payload, signed.Header, secret)
	var mismatch *webhook.APIVersionMismatchError
	if errors.As(err, &mismatch) {
		fmt.Println("refused:", mismatch.EventAPIVersion, "is not", mismatch.SDKAPIVersion)
	}
	fmt.Println(errors.Is(err, webhook.ErrAPIVersionMismatch))

	ev, err := webhook.ConstructEventWithOptions(signed.Payload, signed.Header, secret, webhook.ConstructEventOptions{
		IgnoreAPIVersionMismatch: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("accepted:", ev.Type, ev.APIVersion)
	// Output:
	// refused: 2017-08-15 is not 2018-05-21
	// true
	// accepted: charge.succeeded 2017-08-15
}
