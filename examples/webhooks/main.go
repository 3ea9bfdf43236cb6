// Command webhooks runs a Payske webhook endpoint built on webhook.Handler
// and proves it end to end without Payske: it signs a charge.succeeded event
// the way Payske does (webhook.GenerateTestSignedPayload), POSTs it to
// itself over loopback HTTP, prints what the handler received, shows that a
// delivery signed with another secret is refused, then starts the embedded
// fake Payske server (paysketest) with this endpoint as its webhook, makes a
// charge through the SDK and prints the event the fake delivered, and exits.
//
// Usage:
//
//	go run ./examples/webhooks                          # self-test, then exit
//	go run ./examples/webhooks -listen 127.0.0.1:8080   # self-test, then keep serving until Ctrl-C
//
// The endpoint secret is read from PAYSKE_WEBHOOK_SECRET (a demo secret when
// unset); it is never printed.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/webhook"
)

const (
	endpointPath = "/webhooks/payske"
	demoSecret   = "whsec_demo_only_not_a_real_secret" //nolint:gosec // G101: a made-up secret the demo signs its own test delivery with
)

func main() {
	listen := flag.String("listen", "", "address to keep serving on after the self-test (default: a free loopback port, exit after the self-test)")
	flag.Parse()

	secret := os.Getenv("PAYSKE_WEBHOOK_SECRET")
	if secret == "" {
		secret = demoSecret
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, *listen, secret); err != nil {
		fmt.Fprintln(os.Stderr, "webhooks:", err)
		os.Exit(1)
	}
}

// run serves the endpoint, delivers the self-test events and, when listen is
// set, keeps serving until ctx ends. Everything is printed from this
// goroutine; the handler hands its reports over a channel.
func run(ctx context.Context, out io.Writer, listen, secret string) error {
	keepServing := listen != ""
	if !keepServing {
		listen = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	received := make(chan string, 16)
	mux := http.NewServeMux()
	mux.Handle(endpointPath, webhook.Handler(secret, func(ctx context.Context, ev payske.Event) error {
		report, err := describe(ev)
		if err != nil {
			return err
		}
		select {
		case received <- report:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, webhook.WithErrorHandler(func(r *http.Request, err error) {
		// Shown in the delivery's answer too; logged here as a real
		// endpoint would.
		fmt.Fprintln(os.Stderr, "webhooks: refused a delivery:", err)
	})))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	url := "http://" + ln.Addr().String() + endpointPath
	fmt.Fprintln(out, "endpoint:", url)
	err = selfTest(ctx, out, url, secret, received)
	if err == nil {
		err = deliveredByTheFake(ctx, out, url, secret, received)
	}
	if err == nil && keepServing {
		fmt.Fprintln(out, "serving until interrupted")
		err = printUntilDone(ctx, out, received)
	}

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if shutdownErr := srv.Shutdown(shutdownCtx); err == nil {
		err = shutdownErr
	}
	if serveErr := <-served; err == nil && !errors.Is(serveErr, http.ErrServerClosed) {
		err = serveErr
	}
	return err
}

// selfTest delivers a test event signed with the endpoint's secret, which
// must be handled, and the same event signed with another secret, which
// must be refused with 400.
func selfTest(ctx context.Context, out io.Writer, url, secret string, received <-chan string) error {
	payload := []byte(fmt.Sprintf(`{"id":"evt_1SelfTest","object":"event","api_version":%q,"created":%d,`+
		`"data":{"object":{"id":"ch_1SelfTest","object":"charge","amount":2000,"currency":"usd","paid":true,"status":"succeeded"}},`+
		`"livemode":false,"pending_webhooks":1,"type":"charge.succeeded"}`, payske.APIVersion, time.Now().Unix()))

	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: secret})
	status, body, err := deliver(ctx, url, signed)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "delivery signed with the endpoint secret: %s\n", status)
	if !strings.HasPrefix(status, "200") {
		return fmt.Errorf("the handler refused an authentic event: %s %s", status, body)
	}
	select {
	case report := <-received:
		fmt.Fprintln(out, "handler received:", report)
	case <-ctx.Done():
		return ctx.Err()
	}

	forged := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: secret + "_forged"})
	status, body, err = deliver(ctx, url, forged)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "delivery signed with another secret: %s: %s\n", status, body)
	if !strings.HasPrefix(status, "400") {
		return fmt.Errorf("the handler accepted a forged event: %s", status)
	}
	return nil
}

// deliveredByTheFake starts the in-process fake Payske server with url as
// its webhook endpoint, makes a charge through the SDK, and waits for the
// charge.succeeded event the fake signs and delivers.
func deliveredByTheFake(ctx context.Context, out io.Writer, url, secret string, received <-chan string) error {
	srv := paysketest.NewServer(paysketest.WithWebhook(url, secret))
	defer srv.Close()
	sc := srv.PayskeClient("")
	if _, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:   payske.Int64(1500),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	}); err != nil {
		return err
	}
	for _, d := range srv.WaitDeliveries() {
		if d.Err != nil {
			return fmt.Errorf("the fake could not deliver %s: %w", d.Type, d.Err)
		}
		fmt.Fprintf(out, "the fake delivered %s: %d\n", d.Type, d.StatusCode)
	}
	select {
	case report := <-received:
		fmt.Fprintln(out, "handler received from the fake:", report)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// printUntilDone prints the events the handler receives until ctx ends.
func printUntilDone(ctx context.Context, out io.Writer, received <-chan string) error {
	for {
		select {
		case report := <-received:
			fmt.Fprintln(out, "handler received:", report)
		case <-ctx.Done():
			return nil
		}
	}
}

// deliver POSTs a signed payload the way Payske does and returns the answer's
// status and body.
func deliver(ctx context.Context, url string, signed *webhook.SignedPayload) (status, body string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(signed.Payload))
	if err != nil {
		return "", "", err
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set(webhook.SignatureHeader, signed.Header)
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return "", "", err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<10))
	if err != nil {
		return "", "", err
	}
	return resp.Status, strings.TrimSpace(string(raw)), nil
}

// describe summarizes a verified event, decoding its object into the SDK's
// type when it is a charge.
func describe(ev payske.Event) (string, error) {
	if ev.Type != payske.EventTypeChargeSucceeded {
		return fmt.Sprintf("%s %s", ev.Type, ev.ID), nil
	}
	c, err := ev.Charge()
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %s: charge %s of %d %s, %s", ev.Type, ev.ID, c.ID, c.Amount, c.Currency, c.Status), nil
}
