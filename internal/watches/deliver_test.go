package watches

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// clock is a test clock moved by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// receiver is a webhook endpoint on loopback that checks signatures and
// answers each delivery id with the statuses given, then 200.
type receiver struct {
	t       *testing.T
	secret  string
	answers []int
	mu      sync.Mutex
	got     map[string]int // delivery id -> requests
	bodies  map[string][]byte
	bad     int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || !Verify(rc.secret, body, r.Header.Get(SignatureHeader)) {
		rc.bad++
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	id := r.Header.Get(DeliveryHeader)
	n := rc.got[id]
	rc.got[id] = n + 1
	rc.bodies[id] = body
	if n < len(rc.answers) {
		w.WriteHeader(rc.answers[n])
		return
	}
	w.WriteHeader(http.StatusOK)
}

func newReceiver(t *testing.T, secret string, answers ...int) (*receiver, *httptest.Server) {
	rc := &receiver{t: t, secret: secret, answers: answers, got: map[string]int{}, bodies: map[string][]byte{}}
	ts := httptest.NewServer(rc)
	t.Cleanup(ts.Close)
	return rc, ts
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// watchWithMatches stores a watch with a webhook and n matches.
func watchWithMatches(t *testing.T, st *sqlite.Store, hook, secret string, n int) store.Watch {
	t.Helper()
	ctx := context.Background()
	w, err := st.AddWatch(ctx, store.Watch{Spec: store.WatchSpec{Kind: KindArticle, Query: "harbour"}, Webhook: hook, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	var ms []store.WatchMatch
	for i := range n {
		key := "article:" + string(rune('a'+i))
		m, err := matchOf(w, key, time.Now(), Payload{Title: "Harbour news " + key, Summary: "A fictional match."})
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	if _, err := st.SaveMatches(ctx, w.ID, ms, 0, 0); err != nil {
		t.Fatal(err)
	}
	return w
}

func guard(t *testing.T, allow ...string) *fetch.Guard {
	g, err := fetch.NewGuard(allow, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestDeliverRetriesThenDelivers: a receiver that answers 500 twice gets
// the same signed body three times, after the back-off each time, and the
// log holds the three attempts.
func TestDeliverRetriesThenDelivers(t *testing.T) {
	ctx := context.Background()
	const secret = "a-secret-for-the-test-receiver"
	rc, ts := newReceiver(t, secret, 500, 503)
	st := openStore(t)
	w := watchWithMatches(t, st, ts.URL+"/hook?token=x", secret, 2)
	c := &clock{t: time.Now()}
	d := &Deliverer{Store: st, Guard: guard(t, "127.0.0.1"), Backoff: time.Minute, Now: c.now}
	for round, want := range []int{2, 0, 2, 0, 2, 0} {
		n, err := d.RunOnce(ctx)
		if err != nil || n != want {
			t.Fatalf("round %d: RunOnce = %d, %v; want %d attempts", round, n, err, want)
		}
		if round%2 == 1 {
			c.add(time.Minute << (round / 2)) // the back-off doubles
		}
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.bad != 0 || len(rc.got) != 2 {
		t.Fatalf("receiver: %d bad requests, %d deliveries", rc.bad, len(rc.got))
	}
	for id, n := range rc.got {
		if n != 3 {
			t.Errorf("delivery %s: %d requests, want 3", id, n)
		}
		var p Payload
		if err := json.Unmarshal(rc.bodies[id], &p); err != nil || p.ID != id || p.Watch.ID != w.ID || p.Kind != KindArticle {
			t.Errorf("delivery %s: payload %+v, %v", id, p, err)
		}
	}
	counts, _ := st.DeliveryCounts(ctx, w.ID)
	if counts.Delivered != 2 || counts.Pending != 0 {
		t.Errorf("counts %+v, want 2 delivered", counts)
	}
	log, _ := st.DeliveryLog(ctx, w.ID, 0)
	outcomes := map[string]int{}
	for _, a := range log {
		outcomes[a.Outcome]++
	}
	if outcomes["retry"] != 4 || outcomes[store.DeliveryDelivered] != 2 {
		t.Errorf("log outcomes %v", outcomes)
	}
	if n, _ := d.RunOnce(ctx); n != 0 {
		t.Errorf("a delivered match was sent again (%d attempts)", n)
	}
}

// TestDeliverGivesUp: a refused address, a 410 and a redirect are given up
// at once; a receiver that keeps failing is given up after MaxAttempts.
func TestDeliverGivesUp(t *testing.T) {
	ctx := context.Background()
	const secret = "a-secret-for-the-test-receiver"
	for _, tc := range []struct {
		name    string
		allow   []string
		answers []int
		max     int
		want    string
	}{
		{"private address", nil, nil, 5, "not a public address"},
		{"gone", []string{"127.0.0.1"}, []int{410}, 5, "HTTP status 410"},
		{"redirect", []string{"127.0.0.1"}, []int{302}, 5, "redirect"},
		{"keeps failing", []string{"127.0.0.1"}, []int{500, 500, 500}, 2, "gave up after 2 attempts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ts := newReceiver(t, secret, tc.answers...)
			st := openStore(t)
			w := watchWithMatches(t, st, ts.URL+"/hook", secret, 1)
			c := &clock{t: time.Now()}
			d := &Deliverer{Store: st, Guard: guard(t, tc.allow...), Backoff: time.Second, MaxAttempts: tc.max, Now: c.now}
			for range tc.max {
				if _, err := d.RunOnce(ctx); err != nil {
					t.Fatal(err)
				}
				c.add(time.Hour)
			}
			counts, _ := st.DeliveryCounts(ctx, w.ID)
			log, _ := st.DeliveryLog(ctx, w.ID, 1)
			if counts.Failed != 1 || len(log) != 1 || !strings.Contains(log[0].Error, tc.want) {
				t.Errorf("counts %+v, last attempt %+v; want failed with %q", counts, log, tc.want)
			}
		})
	}
}

// TestRetryAfter: a 429 with Retry-After waits that long, not the
// back-off.
func TestRetryAfter(t *testing.T) {
	ctx := context.Background()
	const secret = "a-secret-for-the-test-receiver"
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer ts.Close()
	st := openStore(t)
	watchWithMatches(t, st, ts.URL, secret, 1)
	c := &clock{t: time.Now()}
	d := &Deliverer{Store: st, Guard: guard(t, "127.0.0.1"), Backoff: time.Second, Now: c.now}
	if n, _ := d.RunOnce(ctx); n != 1 {
		t.Fatalf("first attempt: %d", n)
	}
	next, _ := st.NextDelivery(ctx)
	if got := next.Sub(c.now()); got < 119*time.Second || got > 121*time.Second {
		t.Errorf("next attempt in %v, want 120s", got)
	}
}

// TestPing: a test delivery is signed, kind ping, and logged.
func TestPing(t *testing.T) {
	ctx := context.Background()
	const secret = "a-secret-for-the-test-receiver"
	rc, ts := newReceiver(t, secret)
	st := openStore(t)
	w := watchWithMatches(t, st, ts.URL, secret, 0)
	d := &Deliverer{Store: st, Guard: guard(t, "127.0.0.1")}
	if status, err := d.Ping(ctx, w); err != nil || status != 200 {
		t.Fatalf("Ping = %d, %v", status, err)
	}
	if rc.bad != 0 || len(rc.got) != 1 {
		t.Errorf("receiver: %d bad, %d deliveries", rc.bad, len(rc.got))
	}
	log, _ := st.DeliveryLog(ctx, w.ID, 0)
	if len(log) != 1 || log[0].Outcome != "ping" || log[0].Status != 200 {
		t.Errorf("log %+v", log)
	}
	d2 := &Deliverer{Store: st, Guard: guard(t)}
	if _, err := d2.Ping(ctx, w); err == nil || !strings.Contains(err.Error(), "not a public address") {
		t.Errorf("Ping to loopback without allow = %v", err)
	}
}
