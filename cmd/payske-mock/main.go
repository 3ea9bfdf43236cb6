// Command payske-mock serves the paysketest fake Payske API on a port, for
// programs in other languages and for trying the API by hand:
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
// It prints its base URL, serves until SIGINT or SIGTERM, then finishes the
// requests in flight and exits.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/payske/payske-go/paysketest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:12111", "address to listen on")
	rate := flag.Float64("fault-rate", 0, "share of requests (0 to 1) that fail on purpose")
	seed := flag.Int64("fault-seed", 1, "seed of the sequence of failures")
	flag.Parse()
	if *rate < 0 || *rate > 1 {
		fmt.Fprintln(os.Stderr, "payske-mock: -fault-rate must be between 0 and 1")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, os.Stdout, paysketest.WithFaults(paysketest.Faults{Rate: *rate, Seed: *seed})); err != nil {
		fmt.Fprintln(os.Stderr, "payske-mock:", err)
		os.Exit(1)
	}
}

// run serves on addr until ctx ends, printing the base URL to out once it
// listens; opts configure the fake server. The fake serves the connections
// itself (Server.Serve), so that the command routes, bounds requests and
// shuts down exactly as the fake does in tests.
func run(ctx context.Context, addr string, out io.Writer, opts ...paysketest.Option) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String()
	fake := paysketest.NewHandlerServer(url, opts...)
	defer fake.Close()

	served := make(chan error, 1)
	go func() { served <- fake.Serve(ln) }()
	fmt.Fprintln(out, url)

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
