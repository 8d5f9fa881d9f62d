package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
)

// Boxes that pages set into an article: a box of background that the
// reader opens with its buttons, and a run of dated links to the
// outlet's earlier stories.

// showHideMaxHead is the most words a box's label and title may have
// before its "Show Hide" buttons.
const showHideMaxHead = 40

// showHideBox reports whether p opens with a box that a reader expands
// with its buttons: a label and a title, then "Show Hide" ("Timeline The
// valley floods Show Hide …", "Q&A Who is Karel Dusek? Show Hide …",
// "Profile …"). Whatever follows the buttons is the box's text, however
// long: a timeline of events, an explainer, a profile, written apart from
// the article. The buttons are matched as a page prints them (two
// capitalised words), after two words at least.
func showHideBox(p string) bool {
	i := strings.Index(p, "Show Hide")
	if i < 0 {
		return false
	}
	rest := p[i+len("Show Hide"):]
	if rest != "" && rest[0] != ' ' {
		return false
	}
	head := strings.Fields(p[:i])
	return len(head) >= 2 && len(head) <= showHideMaxHead
}

// linkMonths are the months as a dated link spells them: AP's abbreviations
// and the full names.
var linkMonths = map[string]time.Month{
	"Jan.": time.January, "Feb.": time.February, "Aug.": time.August, "Sept.": time.September,
	"Sep.": time.September, "Oct.": time.October, "Nov.": time.November, "Dec.": time.December,
	"January": time.January, "February": time.February, "March": time.March, "April": time.April,
	"May": time.May, "June": time.June, "July": time.July, "August": time.August,
	"September": time.September, "October": time.October, "November": time.November, "December": time.December,
}

// datedLinkMaxWords is the most words a dated link may have.
const datedLinkMaxWords = 30

// datedLink returns the month and day of a paragraph that reads as a link
// to a dated story: "Dec. 5: Headline of the story", with no year, a
// headline opening with a capital, a digit or a quotation mark, and no
// full stop at its end; ok is false otherwise.
func datedLink(p string, words int) (m time.Month, day int, ok bool) {
	if words > datedLinkMaxWords || words < 3 {
		return 0, 0, false
	}
	mon, rest, found := strings.Cut(p, " ")
	if !found {
		return 0, 0, false
	}
	if m, ok = linkMonths[mon]; !ok {
		return 0, 0, false
	}
	num, head, found := strings.Cut(rest, ": ")
	if !found || len(num) == 0 || len(num) > 2 {
		return 0, 0, false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		day = 10*day + int(c-'0')
	}
	if day < 1 || day > 31 {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'\"‘“", r) {
		return 0, 0, false
	}
	if strings.HasSuffix(strings.TrimRight(head, " "), ".") {
		return 0, 0, false
	}
	return m, day, true
}

// datedLinks marks the links to an outlet's earlier stories set between
// the paragraphs of an article, each a headline under the day it ran
// ("Dec. 5: …"), newest first. Two such lines at least, whose days never
// go forward down the page (each placed in the latest year that does not
// pass the article's date, or compared by month and day when it has
// none), are links; a chronology, whose days go forward, is text, and so
// is a line with a year or a sentence's full stop (see datedLink).
func datedLinks(ps []para, a *article.Article) {
	type link struct {
		i   int
		day time.Time
	}
	var links []link
	pub := a.Published.Time
	for i := range ps {
		p := &ps[i]
		if p.furniture() || p.words > datedLinkMaxWords {
			continue
		}
		m, d, ok := datedLink(p.text, p.words)
		if !ok {
			continue
		}
		day := time.Date(2000, m, d, 0, 0, 0, 0, time.UTC)
		if !pub.IsZero() {
			day = time.Date(pub.Year(), m, d, 0, 0, 0, 0, time.UTC)
			if day.After(pub) {
				day = day.AddDate(-1, 0, 0)
			}
		}
		if n := len(links); n > 0 && day.After(links[n-1].day) {
			return
		}
		links = append(links, link{i, day})
	}
	if len(links) < 2 {
		return
	}
	for _, l := range links {
		ps[l.i].set(KindRelated, "a link to an earlier story under its date (\"Dec. 5: …\"), newest first")
	}
}

// updateFromMaxWords bounds the words of the source an update names.
const updateFromMaxWords = 7

// updateFromLabel returns the cut of the label that opens a live report's
// update relayed from another newsroom, "Update from WXYZ in Sorn: …":
// the label up to its colon is the page's, naming where the entry came
// from; what follows is the text. The source is a name (capitalised
// words, with "the", "in", "of", "and" between them) of at most
// updateFromMaxWords words; an update "from" anything else ("Update from
// earlier: …") is left whole.
func updateFromLabel(p string) []Cut {
	const label = "Update from "
	rest, ok := strings.CutPrefix(p, label)
	if !ok {
		return nil
	}
	c := strings.IndexByte(rest, ':')
	if c < 0 || strings.TrimSpace(rest[c+1:]) == "" {
		return nil
	}
	src := strings.Fields(rest[:c])
	if len(src) == 0 || len(src) > updateFromMaxWords {
		return nil
	}
	for _, w := range src {
		switch w {
		case "the", "in", "of", "and", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return nil
		}
	}
	end := len(label) + c + 1
	return []Cut{{Start: 0, End: end, Kind: KindUpdate, Reason: "an update's label naming the newsroom it came from (\"Update from …:\")"}}
}
