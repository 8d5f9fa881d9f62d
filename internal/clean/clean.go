package clean

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
)

// Cleaner sets furniture aside. It holds the language data and is safe for
// concurrent use; create it once with New.
type Cleaner struct {
	langs map[string]*rules
}

// New loads the embedded language data.
func New() (*Cleaner, error) {
	return newFrom(dataFS)
}

func newFrom(fsys fs.FS) (*Cleaner, error) {
	dirs, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("cleaning data: %w", err)
	}
	c := &Cleaner{langs: map[string]*rules{}}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		r, err := loadRules(fsys, d.Name())
		if err != nil {
			return nil, fmt.Errorf("cleaning data: %w", err)
		}
		c.langs[d.Name()] = r
	}
	if c.langs[DefaultLang] == nil {
		return nil, fmt.Errorf("cleaning data: no %s data", DefaultLang)
	}
	return c, nil
}

// Languages returns the codes of the languages with data, sorted.
func (c *Cleaner) Languages() []string {
	var out []string
	for k := range c.langs {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// foldWords is the longest paragraph (in words) folded whole; of a longer
// one only the first and last foldBytes are folded: patterns of furniture
// in a long paragraph open or close it.
const (
	foldWords = 50
	foldBytes = 300
)

// suffixStart returns the start of the last n bytes of s, on a character
// boundary.
func suffixStart(s string, n int) int {
	if n >= len(s) {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// prefixEnd returns the end of the first n bytes of s, on a character
// boundary.
func prefixEnd(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// para is the work state of one paragraph.
type para struct {
	text string
	// fold is the folded text of a paragraph of at most foldWords words;
	// head and tail the folded start and end of a longer one.
	fold, head, tail string
	words            int
	// kind and reason are set when the whole paragraph is furniture.
	kind, reason string
	cuts         []Cut
	// repeats is the number of the outlet's articles that carry the
	// paragraph, 0 when fewer than MinRepeats do (or the model does not
	// know it).
	repeats int
}

func (p *para) set(kind, reason string) {
	if p.kind == "" {
		p.kind, p.reason = kind, reason
	}
}

func (p *para) furniture() bool { return p.kind != "" }

// Clean returns the view of an article: what is text and what is
// furniture. m is the article's outlet's model; nil cleans by form only.
func (c *Cleaner) Clean(a *article.Article, m *Model) *View {
	r := c.langs[a.Language]
	if r == nil {
		r = c.langs[DefaultLang]
	}
	ps := make([]para, len(a.Paragraphs))
	for i, t := range a.Paragraphs {
		ps[i] = para{text: t, words: words(t)}
		if ps[i].words <= foldWords {
			ps[i].fold = fold(t)
		} else {
			ps[i].head = fold(t[:prefixEnd(t, foldBytes)])
			ps[i].tail = fold(t[suffixStart(t, foldBytes):])
		}
	}
	for i := range ps {
		r.byForm(&ps[i], a.Outlet)
	}
	doubled(ps)
	r.top(ps, a)
	r.bottom(ps, a)
	tags(ps)
	r.afterHeads(ps)
	r.learned(ps, m, a.Outlet)
	return view(a.Paragraphs, ps)
}

// byForm marks a paragraph that is furniture wherever it stands.
func (r *rules) byForm(p *para, outlet string) {
	if !hasWord(p.text) {
		p.set(KindOther, "no words")
		return
	}
	if p.head != "" {
		if ph, ok := r.matchLong(p.head, p.tail, p.words); ok && !(ph.kind == KindUpdate && corrects(p.head+p.tail)) {
			p.set(ph.kind, ph.reason)
			return
		}
	}
	if p.fold != "" {
		if ph, ok := r.match(p.fold, p.words); ok && !(ph.kind == KindUpdate && corrects(p.fold)) {
			p.set(ph.kind, ph.reason)
			return
		}
		if promoColon(p.fold) {
			p.set(KindRelated, "a promo: \""+p.fold[:strings.IndexByte(p.fold, ':')+1]+"\" and a headline")
			return
		}
		if ok, _ := r.creditLine(p.text); ok && p.words <= 14 && !strings.HasPrefix(p.fold, "by ") {
			p.set(KindCredit, "a credit: names and an agency")
			return
		}
		if strings.HasSuffix(p.text, " Read more") && p.words <= 30 {
			p.set(KindRelated, "a headline ending in \"Read more\"")
			return
		}
	}
	switch {
	case bareLink(p.text):
		p.set(KindRelated, "a bare link")
	case allCaps(p.text, p.words):
		p.set(KindPromo, "a headline in capitals between paragraphs")
	case byAnywhere(p.text):
		p.set(KindByline, "a byline")
	case r.sourceTagged(p.text, outlet, p.words) == KindRelated:
		p.set(KindRelated, "a headline tagged with its source")
	case r.sourceTagged(p.text, outlet, p.words) == KindCaption:
		p.set(KindCaption, "a caption ending with its credit")
	case socialEmbed(p.text):
		p.set(KindSocial, "an embedded post, signed with its account and date")
	case r.creditEnded(p.text, p.words):
		p.set(KindCaption, "a caption ending with its photo credit")
	case r.creditStarted(p.text, p.words):
		p.set(KindCaption, "a caption starting with its photo credit")
	case r.creditTail(p.text, p.words):
		p.set(KindCaption, "a caption ending with its photo credit")
	case dateCaption(p.text, p.words):
		p.set(KindCaption, "a caption ending with its date")
	}
	if p.furniture() {
		return
	}
	p.cuts = append(linkBoxes(p.text), parenPromos(p.text)...)
	if len(p.cuts) > 1 {
		slices.SortFunc(p.cuts, func(a, b Cut) int { return a.Start - b.Start })
		p.cuts = mergeCuts(p.cuts)
	}
}

// correctionWords mark a note that corrects the article: it is text, not
// a bare update notice.
var correctionWords = []string{"correct", "clarif", "error", "misstat", "misidentif", "misspell", "misquot", "incorrect"}

func corrects(f string) bool {
	for _, w := range correctionWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// promoColon reports whether a folded paragraph is a promo of another
// story: "Also on POLITICO: Headline", "More from Yahoo News: …".
func promoColon(f string) bool {
	s := stripLead(f)
	for _, pre := range []string{"also on ", "more from ", "read more from ", "more on ", "also from "} {
		if !strings.HasPrefix(s, pre) {
			continue
		}
		i := strings.IndexByte(s, ':')
		return i > 0 && words(s[:i]) <= 6 && strings.TrimSpace(s[i+1:]) != "" && words(s) <= 30
	}
	return false
}

// mergeCuts merges overlapping cuts sorted by start.
func mergeCuts(cs []Cut) []Cut {
	out := cs[:1]
	for _, c := range cs[1:] {
		last := &out[len(out)-1]
		if c.Start <= last.End {
			last.End = max(last.End, c.End)
			continue
		}
		out = append(out, c)
	}
	return out
}

// doubled marks a paragraph of eight words or more printed twice in a row:
// pages print a gallery's or a photo's caption once on the picture and
// once below it.
func doubled(ps []para) {
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].text == ps[i+1].text && ps[i].words >= 8 && !ps[i].furniture() {
			ps[i].set(KindCaption, "printed twice in a row, as a photo's caption is")
			ps[i+1].set(KindCaption, "printed twice in a row, as a photo's caption is")
		}
	}
}

// tags marks the list of topic tags a page prints at the end of an article:
// three or more short lines without a sentence's end, after the text.
func tags(ps []para) {
	end := len(ps)
	for end > 0 && ps[end-1].furniture() {
		end--
	}
	start, single := end, 0
	for start > 0 && ps[start-1].words <= 3 && nameLike(ps[start-1].text) && !ps[start-1].furniture() {
		start--
		if ps[start].words == 1 {
			single++
		}
	}
	// Tags are names and topics, half of them one word at least; a list of
	// people's names is text.
	if end-start < 3 || start == 0 || 2*single < end-start {
		return
	}
	for i := start; i < end; i++ {
		ps[i].set(KindNavigation, "a list of topic tags at the end")
	}
}

// topSpan is how many paragraphs at the top (not counting furniture) may
// be a byline or a dateline.
const topSpan = 3

// top marks bylines and datelines among the first paragraphs.
func (r *rules) top(ps []para, a *article.Article) {
	seen := 0
	for i := 0; i < len(ps) && seen < topSpan; i++ {
		p := &ps[i]
		if p.furniture() {
			continue
		}
		seen++
		if p.fold == "" {
			continue
		}
		switch {
		case r.byline(p.text, p.fold, p.words, a.Authors, a.Outlet):
			p.set(KindByline, "a byline at the top")
			seen--
		case r.dateline(p.text, p.fold, p.words):
			p.set(KindDateline, "a date or dateline at the top")
			seen--
		case i+1 < len(ps) && p.words <= 4 && nameLike(p.text) && ps[i+1].fold != "" && r.byline(ps[i+1].text, ps[i+1].fold, ps[i+1].words, nil, a.Outlet):
			// "Jane Doe" then "USA TODAY": a name over the outlet.
			p.set(KindByline, "an author's name above the outlet's")
			seen--
		}
	}
}

// bottomSpan is how many paragraphs at the end (not counting furniture)
// may be an author's bio.
const bottomSpan = 3

// bottom marks the author's bio among the last paragraphs: a paragraph
// that opens with a name and says who the person is, when the name is an
// author's, the paragraph has a bio's words, or the article does not
// mention the person before.
func (r *rules) bottom(ps []para, a *article.Article) {
	seen := 0
	for i := len(ps) - 1; i > 0 && seen < bottomSpan; i-- {
		p := &ps[i]
		if p.furniture() {
			continue
		}
		seen++
		if p.words > 120 {
			continue
		}
		name, verb := bioSubject(p.text)
		if name == "" {
			continue
		}
		f := p.fold
		if f == "" {
			f = fold(p.text)
		}
		why := ""
		fn := fold(name)
		for _, au := range a.Authors {
			if fa := fold(au); fa != "" && strings.Contains(fn, fa) {
				why = "the author's bio at the end"
			}
		}
		if why == "" {
			for _, b := range r.bio {
				if hasPhrase(f, b) {
					why = fmt.Sprintf("a bio at the end (%q)", b)
					break
				}
			}
		}
		if why == "" && verb == "is" && bioRole(p.text, name) && !mentionedBefore(ps[:i], name) {
			why = "a bio at the end of someone the article does not mention"
		}
		if why != "" {
			p.set(KindBio, why)
			seen--
		}
	}
}

// roleWords may follow "Name is" in a bio.
var roleWords = map[string]bool{"a": true, "an": true, "the": true, "former": true, "senior": true, "chief": true,
	"executive": true, "managing": true, "deputy": true, "co-founder": true, "founder": true, "editor": true,
	"president": true, "director": true, "professor": true, "host": true, "author": true, "currently": true}

// bioRole reports whether the word after "Name is" opens a description of
// a person ("is a", "is the", "is senior", "is National Review's").
func bioRole(p, name string) bool {
	i := strings.Index(p, name)
	if i < 0 {
		return false
	}
	rest := strings.Fields(p[i+len(name):])
	for len(rest) > 0 && rest[0] != "is" {
		rest = rest[1:] // an appositive: "Jane Doe, 45, is"
	}
	if len(rest) < 2 {
		return false
	}
	w := rest[1]
	return roleWords[strings.ToLower(w)] || nameWord(w)
}

// mentionedBefore reports whether the surname of name occurs in the text
// paragraphs ps.
func mentionedBefore(ps []para, name string) bool {
	ws := strings.Fields(name)
	sur := strings.Trim(ws[len(ws)-1], ",.")
	if sur == "Jr" || sur == "Sr" || sur == "II" || sur == "III" {
		if len(ws) < 2 {
			return true
		}
		sur = strings.Trim(ws[len(ws)-2], ",.")
	}
	for _, p := range ps {
		if !p.furniture() && strings.Contains(p.text, sur) {
			return true
		}
	}
	return false
}

// headlineLike reports whether a paragraph reads as a link's headline
// rather than a sentence of the article.
func headlineLike(p *para) bool {
	if p.words > 20 {
		return false
	}
	s := strings.TrimSpace(p.text)
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "└") || strings.HasPrefix(s, "* ") {
		return true
	}
	return !endsSentence(s)
}

// endsSentence reports whether s ends as a sentence does: . ! ? or … maybe
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// afterHeads marks the headlines listed after a header such as "Read
// more:" as related links, and the header with them.
func (r *rules) afterHeads(ps []para) {
	for i := 0; i < len(ps); i++ {
		if ps[i].fold == "" || ps[i].words > 8 {
			continue
		}
		h := strings.TrimRight(trimEnd(stripLead(ps[i].fold)), ".… ")
		end := strings.TrimSpace(ps[i].text)
		opens := strings.HasSuffix(end, ":") || strings.HasSuffix(end, "...") || strings.HasSuffix(end, "…")
		if !r.heads[h] && !(opens && r.headPrefix(h)) {
			continue
		}
		n := 0
		j := i + 1
		for ; j < len(ps); j++ {
			q := &ps[j]
			if q.furniture() {
				continue
			}
			if !headlineLike(q) {
				break
			}
			q.set(KindRelated, fmt.Sprintf("a headline listed under %q", strings.TrimSpace(ps[i].text)))
			n++
		}
		if n > 0 || j == len(ps) {
			ps[i].set(KindRelated, "a header of related links")
		}
		i = j - 1
	}
}

// headPrefix reports whether h starts with a header ("more from the post").
func (r *rules) headPrefix(h string) bool {
	for _, pre := range []string{"more from", "read more from", "also on", "more on", "related"} {
		if strings.HasPrefix(h, pre) {
			return r.heads[pre]
		}
	}
	return false
}

// view turns the work state into a View.
func view(texts []string, ps []para) *View {
	v := &View{paragraphs: texts, Paras: make([]Para, len(ps))}
	for i, p := range ps {
		out := Para{Para: i, Verdict: Text, Kept: true}
		switch {
		case p.furniture():
			out.Verdict, out.Kept, out.Kind, out.Reason = Furniture, false, p.kind, p.reason
			if p.text != "" {
				out.Cuts = []Cut{{Start: 0, End: len(p.text), Kind: p.kind, Reason: p.reason}}
			}
		case len(p.cuts) > 0:
			if !hasWord(mask(p.text, p.cuts)) {
				out.Verdict, out.Kept, out.Kind, out.Reason = Furniture, false, p.cuts[0].Kind, p.cuts[0].Reason
				out.Cuts = []Cut{{Start: 0, End: len(p.text), Kind: out.Kind, Reason: out.Reason}}
				break
			}
			out.Verdict, out.Kind, out.Reason, out.Cuts = Mixed, p.cuts[0].Kind, p.cuts[0].Reason, p.cuts
		}
		v.Paras[i] = out
	}
	return v
}
