// Command payske-mock serves the paysketest fake Payske API on a port, for
// programs in other languages, for trying the API by hand, and as a local
// development server that sends events to a service's webhook endpoint:
//
//	go run ./cmd/payske-mock -addr 127.0.0.1:12111
//	curl -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: http://127.0.0.1:12111/v1/customers -d email=jenny@example.com
//
// Any sk_test_ key is accepted. To test a client's resilience, -fault-rate
// makes that share of requests fail (500s, 503s, connections dropped before
// or after the request is applied), reproducibly for a given -fault-seed:
//
//	go run ./cmd/payske-mock -fault-rate 0.2 -fault-seed 1
//
// -forward-to sends every event, signed, to a webhook endpoint, with the
// secret given by -webhook-secret or a new random one printed at start-up
// for the endpoint to verify signatures with; each delivery is logged.
// The trigger subcommand makes the running mock produce a named event
// through the API calls that cause it (run it with -h for the events):
//
//	go run ./cmd/payske-mock -forward-to http://localhost:8080/webhook
//	go run ./cmd/payske-mock trigger charge.succeeded
//
// -account creates a connected account (repeat it for several) that
// requests name in the Payske-Account header.
//
// It prints its base URL, serves until SIGINT or SIGTERM, then finishes the
// requests in flight and exits.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	"github.com/payske/payske-go/paysketest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the command with its arguments (without the program name): the
// trigger subcommand, or serving the mock until ctx ends. It returns the
// exit code: 0 on success, 2 for bad arguments, 1 for other failures.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "trigger" {
		return runTrigger(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("payske-mock", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:12111", "address to listen on")
	rate := fs.Float64("fault-rate", 0, "share of requests (0 to 1) that fail on purpose")
	seed := fs.Int64("fault-seed", 1, "seed of the sequence of failures")
	forwardTo := fs.String("forward-to", "", "URL of a webhook endpoint to send every event to, signed")
	secret := fs.String("webhook-secret", "", "secret to sign forwarded events with (default: a new random whsec_... printed at start-up)")
	var accounts []string
	fs.Func("account", "create a connected account with this ID (acct_...), for the Payske-Account header; repeatable",
		func(v string) error {
			if v == "" {
				return errors.New("an account ID must not be empty")
			}
			accounts = append(accounts, v)
			return nil
		})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: payske-mock [flags]\n       payske-mock trigger [flags] EVENT\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "payske-mock: unexpected argument %q (the only subcommand is trigger)\n", fs.Arg(0))
		return 2
	}
	if *rate < 0 || *rate > 1 {
		fmt.Fprintln(stderr, "payske-mock: -fault-rate must be between 0 and 1")
		return 2
	}
	out := &syncWriter{w: stdout}
	opts := []paysketest.Option{
		paysketest.WithFaults(paysketest.Faults{Rate: *rate, Seed: *seed}),
		paysketest.WithAccounts(accounts...),
	}
	var banner []string
	if *forwardTo != "" {
		if u, err := url.Parse(*forwardTo); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fmt.Fprintf(stderr, "payske-mock: -forward-to must be an http or https URL, not %q\n", *forwardTo)
			return 2
		}
		if *secret == "" {
			*secret = newWebhookSecret()
		}
		opts = append(opts, paysketest.WithWebhook(*forwardTo, *secret),
			paysketest.WithDeliveryObserver(func(d paysketest.Delivery) { logDelivery(out, *forwardTo, d) }))
		banner = append(banner, "Forwarding events to "+*forwardTo,
			"Your webhook signing secret is "+*secret)
	}
	if err := serve(ctx, *addr, out, banner, opts...); err != nil {
		fmt.Fprintln(stderr, "payske-mock:", err)
		return 1
	}
	return 0
}

// serve serves on addr until ctx ends, printing the base URL to out once it
// listens, then each line of banner; opts configure the fake server. The
// fake serves the connections itself (Server.Serve), so that the command
// routes, bounds requests and shuts down exactly as the fake does in tests.
func serve(ctx context.Context, addr string, out io.Writer, banner []string, opts ...paysketest.Option) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	var fake *paysketest.Server
	// The test helpers reach the fake through the variable: the middleware
	// is built before NewHandlerServer returns.
	opts = append(opts, paysketest.WithMiddleware(func(api http.Handler) http.Handler {
		return testHelpers(api, func() *paysketest.Server { return fake })
	}))
	fake = paysketest.NewHandlerServer(base, opts...)
	defer fake.Close()

	served := make(chan error, 1)
	go func() { served <- fake.Serve(ln) }()
	fmt.Fprintln(out, base)
	for _, line := range banner {
		fmt.Fprintln(out, line)
	}

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	// Close finishes the requests in flight and closes idle connections.
	fake.Close()
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newWebhookSecret returns a random signing secret shaped like Payske's.
func newWebhookSecret() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (it panics instead)
	return "whsec_" + hex.EncodeToString(b)
}

// logDelivery prints one delivery the way a provider's CLI does: the event
// sent, then the endpoint's answer or why it could not be reached.
func logDelivery(out io.Writer, endpoint string, d paysketest.Delivery) {
	on := ""
	if d.Account != "" {
		on = " on " + d.Account
	}
	answer := fmt.Sprintf("[%d]", d.StatusCode)
	if d.Err != nil {
		reason := d.Err
		var ue *url.Error // names the endpoint, which the line already does
		if errors.As(reason, &ue) {
			reason = ue.Err
		}
		answer = "[failed: " + strings.TrimSpace(reason.Error()) + "]"
	}
	fmt.Fprintf(out, "--> %s [%s]%s\n<-- %s POST %s [%s]\n", d.Type, d.EventID, on, answer, endpoint, d.EventID)
}

// syncWriter serializes writes: deliveries are logged from the fake's
// webhook goroutine.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
