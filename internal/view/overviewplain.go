package view

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/compare"
)

// Overview rules of session 56 (h/overview56), from the pages read in
// session 56 (h/read56, families overview-attribution and
// overview-one-sided): a later sentence that tells again what the
// overview told, one that calls someone by an unnamed role, one that
// opens a list it does not hold, a lede in a columnist's voice, and the
// credit of a lede that covers the sentences after it.

// jabWords match, outside quotation marks, the words with which a lede
// scorns a side or speaks as a column rather than reports: a jab at the
// press ("the liberal media"), a verdict in the writer's voice ("the
// corrupt company", "a hoax"), a metaphor of attack ("toss a grenade"),
// or the writer's own column ("as discussed here in last week's
// column"). The lexicon of loaded words (nlp) does not mark these as the
// outlet's own (h/read56 found two overviews opened by such ledes).
var jabWords = regexp.MustCompile(`(?i)\b(?:liberal media|mainstream media|lamestream|leftist media|fake news|corrupt|hoax|smears?|witch hunt|clown show|grenade|hysteri(?:a|cal)|meltdown|unhinged|(?:this|last week['’]s|my|our) column|this space)\b`)

// jabbing reports whether lede s, outside quotation marks, has a word of
// jabWords.
func jabbing(s string) bool { return jabWords.MatchString(outsideQuotes(s)) }

// plainerLede returns, when lede (of the article from, in rep whose title
// is title) jabs (see jabbing), the lede of another article of another
// outlet that does not and shares ledeTitleWords of the title's words or
// of lede's own, with its fact and outlet; else "", -1, "". Ahead is as in
// ledeAs.
func plainerLede(rep *compare.Report, from, lede, title string, ahead bool) (string, int, string) {
	if !jabbing(lede) {
		return "", -1, ""
	}
	fromOutlet := outletOf(rep, from)
	best, bestWords := -1, ledeTitleWords-1
	var out string
	var outlet string
	for _, a := range rep.Articles {
		if a.ID == from || a.Outlet == fromOutlet || commentaryPiece(a) {
			continue
		}
		l, f := ledeAs(rep, a.ID, title, ahead)
		if l == "" || jabbing(l) {
			continue
		}
		if n := max(titleWords(l, title), titleWords(l, lede)); n > bestWords {
			out, best, outlet, bestWords = l, f, a.Outlet, n
		}
	}
	if out == "" {
		return "", -1, ""
	}
	return out, best, outlet
}

// ledeArticle returns the article of rep's fact whose sentence is lede,
// from outlet: where the overview's lede stands.
func ledeArticle(rep *compare.Report, fact int, lede, outlet string) string {
	if fact < 0 || fact >= len(rep.Facts) {
		return ""
	}
	first := ""
	for _, fs := range rep.Facts[fact].Sentences {
		if outletOf(rep, fs.Article) != outlet || fs.Paragraph < 0 {
			continue
		}
		if withoutDateline(sentenceOf(fs)) == lede {
			return fs.Article
		}
		if first == "" {
			first = fs.Article
		}
	}
	return first
}

// sourcesOf returns, for each fact sentence of rep as overviewPick gives
// it, the outlet that wrote it, or "" when an article of credited reports
// the same fact (the credit before it covers what it says).
func sourcesOf(rep *compare.Report, credited string) map[string]string {
	// The outlet of each article, read once (outletOf scans the
	// articles: once per sentence it made this quadratic on large
	// events); the first article of an id names it, as in outletOf.
	outlets := make(map[string]string, len(rep.Articles))
	for _, a := range rep.Articles {
		if _, ok := outlets[a.ID]; !ok {
			outlets[a.ID] = a.Outlet
		}
	}
	from := map[string]string{}
	for _, f := range rep.Facts {
		covered := slices.ContainsFunc(f.Sentences, func(fs compare.FactSentence) bool { return outlets[fs.Article] == credited })
		for _, fs := range f.Sentences {
			s := withoutDateline(sentenceOf(fs))
			if _, ok := from[s]; ok {
				continue
			}
			if covered {
				from[s] = ""
			} else {
				from[s] = outlets[fs.Article]
			}
		}
	}
	return from
}

