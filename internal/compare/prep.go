package compare

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/nlp"
)

// doc is one article with its analysis and the per-sentence features that
// alignment uses.
type doc struct {
	idx   int
	art   *article.Article
	label string // outlet or file name
	an    *nlp.Analysis
	// global maps a local entity id to its linked (global) entity id.
	global []int
	// shown is, per local entity id, the name a page shows for it
	// beside the article's sentences (see displayName).
	shown []string
	// sents are the body sentences usable as facts.
	sents []sent
	// titles are the sentences of its headline: they state facts (an
	// only-in fact that another headline states is not only in one
	// article) but are no fact of a group.
	titles []sent
	// mentions lists, per sentence, the entity mentions (all kinds) with
	// their linked entity id.
	mentions [][]mention
	// posts are the paragraphs that are an embedded post opened by its
	// account's name and handle (see postParas), and those of a section
	// on other news (see offTopicSections), read alike.
	posts map[int]bool
	// preview says the article is a report written before the happening
	// it is about (article.Preview), read once here for the report's
	// Article.Preview and for previewGroups.
	preview bool
	// printed holds, once asked for (printedParas), each paragraph of the
	// article as its lower-case letter runs joined by spaces, with a space
	// at each end: the text a quotation's words are sought in.
	printed []string
	// naming is the name helper the story's entities were linked with,
	// for given names another article writes in another form (see
	// namedFormally).
	naming *nlp.Naming
}

