package view

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// Storyline is one storyline with its events in the order of their first
// articles: what `storyline ID --json` prints and the API returns.
type Storyline struct {
	store.Storyline
	// Events are the storyline's events (stories), earliest first, undated
	// last.
	Events []store.Story `json:"events"`
	// Coverage is how the articles of all its events spread over the
	// outlets' leans (each outlet and article once).
	Coverage outlet.Coverage `json:"coverage"`
}

// StorylineDetail reads one storyline (by id, unique prefix, or the id of
// a storyline merged into it) with its events and its coverage by lean.
// Its main names and words, and its events', are shown as the events'
// titles write them (see DisplayStorylines), with an's titles.
func StorylineDetail(ctx context.Context, st store.Store, an *nlp.Analyzer, id string) (Storyline, error) {
	l, evs, err := st.Storyline(ctx, id)
	if err != nil {
		return Storyline{}, err
	}
	if evs == nil {
		evs = []store.Story{}
	}
	ix, err := outlets.Load(ctx, st)
	if err != nil {
		return Storyline{}, fmt.Errorf("storyline %s: %w", l.ID, err)
	}
	ids := make([]string, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	cov, err := outlets.UnionCoverage(ctx, st, ix, ids)
	if err != nil {
		return Storyline{}, fmt.Errorf("storyline %s: %w", l.ID, err)
	}
	nm := an.Naming(nlp.DefaultLang)
	// One analysis of the titles, and one look-up of every stem the page
	// shows in it, not one per event.
	ta := titleAnalysis(an, evs)
	stems := slices.Clone(l.Terms)
	for _, e := range evs {
		stems = append(stems, e.Terms...)
	}
	vocab := newTitleVocab(ta, stems, nm)
	names := newTitleNames([]*nlp.Analysis{ta}, l.Entities, evs, nm)
	l.Entities = storylineNames(l.Entities, names)
	l.Terms = vocab.words(l.Terms, l.Entities)
	for i := range evs {
		evs[i].Entities = storylineNames(evs[i].Entities, names)
		evs[i].Terms = vocab.words(evs[i].Terms, evs[i].Entities)
	}
	return Storyline{Storyline: l, Events: evs, Coverage: cov}, nil
}

// StorylineOf returns the summary of a story's storyline, nil when it has
// none (yet).
func StorylineOf(ctx context.Context, st store.StoryStore, s store.Story) (*store.Storyline, error) {
	if s.Storyline == "" {
		return nil, nil
	}
	l, _, err := st.Storyline(ctx, s.Storyline)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// Listed is one article as `articles --json` prints it and GET
// /api/v1/articles returns it: the article with its story (event) and
// storyline, both "" when it has not been grouped yet.
type Listed struct {
	*article.Article
	Story     string `json:"story"`
	Storyline string `json:"storyline"`
}

// ListArticles adds to each article its story and storyline.
func ListArticles(ctx context.Context, st store.StoryStore, arts []*article.Article) ([]Listed, error) {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	groups, err := st.Groupings(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Listed, len(arts))
	for i, a := range arts {
		g := groups[a.ID]
		out[i] = Listed{Article: a, Story: g.Story, Storyline: g.Storyline}
	}
	return out, nil
}

// Overview limits: how many sentences and words an overview holds.
const (
	overviewSentences = 3
	overviewWords     = 90
)

// Overview returns a one-paragraph extractive summary of a story: the
// lede of the article whose headline is the story's title, when it opens
// as a straight report does, else of another article that tells the
// title's happening (see storyLede; given as its outlet's when no other
// article states it in the same words), then the sentences that
// state the facts the most of its articles share and the lede does not
// restate. Without such a lede, the sentences of those facts, each
// taken from the article whose headline is the story's title when it
// states it (else from the first article that does), the one closest to
// the title first, the others most shared first. Only facts the articles
// surely share and agree on count (not a group that is possibly one fact,
// nor one whose articles give opposite accounts); facts that only one
// article reports are used only for a story of one article, or, when no
// shared fact is left to tell, the first sentence of the title's article
// that stands alone, given as its outlet's ("Reuters reports: …"); a
// transcript's line ("AMY GOODMAN: …") never. A sentence loses the source
// tag or dateline it opens with ("(CNN)", "WASHINGTON (AP) —").
func Overview(rep *compare.Report, title string) string {
	return tidySpaces(overview(rep, title))
}

// straySpace matches a space a cleaned text left before a comma, a full
// stop, a colon or a possessive ("Mueller 's", "justice ,").
var straySpace = regexp.MustCompile(`([\p{L}\d]) +([,;:]|\.(?:\s|$)|['’]s\b)`)

// tidySpaces returns s without the spaces of straySpace.
func tidySpaces(s string) string { return straySpace.ReplaceAllString(s, "$1$2") }

// overview is Overview before tidySpaces.
func overview(rep *compare.Report, title string) string {
	if rep == nil {
		return ""
	}
	preferred, outlet := "", ""
	for _, a := range rep.Articles {
		if a.Title == title {
			preferred, outlet = a.ID, a.Outlet
			break
		}
	}
	if columnAmongReports(rep, preferred) || previewAmongReports(rep, preferred) {
		// A column's opening and wording are its writer's verdict: the
		// overview tells the story from a report (issue 14,
		// sc4e4125c1e30fe25), the one whose headline shares the most of
		// the title's words.
		preferred, outlet = titleReport(rep, title)
	}
	minShare := 2
	if len(rep.Articles) < 2 {
		minShare = 1
	}
	// The title's report says what happened in its lede; the facts the
	// articles share follow it.
	people := storyPeople(rep)
	lede, ledeFact, ledeOutlet := storyLede(rep, preferred, title, true)
	if own, _ := ledeAs(rep, preferred, title, true); own != "" && jabbing(own) && ledeOutlet != outlet {
		// The title's article jabs (see plainerLede): its sentences are
		// not the ones the overview prefers either.
		preferred = ledeArticle(rep, ledeFact, lede, ledeOutlet)
	}
	if lede == "" {
		// No article reports the happening in its lede: a lede that
		// tells it as still to come on its day says the most (read on
		// the overviews of session 47, the events whose articles are
		// all previews lost their plain preview to takes and asides).
		lede, ledeFact, ledeOutlet = storyLede(rep, preferred, title, false)
	}
	shared := rep
	if ledeFact >= 0 {
		r := *rep
		r.Facts = slices.Delete(slices.Clone(rep.Facts), ledeFact, ledeFact+1)
		shared = &r
	}
	// The writer's own sentences first; sentences mostly of someone's
	// quoted words only when no fact is told otherwise (a string of
	// quotations says what was said, not what happened).
	if lede != "" {
		toldMember := ledeMember(rep, ledeFact, ledeArticle(rep, ledeFact, lede, ledeOutlet))
		if outletShare(rep, rep.Facts[ledeFact]) < minShare && ledeOutlet != "" {
			lede = reportedBy(lede, ledeOutlet) // one outlet's account, said to be one
			if strings.HasPrefix(lede, ledeOutlet+" reports: ") {
				// The credit in front would read as the next sentences'
				// too, which are other outlets'.
				return lede
			}
			// The credit reads as the next sentences' too: a sentence
			// of a fact the credited outlet does not report carries its
			// own outlet's credit.
			picked := overviewPick(shared, preferred, minShare, overviewPass{told: lede, toldMember: toldMember, people: people})
			return withLede(lede, creditOthers(picked, sourcesOf(shared, ledeOutlet), ledeOutlet), people)
		}
		return withLede(lede, overviewPick(shared, preferred, minShare, overviewPass{told: lede, toldMember: toldMember, people: people}), people)
	}
	var picked []string
	for _, pass := range []overviewPass{{people: people}, {previews: true, people: people}, {previews: true, quoted: true, people: people}} {
		if picked = overviewPick(rep, preferred, minShare, pass); len(picked) > 0 {
			break
		}
	}
	if len(picked) == 0 && preferred != "" && minShare > 1 {
		// No fact survives as shared (the outlets tell it in words the
		// comparison does not match): the title's report says what
		// happened in its own first sentence that stands alone. Of 80
		// events of two or more outlets of ABP (seed 3160), 26 had no
		// overview; read, about two in three of these sentences say
		// what happened, the others open a column or a feature, which
		// the outlet's name in front makes plain.
		own := *rep
		own.Facts = nil
		for _, f := range rep.Facts {
			if slices.ContainsFunc(f.Sentences, func(fs compare.FactSentence) bool { return fs.Article == preferred && fs.Paragraph >= 0 }) {
				own.Facts = append(own.Facts, f)
			}
		}
		if picked = overviewPick(&own, preferred, 1, overviewPass{people: people}); len(picked) > 0 {
			// One outlet's account, said to be one.
			picked = picked[:1]
			if outlet != "" {
				picked[0] = outlet + " reports: " + picked[0]
			}
		}
	}
	if best := mostShared(rep, picked, title); best > 0 {
		picked[0], picked[best] = picked[best], picked[0]
	}
	return strings.Join(picked, " ")
}

// reportedBy gives sentence s as outlet's account, the attribution at
// its end ("The senate voted on Tuesday to ban night ferries, Sorn Post
// reports.") so that it covers this sentence alone: the overview's next
// sentences are facts several articles share, which "Sorn Post reports:"
// in front read as that outlet's too (9 of 40 overviews read at the end
// of the eleventh sitting). A sentence that ends otherwise than with a
// full stop (a question, a quotation's mark) keeps the attribution in
// front.
func reportedBy(s, outlet string) string {
	s = strings.TrimRight(s, " ")
	for _, q := range []string{`."`, ".”"} {
		if strings.HasSuffix(s, q) {
			// A closing quotation: the credit after it, as a comma
			// closes the quotation ("… call "torture," Sorn Post reports.").
			return strings.TrimSuffix(s, q) + "," + q[1:] + " " + outlet + " reports."
		}
	}
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return outlet + " reports: " + s
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if strings.Count(last, ".") > 1 {
		return s + ", " + outlet + " reports." // "… in the U.S., Sorn Post reports."
	}
	return strings.TrimSuffix(s, ".") + ", " + outlet + " reports."
}

// withLede returns the overview that opens with lede and goes on with
// the sentences of picked that do not restate it and stand alone after
// the sentences before them (see laterStandsAlone, people the story's),
// as many as the overview's limits leave room for.
func withLede(lede string, picked []string, people []person) string {
	out, words := []string{lede}, len(strings.Fields(lede))-creditWords(lede)
	for _, s := range picked {
		n := len(strings.Fields(s)) - creditWords(s)
		if len(out) == overviewSentences || words+n > overviewWords {
			break
		}
		if s == lede || restates(s, lede) || opensOnBackNoun(s, strings.Join(out, " ")) || oneMore(s) || !laterStandsAlone(s, strings.Join(out, " "), people) || repeats(s, out) {
			continue
		}
		out = append(out, s)
		words += n
	}
	return strings.Join(out, " ")
}

// creditWords returns how many words the credit at the end of s takes
// (", Sorn Post reports." is 3), or 0: the overview's word limit is for
// what it tells, and a credit after another outlet's sentence (see
// creditOthers) should not push out the next.
func creditWords(s string) int {
	i := strings.LastIndex(s, ", ")
	if i < 0 || !strings.HasSuffix(s, " reports.") {
		return 0
	}
	if n := len(strings.Fields(s[i+2:])); n <= 6 {
		return n
	}
	return 0
}

// oneMore reports whether s opens with "Another" ("Another officer
// described the assault as …"): one more of something the sentences
// before it in its article told. As an overview's first sentence it may
// stand ("Another member of the press said on Thursday …"); after
// another outlet's sentence it names one more of nothing.
func oneMore(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return w == "Another"
}

// alsoEarly reports whether s says "also" among its first eight words
// outside quotation marks ("Lind also said in her prepared remarks …"):
// more of what a sentence before told, no overview's opening.
func alsoEarly(s string) bool {
	ws := strings.Fields(outsideQuotes(s))
	return slices.Contains(ws[:min(len(ws), 8)], "also")
}

// overviewPass says which sentences an overview may take besides the
// writer's account of what happened: previews of it (see preview), and
// sentences mostly inside quotation marks.
//
// told is what the overview tells before the picked sentences (its lede),
// which a sentence pointing back may point at ("The bill would …" after
// a lede that told the bill). people are the story's (see storyPeople),
// whom a sentence after the first names only once the overview named
// them (see laterStandsAlone).
//
// toldMember is the fact member the lede is (zero when unknown): a
// sentence that points back may follow it when it is the lede's next in
// its article (see leansBack).
type overviewPass struct {
	previews, quoted bool
	told             string
	toldMember       compare.FactSentence
	people           []person
}

// overviewPick picks Overview's sentences from the facts reported by at
// least minShare articles, from the article preferred where it states
// them, as pass allows.
func overviewPick(rep *compare.Report, preferred string, minShare int, pass overviewPass) []string {
	var picked []string
	prev := pass.toldMember
	words := 0
	seen := map[string]bool{}
	// A column's or, when a report is there, a preview's wording of a
	// fact only when no report has it.
	opinionIDs := map[string]bool{}
	reports := hasReport(rep)
	for _, a := range rep.Articles {
		if commentaryPiece(a) || reports && a.Preview {
			opinionIDs[a.ID] = true
		}
	}
	for _, f := range ledeFirst(rep.Facts, preferred) {
		if len(f.ReportedBy) < minShare || len(f.Sentences) == 0 || f.Tentative || len(f.Conflict) > 0 || outletShare(rep, f) < minShare {
			continue
		}
		member := f.Sentences[0]
		s := sentenceOf(member)
		if opinionIDs[f.Sentences[0].Article] {
			// A column's wording of the fact only when no report has it.
			if i := slices.IndexFunc(f.Sentences, func(fs compare.FactSentence) bool { return !opinionIDs[fs.Article] }); i > 0 {
				member = f.Sentences[i]
				s = sentenceOf(member)
			}
		}
		for _, fs := range f.Sentences {
			if fs.Article == preferred {
				if fs.Paragraph < 0 {
					s = "" // the headline itself
				} else {
					member = fs
					s = sentenceOf(fs)
				}
				break
			}
		}
		if s != "" && bareQuote(s, member, f) {
			continue // someone's words without marks nor speaker
		}
		s = withoutDateline(s)
		n := len(strings.Fields(s))
		if s == "" || seen[s] || n > overviewWords || speakerLabel.MatchString(s) || !standsAlone(s) || !endsSentence(s) || cutShort(s) || asks(s) || pageLine(s) || !pass.quoted && mostlyQuoted(s) || !pass.previews && preview(s) {
			continue
		}
		before := strings.TrimSpace(pass.told + " " + strings.Join(picked, " "))
		if opensOnBackNoun(s, before) || len(picked) > 0 && oneMore(s) || len(picked) == 0 && pass.told == "" && alsoEarly(s) {
			continue
		}
		if before != "" && !laterStandsAlone(s, before, pass.people) {
			continue
		}
		if leansBack(s) && !followsInArticle(member, prev) || repeats(s, append([]string{pass.told}, picked...)) {
			continue // leans on its article's sentence before it, or tells a fact told (h/overview58)
		}
		if len(picked) > 0 && words+n > overviewWords {
			break
		}
		seen[s] = true
		prev = member
		picked = append(picked, s)
		words += n
		if len(picked) == overviewSentences {
			break
		}
	}
	return picked
}

// ledeFirst orders facts by where the preferred article (the title's)
// tells them, its lede first: a straight report opens with what happened,
// and a fact it opens with that others share is the event's core. Facts it
// does not tell follow in their order (most widely reported first).
func ledeFirst(facts []compare.Fact, preferred string) []compare.Fact {
	if preferred == "" {
		return facts
	}
	at := func(f compare.Fact) int {
		for _, fs := range f.Sentences {
			if fs.Article == preferred && fs.Paragraph >= 0 {
				return fs.Paragraph
			}
		}
		return math.MaxInt
	}
	out := slices.Clone(facts)
	slices.SortStableFunc(out, func(a, b compare.Fact) int { return cmp.Compare(at(a), at(b)) })
	return out
}

// previewMarks are the phrases with which a report looks ahead to what it
// reports ("is poised to", "as voters go to the polls"): written before
// the happening, they say less than an account of it.
var previewMarks = []string{"poised to", " set to ", "expected to", "another chance to", "go to the polls",
	"head to the polls", "heads to the polls", "preparing to", "prepares to", "gearing up", "ahead of tuesday",
	"ahead of the vote", "ahead of the debate", "ahead of the hearing", "will face off", "are slated to", "is slated to",
	// A scheduling note ("the harbour board has scheduled a news
	// conference for Friday") and a plan told in the past perfect ("had
	// planned to visit"), which a later turn undid, say what was to come.
	"scheduled a news conference", "scheduled a press conference", "news conference for", "press conference for",
	"is scheduled to", "are scheduled to", "was scheduled to", "were scheduled to", "had planned to", "had been planned",
	"had been scheduled", "heads to the floor", "head to the floor", "heads for a vote", "head for a vote",
	// An election day's report before the result ("the race went to the
	// voters Tuesday").
	"went to the voters", "go to the voters", "goes to the voters", "going to the voters",
	// A preview's guide to the day (h/read58, the first 2015 Democratic
	// debate).
	"what to watch", "what to expect", "what to look for", "things to watch"}

// pastExpectation matches an outcome told as expected before it came
// ("aides said they expected the mayor to win"), and facesTest a vote
// told as a test still to come ("Ostin faces a high-stakes test in
// Tuesday's primary"): read on the overviews of session 55, such a lede
// opened the overview of an upset and of a primary whose results the
// members reported. poisedOn is "poised to" with a day between ("is
// poised Monday to select"). Lower case, as previewAs reads them.
var (
	poisedOn        = regexp.MustCompile(`\bpoised (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight) to\b`)
	pastExpectation = regexp.MustCompile(`\bexpected (?:[\w'’-]+ ){1,4}to (?:win|carry|pass|prevail|sail)\b`)
	// favourites: who is favoured to win before the vote ("are the
	// overwhelming favorites in the state"), a preview's line beside the
	// results (h/read56, the New Hampshire primary).
	favourites = regexp.MustCompile(`\b(?:is|are|was|were|remains?) (?:the )?(?:[\w'’-]+ )?favou?rites?\b|\bfavou?red to win\b`)
	facesTest  = regexp.MustCompile(`\bfaces? (?:a|an|another|its|his|her|their) (?:[\w'’-]+ ){0,2}(?:test|showdown)\b`)
)

// earlyCount matches early returns ("With 37 percent of the precincts
// reporting, …"): a count on the way, which the result tells better.
// Under 95 percent only: "with 100 percent of precincts reporting" is the
// count.
var earlyCount = regexp.MustCompile(`\b(?:[0-9]|[1-8][0-9]|9[0-4])(?:\.[0-9]+)? ?(?:percent|%) of (?:the )?(?:precincts|votes?|ballots)\b`)

// aheadOn matches, outside quotation marks, a happening told as still to
// come on a day the sentence names ("Senators will question the harbour
// master on Tuesday", "Ostin is heading to the harbour Thursday",
// "On Friday, Lind plans to visit"), and toldOn a day word; told says
// someone in the sentence said or announced it ("Ostin said on Tuesday
// she will run"), which is the happening rather than a preview of it.
var (
	aheadOn = regexp.MustCompile(`\b(?:will|won't|won’t|is planning to|are planning to|is heading to|are heading to|heads to|is headed to|are headed to)\b`)
	toldOn  = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)\b`)
	told    = regexp.MustCompile(`\b(?:announced|announces|announcing|reported|reports|confirmed|confirms|vowed|vows|promised|promises|pledged|pledges|predicted|predicts|tweeted|tweets|acknowledged|insisting|telling|made clear|making clear)\b`)
)

// pastVerbs are verbs in the past tense that do not end in -ed: before
// the future of aheadOn they tell a happening done ("The powers struck a
// deal Sunday, hoping it will …").
var pastVerbs = map[string]bool{"struck": true, "made": true, "gave": true, "took": true, "won": true, "lost": true,
	"met": true, "held": true, "came": true, "went": true, "left": true, "sent": true, "led": true, "became": true,
	"began": true, "broke": true, "brought": true, "chose": true, "fell": true, "found": true, "got": true, "hit": true,
	"kept": true, "knew": true, "put": true, "ran": true, "rose": true, "saw": true, "set": true, "shot": true,
	"spoke": true, "stood": true, "swore": true, "threw": true, "wrote": true, "told": true, "said": true, "cut": true,
	"paid": true, "sought": true, "fought": true, "drew": true, "froze": true, "quit": true, "shut": true}

// notPast are words ending in -ed that are no past tense.
var notPast = map[string]bool{"need": true, "feed": true, "seed": true, "speed": true, "breed": true, "indeed": true,
	"hundred": true, "bed": true, "red": true, "shed": true}

// doneBefore reports whether the words of own before byte offset at hold
// a verb in the past tense (a small word ending in -ed, or one of
// pastVerbs).
func doneBefore(own string, at int) bool {
	for _, w := range strings.FieldsFunc(own[:at], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if pastVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") && unicode.IsLower(rune(w[0])) && !strings.Contains(w, "-") && !notPast[w] {
			return true
		}
	}
	return false
}

// aheadOfDay reports whether own (a sentence outside quotation marks)
// tells a happening still to come on a day it names: a future of aheadOn
// with the day after it ("Senators will question Ostin on Tuesday"), or
// before it with no verb of a happening done before the future ("On
// Friday, Lind is heading to …"; not "Ostin won on Tuesday, and will
// …"), and no one in the sentence saying so.
func aheadOfDay(own string) bool {
	m := aheadOn.FindStringIndex(own)
	if m == nil || sayingVerbs.MatchString(strings.ToLower(own)) || told.MatchString(own) {
		return false
	}
	if i := strings.Index(own[m[1]:], " but "); i >= 0 && doneBefore(own[m[1]+i+5:], len(own[m[1]+i+5:])) {
		return false // "Ostin will stay on, but voters cut her majority on Monday": a result
	}
	if toldOn.MatchString(own[m[1]:]) {
		return true
	}
	return toldOn.MatchString(own[:m[0]]) && !doneBefore(own, m[0])
}

// preview reports whether s, outside quotation marks, looks ahead to a
// happening (see previewMarks): also a happening still to come on a day
// the sentence names, unless someone in it says so (see aheadOn). Read
// on the overviews of session 47, such a line opened the overview of a
// testimony, a debate and a meeting whose reports were members.
func preview(s string) bool { return previewAs(s, true) }

// previewAs is preview; with ahead false, a happening still to come on a
// day the sentence names (aheadOfDay) is no preview.
func previewAs(s string, ahead bool) bool {
	own := outsideQuotes(s)
	if ahead && aheadOfDay(own) {
		return true
	}
	ls := " " + strings.ToLower(own) + " "
	if pastExpectation.MatchString(ls) || facesTest.MatchString(ls) || poisedOn.MatchString(ls) || favourites.MatchString(ls) {
		return true
	}
	if earlyCount.MatchString(ls) && strings.Contains(ls, "reporting") || strings.Contains(ls, " counted") && earlyCount.MatchString(ls) {
		return true
	}
	for _, m := range previewMarks {
		if strings.Contains(ls, m) {
			return true
		}
	}
	return false
}

// outsideQuotes returns s without the words inside double quotation
// marks.
func outsideQuotes(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if r == '"' || r == '“' || r == '”' {
			in = !in
			b.WriteByte(' ')
			continue
		}
		if !in {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mostlyQuoted reports whether more than half of the words of s stand
// inside double quotation marks (straight or curly, mixed as sources mix
// them).
func mostlyQuoted(s string) bool {
	in, inside, all, start := false, 0, 0, 0
	for i, r := range s {
		if r != '"' && r != '“' && r != '”' {
			continue
		}
		n := len(strings.Fields(s[start:i]))
		all += n
		if in {
			inside += n
		}
		in = !in
		start = i + utf8.RuneLen(r)
	}
	n := len(strings.Fields(s[start:]))
	all += n
	if in {
		inside += n
	}
	return 2*inside > all
}

// leaningOn are the words with which a sentence leans on the one before
// it: a pronoun whose person or thing it named ("He said…", "It
// passed…"), or a conjunction that answers it ("But here's the problem").
var leaningOn = map[string]bool{"he": true, "she": true, "it": true, "they": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "but": true, "and": true, "yet": true, "so": true,
	"still": true, "however": true, "instead": true, "meanwhile": true, "also": true, "he's": true, "he’s": true,
	"she's": true, "she’s": true, "it's": true, "it’s": true, "they're": true, "they’re": true, "that's": true, "that’s": true,
	"both": true, "then": true, "thereafter": true, "afterward": true, "afterwards": true, "moreover": true, "furthermore": true,
	"nevertheless": true, "nonetheless": true, "thus": true, "hence": true, "therefore": true, "likewise": true, "similarly": true,
	"otherwise": true}

// firstPerson are the words with which a sentence speaks in the first
// person: outside quotation marks, someone's own words whose speaker the
// sentence does not name (a testimony's or a transcript's line, "I deny
// the allegation"), not the story's facts.
var firstPerson = map[string]bool{"i": true, "i'm": true, "i’m": true, "i've": true, "i’ve": true, "we": true,
	"we're": true, "we’re": true, "my": true, "our": true}

// asks reports whether s, outside quotation marks, ends as a question: a
// question tells no happening ("Are you eligible for a check?", a
// poll's question set as a heading).
func asks(s string) bool {
	return strings.HasSuffix(strings.TrimRight(outsideQuotes(s), " )]"), "?")
}

// pageCalls are the verbs with which a page speaks to its reader ("Send
// us your pictures", "Click here", "Sign up…"): the page's own line, no
// fact of the story.
var pageCalls = map[string]bool{"send": true, "click": true, "sign": true, "subscribe": true, "follow": true,
	"watch": true, "listen": true, "download": true, "tap": true, "share": true, "join": true, "read": true}

// pageLine reports whether s is a line of the page around a story rather
// than its text: a call to the reader (see pageCalls), or a picture's
// caption that points at who is where ("(left)", "(pictured)") or
// runs into its credit after a bar ("… | REUTERS").
func pageLine(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	if pageCalls[strings.ToLower(w)] {
		return true
	}
	for _, m := range []string{"(left)", "(right)", "(center)", "(centre)", "(pictured)", "(above)", "(below)", " | "} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// standsAlone reports whether sentence s can open or join an overview on
// its own: it starts with a capital, a digit or an opening quotation mark
// (not inside a quotation, not with "…"), does not lean on the sentence
// before it (see leaningOn) nor speak in the first person outside
// quotation marks (see firstPerson), and closes every quotation it opens
// (a quotation that runs on into the next sentence is cut off).
func standsAlone(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘') {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '“' || r == '‘' })
	if len(words) == 0 || leaningOn[strings.ToLower(strings.TrimRight(words[0], ",;:"))] {
		return false
	}
	if len(words) > 1 {
		// "After all, …", "Shortly thereafter …", "One was …": two words
		// that answer or count off what came before.
		switch strings.ToLower(words[0]) + " " + strings.ToLower(strings.TrimRight(words[1], ",")) {
		case "after all", "shortly thereafter", "shortly afterward", "soon after", "one was", "one is", "the other", "the two", "the three":
			return false
		}
		switch strings.ToLower(words[0]) + " " + strings.ToLower(words[1]) {
		case "a second,", "a third,", "a fourth,", "a fifth,":
			return false // "A third, Rep. …, voted …": the next of those counted before ("A second quake hit …" counts nothing)
		case "in exchange,", "in return,", "in response,", "in turn,", "in addition,", "by contrast,", "in contrast,":
			return false // "In exchange, two pilots were freed": for what the sentence before told
		}
	}
	if someonesWords(s) {
		return false // also a first-person opening outside quotes ("I deny …")
	}
	if strings.Contains(s, ".“") || strings.Contains(s, "?“") || strings.Contains(s, "!“") {
		return false // two sentences run together where the page lost a space
	}
	switch strings.ToLower(words[0]) {
	case "yes,", "no,", "well,", "sure,", "indeed,", "okay,", "ok,", "rather,":
		return false // "Yes, the rate has fallen": an answer to what came before; "Rather, …" its correction
	}
	if strings.HasSuffix(words[0], ",") && enumerators[strings.ToLower(strings.TrimSuffix(words[0], ","))] {
		return false // "Second, bombing the plant…": the second of a list
	}
	if !refersWithin(s) {
		return false
	}
	// Marks are counted together: sources mix straight and curly ones
	// ("saying, \"If we had confidence … we would so state.”").
	return (strings.Count(s, "“")+strings.Count(s, "”")+strings.Count(s, "\""))%2 == 0
}

// someonesWords reports whether s, outside its quotation marks, is
// someone's own words or opinion printed without marks: it speaks in the
// first or second person anywhere ("… to protect our foreign partners",
// a columnist's "we may see soon enough", "You might say"), exclaims
// ("… should be forced to resign from Congress!", a tweet set as a
// block), or says what must or should be with no one named saying it. A
// report's sentence does none of these; in an overview such a line reads
// as the story's own statement (the blind overview readings found them).
func someonesWords(s string) bool {
	out := outsideQuotes(s)
	if strings.HasSuffix(strings.TrimRight(out, " )]"), "!") {
		return true
	}
	words := strings.FieldsFunc(out, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for _, w := range words {
		lw := strings.ToLower(w)
		if firstPerson[lw] && w != "US" || lw == "us" && w != "US" || lw == "you" || lw == "your" {
			return true
		}
	}
	// "Allegations of assault must be taken seriously": what must or
	// should be, said by no one the sentence names, is an opinion.
	low := " " + strings.ToLower(strings.Join(words, " ")) + " "
	return (strings.Contains(low, " must ") || strings.Contains(low, " should ") || strings.Contains(low, " ought to ")) && !sayingVerbs.MatchString(low)
}

// sayingVerbs tell that someone named in the sentence says or urges what
// it reports ("Pelosi said the House must act").
var sayingVerbs = regexp.MustCompile(`\b(?:said|says|say|saying|told|tells|argued|argues|arguing|warned|warns|warning|wrote|writes|according to|urged|urges|urging|called for|calls for|calling for|insisted|insists|believes|believe|added|adds|stated|states|declared|declares|demanded|demands|ruled|rules|asked|asks|suggested|suggests|contended|contends)\b`)

// enumerators, with a comma, open the next item of a list the sentences
// before began ("Second, …", "Finally, …").
var enumerators = map[string]bool{"second": true, "third": true, "fourth": true, "secondly": true, "thirdly": true,
	"finally": true, "lastly": true, "next": true, "additionally": true, "besides": true}

// thirdPerson are the pronouns that stand for a person or thing named
// before (possessives mostly point at the sentence's own subject: "The
// officials offered their support"); objectPronouns those that end a sentence as its object ("…
// voted in favor of it.").
var (
	thirdPerson    = map[string]bool{"he": true, "she": true, "they": true, "him": true, "them": true}
	objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true}
)

// openers are words capitalised only because they open a sentence: no
// name of anyone.
var openers = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "after": true,
	"before": true, "when": true, "as": true, "for": true, "with": true, "by": true, "from": true, "during": true,
	"while": true, "since": true, "if": true, "although": true, "though": true, "once": true, "under": true, "over": true,
	"about": true, "according": true, "some": true, "many": true, "most": true, "all": true, "no": true, "nearly": true,
	"several": true, "more": true, "only": true, "there": true, "what": true, "why": true, "how": true, "who": true,
	// A count that opens a sentence ("Seven people are in critical
	// condition, he said.") names no one either.
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "dozens": true, "hundreds": true, "thousands": true}

// refersWithin reports whether the pronouns of s, outside quotation
// marks, can find what they stand for in s itself: a sentence whose
// speaker or actor is only "she" ("“…,” she countered") and names no one
// outside the quotation, one that is a bare quotation with no one named
// outside it, and one that ends on a pronoun as its object ("Fifteen
// Republicans voted for it.") lean on the sentences before them.
func refersWithin(s string) bool {
	out := strings.Fields(outsideQuotes(s))
	if len(out) == 0 {
		return false // a quotation and nothing else: whose words?
	}
	last := strings.ToLower(strings.TrimRight(out[len(out)-1], ".!?,;:’'\"”"))
	if objectPronouns[last] && !endsQuoting(s) {
		return false
	}
	if low := " " + strings.ToLower(strings.Join(out, " ")) + " "; strings.Contains(low, " of them ") ||
		strings.Contains(low, " of those ") || strings.Contains(low, " of these ") {
		return false // "Twelve of them were …": of whom?
	}
	for i := 1; i+2 < len(out); i++ {
		// "Cuba, the officials said, also freed …": which officials? (At
		// the opening, opensOnBackNoun asks whether the overview named
		// one before.)
		if strings.ToLower(out[i]) == "the" {
			if n := strings.ToLower(strings.Trim(out[i+1], ",;:")); personActs[n] && officialActs[strings.ToLower(strings.Trim(out[i+2], ",;:."))] {
				return false
			}
		}
	}
	pronoun, named := false, false
	for i, w := range out {
		w = strings.Trim(w, ",;:.!?()—–-")
		if w == "" {
			continue
		}
		if thirdPerson[strings.ToLower(w)] {
			pronoun = true
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && (i > 0 || !openers[strings.ToLower(w)] && !thirdPerson[strings.ToLower(w)]) {
			named = true
		}
	}
	if mostlyQuoted(s) && !named {
		return false // a quotation whose speaker the sentence does not name
	}
	return (!pronoun || named) && !pointsBack(out)
}

// prepositions after which "that" or "this" is a determiner ("on that
// rhetoric"), not a conjunction ("said that the…").
var prepositions = map[string]bool{"on": true, "in": true, "of": true, "about": true, "to": true, "with": true,
	"for": true, "by": true, "from": true, "at": true, "over": true, "against": true, "after": true, "before": true}

// timeNouns are what "this" or "that" points at in a phrase of time ("on
// that day", "at this point"), which needs nothing before it.
var timeNouns = map[string]bool{"week": true, "weekend": true, "year": true, "month": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "time": true, "point": true, "season": true, "spring": true,
	"summer": true, "fall": true, "autumn": true, "winter": true, "day": true, "days": true, "moment": true,
	"hour": true, "decade": true, "century": true}

// pointsBack reports whether the words ws (a sentence's, outside
// quotation marks) point back with a demonstrative at a thing named
// before the sentence: "doubled down on that rhetoric", "did not
// disclose those conversations". "Those who…", "those deemed at risk",
// "these days" and a phrase of time ("on that day") need nothing before
// them.
func pointsBack(ws []string) bool {
	word := func(i int) string { return strings.ToLower(strings.Trim(ws[i], ",;:.!?()—–-\"“”‘’")) }
	for i := 0; i+1 < len(ws); i++ {
		next := word(i + 1)
		if next == "" || timeNouns[next] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
			continue
		}
		switch word(i) {
		case "those", "these":
			switch next {
			case "who", "that", "which", "whose", "with", "in", "of", "at", "on", "for", "from":
				continue
			}
			if strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en") {
				continue // "those deemed at risk", "those taken": whoever is so
			}
			return true
		case "that", "this":
			if i > 0 && prepositions[word(i-1)] || backNouns[next] {
				return true // "on that rhetoric", "clarified that answer"
			}
		case "such":
			switch next {
			case "as", "a", "an", "that":
				continue
			}
			return true // "any such shake-up"
		}
	}
	return false
}

// backNouns are the nouns that, after "the", "that" or "this", point at
// something said or done that a sentence before told ("Mueller later
// clarified that answer", "The plan won the support of 61 percent",
// "The cables warned…"): in an overview, whose sentences come
// from different places, what they point at is mostly missing (the blind
// overview readings of sessions 38 and 41 found them).
var backNouns = map[string]bool{"answer": true, "remark": true, "remarks": true, "comment": true, "comments": true,
	"claim": true, "claims": true, "statement": true, "decision": true, "move": true, "plan": true, "proposal": true,
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "cables": true, "documents": true,
	"incident": true, "episode": true, "threshold": true, "figure": true, "tally": true, "increase": true, "request": true, "idea": true, "announcement": true,
	"revelation": true, "revelations": true, "disclosure": true, "exchange": true, "rhetoric": true, "criticism": true,
	// "The words were those of …": whose words? (the reading of session
	// 42).
	"words": true}

// unnamedNouns are the nouns that, opening a sentence after "The" ("The
// agreement includes …", "The others are …", "The billionaire is heading
// …"), or as a short line's thing ("On Friday, the senate passed the
// measure 61-12."), stand for a pact, a bill, a clip, the rest of a
// list or someone called by an epithet that the sentences before named
// (the overview readings of session 47). Inside a sentence ("confirmed
// that measure will …") they mostly point at what the sentence itself
// names, so pointsBack does not take them.
var unnamedNouns = map[string]bool{"agreement": true, "deal": true, "pact": true, "accord": true, "measure": true,
	"bill": true, "legislation": true, "others": true, "rivals": true, "film": true, "footage": true, "clip": true}

// epithets are the words that call a person by what he is rather than
// by name ("The billionaire is heading to …"): unnamed unless a name
// follows in the next words ("The billionaire investor Lena Ost …").
var epithets = map[string]bool{"billionaire": true, "mogul": true, "tycoon": true, "businessman": true}

// backNoun reports whether n opens a sentence after "The" as something
// told before (see backNouns, unnamedNouns).
func backNoun(n string) bool { return backNouns[n] || unnamedNouns[n] }

// backKin are the backNouns that name one thing in other words: "The
// deal" after an agreement was told points at it.
var backKin = [][]string{{"agreement", "deal", "pact", "accord", "treaty"},
	{"measure", "bill", "legislation", "resolution", "law", "act"}, {"film", "footage", "clip", "video"},
	{"rivals", "candidates", "opponents"}}

// personActs are the nouns that, after "The" and before a word of
// officialActs or a comma, stand for a person the sentence does not name
// ("The senator said …").
var personActs = map[string]bool{"official": true, "officials": true, "senator": true, "lawmaker": true,
	"lawmakers": true, "congressman": true, "congresswoman": true}

// officialActs are the words after "The official" with which it stands
// for a person the sentence does not name ("The official said …", "The
// official, who …"), not the adjective ("The official count …").
var officialActs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "who": true,
	"declined": true, "spoke": true, "asked": true, "noted": true, "confirmed": true, "did": true, "does": true,
	"has": true, "had": true, "is": true, "was": true, "were": true, "are": true, "would": true, "could": true,
	"familiar": true, "speaking": true, "also": true, "insisted": true, "described": true, "explained": true,
	"cautioned": true, "warned": true, "cited": true, "acknowledged": true, "stressed": true, "requested": true}

// opensOnBackNoun reports whether s opens with "The" and a noun of
// backNouns or unnamedNouns (or an epithet with no name after it, see
// epithets) that the overview's text before it does not have, itself or
// its kin ("The plan …" with no plan told before).
//
// A short line that opens with a phrase of time (see shortOnBackNoun)
// opens on such a noun too; so does "The official" or "The senator" as
// someone who acts or speaks (see personActs, officialActs).
func opensOnBackNoun(s, before string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	if ws[0] != "The" {
		return shortOnBackNoun(ws, before)
	}
	n := strings.ToLower(strings.Trim(ws[1], ",;:.’'"))
	if epithets[n] {
		for _, w := range ws[2:min(len(ws), 5)] {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				return false // "The billionaire investor Lena Ost …": named
			}
		}
		return !toldBefore(n, before)
	}
	if personActs[n] {
		if len(ws) < 3 {
			return false
		}
		next := strings.ToLower(strings.Trim(ws[2], ",;:.’'"))
		return (strings.HasSuffix(ws[1], ",") || officialActs[next]) && !toldBefore(n, before)
	}
	return backNoun(n) && !toldBefore(n, before)
}

// toldBefore reports whether the text before has the noun n of backNouns
// or one of its kin (see backKin), in the singular or the plural.
func toldBefore(n, before string) bool {
	kin := []string{n}
	for _, k := range backKin {
		if slices.Contains(k, n) {
			kin = k
		}
	}
	for _, w := range longWords(before) {
		for _, k := range kin {
			if w == k || w+"s" == k || w == k+"s" {
				return true
			}
		}
	}
	return false
}

// shortOnBackNoun reports whether ws, a sentence of at most ten words
// opening with a phrase of time ("On Friday," "Late Monday,"), holds
// "the" and a noun of backNouns not told before: a short line whose
// thing is named only where its article named it first.
func shortOnBackNoun(ws []string, before string) bool {
	if len(ws) > 10 || !strings.HasSuffix(ws[0], ",") && (len(ws) < 3 || !strings.HasSuffix(ws[1], ",")) {
		return false
	}
	if !toldWhen.MatchString(strings.Join(ws[:2], " ")) {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if strings.ToLower(ws[i]) == "the" {
			if n := strings.ToLower(strings.Trim(ws[i+1], ",;:.’'")); backNoun(n) && !toldBefore(n, before) {
				return true
			}
		}
	}
	return false
}

// endsQuoting reports whether s ends inside a quotation it closes
// ("… were making it \"impossible for me to run the harbour.\""): the words
// before the quotation do not end the sentence.
func endsQuoting(s string) bool {
	s = strings.TrimRight(s, " .!?…")
	return strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”")
}

// withoutDateline returns s without the dateline or source tag it opens
// with ("WASHINGTON (AP) —", "(CNN)", "WASHINGTON—"), as the comparison
// cuts it from the sentences it shows (compare.DatelineLen).
func withoutDateline(s string) string {
	return strings.TrimSpace(s[compare.DatelineLen(s):])
}

// speakerLabel matches a transcript's line, which opens with its
// speaker's name in capitals and a colon ("AMY GOODMAN: …", "SEN. ADA
// KESSLER: …"): someone's words, not the story's facts.
var speakerLabel = regexp.MustCompile(`^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}:`)

// closestTo returns the index of the sentence of ss that shares the most
// words of four letters or more with title (the first on a tie).
func closestTo(ss []string, title string) int {
	tw := map[string]bool{}
	for _, w := range longWords(title) {
		tw[w] = true
	}
	best, bestN := 0, -1
	for i, s := range ss {
		n := 0
		seen := map[string]bool{}
		for _, w := range longWords(s) {
			if tw[w] && !seen[w] {
				seen[w] = true
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// endsSentence reports whether s ends as a sentence does: with a full
// stop, a question or exclamation mark or an ellipsis, before any closing
// quotation marks or brackets. A standfirst, heading or caption a page
// sets apart without one would run into the next sentence of the
// overview.
func endsSentence(s string) bool { return compare.EndsSentence(s) }

// cutShort reports whether s ends with an ellipsis of its own rather than
// a full stop (a quotation's trailing "…”" aside): a sentence its page or
// the cleaner cut short ("the phone number redirects to Wohl's mother's
// voicemail…"), no sentence for an overview.
func cutShort(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}

// notWordRune reports whether r is neither a letter nor a digit.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
