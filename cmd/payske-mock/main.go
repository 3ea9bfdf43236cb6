// Command payske-mock serves the paysketest fake Payske API on a port, for
// programs in other languages and for trying the API by hand:
//
//	go run ./cmd/payske-mock -addr 127.0.0.1:12111
//	curl -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: http://127.0.0.1:12111/v1/customers -d email=jenny@example.com
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
	"time"

	"github.com/payske/payske-go/paysketest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:12111", "address to listen on")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "payske-mock:", err)
		os.Exit(1)
	}
}

// run serves on addr until ctx ends, printing the base URL to out once it
// listens.
func run(ctx context.Context, addr string, out io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String()
	fake := paysketest.NewHandlerServer(url)
	defer fake.Close()
	srv := &http.Server{Handler: fake.Handler(), ReadHeaderTimeout: 10 * time.Second}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintln(out, url)

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
