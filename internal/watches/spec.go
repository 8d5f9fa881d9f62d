// Package watches keeps saved searches over what arrives: new articles
// and events that match words, names, outlets or an event, and the
// findings people follow (an altered quote, a disputed number, a new
// outlet on an event, a copy without credit). It matches what arrives
// against every watch exactly once (durable cursors and match keys in the
// store), serves each watch's matches as an Atom feed, and delivers them
// to webhooks signed with HMAC-SHA256, with retries and a log.
package watches

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// Kinds of watch: what one match is.
const (
	// KindArticle: a new article that passes the filters.
	KindArticle = "article"
	// KindEvent: an event, once, when an article that passes the filters
	// starts or joins it.
	KindEvent = "event"
	// KindNewOutlet: an outlet that had not reported an event reports it.
	KindNewOutlet = "new-outlet"
	// KindAlteredQuote: a new article quotes someone in words that differ
	// from another outlet's quote of the same statement.
	KindAlteredQuote = "altered-quote"
	// KindDisputedNumber: a new article gives a number for something that
	// another outlet of its event gives differently.
	KindDisputedNumber = "disputed-number"
	// KindUncreditedCopy: an article copied from another outlet's article
	// without naming that outlet, on a relation whose direction is known
	// (dedup.DirectionKnown).
	KindUncreditedCopy = "uncredited-copy"
)

// Kinds lists the kinds of watch, in the order help shows them.
var Kinds = []string{KindArticle, KindEvent, KindNewOutlet, KindAlteredQuote, KindDisputedNumber, KindUncreditedCopy}

// ErrBadSpec marks a watch definition that cannot be used.
var ErrBadSpec = errors.New("bad watch")

// maxField bounds each text field of a watch.
const maxField = 512

// Check normalises a watch's spec (trimmed fields, the default kind) and
// refuses one that cannot match: an unknown kind, a field too long, a
// query with nothing to search for, a lean that is not a list of sides, a
// kind that needs a filter it lacks. Errors wrap ErrBadSpec and say which
// field and why. (A store where no outlet has a lean rating refuses a
// watch with a lean when it is added: store.ErrNoLean.)
func Check(sp store.WatchSpec) (store.WatchSpec, error) {
	sp.Kind = strings.ToLower(strings.TrimSpace(sp.Kind))
	if sp.Kind == "" {
		sp.Kind = KindArticle
	}
	sp.Query, sp.Entity = strings.TrimSpace(sp.Query), strings.TrimSpace(sp.Entity)
	sp.Outlet, sp.Lean, sp.Event = strings.TrimSpace(sp.Outlet), strings.TrimSpace(sp.Lean), strings.TrimSpace(sp.Event)
	known := false
	for _, k := range Kinds {
		known = known || k == sp.Kind
	}
	if !known {
		return sp, fmt.Errorf("%w: kind %q: want one of %s", ErrBadSpec, sp.Kind, strings.Join(Kinds, ", "))
	}
	for _, f := range []struct{ name, val string }{{"query", sp.Query}, {"entity", sp.Entity}, {"outlet", sp.Outlet}, {"lean", sp.Lean}, {"event", sp.Event}} {
		if len(f.val) > maxField {
			return sp, fmt.Errorf("%w: %s: at most %d bytes, not %d", ErrBadSpec, f.name, maxField, len(f.val))
		}
		if !utf8.ValidString(f.val) || strings.ContainsFunc(f.val, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return sp, fmt.Errorf("%w: %s: control characters or invalid UTF-8", ErrBadSpec, f.name)
		}
	}
	if sp.Query != "" && store.ParseQuery(sp.Query).Empty() {
		return sp, fmt.Errorf("%w: query %q has no words to search for", ErrBadSpec, sp.Query)
	}
	if sp.Entity != "" && len(words(sp.Entity)) == 0 {
		return sp, fmt.Errorf("%w: entity %q has no words", ErrBadSpec, sp.Entity)
	}
	if sp.Lean != "" {
		sides, err := outlets.ParseSides(sp.Lean)
		if err != nil || len(sides) == 0 {
			return sp, fmt.Errorf("%w: lean %q: want sides (left, center, right), comma-separated", ErrBadSpec, sp.Lean)
		}
		sides = slices.Compact(slices.Sorted(slices.Values(sides)))
		names := make([]string, len(sides))
		for i, s := range sides {
			names[i] = string(s)
		}
		sp.Lean = strings.Join(names, ",")
	}
	if sp.Kind == KindArticle || sp.Kind == KindEvent {
		if sp.Query == "" && sp.Entity == "" && sp.Outlet == "" && sp.Event == "" && sp.Lean == "" {
			return sp, fmt.Errorf("%w: a watch of kind %s needs a filter (query, entity, outlet, lean or event), or it matches every article", ErrBadSpec, sp.Kind)
		}
	}
	if sp.Kind == KindEvent && sp.Event != "" {
		return sp, fmt.Errorf("%w: a watch of kind event looks for new events; to follow one event use kind article or new-outlet with event", ErrBadSpec)
	}
	return sp, nil
}

// Describe says in words what a watch looks for.
func Describe(sp store.WatchSpec) string {
	var what string
	switch sp.Kind {
	case KindArticle:
		what = "new articles"
	case KindEvent:
		what = "new events"
	case KindNewOutlet:
		what = "an outlet joining an event"
	case KindAlteredQuote:
		what = "an altered quote"
		if sp.Entity != "" {
			what += " of " + sp.Entity
		}
	case KindDisputedNumber:
		what = "a disputed number"
	case KindUncreditedCopy:
		what = "a copy without credit"
		if sp.Outlet != "" {
			what += " by " + sp.Outlet
		}
	default:
		what = sp.Kind
	}
	var parts []string
	if sp.Event != "" {
		parts = append(parts, "in event "+sp.Event)
	}
	if sp.Query != "" {
		parts = append(parts, "about "+quote(sp.Query))
	}
	if sp.Entity != "" && sp.Kind != KindAlteredQuote {
		parts = append(parts, "naming "+sp.Entity)
	}
	if sp.Outlet != "" && sp.Kind != KindUncreditedCopy {
		parts = append(parts, "from "+sp.Outlet)
	}
	if sp.Lean != "" {
		parts = append(parts, "from outlets on the "+strings.ReplaceAll(sp.Lean, ",", " or ")+" side")
	}
	if len(parts) == 0 {
		return what
	}
	return what + " " + strings.Join(parts, ", ")
}

func quote(s string) string {
	if strings.HasPrefix(s, `"`) {
		return s
	}
	return "“" + s + "”"
}
