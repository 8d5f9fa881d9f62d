package watches

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// newOutlet matches an article whose outlet no article that joined the
// event before it has. Outlets are compared as outlet records, as the
// story page counts them: an outlet's second name or section ("CNN -
// Editorial" after "CNN") is no new outlet.
func (b *batch) newOutlet(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	outlet := strings.TrimSpace(a.Outlet)
	if outlet == "" {
		return nil, nil
	}
	var ids []string
	for _, id := range info.members {
		if id == a.ID {
			break
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	keys, err := b.outletKeys(append(ids, a.ID))
	if err != nil {
		return nil, ignoreGone(err)
	}
	mine := keys[len(ids)]
	outlets := map[string]bool{}
	for _, k := range keys[:len(ids)] {
		outlets[k] = true
	}
	if outlets[mine] {
		return nil, nil
	}
	p := Payload{Title: fmt.Sprintf("%s joins “%s”", outlet, orUnknown(info.Title)),
		Summary: fmt.Sprintf("%s is outlet number %d to report this event (%s): %s", outlet, len(outlets)+1, when(a.Published), a.Title),
		Article: refOf(a), Event: eventRef(info), Outlet: outlet}
	m, err := matchOf(w, "new-outlet:"+info.ID+":"+mine, b.m.now(), p)
	return one(m, err)
}

// outletKeys returns for each article its outlet record's id ("o:" and
// the id), or, for an article of no record, its outlet name ("n:" and the
// name in lower case). The records are folded once a batch first.
func (b *batch) outletKeys(ids []string) ([]string, error) {
	if !b.folded {
		if _, err := b.m.Store.SyncOutlets(b.ctx); err != nil {
			return nil, err
		}
		b.folded = true
	}
	ms, err := b.m.Store.ArticleOutlets(b.ctx, ids)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		if i < len(ms) && ms[i].Outlet != "" {
			keys[i] = "o:" + ms[i].Outlet
			continue
		}
		a, err := b.article(id)
		if err != nil {
			return nil, err
		}
		keys[i] = "n:" + strings.ToLower(strings.TrimSpace(a.Outlet))
	}
	return keys, nil
}

// alteredQuotes matches the quotes of an article that an article that
// joined its event before it gives in altered words, of the speaker the
// watch names: each altered pair once, when its later article arrives.
func (b *batch) alteredQuotes(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	r, err := b.reportOf(info.ID)
	if err != nil || r == nil {
		return nil, err
	}
	var nm *nameMatcher
	if w.Spec.Entity != "" {
		x := newNameMatcher(b.naming(), w.Spec.Entity)
		nm = &x
	}
	var out []store.WatchMatch
	for _, g := range r.Quotes {
		if nm != nil && !nm.matches(g.Speaker) {
			continue
		}
		for _, d := range g.Diffs {
			if d.Kind != compare.QuoteAltered || (d.From != a.ID && d.To != a.ID) {
				continue
			}
			other := d.From
			if other == a.ID {
				other = d.To
			}
			if !info.before(other, a.ID) {
				continue
			}
			o, err := b.article(other)
			if err != nil {
				return nil, ignoreGone(err)
			}
			mine := d.ToText
			if d.From == a.ID {
				mine = d.FromText
			}
			speaker := g.Speaker
			if speaker == "" {
				speaker = "an unnamed speaker"
			}
			p := Payload{Title: fmt.Sprintf("Altered quote of %s in “%s”", speaker, orUnknown(info.Title)),
				Summary: fmt.Sprintf("%s: “%s” — %s: “%s”", orUnknown(a.Outlet), clipText(mine, 300), orUnknown(o.Outlet),
					clipText(otherText(d, a.ID), 300)),
				Article: refOf(a), Event: eventRef(info),
				Quote: &QuoteFinding{Speaker: g.Speaker, Kind: d.Kind, FromArticle: d.From, ToArticle: d.To,
					FromText: d.FromText, ToText: d.ToText, Inline: d.Inline}}
			m, err := matchOf(w, "altered-quote:"+info.ID+":"+a.ID+":"+matchID(0, mine), b.m.now(), p)
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
	}
	return dedupe(out), nil
}

func otherText(d compare.QuoteDiff, self string) string {
	if d.From == self {
		return d.ToText
	}
	return d.FromText
}

// disputedNumbers matches the numbers of an article that an article that
// joined its event before it gives differently.
func (b *batch) disputedNumbers(w store.Watch, info *storyInfo, a *article.Article) ([]store.WatchMatch, error) {
	r, err := b.reportOf(info.ID)
	if err != nil || r == nil {
		return nil, err
	}
	var out []store.WatchMatch
	for _, q := range r.Numbers {
		if !q.Discrepancy {
			continue
		}
		var mine *compare.NumberUse
		for i := range q.Values {
			if q.Values[i].Article == a.ID {
				mine = &q.Values[i]
				break
			}
		}
		if mine == nil {
			continue
		}
		differs := false
		for _, v := range q.Values {
			differs = differs || v.Article != a.ID && v.Value != mine.Value && info.before(v.Article, a.ID)
		}
		if !differs {
			continue
		}
		f := &NumberFinding{What: q.What, Kind: q.Kind, Unit: q.Unit}
		var said []string
		for _, v := range q.Values {
			o, err := b.article(v.Article)
			if err != nil {
				return nil, ignoreGone(err)
			}
			f.Values = append(f.Values, NumberValue{Article: v.Article, Outlet: o.Outlet, Text: v.Text, Value: v.Value, Sentence: v.Sentence})
			said = append(said, fmt.Sprintf("%s: %s", orUnknown(o.Outlet), v.Text))
		}
		what := q.What
		if what == "" {
			what = "a number"
		}
		p := Payload{Title: fmt.Sprintf("Disputed number in “%s”: %s", orUnknown(info.Title), what),
			Summary: strings.Join(said, "; "), Article: refOf(a), Event: eventRef(info), Number: f}
		m, err := matchOf(w, "disputed-number:"+info.ID+":"+a.ID+":"+strings.ToLower(q.What)+":"+q.Kind, b.m.now(), p)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return dedupe(out), nil
}

// dedupe keeps the first match of each key.
func dedupe(ms []store.WatchMatch) []store.WatchMatch {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		if !seen[m.Key] {
			seen[m.Key] = true
			out = append(out, m)
		}
	}
	return out
}

// copyKinds are the copy relations that are copying (a shared quote or a
// revision is not).
var copyKinds = map[string]bool{"duplicate": true, "near-duplicate": true, "derived": true}

// directionKnown reports whether the relation's basis tells which article
// came first (dedup.DirectionKnown): when it is a guess (same day, no
// credit or dateline), no outlet can be said to have copied without
// credit.
func directionKnown(l store.CopyLink) bool {
	var m struct {
		Basis string `json:"basis"`
	}
	if json.Unmarshal(l.Detail, &m) != nil {
		return false
	}
	return dedup.DirectionKnown(m.Basis)
}

// evaluateCopies returns the matches a copy check makes for a watch of
// uncredited copies: each relation it found whose copy passes the filters,
// comes from another outlet, whose direction is known (directionKnown)
// and does not name the source's outlet.
func (b *batch) evaluateCopies(w store.Watch, c store.CopyCheckRecord) ([]store.WatchMatch, error) {
	links := append([]store.CopyLink(nil), c.Links...)
	sort.SliceStable(links, func(i, j int) bool { return links[i].Share > links[j].Share })
	var out []store.WatchMatch
	for _, l := range links {
		if !copyKinds[l.Kind] {
			continue
		}
		cp, err := b.article(l.Copy)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		src, err := b.article(l.Source)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			return nil, err
		}
		if copies.SameOutlet(cp, src) || !directionKnown(l) {
			continue
		}
		storyID := ""
		if w.Spec.Event != "" {
			if storyID, err = b.m.Store.StoryOf(b.ctx, cp.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
		}
		ok, err := b.articlePasses(w.Spec, cp, storyID)
		if err != nil {
			return nil, err
		}
		if !ok || copies.Credits(cp, src) {
			continue
		}
		p := Payload{Title: fmt.Sprintf("%s copied %s without credit", orUnknown(cp.Outlet), orUnknown(src.Outlet)),
			Summary: fmt.Sprintf("%.0f%% of “%s” (%s, %s) comes from “%s” (%s, %s), which it does not name.",
				100*l.Share, cp.Title, orUnknown(cp.Outlet), when(cp.Published), src.Title, orUnknown(src.Outlet), when(src.Published)),
			Article: refOf(cp), Outlet: cp.Outlet,
			Copy: &CopyFinding{Source: refOf(src), Copy: refOf(cp), Kind: l.Kind, Share: l.Share}}
		m, err := matchOf(w, "uncredited-copy:"+l.Source+":"+l.Copy, b.m.now(), p)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}
