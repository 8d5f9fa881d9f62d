package watches

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/fetch"
	"github.com/parallax-news/parallax/internal/store"
)

// DeliveryStore is what a Deliverer reads and writes.
type DeliveryStore interface {
	ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]store.Delivery, error)
	FinishAttempt(ctx context.Context, a store.DeliveryAttempt, next time.Time) error
	ReleaseDeliveries(ctx context.Context, owner string) error
	LogAttempt(ctx context.Context, a store.DeliveryAttempt) error
	NextDelivery(ctx context.Context) (time.Time, error)
}

// Defaults of a Deliverer.
const (
	DefaultBackoff     = 30 * time.Second
	DefaultMaxAttempts = 12
	DefaultTimeout     = 15 * time.Second
	// maxWait is the longest wait between two attempts.
	maxWait = 6 * time.Hour
	// leaseMargin is how much longer than one attempt a claim lasts.
	leaseMargin = 5 * time.Second
	// claimBatch is how many deliveries one round takes.
	claimBatch = 32
	// parallelWatches is how many watches' webhooks are sent to at once;
	// one watch's deliveries go one at a time, in order.
	parallelWatches = 4
)

// Deliverer sends pending matches to their watches' webhooks: a JSON POST
// signed with HMAC-SHA256 (SignatureHeader), answered with a 2xx to count
// as delivered. Network errors, 408, 425, 429 and 5xx are tried again
// after Backoff, doubled for each attempt (Retry-After honoured), up to
// MaxAttempts; a refused address, a redirect or another 4xx is given up
// at once. Every attempt is logged in the store. A delivery is claimed
// for the length of one attempt, so that several processes never send
// one at once, and one whose process died is sent again once its claim
// lapses: delivery is at least once, and the X-Parallax-Delivery header
// lets a receiver drop the rare repeat.
type Deliverer struct {
	Store DeliveryStore
	// Guard vets every webhook URL and connection (see fetch.Guard).
	Guard *fetch.Guard
	// Backoff is the wait before the first retry; 0 means DefaultBackoff.
	Backoff time.Duration
	// MaxAttempts bounds the attempts at one match; 0 means
	// DefaultMaxAttempts.
	MaxAttempts int
	// Timeout bounds one attempt; 0 means DefaultTimeout.
	Timeout time.Duration
	// Now tells the time; nil means time.Now.
	Now func() time.Time
	// Report, when set, is told of every attempt (for the log).
	Report func(store.DeliveryAttempt, store.Delivery)
	// OnError, when set, is told when a round fails (the database is
	// busy, say); Run goes on after a pause.
	OnError func(error)

	once   sync.Once
	client *http.Client
	owner  string
	wake   chan struct{}
}

func (d *Deliverer) init() {
	d.once.Do(func() {
		if d.Backoff <= 0 {
			d.Backoff = DefaultBackoff
		}
		if d.MaxAttempts <= 0 {
			d.MaxAttempts = DefaultMaxAttempts
		}
		if d.Timeout <= 0 {
			d.Timeout = DefaultTimeout
		}
		if d.Now == nil {
			d.Now = time.Now
		}
		b := make([]byte, 8)
		rand.Read(b)
		d.owner = hex.EncodeToString(b)
		d.wake = make(chan struct{}, 1)
		d.client = newClient(d.Guard, d.Timeout)
	})
}

