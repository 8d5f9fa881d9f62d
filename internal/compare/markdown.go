package compare

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
)

// WriteMarkdown writes r as a Markdown report for people who have never
// seen Parallax: headings, a sentence on what each section means, quotes
// side by side and the diff of altered quotes.
func WriteMarkdown(w io.Writer, r *Report) error {
	return WriteStoryMarkdown(w, r, "", "")
}

// WriteStoryMarkdown writes r as WriteMarkdown does under a story's title
// and its overview: the title heads the document, the overview follows it,
// and the comparison's own heading becomes a section under the title. An
// empty title writes what WriteMarkdown writes.
func WriteStoryMarkdown(w io.Writer, r *Report, title, overview string) error {
	m := &mdWriter{r: r, names: ArticleLabels(r.Articles), title: title, overview: overview}
	m.header()
	m.differences()
	m.outlets()
	m.facts()
	m.quotes()
	m.naming()
	m.words()
	m.numbers()
	m.copies()
	m.timeline()
	_, err := io.WriteString(w, m.b.String())
	return err
}

// ArticleLabels names each article by its outlet, numbered in input order
// when the outlet has several articles ("Continental Wire (2)").
func ArticleLabels(arts []Article) map[string]string {
	per := map[string]int{}
	for _, a := range arts {
		per[a.Outlet]++
	}
	seen := map[string]int{}
	labels := make(map[string]string, len(arts))
	for _, a := range arts {
		labels[a.ID] = a.Outlet
		if per[a.Outlet] > 1 {
			seen[a.Outlet]++
			labels[a.ID] = fmt.Sprintf("%s (%d)", a.Outlet, seen[a.Outlet])
		}
	}
	return labels
}

// mdWriter accumulates the report.
type mdWriter struct {
	r              *Report
	b              strings.Builder
	names          map[string]string // article id → outlet label
	outletByID     map[string]string // article id → Article.Outlet, built by outletOfArticle
	outletArticles map[string]int    // outlet → its articles in the story, built by outletTotals
	title          string            // the story's title, "" for none
	overview       string            // the story's overview under its title
}

func (m *mdWriter) p(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

// who names an article.
func (m *mdWriter) who(id string) string { return m.names[id] }

// whos names a list of articles.
func (m *mdWriter) whos(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = m.who(id)
	}
	return strings.Join(out, ", ")
}

// describedSide tells, for a descriptor variant one of whose forms is
// the other with a description added ("Bernie Sanders, a self-proclaimed
// …" against "Bernie Sanders"), which form is the described one and
// which the plain name, so that the plain name is not listed as if it
// were the descriptor. ok is false for other variants.
func describedSide(v Variant) (described, plain int, ok bool) {
	if v.Kind != VariantDescriptor || v.Forms[0] == v.Forms[1] {
		return 0, 0, false
	}
	for d := 0; d < 2; d++ {
		if strings.Contains(v.Forms[d], v.Forms[1-d]) {
			return d, 1 - d, true
		}
	}
	return 0, 0, false
}

// maxMissingNamed is the longest not-in list named article by article;
// a longer one is said as a count with its outlets (missingList).
const maxMissingNamed = 4

// missingList names the articles a fact group is not in: each by its
// label when they are few, else as "9 of 13 articles (CNN ×3, NPR, …)",
// each outlet once with the number of its articles, so that the list
// does not fill the line.
func (m *mdWriter) missingList(ids []string) string {
	if len(ids) <= maxMissingNamed {
		return m.whos(ids)
	}
	return fmt.Sprintf("%d of %d articles (%s)", len(ids), len(m.r.Articles), outletCounts(m.outletOfArticle(), m.outletTotals(), m.names, ids))
}

// outletCounts lists the outlets (outlet, article id → outlet) of the
// articles ids, in the order they first come, each once, "×N" after one
// with N > 1 of them. An outlet with more articles in the story (total,
// outlet → its articles) than are listed is named by the labels of the
// listed ones ("USA TODAY (2)", names: article id → label), so that a
// bare outlet name always means every article of it.
func outletCounts(outlet map[string]string, total map[string]int, names map[string]string, ids []string) string {
	var order []string
	n := map[string]int{}
	of := map[string][]string{}
	for _, id := range ids {
		o := outlet[id]
		if n[o] == 0 {
			order = append(order, o)
		}
		n[o]++
		of[o] = append(of[o], id)
	}
	for i, o := range order {
		switch {
		case n[o] < total[o]:
			labels := make([]string, len(of[o]))
			for j, id := range of[o] {
				labels[j] = names[id]
			}
			order[i] = strings.Join(labels, ", ")
		case n[o] > 1:
			order[i] = fmt.Sprintf("%s ×%d", o, n[o])
		}
	}
	return strings.Join(order, ", ")
}

