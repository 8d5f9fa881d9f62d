package view

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/parallax-news/parallax/internal/compare"
)

// Lede limits: how deep into its article a lede may stand (paragraphs
// counted from 0: a byline, standfirst or repeated headline may come
// first), how many words it may have, and how many of the article's own
// sentences are tried as its lede.
const (
	ledeParagraphs = 4
	ledeMinWords   = 8
	ledeMaxWords   = 70
	ledeTries      = 2
)

// toldWhen matches, outside quotation marks, the time word with which a
// news report's opening sentence places what happened: a day of the week
// ("on Tuesday", "late Friday"), today, tonight, yesterday, or this or
// last week. toldDone matches the present perfect with which it tells a
// happening just done ("has ordered", "have been arrested", "has
// chosen"). A column, an analysis or a feature opens with a scene, a
// thought or a judgement instead.
var (
	toldWhen = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|(?:this|last) (?:week|weekend|morning|afternoon|evening|night))\b`)
	toldDone = regexp.MustCompile(`\b(?:has|have)(?: been| also| now| already)? (?:[a-z]+ed|chosen|taken|given|won|lost|made|said|told|sworn|become|begun|struck|left|held|found|set|put|cut|hit|shut|sent|spent|paid|brought|bought|caught|fought|sought|kept|met|led|fled|withdrawn|drawn|written|driven|risen|fallen|broken|spoken|stolen|frozen|shaken|beaten|sold|run|seen|known|grown|thrown|shown)\b`)
)

// mayHave matches a present perfect after a modal ("Trump may have
// obstructed justice", "could have been avoided"): what might be so, not
// a happening told as done.
var mayHave = regexp.MustCompile(`\b(?:may|might|could|would|should|must) (?:not )?have\b`)

// mightHappen matches a look ahead at a vote or result ("the bill … could
// pass Tuesday", "may clear the Senate"): a preview's lede, though it
// names the day.
var mightHappen = regexp.MustCompile(`\b(?:could|may|might|would|will) (?:pass|clear|win|lose|fail|come to a vote|vote|be approved|be passed|be signed|hold (?:a |the )?(?:final )?votes?)\b`)

// strayPlural reports whether the words own (a sentence's, outside
// quotation marks) say "them" with nothing plural before it in
// the sentence: no word in the plural (a small word ending in s, not ss
// nor us) and no "and" joining two: "Netanyahu … said he would not allow
// them to make a planned trip", whose "them" the overview never
// introduces.
func strayPlural(own string) bool {
	ws := strings.FieldsFunc(own, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "them": // not "they", which may point ahead ("Fed up with what they said…, Republicans struck back")
			for _, b := range ws[:i] {
				lb := strings.ToLower(b)
				if lb == "and" || lb == "both" || len(lb) > 3 && strings.HasSuffix(lb, "s") && !strings.HasSuffix(lb, "ss") &&
					!strings.HasSuffix(lb, "us") && !strings.HasSuffix(lb, "'s") && !strings.HasSuffix(lb, "’s") &&
					lb != "says" && lb != "has" && lb != "was" && lb != "this" && lb != "its" && lb != "his" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// honorificFirst reports whether s opens with a courtesy title and a
// surname ("Mr. Boehner, after a court victory Wednesday, raised …"),
// as a paper that writes them names someone only after telling who he
// is: a later paragraph, no article's opening (the Speaker's possible
// lawsuit opened the overview of "Senate Democrats sustain Iran nuclear
// deal").
func honorificFirst(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Miss", "Messrs.":
		return true
	}
	return false
}

// lasting matches the words with which a present perfect tells a state
// that has lasted ("have crossed the strait since 1921", "has served
// for decades"): background, not what happened.
var lasting = regexp.MustCompile(`\b(?:since|for (?:years|decades|months|weeks|generations)|ever|long)\b`)

// ledeOf returns the lede of the article preferred (the one whose
// headline is the story's title): of its first two sentences of its own
// (the writer's, not mostly quoted nor opening with a quotation, no
// transcript's line, no question, standing alone and ending as a
// sentence, in the order of its paragraphs and among its first
// ledeParagraphs), the first that tells what happened as a straight
// report opens: no look ahead, the happening placed in time or told as
// done (see toldWhen, lasting). It also returns the index in rep.Facts of
// the fact the lede states, or "" and -1 when the article has no such
// sentence: a column or feature, whose opening says how the writer sees
// the story rather than what happened.
//
// Read on 40 random events of three or more outlets of ABP (seed 3710),
// the facts most articles share in the same words rarely include what
// happened: each outlet tells the happening in its own words, so the
// shared facts are background and asides ("O'Reilly recently signed a
// new contract…" for the story of his departure), while the title's
// report opens with it ("Rep. Michele Bachmann … announced on Wednesday
// morning that she will not seek reelection").
func ledeOf(rep *compare.Report, preferred, title string) (string, int) {
	return ledeAs(rep, preferred, title, true)
}

// ledeAs is ledeOf; with ahead false it takes a lede that tells its
// happening as still to come on a named day (see aheadOfDay), as
// Overview does when no article of the story has a report's lede.
func ledeAs(rep *compare.Report, preferred, title string, ahead bool) (string, int) {
	if preferred == "" {
		return "", -1
	}
	type cand struct {
		para, fact int
		text       string
	}
	var cands []cand
	for i, f := range rep.Facts {
		if len(f.Conflict) > 0 {
			continue // outlets tell it in opposite ways: no lede of the story
		}
		for _, fs := range f.Sentences {
			if fs.Article == preferred && fs.Paragraph >= 0 && fs.Paragraph < ledeParagraphs && !bareQuote(sentenceOf(fs), fs, f) {
				cands = append(cands, cand{fs.Paragraph, i, sentenceOf(fs)})
			}
		}
	}
	var pub time.Time
	for _, a := range rep.Articles {
		if a.ID == preferred && !a.Published.IsZero() {
			pub = a.Published.Time
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(a.para, b.para) })
	tried := 0
	for _, c := range cands {
		s := withoutDateline(c.text)
		if n := len(strings.Fields(s)); n < ledeMinWords || n > ledeMaxWords {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s); r == '"' || r == '“' || r == '‘' {
			continue // a quotation first: someone's words open it
		}
		if opensOnBackNoun(s, title) {
			// "The words were those of …": an opening that points back
			// at what the page showed above it, no straight report's.
			if tried++; tried == ledeTries {
				break
			}
			continue
		}
		if laterTurn(s, pub, !turnAbout.MatchString(title)) {
			// An update's lede: a later stage than the day the other
			// articles tell; the article's other sentences may be of the
			// update too, so it gives no lede.
			return "", -1
		}
		if speakerLabel.MatchString(s) || honorificFirst(s) || !standsAlone(s) || !endsSentence(s) || asks(s) || pageLine(s) || mostlyQuoted(s) {
			continue
		}
		if own := outsideQuotes(s); !previewAs(s, ahead) && !strayPlural(own) && !mightHappen.MatchString(own) && (toldWhen.MatchString(own) || toldDone.MatchString(own) && !lasting.MatchString(own) && !mayHave.MatchString(own)) {
			return s, c.fact
		}
		// The lede is the article's first sentence of its own, or the
		// second after a standfirst ("Bachmann's decision comes as …");
		// a report that opens otherwise is no straight one.
		if tried++; tried == ledeTries {
			break
		}
	}
	return "", -1
}

// ledeTitleWords is how many of the story title's words another
// article's lede must share to open the overview in place of the title
// report's.
const ledeTitleWords = 2

// storyLede returns the lede that opens the overview of rep, whose title
// is title: the lede of the article preferred (see ledeOf), else, when
// that article opens as a column or feature does, the first other
// article's lede that shares ledeTitleWords of the title's words (see
// titleWords): on 97 events read, 18 title reports had no lede, and of
// the other articles' ledes the 13 that share two words of the title
// told the happening (11) or part of it (2), the 5 that share fewer a
// column's thought or a side remark. It also returns the index in
// rep.Facts of the fact the lede states and the outlet of its article,
// or "", -1, "". Ahead is as in ledeAs.
func storyLede(rep *compare.Report, preferred, title string, ahead bool) (lede string, fact int, outlet string) {
	if lede, fact = ledeAs(rep, preferred, title, ahead); lede != "" {
		if l, f, o := plainerLede(rep, preferred, lede, title, ahead); l != "" {
			return l, f, o // a plainer outlet's lede for one that jabs
		}
		return lede, fact, outletOf(rep, preferred)
	}
	if preferred == "" {
		return "", -1, ""
	}
	best, jabBest := ledeTitleWords-1, ledeTitleWords-1
	var jab string
	jabFact, jabOutlet := -1, ""
	reports := hasReport(rep)
	for _, a := range rep.Articles {
		if a.ID == preferred || commentaryPiece(a) || reports && a.Preview {
			continue
		}
		l, f := ledeAs(rep, a.ID, title, ahead)
		if l == "" {
			continue
		}
		if n := titleWords(l, title); jabbing(l) {
			// A lede that jabs only when no plain one shares the title's
			// words (see jabbing).
			if n > jabBest {
				jab, jabFact, jabOutlet, jabBest = l, f, a.Outlet, n
			}
		} else if n > best {
			lede, fact, outlet, best = l, f, a.Outlet, n
		}
	}
	if lede == "" {
		if jab == "" {
			return "", -1, ""
		}
		return jab, jabFact, jabOutlet
	}
	return lede, fact, outlet
}

// columnAmongReports reports whether rep's article id is a column or an
// analysis (see commentaryPiece) while another of rep's articles is a
// report.
func columnAmongReports(rep *compare.Report, id string) bool {
	i := slices.IndexFunc(rep.Articles, func(a compare.Article) bool { return a.ID == id })
	return i >= 0 && commentaryPiece(rep.Articles[i]) &&
		slices.ContainsFunc(rep.Articles, func(a compare.Article) bool { return !commentaryPiece(a) })
}

// titleReport returns the id and outlet of the report of rep (no column,
// see commentaryPiece, and no preview when rep has a report that is
// none, see asReport) whose headline shares the most of title's words,
// the first of them on a tie; "", "" when rep has none.
func titleReport(rep *compare.Report, title string) (id, outlet string) {
	best := -1
	reports := hasReport(rep)
	for _, a := range rep.Articles {
		if commentaryPiece(a) || reports && !asReport(a) {
			continue
		}
		if n := titleWords(a.Title, title); n > best {
			id, outlet, best = a.ID, a.Outlet, n
		}
	}
	return id, outlet
}

// asReport reports whether a tells its story as a report does: no
// column nor analysis (commentaryPiece) and no preview written before
// the happening (compare.Article.Preview).
func asReport(a compare.Article) bool { return !commentaryPiece(a) && !a.Preview }

// hasReport reports whether some article of rep is a report (asReport).
func hasReport(rep *compare.Report) bool { return slices.ContainsFunc(rep.Articles, asReport) }

// previewAmongReports reports whether article id of rep is a preview
// while rep has a report (asReport): a preview tells what was expected,
// so its headline and its lede are not the event's when a report of
// the outcome is there (h/read59: the December 2019 debate and the
// Indiana primary were titled and opened by previews).
func previewAmongReports(rep *compare.Report, id string) bool {
	i := slices.IndexFunc(rep.Articles, func(a compare.Article) bool { return a.ID == id })
	return i >= 0 && rep.Articles[i].Preview && hasReport(rep)
}

// ReportTitle returns the title the page shows for a stored event titled
// title whose comparison is rep: title, unless it is the headline of a
// preview while rep has a report (previewAmongReports); then the
// headline of the titled report that shares the most of title's words
// (see titleReport; title when no report has a headline).
func ReportTitle(rep *compare.Report, title string) string {
	if rep == nil {
		return title
	}
	i := slices.IndexFunc(rep.Articles, func(a compare.Article) bool { return a.Title == title })
	if i < 0 || !previewAmongReports(rep, rep.Articles[i].ID) {
		return title
	}
	// An untitled report shares no word of title, as a report of other
	// words does: it must not win the tie by coming first.
	titled := &compare.Report{Articles: slices.DeleteFunc(slices.Clone(rep.Articles), func(a compare.Article) bool { return a.Title == "" })}
	if id, _ := titleReport(titled, title); id != "" {
		for _, a := range titled.Articles {
			if a.ID == id {
				return a.Title
			}
		}
	}
	return title
}

// opinionLabel matches the label with which a headline marks a column,
// an analysis or an editorial ("OPINION: …", "Analysis: …", "Op-Ed: …"):
// its opening sentence is its writer's view, no report's lede (a
// column's opening led the overview of a meeting in the reading of
// session 47).
var opinionLabel = regexp.MustCompile(`(?i)^(?:opinion|analysis|commentary|editorial|op-ed|column|perspective|analysis/opinion)\s*[:|]`)

// opinionTitle reports whether title carries an opinion label (see
// opinionLabel).
func opinionTitle(title string) bool { return opinionLabel.MatchString(strings.TrimSpace(title)) }

// commentaryPiece reports whether a is a column or an analysis: by the
// kind the comparison gives it (compare.ArticleKind), or by its
// headline's label (see opinionTitle) for a report built without one.
func commentaryPiece(a compare.Article) bool { return a.Kind != "" || opinionTitle(a.Title) }

// outletOf returns the outlet of rep's article id.
func outletOf(rep *compare.Report, id string) string {
	for _, a := range rep.Articles {
		if a.ID == id {
			return a.Outlet
		}
	}
	return ""
}

// titleWords returns how many distinct words of four letters or more of
// title sentence s holds, matched by their stems and without a
// possessive ("Trump's" is "Trump", "curbing" "curbs", "ferries"
// "ferry").
func titleWords(s, title string) int {
	key := func(w string) string {
		return english.Stem(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"), true)
	}
	want := map[string]bool{}
	for _, w := range longWords(title) {
		want[key(w)] = true
	}
	n := 0
	for _, w := range longWords(s) {
		if k := key(w); want[k] {
			n++
			delete(want, k)
		}
	}
	return n
}

// restates reports whether sentence s says little that lede does not: at
// least three in five of its words of four letters or more are the
// lede's.
func restates(s, lede string) bool {
	have := map[string]bool{}
	for _, w := range longWords(lede) {
		have[w] = true
	}
	ws := longWords(s)
	in := 0
	for _, w := range ws {
		if have[w] {
			in++
		}
	}
	return len(ws) > 0 && 5*in >= 3*len(ws)
}

// longWords returns the words of s of four letters or more, in small
// letters: the words by which overview sentences and titles are compared.
func longWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		if len(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

// sentenceOf is what an overview quotes of a fact's member: its whole
// sentence, not the clause a fact group shows of it (compare.FactSentence.Whole).
func sentenceOf(fs compare.FactSentence) string {
	if fs.Whole != "" {
		return fs.Whole
	}
	return fs.Text
}