// newClient is an HTTP client that connects only where guard permits, uses
// no proxy (a proxy would connect for it, unchecked) and follows no
// redirect.
func newClient(guard *fetch.Guard, timeout time.Duration) *http.Client {
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           guard.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{Transport: tr, Timeout: timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// Wake asks Run to look for due deliveries now (new matches were saved).
func (d *Deliverer) Wake() {
	d.init()
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers due matches until ctx ends, sleeping until the next one is
// due or Wake is called. A failed round is told to OnError and tried
// again after a pause. On the way out it gives back what it claimed and
// did not finish.
func (d *Deliverer) Run(ctx context.Context) error {
	d.init()
	defer d.Store.ReleaseDeliveries(context.WithoutCancel(ctx), d.owner)
	for {
		wait := time.Minute
		if _, err := d.RunOnce(ctx); err != nil && ctx.Err() == nil {
			if d.OnError != nil {
				d.OnError(err)
			}
			wait = 5 * time.Second
		} else if next, err := d.Store.NextDelivery(ctx); err == nil && !next.IsZero() {
			wait = min(wait, max(next.Sub(d.Now()), 10*time.Millisecond))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// RunOnce sends every delivery due now (one attempt each) and returns how
// many attempts it made.
func (d *Deliverer) RunOnce(ctx context.Context) (int, error) {
	d.init()
	made := 0
	for ctx.Err() == nil {
		now := d.Now()
		ds, err := d.Store.ClaimDeliveries(ctx, d.owner, now, now.Add(d.Timeout+leaseMargin), claimBatch)
		if err != nil || len(ds) == 0 {
			return made, err
		}
		byWatch := map[int64][]store.Delivery{}
		var order []int64
		for _, x := range ds {
			if _, ok := byWatch[x.Match.Watch]; !ok {
				order = append(order, x.Match.Watch)
			}
			byWatch[x.Match.Watch] = append(byWatch[x.Match.Watch], x)
		}
		sem := make(chan struct{}, parallelWatches)
		var wg sync.WaitGroup
		var mu sync.Mutex
		var first error
		for _, w := range order {
			wg.Add(1)
			sem <- struct{}{}
			go func(list []store.Delivery) {
				defer wg.Done()
				defer func() { <-sem }()
				for _, x := range list {
					if ctx.Err() != nil {
						return
					}
					if err := d.attempt(ctx, x); err != nil {
						mu.Lock()
						first = cmpErr(first, err)
						mu.Unlock()
						return
					}
					mu.Lock()
					made++
					mu.Unlock()
				}
			}(byWatch[w])
		}
		wg.Wait()
		if first != nil {
			return made, first
		}
	}
	return made, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// attempt makes one attempt at a delivery and records it.
func (d *Deliverer) attempt(ctx context.Context, x store.Delivery) error {
	n := x.Attempts + 1
	start := d.Now()
	status, retryAfter, err := d.post(ctx, x.Webhook, x.Secret, x.Match.Kind, deliveryID(x.Match), n, x.Match.Payload)
	if ctx.Err() != nil {
		return nil // shutting down: Run releases the claim, nothing is logged
	}
	a := store.DeliveryAttempt{Watch: x.Match.Watch, Match: x.Match.ID, Attempt: n, At: start, Status: status,
		Duration: d.Now().Sub(start)}
	var next time.Time
	switch verdict := classify(status, err); {
	case verdict == delivered:
		a.Outcome = store.DeliveryDelivered
	case verdict == retry && n < d.MaxAttempts:
		a.Outcome = "retry"
		wait := d.Backoff << min(n-1, 20)
		if retryAfter > wait {
			wait = retryAfter
		}
		next = d.Now().Add(min(wait, maxWait))
		a.Error = describe(status, err) + "; next attempt at " + next.UTC().Format(time.RFC3339)
	default:
		a.Outcome = store.DeliveryFailed
		a.Error = describe(status, err)
		if verdict == retry {
			a.Error += fmt.Sprintf("; gave up after %d attempts", n)
		}
	}
	if err := d.Store.FinishAttempt(context.WithoutCancel(ctx), a, next); err != nil {
		return err
	}
	if d.Report != nil {
		d.Report(a, x)
	}
	return nil
}

// deliveryID is the id a delivery sends in DeliveryHeader: the payload's.
func deliveryID(m store.WatchMatch) string {
	var p struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(m.Payload, &p) == nil && p.ID != "" {
		return p.ID
	}
	return strconv.FormatInt(m.ID, 10)
}

type verdict int

const (
	delivered verdict = iota
	retry
	giveUp
)

func classify(status int, err error) verdict {
	switch {
	case err != nil:
		if errors.Is(err, fetch.ErrBlockedAddress) || errors.Is(err, fetch.ErrBadURL) {
			return giveUp
		}
		return retry
	case status >= 200 && status < 300:
		return delivered
	case status == http.StatusRequestTimeout || status == http.StatusTooEarly || status == http.StatusTooManyRequests || status >= 500:
		return retry
	}
	return giveUp
}

func describe(status int, err error) string {
	switch {
	case err != nil:
		return fetch.Reason(err)
	case status >= 300 && status < 400:
		return fmt.Sprintf("HTTP status %d: a redirect (webhooks are not redirected: give the final URL)", status)
	}
	return fmt.Sprintf("HTTP status %d", status)
}

// post sends one signed body to a webhook and returns the answer's status
// and Retry-After.
func (d *Deliverer) post(ctx context.Context, rawURL, secret, kind, id string, attempt int, body []byte) (int, time.Duration, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %v", fetch.ErrBadURL, err)
	}
	if err := d.Guard.Check(u); err != nil {
		return 0, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return 0, 0, err
	}
	h := req.Header
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", fetch.UserAgent)
	h.Set(SignatureHeader, Sign(secret, body))
	h.Set(DeliveryHeader, id)
	h.Set(KindHeader, kind)
	h.Set(AttemptHeader, strconv.Itoa(attempt))
	resp, err := d.client.Do(req)
	if err != nil {
		var be *fetch.BlockedError
		if errors.As(err, &be) {
			return 0, 0, be
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // it names the URL, which may hold a secret
		}
		return 0, 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return resp.StatusCode, retryAfter(resp.Header.Get("Retry-After"), d.Now()), nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Ping sends a test delivery to a watch's webhook, logs it and returns
// the answer's status (0 when there was none) and the error.
func (d *Deliverer) Ping(ctx context.Context, w store.Watch) (int, error) {
	d.init()
	if w.Webhook == "" {
		return 0, fmt.Errorf("watch %d has no webhook", w.ID)
	}
	p := PingPayload(w, d.Now())
	body, err := json.Marshal(p)
	if err != nil {
		return 0, err
	}
	start := d.Now()
	status, _, err := d.post(ctx, w.Webhook, w.Secret, "ping", p.ID, 1, body)
	a := store.DeliveryAttempt{Watch: w.ID, Attempt: 1, At: start, Status: status, Duration: d.Now().Sub(start), Outcome: "ping"}
	if err == nil && (status < 200 || status >= 300) {
		err = errors.New(describe(status, nil))
	}
	if err != nil {
		a.Error = fetch.Reason(err)
	}
	if lerr := d.Store.LogAttempt(context.WithoutCancel(ctx), a); lerr != nil {
		return status, lerr
	}
	return status, err
}