// outletTotals returns the number of the story's articles of each outlet,
// built once per writer.
func (m *mdWriter) outletTotals() map[string]int {
	if m.outletArticles == nil {
		m.outletArticles = map[string]int{}
		for _, a := range m.r.Articles {
			m.outletArticles[a.Outlet]++
		}
	}
	return m.outletArticles
}

// outletOfArticle returns the outlet of each article by id, built once per
// writer: asked per fact and per article's list, a map per call made the
// lists cubic in the articles.
func (m *mdWriter) outletOfArticle() map[string]string {
	if m.outletByID == nil {
		m.outletByID = make(map[string]string, len(m.r.Articles))
		for _, a := range m.r.Articles {
			m.outletByID[a.ID] = a.Outlet
		}
	}
	return m.outletByID
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

func (m *mdWriter) header() {
	r := m.r
	level := "#"
	if m.title != "" {
		m.p("# %s\n\n", m.title)
		if m.overview != "" {
			m.p("%s\n\n", m.overview)
		}
		level = "##"
	}
	m.p("%s How %s tell the story\n\n", level, plural(len(r.Articles), "article", "articles"))
	if r.SameStory {
		m.p("**One story.** These articles report the same event: %s.\n\n", r.Story.Reason)
	} else {
		m.p("**Not one story.** %s; the comparison below may pair unrelated facts.\n\n", r.Story.Reason)
	}
}

// differences writes the "What differs" summary: the differences that
// matter most, one sentence each, an altered quote with its word diff.
func (m *mdWriter) differences() {
	m.p("## What differs\n\n")
	if len(m.r.Differences) == 0 {
		m.p("Nothing sets the outlets' accounts apart: no altered quote, disputed figure, charged name or fact only one reports.\n\n")
		return
	}
	for i, d := range m.r.Differences {
		m.p("%d. %s", i+1, d.Text)
		if len(d.Ops) > 0 {
			m.p(": %s", inlineDiff(d.Ops))
		}
		if s := sectionTitle[d.Section]; s != "" {
			m.p(" (see %s)", s)
		} else if d.Section == "" {
			m.p(" (see Facts)")
		}
		m.p("\n")
	}
	m.p("\n")
}

// sectionTitle names the report's sections as the Markdown titles them.
var sectionTitle = map[string]string{"facts": "Facts", "quotes": "Quotes", "names": "Names", "terms": "Word choice", "numbers": "Numbers", "copies": "Copying"}

// articleNote is what the Articles table adds to the title of a column,
// an analysis or a preview (Article.ShownKind): a reader must know which
// accounts are news, and that a preview's expectations are no report of
// the outcome.
func articleNote(a Article) string {
	switch a.ShownKind() {
	case KindOpinion:
		return " *(opinion piece)*"
	case KindAnalysis:
		return " *(analysis)*"
	case KindPreview:
		return " *(preview)*"
	}
	return ""
}

// outlets writes the table of the compared articles.
func (m *mdWriter) outlets() {
	r := m.r
	m.p("## Articles\n\n")
	m.p("| outlet | title | published | words |\n| --- | --- | --- | --- |\n")
	for _, a := range r.Articles {
		pub := shownDate(a.Published)
		if pub == "" {
			pub = "unknown"
		}
		m.p("| %s | %s%s | %s | %d |\n", cell(m.names[a.ID]), cell(a.Title), articleNote(a), pub, a.Words)
	}
	m.p("\n")
}

func (m *mdWriter) facts() {
	m.p("## Facts\n\nSentences from different outlets that state the same fact are grouped together. " +
		"A fact only one outlet reports is something the others left out.\n\n")
	if m.copiedFacts() {
		m.p("An article that copies another counts with its source as one outlet: its sentence repeats the fact, it does not confirm it")
		if n := m.r.Accounts(); n < len(m.r.Articles) {
			m.p(" (the %d articles are %s)", len(m.r.Articles), plural(n, "independent account", "independent accounts"))
		}
		m.p(".\n\n")
	}
	sections := []struct{ cov, title string }{
		{CoverageAll, "Reported by every outlet"},
		{CoverageMost, "Reported by most outlets"},
		{CoverageSome, "Reported by some outlets"},
	}
	for _, s := range sections {
		var fs []Fact
		for _, f := range m.r.Facts {
			if f.Coverage == s.cov {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 || len(m.r.Articles) < 2 {
			continue
		}
		m.p("### %s (%d)\n\n", s.title, len(fs))
		for i, f := range fs {
			m.p("%d. ", i+1)
			if len(f.Shared) > 0 {
				m.p("*%s*", strings.Join(f.Shared, ", "))
			}
			if len(f.MissingFrom) > 0 {
				m.p(" — not in %s", m.missingList(f.MissingFrom))
			}
			if len(f.Conflict) > 0 {
				m.p(" — **the outlets differ** (%s)", joinWords(f.Conflict))
			}
			m.p("\n")
			for _, s := range f.Sentences {
				if fc, ok := f.CopyOf(s.Article); ok {
					m.p("   - **%s** *(%s)***:** %s\n", m.who(s.Article), m.copyLabel(fc), withSpeaker(s))
				} else {
					m.p("   - **%s:** %s\n", m.who(s.Article), withSpeaker(s))
				}
				if s.Adds != "" {
					m.p("     - beyond the shared point, %s adds: “%s”\n", m.who(s.Article), s.Adds)
				}
				if len(s.OnlyHere) > 0 {
					m.p("     - only %s adds: %s\n", m.who(s.Article), quoteList(s.OnlyHere))
				}
			}
		}
		m.p("\n")
	}
	noted := false
	oneAccount := len(m.r.Articles) > 1 && m.r.Accounts() == 1
	if oneAccount {
		// Every article copies one: no second account leaves anything
		// out, so the facts are listed as that account's, unclaimed.
		noted = true
		m.p("With one account, no outlet leaves out what another reports: the facts below are that account's, with the " +
			"copies that repeat them.\n\n")
	}
	var held map[paraPlace][]string // heldPlaces(m.r.Facts), once a list has two items
	for _, a := range m.r.Articles {
		var items []onlyItem
		for _, f := range m.r.Facts {
			if m.onlyInOutlet(f) && f.Sources()[0] == a.ID {
				var also string
				if cs := f.CopiesOf(a.ID); len(cs) > 0 {
					word := "copy"
					if len(cs) > 1 {
						word = "copies"
					}
					also = " *(and its " + word + " in " + m.whos(cs) + ")*"
				}
				// A group of one outlet's articles (not copies of each
				// other) is that outlet's fact, shown once: the first
				// article's sentence, the others named.
				var same []string
				for _, id := range f.Sources()[1:] {
					if !slices.Contains(same, id) {
						same = append(same, id)
					}
				}
				if len(same) > 0 {
					also += " *(also in " + m.whos(same) + ", of the same outlet)*"
				}
				// Only the articles that surely tell it (ToldBy): the
				// looser StatedBy named, on four pages of session 57,
				// the outlet's other article for facts it does not tell.
				if len(f.ToldBy) > 0 {
					also += " *(also told in other words by " + m.whos(f.ToldBy) + ", of the same outlet)*"
				}
				for _, s := range f.Sentences {
					if s.Article == a.ID {
						items = append(items, onlyItem{fact: f, sent: s, also: also})
						break
					}
				}
			}
		}
		if len(items) > 1 && held == nil {
			held = heldPlaces(m.r.Facts)
		}
		items = joinQuoteParts(items, held)
		ss := make([]string, len(items))
		for i, it := range items {
			ss[i] = withSpeaker(it.sent) + it.also + m.onlyList(it.fact)
		}
		if len(ss) == 0 {
			continue
		}
		if !noted {
			noted = true
			m.p("Each sentence below is one that no other article gives in like words; *only here* lists the names, figures " +
				"and quoted words of it that no other article has. Others may tell the rest of it in their own words.\n\n")
		}
		// The count after a colon, in words: "(N)" after a label that
		// ends in an article's number read as another number of it.
		if oneAccount {
			m.p("### The account of %s: %s\n\n", m.names[a.ID], plural(len(ss), "sentence", "sentences"))
		} else {
			m.p("### Only in %s: %s\n\n", m.names[a.ID], plural(len(ss), "sentence", "sentences"))
		}
		for _, s := range ss {
			m.p("- %s\n", s)
		}
		m.p("\n")
	}
}

// onlyInOutlet reports whether f is a fact its outlet alone gives, as
// What differs counts them (onlyFacts) and the story page's outlet lens
// lists them: one article reports it, not perhaps elsewhere, and any
// article that states it in other words is of the same outlet. Listing
// only the facts no other article at all states (Fact.OnlyIn) left an
// outlet of two articles with fewer facts under "Only in" than What
// differs promised (read on ABP after session 47: "Only Vox reports 18
// facts", 7 listed, the 11 its second article also tells listed nowhere).
func (m *mdWriter) onlyInOutlet(f Fact) bool {
	if f.Coverage != CoverageOne || f.MaybeElsewhere || len(f.Sentences) == 0 || len(f.ReportedBy) == 0 {
		return false
	}
	outlet := m.outletOfArticle()
	src := f.Sources()[0]
	for _, id := range f.StatedBy {
		if id == src {
			continue
		}
		if o := outlet[id]; o == "" || o != outlet[src] {
			return false
		}
	}
	return true
}

// copyLabel says whose sentence a copy's repeats.
func (m *mdWriter) copyLabel(fc FactCopy) string {
	switch {
	case fc.Via == "":
		return "copy of " + m.who(fc.Source)
	case fc.Shared:
		return "copies " + m.who(fc.Via) + ", as " + m.who(fc.Source) + " does"
	}
	return "copy of " + m.who(fc.Source) + ", through " + m.who(fc.Via)
}

// copiedFacts reports whether a fact group of the report holds a copy
// and its source.
func (m *mdWriter) copiedFacts() bool {
	for _, f := range m.r.Facts {
		if len(f.Copies) > 0 {
			return true
		}
	}
	return false
}

// withSpeaker is a fact's sentence with the speaker of its quoted words
// after it, when the sentence does not name them (see
// FactSentence.Speaker).
func withSpeaker(s FactSentence) string {
	if s.Speaker == "" {
		return s.Shown()
	}
	return s.Shown() + " *(" + s.Speaker + ")*"
}

// onlyList is what of a fact only its article gives, after its
// sentence (see ownList); for a fact that is mostly a speaker's words
// (Fact.QuoteOnly) it says that only the words are this article's:
// " — only this article quotes these words of Mira Tallis; others may
// make the point in their own words — only here: “Oskar Lund”"; for a fact
// others may tell in part (Fact.PartElsewhere), what the test found
// (Fact.PartBasis) and that only its details are this article's: " — a
// sentence of Harbour Post shares words with it (“relief fund”); only
// this article adds: “Oskar Lund”, “$48,250”".
func (m *mdWriter) onlyList(f Fact) string {
	if f.PartElsewhere && len(f.Own) > 0 {
		basis := "others may tell part of this"
		if f.PartBasis != nil {
			basis = f.PartBasis.Statement(m.who(f.PartBasis.Article))
		}
		return " — " + basis + "; only this article adds" + strings.TrimPrefix(ownList(f.Own), " — only here")
	}
	if f.QuoteOnly == "" {
		return ownList(f.Own)
	}
	var rest []OwnDetail
	for _, o := range f.Own {
		if o.Kind != OwnQuote {
			rest = append(rest, o)
		}
	}
	return " — only this article quotes these words of " + f.QuoteOnly + "; others may make the point in their own words" + ownList(rest)
}

// ownList is what of a fact only its article gives, after its
// sentence: " — only here: “Oskar Lund”, “$48,250”" (see Fact.Own), or
// "" when the fact holds no such detail.
func ownList(own []OwnDetail) string {
	if len(own) == 0 {
		return ""
	}
	ls := make([]string, len(own))
	for i, o := range own {
		ls[i] = o.Label()
	}
	return " — only here: " + strings.Join(ls, ", ")
}

// quoteList formats phrases as “a”, “b”.
func quoteList(ps []string) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = "“" + p + "”"
	}
	return strings.Join(out, ", ")
}

func (m *mdWriter) quotes() {
	m.p("## Quotes\n\nThe same statement as each outlet quotes it. *Altered* means the outlets put different words " +
		"in the speaker's mouth; *shortened* means one quotes only part of what another does; *excerpts* means " +
		"each quotes a part of the statement the other leaves out; *transcribed differently* means the versions " +
		"differ only as two transcripts of one passage do (a small word heard one way or the other, a slip of the keyboard), " +
		"not a change of what the speaker said. " +
		"The verb is how each outlet introduced the quote (\"said\" is neutral, \"claimed\" casts doubt).\n\n")
	if slices.ContainsFunc(m.r.Quotes, func(g QuoteGroup) bool { return g.Translated && g.Kind != QuoteOneOnly }) {
		m.p("*Translated differently* means the versions are two English renderings of a remark made in another language, " +
			"not a change of what the speaker said.\n\n")
	}
	shown := 0
	for _, g := range m.r.Quotes {
		if g.Kind == QuoteOneOnly {
			continue
		}
		shown++
		sp := g.Speaker
		if sp == "" {
			sp = "Unattributed"
		}
		kind := strings.ToUpper(g.Kind)
		if g.Transcribed {
			kind += " (transcribed differently)"
		}
		if g.Translated {
			kind += " (translated differently)"
		}
		m.p("### %s — %s\n\n| outlet | verb | quote |\n| --- | --- | --- |\n", sp, kind)
		for _, q := range g.Quotes {
			// No verb introduces the quote (it follows the writer's
			// sentence, or an "according to"): the cell stays blank, as
			// on the web page, rather than hold a dash a reader takes for
			// a missing value (h/quotes58b).
			m.p("| %s | %s | “%s” |\n", cell(m.who(q.Article)), cell(q.Verb), cell(q.Text))
		}
		m.p("\n")
		for _, d := range g.Diffs {
			if d.Kind != QuoteAltered {
				continue
			}
			m.p("What changed from %s to %s ([-removed-] {+added+}):\n\n> %s\n\n", m.who(d.From), m.who(d.To), d.Inline)
		}
	}
	if shown == 0 {
		m.p("No statement is quoted by more than one outlet.\n\n")
	}
	var lone []string
	for _, g := range m.r.Quotes {
		if g.Kind != QuoteOneOnly || g.Speaker == "" {
			continue
		}
		q := g.Quotes[0]
		if q.Phrase() {
			continue
		}
		who := g.Speaker
		if q.Verb != "" {
			who += ", " + q.Verb
		}
		lone = append(lone, fmt.Sprintf("- **%s** (%s): “%s”", m.who(q.Article), who, q.Text))
	}
	if len(lone) > 0 {
		m.p("### Quoted by one outlet only\n\n%s\n\n", strings.Join(lone, "\n"))
	}
}

func (m *mdWriter) naming() {
	var ns []Name
	var quiet []string
	for _, n := range m.r.Names {
		if n.Flagged {
			ns = append(ns, n)
			continue
		}
		if q := quietForms(n); q != "" {
			quiet = append(quiet, q)
		}
	}
	m.p("## Names\n\nThe same person or place, named differently by different outlets: a charged or transliterated " +
		"spelling, or a description that takes a stance.\n\n")
	if len(ns) == 0 {
		m.p("No outlet makes a naming choice the others do not.\n\n")
	}
	for _, n := range ns {
		m.p("- **%s** (%s):", n.Entity, n.Type)
		sep := " "
		done := map[int]bool{}
		for i, v := range n.Variants {
			if v.Flagged && !done[i] {
				if d, plain, ok := describedSide(v); ok {
					m.p("%s%s: %s %s “%s” where %s %s “%s”", sep, v.Kind, m.whos(v.Articles[d]), verbFor(v.Articles[d], "writes", "write"), v.Forms[d],
						m.whos(v.Articles[plain]), verbFor(v.Articles[plain], "writes", "write"), v.Forms[plain])
					// The same description against another plain form:
					// one clause, its plain forms listed after it.
					for j := i + 1; j < len(n.Variants); j++ {
						w := n.Variants[j]
						wd, wp, ok := describedSide(w)
						if ok && w.Flagged && w.Forms[wd] == v.Forms[d] && slices.Equal(w.Articles[wd], v.Articles[d]) {
							m.p(", %s “%s”", m.whos(w.Articles[wp]), w.Forms[wp])
							done[j] = true
						}
					}
				} else {
					m.p("%s%s “%s” (%s) / “%s” (%s)", sep, v.Kind, v.Forms[0], m.whos(v.Articles[0]), v.Forms[1], m.whos(v.Articles[1]))
				}
				sep = "; "
			}
		}
		m.p("\n")
	}
	if len(ns) > 0 {
		m.p("\n")
	}
	if len(quiet) > 0 {
		m.p("Other differences (abbreviations, aliases, titles, short forms, punctuation): %s.\n\n", strings.Join(quiet[:min(len(quiet), 30)], "; "))
	}
}

// quietForms lists the forms of an entity whose variants are not
// flagged once each, in the order they come, with the kinds of their
// differences: "DOJ / Department of Justice / Justice Department (other,
// short)". Listed pair by pair, an entity of three forms took three
// entries and a page a long run of them (h/read58, names-noise).
func quietForms(n Name) string {
	var forms, kinds []string
	for _, v := range n.Variants {
		for _, f := range v.Forms {
			if !slices.Contains(forms, f) {
				forms = append(forms, f)
			}
		}
		if !slices.Contains(kinds, v.Kind) {
			kinds = append(kinds, v.Kind)
		}
	}
	if len(forms) < 2 {
		return ""
	}
	return fmt.Sprintf("%s (%s)", strings.Join(forms, " / "), strings.Join(kinds, ", "))
}

func (m *mdWriter) words() {
	m.p("## Word choice\n\nWords of the lexicon of loaded words (they may take a side), hedges (they may soften a " +
		"claim) and vague attributions (\"experts say\" hides who is speaking), as each outlet uses them in its own " +
		"sentences, not inside quotations: whether a word takes a side depends on its sentence, shown with it.\n\n")
	any, others := false, 0
	for _, t := range m.r.Terms {
		for _, u := range t.Lexicon {
			if !u.Own {
				others++
				continue
			}
			if !u.Shown() {
				continue // a category the page leaves out (pageWording)
			}
			any = true
			m.p("- **%s** — %s: “%s” in “%s”\n", m.who(t.Article), u.Category, u.Text, u.Sentence)
		}
	}
	if !any {
		m.p("None of the outlets uses a word from the lexicon in its own voice.\n")
	}
	if others > 0 {
		verb := "stand"
		if others == 1 {
			verb = "stands"
		}
		m.p("\n%s of the lexicon %s inside quotations or in someone else's phrase, or in a neutral sense: not the outlets' own wording.\n", plural(others, "use", "uses"), verb)
	}
	m.p("\n")
	shown := false
	for _, t := range m.r.Terms {
		if !t.DistinctiveShown || len(t.Distinctive) == 0 {
			continue
		}
		if !shown {
			m.p("Words each outlet uses markedly more than the others (a log-odds test):\n\n")
			shown = true
		}
		ws := make([]string, len(t.Distinctive))
		for i, w := range t.Distinctive {
			ws[i] = fmt.Sprintf("%s (%d)", w.Word, w.Count)
		}
		m.p("- **%s:** %s\n", m.who(t.Article), strings.Join(ws, ", "))
	}
	if shown {
		m.p("\n")
	}
}

func (m *mdWriter) numbers() {
	m.p("## Numbers\n\nEach quantity with the value every outlet gives. A **discrepancy** means outlets disagree.\n\n")
	if len(m.r.Numbers) == 0 {
		m.p("No numbers.\n\n")
		return
	}
	m.p("| what | outlet | value | in |\n| --- | --- | --- | --- |\n")
	// Discrepancies first, then the figures several outlets give (see
	// Quantity.Rank).
	qs := slices.Clone(m.r.Numbers)
	slices.SortStableFunc(qs, func(a, b Quantity) int { return a.Rank() - b.Rank() })
	for _, q := range qs {
		what := q.What
		switch {
		case what != "":
		case q.Unit != "":
			what = q.Kind + " (" + q.Unit + ")"
		default:
			what = q.Kind
		}
		if q.Discrepancy {
			what = "**DISCREPANCY:** " + what
		}
		for i, v := range q.Values {
			w := ""
			if i == 0 {
				w = what
			}
			m.p("| %s | %s | %s | %s |\n", cell(w), cell(m.who(v.Article)), cell(v.Text), cell(v.Sentence))
		}
	}
	m.p("\n")
}

// maxListedPassages is how many added or left-out passages of one copy
// relation the Markdown lists; the rest are counted (a long list of an
// outlet's two versions buries the page; read55).
const maxListedPassages = 10

func (m *mdWriter) copies() {
	m.p("## Copying\n\nArticles whose text was taken from another article of this set (wire copy, syndication, rewrites).\n\n")
	if len(m.r.Copies) == 0 {
		m.p("None of the articles copies another.\n\n")
		return
	}
	few := 0
	for _, c := range m.r.Copies {
		if c.FewQuotes() {
			few++
			continue
		}
		if c.Kind == KindSharesQuotes && c.SameOutlet {
			m.p("- **%s** is a later report of the same outlet as **%s**: they share quotes, not text, %.0f%% of %s.\n", m.who(c.Copy), m.who(c.Source), 100*c.Share, m.who(c.Copy))
			continue
		}
		if c.Kind == KindSharesQuotes {
			m.p("- **%s** and **%s** share quotes, not text: %.0f%% of %s is the same words of the same speakers.\n", m.who(c.Source), m.who(c.Copy), 100*c.Share, m.who(c.Copy))
			continue
		}
		if note := c.Note(); note != "" {
			m.p("- **%s** shares text with **%s** (%s): %s, %.0f%% of %s's text.\n", m.who(c.Copy), m.who(c.Source), note, c.Kind, 100*c.Share, m.who(c.Copy))
			for i, s := range c.Inserted {
				if i == maxListedPassages {
					m.p("  - and %d more passages only in %s\n", len(c.Inserted)-i, m.who(c.Copy))
					break
				}
				m.p("  - only in %s: “%s”\n", m.who(c.Copy), s)
			}
			for i, s := range c.Removed {
				if i == maxListedPassages {
					m.p("  - and %d more passages only in %s\n", len(c.Removed)-i, m.who(c.Source))
					break
				}
				m.p("  - only in %s: “%s”\n", m.who(c.Source), s)
			}
			for _, s := range c.Substituted {
				from, to, _ := strings.Cut(s, " → ")
				m.p("  - %s has “%s” where %s has “%s”\n", m.who(c.Copy), to, m.who(c.Source), from)
			}
			continue
		}
		m.p("- **%s** is a %s copy of **%s** (%.0f%% of its text taken).\n", m.who(c.Copy), c.Kind, m.who(c.Source), 100*c.Share)
		for i, s := range c.Inserted {
			if i == maxListedPassages {
				m.p("  - and %d more passages added\n", len(c.Inserted)-i)
				break
			}
			m.p("  - added: “%s”\n", s)
		}
		for i, s := range c.Removed {
			if i == maxListedPassages {
				m.p("  - and %d more passages left out\n", len(c.Removed)-i)
				break
			}
			m.p("  - left out: “%s”\n", s)
		}
		for _, s := range c.Substituted {
			m.p("  - changed: %s\n", s)
		}
	}
	if few > 0 {
		pairs := "more pairs of articles share"
		if few == 1 {
			pairs = "more pair of articles shares"
		}
		if few == len(m.r.Copies) {
			pairs = strings.Replace(pairs, "more ", "", 1)
		}
		m.p("- %d %s a few quotes, not text (the same words of the same speakers, under %.0f%% of the later article).\n",
			few, pairs, 100*FewSharedQuotes)
	}
	m.p("\n")
}

func (m *mdWriter) timeline() {
	m.p("## Timeline\n\nWho reported first.\n\n")
	firsts := 0
	for _, t := range m.r.Timeline {
		if t.First {
			firsts++
		}
	}
	for i, t := range m.r.Timeline {
		pub := shownDate(t.Published)
		switch {
		case pub == "":
			pub = "date unknown"
		case t.First && firsts > 1 && dateOnly(t.Published):
			// Several came out on the first day, at hours not given:
			// which of them was first is not known.
			pub += " (first day)"
		case t.First && firsts > 1:
			pub += " (first, at the same time as another)"
		case t.First:
			pub += " (first)"
		default:
			pub += " (+" + t.After + ")"
		}
		m.p("%d. %s — %s\n", i+1, m.who(t.Article), pub)
	}
}

// shownDate formats a publication date for the report as the command line
// and the web show it: a time with a zone in UTC, named ("2026-01-07 03:30
// UTC"), so that times read in order; a time without a zone as written; a
// day as a day; "" when unknown.
func shownDate(d article.Date) string {
	switch d.Precision {
	case article.Day:
		return d.Time.Format("2006-01-02")
	case article.Local:
		return d.Time.Format("2006-01-02 15:04")
	case article.Zoned:
		return d.Time.UTC().Format("2006-01-02 15:04") + " UTC"
	}
	return ""
}