// creditOthers gives each sentence of picked whose fact the outlet
// credited does not report as the outlet's that wrote it (see
// reportedBy, sourcesOf): after a lede credited to one outlet ("…, CNN
// reports."), a sentence with no credit reads as that outlet's too.
// h/read56 found five overviews of eight-outlet events crediting one
// outlet and going on with another's sentence. A sentence that would take
// its credit in front is left out (the credit would read as the next
// sentences' too). Leaving out, after the credited lede, every fact the
// credited outlet does not tell was tried and dropped (4 better, 4 worse
// of 30 blind); so was putting the credited outlet's wording of each
// fact first, or the lede's article's (its wording fails the overview's
// tests where the title article's passed).
func creditOthers(picked []string, from map[string]string, credited string) []string {
	out := make([]string, 0, len(picked))
	for _, s := range picked {
		if o := from[s]; o != "" && o != credited {
			c := reportedBy(s, o)
			if strings.HasPrefix(c, o+" reports: ") {
				continue
			}
			s = c
		}
		out = append(out, s)
	}
	return out
}

// roleNouns are the words for an office or trade that, after "The" and a
// place ("The Ohio governor's only victory …"), call a person by what he
// is rather than by name.
var roleNouns = map[string]bool{"governor": true, "senator": true, "congressman": true, "congresswoman": true,
	"mayor": true, "president": true, "lawmaker": true, "candidate": true, "nominee": true, "congressmember": true,
	"minister": true, "leader": true, "representative": true, "attorney": true, "judge": true}

// unnamedRole reports whether s opens with "The", a capitalised word
// (a place, a party) and a noun of roleNouns with no name after it ("The
// Ohio governor's only victory …", "The Republican senator said …"), a
// person the text before never called so: who is it?
func unnamedRole(s, before string) bool {
	ws := strings.Fields(s)
	if len(ws) < 4 || ws[0] != "The" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[1]); !unicode.IsUpper(r) {
		return false
	}
	role := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[2], ",;:."), "'s"), "’s"))
	if !roleNouns[role] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[3]); unicode.IsUpper(r) && !strings.HasSuffix(ws[2], ",") {
		return false // "The Ohio governor John Kasich …": named
	}
	return !slices.Contains(longWords(before), role)
}

// listOpening reports whether s opens by saying who the ones the text
// before counted are ("The men are …", "The detainees were …"): a list
// whose rest its article gave in the next sentences (h/read56 found one
// naming one of three). A capitalised word after "The" names a group
// ("The Democrats are …") and is left alone.
func listOpening(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 4 || ws[0] != "The" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ws[1]); !unicode.IsLower(r) {
		return false
	}
	n := ws[1]
	if !(strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || n == "men" || n == "women" || n == "people" || n == "children") {
		return false
	}
	if ws[2] != "are" && ws[2] != "were" && ws[2] != "include" && ws[2] != "included" {
		return false
	}
	for _, w := range ws[3:min(len(ws), 6)] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true // a name within the next words ("… are harbour pilot Ivo Strand")
		}
	}
	return false
}

// toldKinds are the kinds of happening a sentence may tell in different
// words: two sentences of one kind that name the same person tell one
// fact ("dropped out" and "suspended his campaign"). A firing or a
// resignation is no such kind: the sentences after a lede that tells it
// name it again to say more of it ("… was unaware of the reason for
// being fired", read on the Tillerson page).
var toldKinds = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:dropp(?:ed|ing|s) (?:out|(?:his|her|their) (?:bids?|candidac(?:y|ies)|campaigns?))|suspend(?:ed|ing|s) (?:his|her|their) (?:bids?|campaigns?|candidac(?:y|ies))|end(?:ed|ing|s) (?:his|her|their) (?:bids?|campaigns?|candidac(?:y|ies))|withdr(?:ew|awn) from the race|quit the race|exit(?:ed|s) the race)\b`),
}

// curlyApostrophe writes a curly apostrophe straight: names come with
// either ("O’Malley", "O'Malley").
var curlyApostrophe = strings.NewReplacer("’", "'")

// toldAgain reports whether s tells a happening of one of toldKinds of a
// person of people whose surname it shares with a sentence of before
// that tells the same kind: the overview would say it twice.
func toldAgain(s, before string, people []person) bool {
	for _, k := range toldKinds {
		if !k.MatchString(outsideQuotes(s)) || !k.MatchString(outsideQuotes(before)) {
			continue
		}
		ws, told := personWords(curlyApostrophe.Replace(s)), personWords(curlyApostrophe.Replace(before))
		for _, p := range people {
			if n := curlyApostrophe.Replace(p.surname); slices.Contains(ws, n) && slices.Contains(told, n) {
				return true
			}
		}
	}
	return false
}
