package reliability_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// tenant is one API key and the way its calls are made.
type tenant struct {
	name string
	key  string
	api  *client.API // nil: the package-level functions with payske.Key
}

func (tn tenant) newCharge(p *payske.ChargeParams) (*payske.Charge, error) {
	if tn.api == nil {
		return charge.New(p)
	}
	return tn.api.Charges.New(p)
}

func (tn tenant) getCharge(id string, p *payske.ChargeParams) (*payske.Charge, error) {
	if tn.api == nil {
		return charge.Get(id, p)
	}
	return tn.api.Charges.Get(id, p)
}

// keyGuard sits in front of paysketest and checks that every request went
// out under the key of the tenant that made it: the tenant names itself
// in an X-Tenant header, and a charge in its metadata, and both must match
// the tenant the Authorization key belongs to. It also checks that an
// idempotency key never travels under two API keys.
type keyGuard struct {
	next     http.Handler
	tenantOf map[string]string // API key -> tenant name

	mu        sync.Mutex
	idemOwner map[string]string
	wrong     []string // what went wrong, by tenant name (never a key)
}

func (g *keyGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	owner := g.tenantOf[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
	var problems []string
	if claimed := r.Header.Get("X-Tenant"); claimed != owner {
		problems = append(problems, fmt.Sprintf("%s %s from tenant %q under the key of %q", r.Method, r.URL.Path, claimed, owner))
	}
	if r.Method == http.MethodPost {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		form, _ := url.ParseQuery(string(body))
		if m := form.Get("metadata[tenant]"); m != "" && m != owner {
			problems = append(problems, fmt.Sprintf("charge of tenant %q under the key of %q", m, owner))
		}
	}
	if k := r.Header.Get("Idempotency-Key"); k != "" {
		g.mu.Lock()
		if prev, ok := g.idemOwner[k]; ok && prev != owner {
			problems = append(problems, fmt.Sprintf("idempotency key of %q reused under the key of %q", prev, owner))
		}
		g.idemOwner[k] = owner
		g.mu.Unlock()
	}
	if len(problems) > 0 {
		g.mu.Lock()
		g.wrong = append(g.wrong, problems...)
		g.mu.Unlock()
	}
	g.next.ServeHTTP(w, r)
}

// TestConcurrentTenantsUnderFaults has 200 goroutines make orders at once
// through four tenants: the package-level functions on the global backend,
// a client.API on the global backend, and two client.API sharing a backend
// of their own, each with its own key, while paysketest fails a fifth of
// the requests. Every call must succeed or fail with a clear error, every
// order must be charged exactly once, and no request may go out under
// another tenant's key.
func TestConcurrentTenantsUnderFaults(t *testing.T) {
	const goroutines, ordersEach = 200, 2
	faults := paysketest.Faults{Rate: 0.2, Seed: 99}

	ts := httptest.NewUnstartedServer(nil)
	ts.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv := paysketest.NewHandlerServer("http://"+ts.Listener.Addr().String(), paysketest.WithFaults(faults))
	tenants := []tenant{
		{name: "global", key: "sk_test_tenantglobal00000000000"},
		{name: "shared", key: "sk_test_tenantshared00000000000"},
		{name: "own-a", key: "sk_test_tenantowna0000000000000"},
		{name: "own-b", key: "sk_test_tenantownb0000000000000"},
	}
	guard := &keyGuard{next: srv, tenantOf: map[string]string{}, idemOwner: map[string]string{}}
	for _, tn := range tenants {
		guard.tenantOf[tn.key] = tn.name
	}
	ts.Config.Handler = guard
	ts.Start()
	t.Cleanup(ts.Close)

	alog := &attemptLog{}
	cfg := payske.BackendConfig{
		MaxNetworkRetries: payske.Int64(10),
		MinRetryDelay:     &tinyBackoff,
		Middleware:        []payske.Middleware{alog.middleware},
	}
	prevKey, prevBackend := payske.Key, payske.GetBackend(payske.APIBackend)
	payske.SetBackend(payske.APIBackend, srv.BackendsWithConfig(cfg).API)
	payske.Key = tenants[0].key
	t.Cleanup(func() {
		payske.Key = prevKey
		payske.SetBackend(payske.APIBackend, prevBackend)
	})
	own := srv.BackendsWithConfig(cfg)
	tenants[1].api = client.New(tenants[1].key, nil) // the global backend
	tenants[2].api = client.New(tenants[2].key, own)
	tenants[3].api = client.New(tenants[3].key, own)

	// Nothing may hang: every call carries a deadline far above the run.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	start := time.Now()
	var calls, failures atomic.Int64
	var mu sync.Mutex
	var unclear []string
	made := map[string]string{} // order -> charge ID
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tn := tenants[g%len(tenants)]
			header := http.Header{"X-Tenant": {tn.name}}
			for i := range ordersEach {
				order := fmt.Sprintf("g%03d-o%d", g, i)
				p := chargeParams(order)
				p.AddMetadata("tenant", tn.name)
				p.Context, p.Headers = ctx, header
				ch, err := tn.newCharge(p)
				calls.Add(1)
				if err == nil {
					gp := &payske.ChargeParams{}
					gp.Context, gp.Headers = ctx, header
					var got *payske.Charge
					got, err = tn.getCharge(ch.ID, gp)
					calls.Add(1)
					if err == nil && got.Metadata["order"] != order {
						err = fmt.Errorf("read back %s as order %q", ch.ID, got.Metadata["order"])
					}
				}
				mu.Lock()
				if err != nil {
					failures.Add(1)
					var perr *payske.Error
					if !errors.As(err, &perr) || perr.Type == "" || perr.Msg == "" {
						unclear = append(unclear, order+": "+err.Error())
					}
					t.Errorf("%s (%s): %v", order, tn.name, err)
				} else {
					made[order] = ch.ID
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	stats := srv.Stats()
	srv.SetFaults(paysketest.Faults{})

	// What the server holds, read without faults and with the shared
	// backend's own key: every key sees every charge in paysketest.
	held := map[string][]*payske.Charge{}
	lp := &payske.ChargeListParams{}
	lp.Limit = payske.Int64(100)
	lp.Headers = http.Header{"X-Tenant": {"own-a"}}
	for ch, err := range tenants[2].api.Charges.List(lp).All() {
		require.NoError(t, err)
		held[ch.Metadata["order"]] = append(held[ch.Metadata["order"]], ch)
	}
	duplicates, lost := 0, 0
	for order, id := range made {
		switch chs := held[order]; {
		case len(chs) == 0:
			lost++
		case len(chs) > 1:
			duplicates += len(chs) - 1
		default:
			assert.Equal(t, id, chs[0].ID, order)
		}
	}
	assert.Len(t, held, goroutines*ordersEach, "one charge per order, and no other")

	keys, broken := alog.callsByKey()
	assert.Zero(t, broken, "every attempt of a call carried the call's one idempotency key")
	assert.Len(t, keys, goroutines*ordersEach, "one idempotency key per charge")
	guard.mu.Lock()
	wrong := guard.wrong
	guard.mu.Unlock()
	assert.Empty(t, wrong, "requests under another tenant's key")
	assert.Empty(t, unclear, "errors that do not say what failed")
	injected := stats.Faults500 + stats.Faults503 + stats.DroppedBefore + stats.LostAfter
	assert.Positive(t, stats.LostAfter)
	t.Logf("concurrency: goroutines=%d tenants=%d calls=%d errors=%d faults injected=%d (500=%d 503=%d dropped-before=%d lost-after=%d) "+
		"attempts=%d server requests=%d replays=%d wrong key=%d duplicates=%d lost=%d elapsed=%s",
		goroutines, len(tenants), calls.Load(), failures.Load(), injected, stats.Faults500, stats.Faults503,
		stats.DroppedBefore, stats.LostAfter, len(alog.all()), stats.Requests, stats.Replays, len(wrong),
		duplicates, lost, elapsed.Round(time.Millisecond))
	assert.Zero(t, duplicates)
	assert.Zero(t, lost)
	assert.Empty(t, srv.Violations(), "the fake's ledger invariants")
}

// TestKeyGuardCatchesAWrongKey shows that the guard of the concurrency test
// would see a request under another tenant's key, so its silence there
// means something.
func TestKeyGuardCatchesAWrongKey(t *testing.T) {
	g := &keyGuard{next: http.NotFoundHandler(), tenantOf: map[string]string{"sk_test_a": "a", "sk_test_b": "b"},
		idemOwner: map[string]string{}}
	send := func(key, claimed, body, idem string) {
		r := httptest.NewRequest(http.MethodPost, "/v1/charges", strings.NewReader(body))
		r.Header.Set("Authorization", "Bearer "+key)
		r.Header.Set("X-Tenant", claimed)
		r.Header.Set("Idempotency-Key", idem)
		g.ServeHTTP(httptest.NewRecorder(), r)
	}
	send("sk_test_a", "a", "metadata[tenant]=a", "k1")
	require.Empty(t, g.wrong, "a request under its own key")
	send("sk_test_a", "b", "metadata[tenant]=b", "k2")
	send("sk_test_b", "b", "metadata[tenant]=b", "k1")
	assert.Equal(t, []string{
		`POST /v1/charges from tenant "b" under the key of "a"`,
		`charge of tenant "b" under the key of "a"`,
		`idempotency key of "a" reused under the key of "b"`,
	}, g.wrong)
}