// postParas returns the paragraphs of a that are an embedded post opened
// by its account's name and handle (clean.PostOpened: "Jane Doe
// (@janedoe) We voted today."). Cleaning keeps them as text, a source the
// outlet quotes and others may quote too; the comparison takes none of
// their sentences as the outlet's fact, none of their figures for its
// Numbers and none of their words as its own wording. Left in, on a page
// read in session 56 (s1d1268cf99653874) two posts stood as the outlet's
// only-in facts, each doubling the sentence before it, and a loaded word
// of one was listed as the outlet's own. A post opened by its time stamp
// and then its words in quotation marks (postStamped: "9:46 AM - 5 Nov
// 2017 “…”", the stamp a page moved from the post's foot; s6c32f28a5e82922f,
// session 58) is one too.
func postParas(a *article.Article) map[int]bool {
	var out map[int]bool
	for i, p := range a.Paragraphs {
		if clean.PostOpened(p) || postStamped.MatchString(p) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// postStamped matches a paragraph opened by a post's time stamp (an hour,
// a dash, a date) and then a quotation mark: an embedded post whose
// stamp a page printed above its words. One paragraph over ABP
// (s6c32f28a5e82922f's Daily Kos article), none other with such a stamp.
var postStamped = regexp.MustCompile(`^\d{1,2}:\d\d ?[AP]M ?[-–—·] ?(?:\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2}, \d{4})\s*["“]`)

// mention is an entity mention in a sentence.
type mention struct {
	entity     int // global id
	start, end int
	place      bool // the entity is a place
}

// sent is one body sentence and its features.
type sent struct {
	doc  int
	pos  int // index in Analysis.Sentences
	para int // its paragraph
	text string
	// feats are the distinct features: "w:" stems, "b:" pairs of
	// consecutive content stems (stop words between them skipped), "e:"
	// entities, "n:" numbers, "q:" what numbers count.
	feats []string
	// pred are the features of what the sentence says (its predicate,
	// other terms and figures), not of who it is about: the "w:" features
	// of the words outside its names, roles and titles, and its "n:"
	// (dates left out) and "q:" features.
	pred []string
	// quoted are the "w:" features of the words of a statement the
	// sentence quotes (see quotedStems).
	quoted []string
	// fragments are the "w:" features of the words the writer's own
	// sentence sets in quotation marks as fragments ("arguing that the
	// theory is “scientifically impossible” and “illogical”"), see
	// fragmentStems; fragPieces is how many quoted pieces hold them.
	fragments  []string
	fragPieces int
	// said are the features of what the sentence's main clause says of
	// whom it names: the words of mainSaidWords (outside names, the words
	// that describe them, verbs of saying, side clauses and words of
	// when) and its
	// figures.
	said []string
	// names are the stems of the words of each hashtag the sentence
	// mentions ("#Ripple"), by its "e:" feature (session 59: a hashtag
	// and the phrase of its word and the noun after it are one thing, see
	// distinctThings; other names are left out, as tried on all names the
	// rule split as many right groups as wrong ones).
	names map[string][]string
	// figs are the figures it gives that can tie it to one fact with
	// another article's sentence (see figureFact).
	figs []figureFact
}

// minFactWords is the fewest content words a sentence needs to be a fact
// (bylines, datelines and captions have fewer).
const minFactWords = 4

// label names an article for people: its outlet, else its file name.
func label(a *article.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	loc := a.Source.Location
	if i := strings.LastIndexByte(loc, ':'); i > 0 && strings.HasSuffix(filepath.Ext(loc[:i]), "l") {
		loc = loc[:i] // "file.jsonl:3" keeps the file
	}
	if loc == "" || loc == "-" {
		return a.ID
	}
	return filepath.Base(loc)
}

// prepare analyses the articles (those done already are in done, by
// index) and links their entities.
func prepare(arts []*article.Article, done []*nlp.Analysis, an *nlp.Analyzer) ([]*doc, []nlp.GlobalEntity) {
	docs := make([]*doc, len(arts))
	all := make([]*nlp.Analysis, len(arts))
	for i, a := range arts {
		if i < len(done) && done[i] != nil {
			all[i] = done[i]
		} else {
			all[i] = an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
		}
		docs[i] = &doc{idx: i, art: a, label: label(a), an: all[i], posts: postParas(a), preview: article.Preview(a)}
	}
	nm := an.Naming(nlp.DefaultLang)
	ents := nlp.Link(all, nm)
	for _, d := range docs {
		d.global = make([]int, len(d.an.Entities))
		d.naming = nm
	}
	for _, g := range ents {
		for _, m := range g.Members {
			docs[m.Article].global[m.Entity] = g.ID
		}
	}
	for _, d := range docs {
		d.shown = make([]string, len(d.an.Entities))
		for i, e := range d.an.Entities {
			d.shown[i] = displayName(e, ents[d.global[i]])
		}
	}
	named := namedBy(docs)
	outlets := map[string]bool{}
	for _, d := range docs {
		outlets[strings.ToLower(d.art.Outlet)] = true
	}
	for _, d := range docs {
		for p := range offTopicSections(d, len(outlets), named) {
			if d.posts == nil {
				d.posts = map[int]bool{}
			}
			d.posts[p] = true // a section on other news: read as a post is (see offtopic.go)
		}
	}
	for _, d := range docs {
		d.mentions = make([][]mention, len(d.an.Sentences))
		for _, e := range d.an.Entities {
			for _, m := range e.Mentions {
				if m.Sentence >= 0 && m.Sentence < len(d.mentions) {
					d.mentions[m.Sentence] = append(d.mentions[m.Sentence], mention{d.global[e.ID], m.Start, m.End, e.Type == nlp.Place})
				}
			}
		}
		d.sents, d.titles = sentences(d)
	}
	return docs, ents
}

// sentences returns the body sentences of d with their features, and
// those of its headline.
func sentences(d *doc) (body, titles []sent) {
	ents := make([][]int, len(d.an.Sentences))
	spans := make([][]nlp.Span, len(d.an.Sentences))
	names := make([]map[string][]string, len(d.an.Sentences))
	for _, e := range d.an.Entities {
		for _, m := range e.Mentions {
			if m.Kind != nlp.MentionPronoun && m.Sentence >= 0 && m.Sentence < len(ents) {
				ents[m.Sentence] = append(ents[m.Sentence], d.global[e.ID])
				spans[m.Sentence] = append(spans[m.Sentence], m.Span)
				if !strings.HasPrefix(e.Name, "#") {
					continue
				}
				if names[m.Sentence] == nil {
					names[m.Sentence] = map[string][]string{}
				}
				f := "e:" + itoa(d.global[e.ID])
				for _, t := range d.an.Sentences[m.Sentence].Tokens {
					if t.Start >= m.Span.Start && t.End <= m.Span.End && content(t) {
						names[m.Sentence][f] = append(names[m.Sentence][f], t.Stem)
					}
				}
			}
		}
	}
	nums := make([][]string, len(d.an.Sentences))
	// numAt is the first token of each figure of nums (-1 when not found).
	numAt := make([][]int, len(d.an.Sentences))
	figs := make([][]figureFact, len(d.an.Sentences))
	for _, n := range d.an.Numbers {
		if n.Sentence < 0 || n.Sentence >= len(nums) {
			continue
		}
		s := d.an.Sentences[n.Sentence]
		first, last := numberTokens(s, n)
		nums[n.Sentence] = append(nums[n.Sentence], numberFeature(n))
		numAt[n.Sentence] = append(numAt[n.Sentence], first)
		// What the number counts: "14 people had died" and "the number
		// of dead at 12" both give a count of deaths.
		if first >= 0 && n.Kind != nlp.NumDate {
			pair := pairedAs(s.Tokens, last, n) // a label only, as in the Numbers rows (h/numbers56)
			th, _ := thingOf(s, first, last, pair)
			if th != "" {
				nums[n.Sentence] = append(nums[n.Sentence], "q:"+th)
				numAt[n.Sentence] = append(numAt[n.Sentence], first)
			}
			if f, ok := newFigureFact(d, s, first, last, n, th); ok {
				figs[n.Sentence] = append(figs[n.Sentence], f)
			}
		}
	}
	transcript := map[int]bool{} // paragraphs that open with a speaker label
	for i, s := range d.an.Sentences {
		if i == 0 || d.an.Sentences[i-1].Para != s.Para {
			transcript[s.Para] = transcriptLabel(s.Tokens)
		}
		if hasURL(s.Text) {
			continue // a link ("Read the documents: http://…") is furniture, not a fact
		}
		if d.posts[s.Para] {
			continue // an embedded post: a source quoted, not the outlet's fact
		}
		if headingLine(d.an.Sentences, i) || questionHeading(d.an.Sentences, i) {
			continue // a section heading ("Ferry plans stall again", "2) Why now?"), not a fact
		}
		if topHeadline(d.an.Sentences, i) {
			continue // a headline over the text, not a fact
		}
		if brokenOff(d.an.Sentences, i) {
			continue // a line broken off at a dash ("So the ferry may —"), not a fact
		}
		seen := map[string]bool{}
		var feats []string
		add := func(f string) {
			if !seen[f] {
				seen[f] = true
				feats = append(feats, f)
			}
		}
		words, prev := 0, ""
		var pred []string
		from := datelineEnd(s)
		for k, t := range s.Tokens {
			switch {
			case k < from:
				// "WASHINGTON (AP) —": where the story was filed, not
				// what it says.
			case content(t):
				words++
				add("w:" + t.Stem)
				if !inSpans(spans[i], t) && !nameWord(s.Tokens, k) {
					pred = append(pred, "w:"+t.Stem)
				}
				if prev != "" {
					add("b:" + prev + " " + t.Stem)
				}
				prev = t.Stem
			case t.Kind == nlp.KindPunct && !isJoiner(t.Surface):
				prev = ""
			}
		}
		if words < minFactWords {
			continue
		}
		for _, e := range ents[i] {
			add("e:" + itoa(e))
		}
		mainWords, desc := mainSaidWords(d, i)
		var said []string
		for _, w := range mainWords {
			said = append(said, "w:"+w)
		}
		for k, n := range nums[i] {
			add(n)
			if !strings.HasPrefix(n, "n:"+string(nlp.NumDate)+":") {
				pred = append(pred, n) // a figure is part of what is said; a date, of when
				// Its figures too, but not one that describes a name:
				// it tells whom the sentence is about ("Vell, 29,", "a
				// 25-year veteran"), not what its main clause says.
				if at := numAt[i][k]; at < 0 || !desc[at] {
					said = append(said, n)
				}
			}
		}
		st := sent{doc: d.idx, pos: i, para: s.Para, text: s.Text, feats: feats, pred: pred, quoted: quotedStems(d.an, i, from, transcript[s.Para]),
			said: said, names: names[i], figs: figs[i]}
		st.fragments, st.fragPieces = fragmentStems(d.an, i, from)
		if s.Para == nlp.TitlePara {
			titles = append(titles, st)
		} else {
			body = append(body, st)
		}
	}
	return body, titles
}

// quotedStems returns the "w:" features of the content words of
// sentence i of an, from token from on, that are someone's words: inside
// the quotation marks of a quoted statement, or anywhere in a paragraph
// of a transcript (see transcriptLabel). A partial quote (a fragment
// inside the writer's own sentence: called it a "partisan attack") is
// left out, unless the sentence opens inside it (opensWith): outlets
// pick different fragments of one statement.
func quotedStems(an *nlp.Analysis, i, from int, transcript bool) []string {
	s := an.Sentences[i]
	var out []string
	if transcript {
		skip := labelTokens(s.Tokens)
		for k, t := range s.Tokens {
			if k >= from && content(t) && !skip[k] {
				out = append(out, "w:"+t.Stem)
			}
		}
		return out
	}
	parts := quoteParts(an, i, true)
	if len(parts) == 0 {
		return nil
	}
	for k, t := range s.Tokens {
		if k >= from && content(t) && inSpans(parts, t) {
			out = append(out, "w:"+t.Stem)
		}
	}
	return out
}

// fragmentStems returns the "w:" features of the content words of
// sentence i (from token from on) that lie inside the partial quotations
// the sentence holds, words of a statement the writer quotes in bits,
// and how many quoted pieces hold them.
func fragmentStems(an *nlp.Analysis, i, from int) ([]string, int) {
	parts := quoteParts(an, i, false)
	if len(parts) == 0 {
		return nil, 0
	}
	var out []string
	pieces := map[int]bool{}
	for k, t := range an.Sentences[i].Tokens {
		if k < from || !content(t) {
			continue
		}
		if p := spanIndex(parts, t); p >= 0 {
			out = append(out, "w:"+t.Stem)
			pieces[p] = true
		}
	}
	return out, len(pieces)
}

// quoteParts returns the parts, in sentence i's paragraph, of the
// quotations sentence i holds: the statements it quotes whole (a quote
// not partial, or one the sentence opens inside) when whole, else the
// fragments the writer's own sentence sets in quotation marks.
func quoteParts(an *nlp.Analysis, i int, whole bool) []nlp.Span {
	s := an.Sentences[i]
	var parts []nlp.Span
	for _, q := range an.Quotes {
		if (!q.Partial || opensWith(s, q)) != whole || q.FirstSentence > i || i > q.LastSentence {
			continue
		}
		for _, p := range q.Parts {
			if p.Para == s.Para {
				parts = append(parts, p)
			}
		}
	}
	return parts
}

// opensWith reports whether sentence s opens inside quote q: the quote
// holds its first word. Such a quote is a statement even when its
// attribution was not read (a speaker's name followed by a party in
// parentheses leaves it marked partial), not a fragment inside the
// writer's own words.
func opensWith(s nlp.Sentence, q nlp.Quote) bool {
	for _, t := range s.Tokens {
		if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
			for _, p := range q.Parts {
				if p.Para == s.Para && p.Start <= t.Start && t.End <= p.End {
					return true
				}
			}
			return false
		}
	}
	return false
}

// transcriptLabel reports whether tokens open with a transcript's
// speaker label: one to four words in capitals and a colon ("BUSH:",
// "AMY GOODMAN:"), maybe after a stage direction in parentheses
// ("(APPLAUSE) BUSH:"). A paragraph that opens with one is a speaker's
// words.
func transcriptLabel(ts []nlp.Token) bool {
	labels := labelTokens(ts)
	for k, t := range ts {
		if !labels[k] {
			return false
		}
		if t.Surface == ":" {
			return true
		}
	}
	return false
}

// labelTokens marks the tokens of speaker labels ("BUSH:") and stage
// directions ("(APPLAUSE)") of a transcript sentence, from its start.
func labelTokens(ts []nlp.Token) map[int]bool {
	out := map[int]bool{}
	caps := func(t nlp.Token) bool {
		return t.Kind == nlp.KindWord && len(t.Surface) > 1 && strings.ToUpper(t.Surface) == t.Surface && strings.ToLower(t.Surface) != t.Surface
	}
	for k := 0; k < len(ts); {
		switch {
		case ts[k].Surface == "(" && k+2 < len(ts) && caps(ts[k+1]) && ts[k+2].Surface == ")":
			out[k], out[k+1], out[k+2] = true, true, true
			k += 3
		case caps(ts[k]):
			n := k
			for n < len(ts) && n-k < 4 && caps(ts[n]) {
				n++
			}
			if n >= len(ts) || ts[n].Surface != ":" {
				return out
			}
			for j := k; j <= n; j++ {
				out[j] = true
			}
			k = n + 1
		default:
			return out
		}
	}
	return out
}

// datelineEnd returns the index of the first token of s after the
// dateline or label that DatelineLen reads at its head ("WASHINGTON (AP)
// —", "TAMPA, Fla. –"), or 0 when it opens with none: where the story
// was filed is no part of what it says.
func datelineEnd(s nlp.Sentence) int {
	n := DatelineLen(s.Text)
	if n == 0 {
		return 0
	}
	at := s.Start + n
	for k, t := range s.Tokens {
		if t.Start >= at {
			return k
		}
	}
	return 0
}

// nameWord reports whether token k is capitalised as part of a name or
// a title ("Prime Minister"), not what the sentence says of them: within
// the sentence, a capitalised word; first in it, a capitalised word
// followed by another. A hyphenated word whose last part is in lower
// case describes ("US-led").
func nameWord(ts []nlp.Token, k int) bool {
	if i := strings.LastIndexByte(ts[k].Surface, '-'); i > 0 && !capitalised(ts[k].Surface[i+1:]) {
		return false // "US-led", "Anti-war": a description
	}
	if k > 0 {
		return capitalised(ts[k].Surface)
	}
	return capitalised(ts[0].Surface) && len(ts) > 1 && capitalised(ts[1].Surface)
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasURL reports whether a sentence holds a web address.
func hasURL(s string) bool {
	return strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.Contains(s, "www.")
}

// inSpans reports whether t lies inside one of the spans.
func inSpans(spans []nlp.Span, t nlp.Token) bool {
	return spanIndex(spans, t) >= 0
}

// spanIndex returns the index of the span of spans that holds token t, or
// -1.
func spanIndex(spans []nlp.Span, t nlp.Token) int {
	for i, sp := range spans {
		if t.Start >= sp.Start && t.End <= sp.End {
			return i
		}
	}
	return -1
}

// content reports whether t is a content word.
func content(t nlp.Token) bool {
	return t.Kind == nlp.KindWord && !t.Stop && len(t.Norm) > 1
}

// numberFeature identifies a number's value for alignment. A duration
// is told in one unit of its scale ("14 days" and "two weeks" are one
// value, "14 days" and "14 months" two): minutes, days or months.
func numberFeature(n nlp.Number) string {
	if n.Kind == nlp.NumDuration {
		if per, unit, ok := durationScale(n.Unit); ok {
			return "n:" + string(n.Kind) + ":" + ftoa(n.Value*per) + unit
		}
	}
	return "n:" + string(n.Kind) + ":" + ftoa(n.Value)
}

// durationScale gives how many of its scale's unit (minutes, days,
// months) one of time unit u is: the units that convert exactly.
func durationScale(u string) (float64, string, bool) {
	switch u {
	case "minute":
		return 1, "min", true
	case "hour":
		return 60, "min", true
	case "day":
		return 1, "d", true
	case "week":
		return 7, "d", true
	case "month":
		return 1, "mo", true
	case "year":
		return 12, "mo", true
	case "decade":
		return 120, "mo", true
	case "century":
		return 1200, "mo", true
	}
	return 0, "", false
}

// Section headings between paragraphs: a paragraph that is one line of
// headingMin to headingMax words, with no full stop.
const (
	headingMin = 2
	headingMax = 12
	// headingNext is the fewest words of the paragraph under a heading.
	headingNext = 8
	// headingBytes is the longest heading in bytes, a quick reject of
	// the lines that cannot be one.
	headingBytes = 160
)

// headingLine reports whether sentence i of ss is a section heading set
// between paragraphs of the text ("Ferry plans stall again",
// "Abiding distrust", "11:56 a.m. ET", an interviewer's name over a
// question): it is its whole paragraph, of headingMin to headingMax
// words, starts with a capital or a digit and ends with a letter or a
// digit; the paragraph before it ends a sentence, and the one after it,
// of headingNext words or more, ends one too and does not open with a
// quotation. The cleaning keeps an article's own headings as its text
// (they are labelled so in its judged sample); they state no fact of the
// story, and left in they were listed as facts only one outlet reports
// (48 fact sentences on 40 ABP story pages drawn with seed 3783). A list
// is left (its items' neighbours end no sentence), as is a line over a
// quotation ("Asked about it, she told the paper") whose colon the page
// lost.
func headingLine(ss []nlp.Sentence, i int) bool {
	s := ss[i]
	if i == 0 || i+1 >= len(ss) || ss[i+1].Para == s.Para {
		return false
	}
	prev := i - 1 // the last sentence of the paragraph before
	if ss[prev].Para == s.Para {
		// "4. Mueller was shaky": a numbered heading, its number read
		// as a sentence of its own.
		if i < 2 || ss[i-2].Para == s.Para || !listNumber(ss[prev].Text) {
			return false
		}
		prev--
	}
	t := strings.TrimSpace(s.Text)
	if len(t) > headingBytes {
		return false
	}
	if n := len(strings.Fields(t)); n < headingMin || n > headingMax {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	if !EndsSentence(ss[prev].Text) {
		return false
	}
	// The paragraph under the heading: its words, how it opens and ends.
	next, words := i+1, 0
	for j := next; j < len(ss) && ss[j].Para == ss[next].Para; j++ {
		words += len(strings.Fields(ss[j].Text))
		next = j
	}
	opening, _ := utf8.DecodeRuneInString(strings.TrimSpace(ss[i+1].Text))
	return words >= headingNext && EndsSentence(ss[next].Text) && !strings.ContainsRune("\"'“‘", opening)
}

// listLeadIn reports whether sentence i of ss opens a list or a section
// below it: it ends its paragraph with a colon and opens with "Here's",
// "Here is" or "Here are" ("Here's what we learned from the vote in the
// Ostra district on Tuesday:", "Here are the main points:"). It names what
// the lines below tell and states no fact of its own; read in session 64
// (h/facts64), one stood in a fact group beside a sentence that tells the
// vote's result (ohio-special-election, judged wrong). It stays among the
// sentences aligned (leaving it out changes the story's word weights and
// moved only-in claims of other articles), but matches no sentence when
// the groups are built (alignFacts drops its edges before groupFacts; the
// passes after groupFacts do not look at it again), and as a line ending
// in a colon it is claimed as no article's own (claimable).
func listLeadIn(ss []nlp.Sentence, i int) bool {
	s := ss[i]
	if i+1 < len(ss) && ss[i+1].Para == s.Para {
		return false
	}
	t := strings.TrimSpace(s.Text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	for _, open := range []string{"Here's ", "Here’s ", "Here is ", "Here are "} {
		if strings.HasPrefix(t, open) {
			return true
		}
	}
	return false
}

// questionHeading reports whether sentence i of ss is a numbered
// question standing as its paragraph, as an explainer heads its sections
// ("3) Why did the council vote now?", "2. Will the ferry run?"): the
// number opens the sentence or is a sentence of its own before it
// (listNumber), the question has at most 20 words and ends with a
// question mark. It asks what the section tells and states no fact; two
// stood as facts on the story pages read in session 56
// (sde97ad40dd926fd3, Vox's "The 9 biggest questions" headings; NPR's "5
// Things To Watch").
func questionHeading(ss []nlp.Sentence, i int) bool {
	s := ss[i]
	if i+1 < len(ss) && ss[i+1].Para == s.Para {
		return false
	}
	t := strings.TrimSpace(s.Text)
	numbered := false
	if i > 0 && ss[i-1].Para == s.Para {
		if !listNumber(ss[i-1].Text) || i > 1 && ss[i-2].Para == s.Para {
			return false
		}
		numbered = true
	} else if k := strings.IndexByte(t, ' '); k > 0 && listNumber(t[:k]) {
		numbered, t = true, strings.TrimSpace(t[k:])
	}
	return numbered && strings.HasSuffix(t, "?") && len(strings.Fields(t)) <= 20
}

// topHeadline reports whether sentence i of ss is a headline over the
// text: the first body sentence, its whole paragraph, written as a
// headline (see headlineCase) and with no full stop. NPR prints a
// headline of its own over the text, not always the stored title's words
// ("Reddin Bridge Closure: Tuesday's Developments"); others a
// byline, a label ("SCROLL TO BOTTOM FOR UPDATES") or a promo. Over ABP
// 359 first sentences are such lines (270 NPR's); 40 drawn with seed
// 3787 were all headlines, bylines, labels or promos.
func topHeadline(ss []nlp.Sentence, i int) bool {
	if ss[i].Para < 0 || i > 0 && ss[i-1].Para >= 0 || i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
		return false
	}
	return headlineCase(ss[i]) && !EndsSentence(strings.TrimSpace(ss[i].Text))
}

// brokenOff reports whether sentence i of ss ends its paragraph with a
// dash: a speaker cut off in a transcript ("So the two of them may not
// make —", "HOST: Senator, you—"), the next one taking over. It
// states no fact; over ABP 505 sentences end so, 161 of them Democracy
// Now's transcripts and 156 the New York Times' podcast transcripts, and
// of 40 drawn with seed 3786, 39 were broken lines or furniture (the
// other a report of a quotation its speaker broke off).
func brokenOff(ss []nlp.Sentence, i int) bool {
	if i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
		return false
	}
	t := strings.TrimRight(ss[i].Text, " \"'”’")
	return strings.HasSuffix(t, "—") || strings.HasSuffix(t, "--") || strings.HasSuffix(t, "–")
}

// listNumber reports whether s is only the number of a list's item
// ("4.", "12)").
func listNumber(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 3 || s[len(s)-1] != '.' && s[len(s)-1] != ')' {
		return false
	}
	for j := 0; j < len(s)-1; j++ {
		if s[j] < '0' || s[j] > '9' {
			return false
		}
	}
	return true
}

// EndsSentence reports whether s ends as a sentence does: with a full
// stop, a question or exclamation mark or an ellipsis, maybe followed by
// closing quotation marks or brackets. A heading, standfirst or caption a
// page sets apart without one is no sentence of the story.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", last)
}

// displayName is the name a page shows for entity e of one article
// beside that article's sentences (the speaker after a quoted sentence,
// whose words only one article quotes, a fact group's label): for a
// person, the name of the linked entity g, the full name most articles
// write (nlp.Link), so that one person reads alike across the page
// ("Donald Trump", not one article's "Donald J. Trump" or bare "Trump"
// beside it); e's own name otherwise, and when g's name is no full name
// or does not end in e's last word or a word of e's name (a link made on
// a given name or a nickname is left as written). The Names section and
// the quoted words themselves keep each article's forms.
func displayName(e nlp.Entity, g nlp.GlobalEntity) string {
	if e.Type != nlp.Person || g.Type != nlp.Person || g.Name == e.Name {
		return e.Name
	}
	gw := strings.Fields(g.Name)
	if len(gw) < 2 || strings.ToUpper(g.Name) == g.Name {
		return e.Name
	}
	last := strings.ToLower(surname(g.Name))
	for _, w := range strings.Fields(e.Name) {
		if strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) == last {
			return g.Name
		}
	}
	return e.Name
}

// shownName is the name a page shows for d's entity id (see
// displayName): the article's own name when none was set, "" for an id
// that names no entity of d.
func (d *doc) shownName(id int) string {
	if id < 0 || id >= len(d.an.Entities) {
		return ""
	}
	if id < len(d.shown) && d.shown[id] != "" {
		return d.shown[id]
	}
	return d.an.Entities[id].Name
}
