package watches

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// View is a watch as `watches list --json` prints it and the API returns
// it. The webhook shows only its scheme and host (its path or query may
// hold a token) and the secret only when the watch was just made.
type View struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	Query       string `json:"query,omitempty"`
	Entity      string `json:"entity,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Lean        string `json:"lean,omitempty"`
	Event       string `json:"event,omitempty"`
	Description string `json:"description"`
	// Feed is the path of the watch's Atom feed on `parallax serve`.
	Feed    string    `json:"feed"`
	Webhook string    `json:"webhook,omitempty"`
	Created time.Time `json:"created"`
	// Deliveries counts the webhook deliveries by state; absent without
	// a webhook.
	Deliveries *Counts `json:"deliveries,omitempty"`
	// Secret is the webhook's signing key, shown once, when the watch is
	// made.
	Secret string `json:"secret,omitempty"`
}

// Counts are a watch's deliveries by state.
type Counts struct {
	Pending   int `json:"pending"`
	Delivered int `json:"delivered"`
	Failed    int `json:"failed"`
}

// FeedPath is the path of a watch's Atom feed on `parallax serve`.
func FeedPath(id int64) string { return "/watches/" + strconv.FormatInt(id, 10) + "/feed.atom" }

// ViewOf returns the view of a watch, with its delivery counts read from
// st when it has a webhook (st may be nil).
func ViewOf(ctx context.Context, st store.WatchStore, w store.Watch) (View, error) {
	v := View{ID: w.ID, Title: w.Title, Kind: w.Spec.Kind, Query: w.Spec.Query, Entity: w.Spec.Entity,
		Outlet: w.Spec.Outlet, Lean: w.Spec.Lean, Event: w.Spec.Event, Description: Describe(w.Spec),
		Feed: FeedPath(w.ID), Webhook: ShowWebhook(w.Webhook), Created: w.Created}
	if w.Webhook != "" && st != nil {
		c, err := st.DeliveryCounts(ctx, w.ID)
		if err != nil {
			return View{}, err
		}
		v.Deliveries = &Counts{Pending: c.Pending, Delivered: c.Delivered, Failed: c.Failed}
	}
	return v, nil
}

// MatchView is one match as `watches show --json` and the API give it:
// the webhook payload's fields, with the match's number in the watch.
type MatchView struct {
	Seq int64 `json:"seq"`
	Payload
}

// MatchViewOf reads a stored match.
func MatchViewOf(m store.WatchMatch) MatchView {
	v := MatchView{Seq: m.ID}
	if err := json.Unmarshal(m.Payload, &v.Payload); err != nil {
		v.Payload = Payload{Kind: m.Kind, Title: m.Title, Summary: m.Summary, Found: m.Found}
	}
	return v
}

// AttemptView is one entry of a delivery log.
type AttemptView struct {
	store.DeliveryAttempt
	DurationMS int64 `json:"duration_ms"`
}

// AttemptViews returns a delivery log as the API gives it.
func AttemptViews(as []store.DeliveryAttempt) []AttemptView {
	out := make([]AttemptView, len(as))
	for i, a := range as {
		out[i] = AttemptView{DeliveryAttempt: a, DurationMS: a.Duration.Milliseconds()}
	}
	return out
}
