package compare

import (
	"regexp"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
)

// wireAgency is a news agency whose text outlets carry: its name as a
// credit gives it, and the forms a byline, a dateline or a credit line
// use for it.
type wireAgency struct {
	name string
	// byline matches a byline author or a credit naming the agency.
	byline *regexp.Regexp
	// dateline matches the agency's credit in brackets before a dash in
	// the opening of a text ("WASHINGTON (AP) —").
	dateline *regexp.Regexp
	// url matches a web address of the agency or an outlet's section of
	// its wire copy ("/wires/ap/").
	url *regexp.Regexp
}

// wireAgencies are the agencies whose credit marks a text as wire copy.
var wireAgencies = []wireAgency{
	{"Associated Press", regexp.MustCompile(`(?i)^(?:the )?(?:associated press|ap)$`), regexp.MustCompile(`\((?:AP|The Associated Press|Associated Press)\)\s*[-–—]`),
		regexp.MustCompile(`(?i)(?:^https?://(?:www\.)?(?:apnews\.com|hosted\.ap\.org|bigstory\.ap\.org)/|/wires?/ap/|/ap-?news/)`)},
	{"Reuters", regexp.MustCompile(`(?i)^(?:thomson )?reuters$`), regexp.MustCompile(`\((?:Reuters)\)\s*[-–—]`),
		regexp.MustCompile(`(?i)(?:^https?://(?:www\.)?reuters\.com/|/wires?/reuters/|/reuters/)`)},
	{"AFP", regexp.MustCompile(`(?i)^(?:afp|agence france[- ]presse)$`), regexp.MustCompile(`\((?:AFP)\)\s*[-–—]`),
		regexp.MustCompile(`(?i)(?:^https?://(?:www\.)?afp\.com/|/wires?/afp/|/afp/)`)},
}

// creditLineRe finds a credit line at the end of an article that names
// the agency it drew on: "The Associated Press contributed to this
// report.", "Reuters contributed.", "Material from AP was used.",
// "— Associated Press", "Copyright 2013 The Associated Press.".
var creditLineRe = regexp.MustCompile(`(?i)^(?:[-–—]\s*)?(?:(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?)?(?:the\s+)?(associated press|ap|reuters|afp|agence france[- ]presse)\b(?:\s+(?:writers?|reporters?|correspondents?|staff|news))?(?:\s*(?:contributed|helped|also contributed)[^.]*|\.?\s*all rights reserved[^.]*)?\.?$|(?i)^(?:material|information|reporting)\s+from\s+(?:the\s+)?(associated press|ap|reuters|afp|agence france[- ]presse)\b[^.]*\.?$`)

// wireCredits returns the wire agencies a document credits: those its
// article was given (article.Article.WireCredits) and those WireCredits
// reads in it.
func wireCredits(d *doc) map[string]bool {
	out := map[string]bool{}
	for _, n := range d.art.WireCredits {
		out[n] = true
	}
	for _, n := range WireCredits(d.art) {
		out[n] = true
	}
	return out
}

// WireCredits returns the names of the wire agencies ("Associated
// Press", "Reuters", "AFP") an article credits: in its byline, in a
// dateline in its opening, in a credit line among its last paragraphs,
// or by its web address (an outlet's wire section). The mere mention of
// an agency in the story ("phone records of the Associated Press") is no
// credit. Call it on the uncleaned article: cleaning blanks credit lines.
func WireCredits(a *article.Article) []string {
	out := map[string]bool{}
	for _, author := range a.Authors {
		for _, w := range wireAgencies {
			for _, part := range strings.FieldsFunc(author, func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == '|' }) {
				part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "By "))
				if w.byline.MatchString(part) {
					out[w.name] = true
				}
			}
		}
	}
	ps := a.Paragraphs
	if len(ps) > 0 {
		head := ps[0]
		head = head[:min(len(head), 200)]
		for _, w := range wireAgencies {
			if w.dateline.MatchString(head) {
				out[w.name] = true
			}
		}
	}
	for _, p := range ps[max(0, len(ps)-3):] {
		p = strings.TrimSpace(p)
		if len(p) > 160 {
			continue
		}
		m := creditLineRe.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		if n := agencyName(m[1] + m[2]); n != "" {
			out[n] = true
		}
	}
	for _, w := range wireAgencies {
		if w.url.MatchString(a.URL) {
			out[w.name] = true
		}
	}
	names := make([]string, 0, len(out))
	for _, w := range wireAgencies {
		if out[w.name] {
			names = append(names, w.name)
		}
	}
	return names
}

