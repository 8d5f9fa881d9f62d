package outlet

import (
	"sort"
	"sync"
	"time"
)

// Rating kinds.
const (
	KindLean       = "lean"
	KindFactuality = "factuality"
)

// Provenances: where a rating came from. A user's own word beats an
// imported file, which beats what the articles' input said.
const (
	FromUser   = "user"   // parallax outlets set, or the API
	FromImport = "import" // parallax outlets import FILE
	FromInput  = "input"  // fields of the articles' input (JSON Lines bias, outlet_lean …)
)

var provenanceRank = map[string]int{FromUser: 3, FromImport: 2, FromInput: 1}

// Outlet kinds.
const (
	KindNews    = "news"
	KindOpinion = "opinion"
	KindWire    = "wire"
	KindBlog    = "blog"
)

// Kinds lists the outlet kinds a record may have.
var Kinds = []string{KindNews, KindOpinion, KindWire, KindBlog}

// Rating is one rating of an outlet (or of one of its sections): a lean
// or a factuality, with who gave it, when, and how Parallax got it.
type Rating struct {
	Kind string `json:"kind"`
	// Section is the section rated ("Opinion"); "" rates the outlet.
	Section string `json:"section,omitempty"`
	Label   string `json:"label"`
	// Value is a lean's place from -1 (left) to +1 (right).
	Value *float64 `json:"value,omitempty"`
	// Raw is the rating as its source wrote it, when that differs.
	Raw string `json:"raw,omitempty"`
	// Source names who made the rating; for input ratings, the input
	// field it came from.
	Source string `json:"source"`
	// Date is when the rating was made (or, for input ratings, first
	// seen), as given: YYYY-MM-DD or RFC 3339.
	Date       string `json:"date,omitempty"`
	Provenance string `json:"provenance"`
	// Articles counts the articles whose input carried an input rating.
	Articles int `json:"articles,omitempty"`
}

// Side is the side of a lean rating (Unrated for other kinds).
func (r Rating) Side() Side {
	if r.Kind != KindLean {
		return Unrated
	}
	return SideOf(r.Label)
}

// better reports whether a should be used rather than b: the stronger
// provenance, then the later date, then the one more articles carried,
// then the source's name (so that the choice never depends on order).
func better(a, b Rating) bool {
	if pa, pb := provenanceRank[a.Provenance], provenanceRank[b.Provenance]; pa != pb {
		return pa > pb
	}
	if a.Provenance == FromInput && a.Articles != b.Articles {
		return a.Articles > b.Articles // what most of the input says
	}
	if da, db := dateKey(a.Date), dateKey(b.Date); !da.Equal(db) {
		return da.After(db)
	}
	if a.Articles != b.Articles {
		return a.Articles > b.Articles
	}
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	return a.Label < b.Label
}