// agencyName gives the name of the agency a credit calls s, "" for none.
func agencyName(s string) string {
	for _, w := range wireAgencies {
		if w.byline.MatchString(strings.TrimSpace(s)) {
			return w.name
		}
	}
	return ""
}

// isAgency reports whether an outlet is the agency itself ("Reuters",
// "Associated Press"): its text is the wire, and an outlet carrying it
// copies it.
func isAgency(outlet, name string) bool {
	return agencyName(outlet) == name || strings.EqualFold(strings.TrimSpace(outlet), name)
}

// sharedWire says which wire agency the text two articles share is
// likely from, and whether both credit it (credits: wireCredits, kept
// per article): an agency both credit, else one that one of them credits. Neither may be the agency itself (then
// it is the source) and the two must be of different newsrooms.
func sharedWire(src, cp *doc, credits func(*doc) map[string]bool) (agency string, both bool) {
	if dedup.SameNewsroom(dedup.Doc{Outlet: src.art.Outlet, URL: src.art.URL}, dedup.Doc{Outlet: cp.art.Outlet, URL: cp.art.URL}) {
		return "", false
	}
	a, b := credits(src), credits(cp)
	one := ""
	for _, w := range wireAgencies {
		if isAgency(src.art.Outlet, w.name) || isAgency(cp.art.Outlet, w.name) {
			return "", false
		}
		switch {
		case a[w.name] && b[w.name]:
			return w.name, true
		case (a[w.name] || b[w.name]) && one == "":
			one = w.name
		}
	}
	return one, false
}

// sameOutlet reports whether two articles are of one outlet (one
// newsroom under one or two names).
func sameOutlet(a, b *doc) bool {
	if strings.EqualFold(strings.TrimSpace(a.art.Outlet), strings.TrimSpace(b.art.Outlet)) && strings.TrimSpace(a.art.Outlet) != "" {
		return true
	}
	return dedup.SameNewsroom(dedup.Doc{Outlet: a.art.Outlet, URL: a.art.URL}, dedup.Doc{Outlet: b.art.Outlet, URL: b.art.URL})
}

// Note says why a copy relation names no copier, "" when it does: the two
// carry the same wire text (Wire), are one outlet's own texts
// (SameOutlet), or the direction is a guess (dedup.DirectionNote).
// Shares-quotes relations have no note.
func (c Copy) Note() string {
	if c.Kind == KindSharesQuotes {
		return ""
	}
	switch {
	case c.Wire != "" && c.WireBoth:
		return "both carry the same wire text: both credit " + c.Wire
	case c.Wire != "":
		return "both likely carry the same wire text: one of them credits " + c.Wire
	case c.SameOutlet:
		return "one outlet's own text: an update or second version of its report"
	}
	return dedup.DirectionNote(c.Basis)
}

// minListedWords is the fewest words an added or left-out passage of a
// derived copy needs to be listed: shorter ones are the stubs left
// between two shared passages ("Regarding", "their job"), which say
// nothing a reader can use. A near-duplicate's few edits are all listed:
// three words stuck onto a lead ("Experts say that") are the copier's.
const minListedWords = 4

// listed keeps the passages of a relation of kind that a reader is
// shown: all of a duplicate or near-duplicate, those of at least
// minListedWords words of a derived copy.
func listed(kind dedup.Kind, ps []string) []string {
	out := []string{}
	for _, p := range ps {
		if kind != dedup.KindDerived || len(strings.Fields(p)) >= minListedWords {
			out = append(out, p)
		}
	}
	return out
}