func dateKey(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Section is one section of an outlet as its articles show it, with the
// rating that applies to it.
type Section struct {
	Name     string  `json:"name"`
	Articles int     `json:"articles"`
	Lean     *Rating `json:"lean,omitempty"`
}

// Outlet is an outlet's record.
type Outlet struct {
	// ID is stable: a slug of the name when the outlet was first seen
	// ("new-york-times").
	ID   string `json:"id"`
	Name string `json:"name"`
	// Aliases are the other names its articles give it.
	Aliases []string `json:"aliases"`
	// Domains are the web addresses that are its own (see DomainKey).
	Domains  []string `json:"domains"`
	Kind     string   `json:"kind,omitempty"`
	Country  string   `json:"country,omitempty"`
	Language string   `json:"language,omitempty"`
	Owner    string   `json:"owner,omitempty"`
	// Ratings are every rating known, the one in use for each kind and
	// section first.
	Ratings []Rating `json:"ratings"`
	// Lean and Factuality are the ratings in use for the whole outlet:
	// the best rating of the outlet, else its sections' when they all
	// agree; nil when there is none or the sections disagree.
	Lean       *Rating `json:"lean,omitempty"`
	Factuality *Rating `json:"factuality,omitempty"`
	// Side is the side of Lean (unrated without one).
	Side Side `json:"side"`
	// Sections are the sections its articles name, with their leans.
	Sections []Section `json:"sections,omitempty"`
	// Origin is "user" for a record the user made or changed (import,
	// set, merge: its names and domains are kept as they are) and "auto"
	// for one Parallax folded from the articles.
	Origin   string `json:"origin"`
	Articles int    `json:"articles"`
}

// Origins of an outlet record.
const (
	OriginAuto = "auto"
	OriginUser = "user"
)

// Best returns the rating of a kind in use for one section of an outlet:
// the best rating of that section, else of the whole outlet, else the
// sections' best ratings when they all agree on the label.
func Best(ratings []Rating, kind, section string) (Rating, bool) {
	bySection := map[string]Rating{}
	for _, r := range ratings {
		if r.Kind != kind {
			continue
		}
		if cur, ok := bySection[r.Section]; !ok || better(r, cur) {
			bySection[r.Section] = r
		}
	}
	if r, ok := bySection[section]; ok {
		return r, true
	}
	if r, ok := bySection[""]; ok {
		return r, true
	}
	var agreed Rating
	n := 0
	names := make([]string, 0, len(bySection))
	for s := range bySection {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		r := bySection[s]
		if n > 0 && r.Label != agreed.Label {
			return Rating{}, false
		}
		if n == 0 || better(r, agreed) {
			agreed = r
		}
		n++
	}
	if n == 0 {
		return Rating{}, false
	}
	agreed.Section = ""
	return agreed, true
}

// Summarize fills the outlet's Lean, Factuality, Side and its sections'
// leans from its ratings, and orders the ratings: those in use first.
func (o *Outlet) Summarize() {
	o.Lean, o.Factuality, o.Side = nil, nil, Unrated
	if r, ok := Best(o.Ratings, KindLean, ""); ok {
		o.Lean, o.Side = &r, r.Side()
	}
	if r, ok := Best(o.Ratings, KindFactuality, ""); ok {
		o.Factuality = &r
	}
	for i := range o.Sections {
		o.Sections[i].Lean = nil
		if r, ok := Best(o.Ratings, KindLean, o.Sections[i].Name); ok {
			o.Sections[i].Lean = &r
		}
	}
	sort.SliceStable(o.Ratings, func(i, j int) bool {
		a, b := o.Ratings[i], o.Ratings[j]
		if a.Kind != b.Kind {
			return a.Kind == KindLean
		}
		if a.Section != b.Section {
			return a.Section < b.Section
		}
		return better(a, b)
	})
}

// Leans tells the lean in use for any outlet and section; build it with
// NewLeans from every outlet's ratings.
type Leans struct {
	mu      sync.Mutex
	outlets map[string][]Rating
	memo    map[[2]string]*Rating
}

// NewLeans indexes the ratings of outlets by outlet id.
func NewLeans(ratings map[string][]Rating) *Leans {
	return &Leans{outlets: ratings, memo: map[[2]string]*Rating{}}
}

// Lean returns the lean in use for a section of an outlet (see Best).
func (l *Leans) Lean(outlet, section string) (Rating, bool) {
	if l == nil || outlet == "" {
		return Rating{}, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	k := [2]string{outlet, section}
	if r, ok := l.memo[k]; ok {
		if r == nil {
			return Rating{}, false
		}
		return *r, true
	}
	r, ok := Best(l.outlets[outlet], KindLean, section)
	if !ok {
		l.memo[k] = nil
		return Rating{}, false
	}
	l.memo[k] = &r
	return r, true
}

// Side returns the side of the lean in use for a section of an outlet.
func (l *Leans) Side(outlet, section string) Side {
	if r, ok := l.Lean(outlet, section); ok {
		return r.Side()
	}
	return Unrated
}
