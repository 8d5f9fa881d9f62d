package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headline says what kind of headline a title is. Only a News headline
// names an event as a straight report does; the others make poor titles
// for an event.
type Headline uint8

// Kinds of headline, from the best title for an event to the worst.
const (
	// News is a straight report: "Senate confirms Kavanaugh, 50-48".
	News Headline = iota
	// Short is a label rather than a report: two words or fewer.
	Short
	// Question asks: "Should America defund the police?".
	Question
	// FirstPerson speaks as the writer: "I have OCD...".
	FirstPerson
	// Opinion is a column, editorial or commentary, by its outlet, its
	// address or its headline.
	Opinion
	// NoTitle is an article without a title.
	NoTitle
	// Explainer frames the event instead of reporting it: a preview, a
	// list of takeaways, a fact check, a transcript or a video ("5 things
	// to watch in tonight's debate", "Here's what we know", "Who is Jane
	// Roe?", "What the rate cut means for you", "The tax bill, explained").
	Explainer
	// Marked is a piece its outlet marks as a column or an analysis
	// (Doc.Kind), whatever its headline's form: the last title of an
	// event that has a titled piece without that mark.
	Marked
)

// String returns the kind's name.
func (h Headline) String() string {
	switch h {
	case News:
		return "news"
	case Short:
		return "short"
	case Question:
		return "question"
	case FirstPerson:
		return "first-person"
	case Opinion:
		return "opinion"
	case Explainer:
		return "explainer"
	case Marked:
		return "marked"
	}
	return "none"
}

// opinionPaths are URL path segments under which outlets publish opinion
// ("/commentisfree" is the Guardian's opinion section).
var opinionPaths = []string{"/opinion", "/opinions", "/op-ed", "/oped", "/commentary", "/editorial", "/editorials",
	"/columnists", "/column", "/columns", "/blogs", "/blog", "/perspective", "/perspectives", "/letters", "/voices", "/ideas",
	"/commentisfree"}

// opinionLabels are headline prefixes and outlet words that mark opinion.
var opinionLabels = []string{"opinion", "op-ed", "editorial", "commentary", "column", "letter", "letters", "perspective", "analysis", "blog"}

// firstPersonWords mark a headline written in the first person (outside
// quotation marks).
var firstPersonWords = setOf("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "our", "us")

// questionOpeners open a question headline even without its mark.
var questionOpeners = setOf("should", "why", "is", "are", "can", "could", "does", "do", "will", "would", "did", "has", "have")

// explainerOpening and explainerWords mark a headline that frames the
// event instead of reporting it (see Explainer).
// The opening may follow a label before a colon ("Timeline: ...") or a
// clause of circumstance before a comma: "As Varga heads to the docks, 4
// questions she must answer", "After the strike, how the harbour can
// recover" frame the happening as "4 questions ..." would.
var (
	explainerOpening = regexp.MustCompile(`(?i)^(?:[^:]{1,40}: |(?:as|after|before|ahead of|with|amid) [^,:]{1,50}, )?(?:here['’]?s |here is |(?:why|how) |imagine |who(?:['’]s| is| was| are| were) |what(?:['’]s| is| was| are| were| does| do| did)? |where [^:]{1,60} stands?\b|read |what['’]?s behind |what (?:to watch|to know|to expect|we know|you need to know|it means|this means|that means)|timeline:|making sense of|everything you need|(?:the )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few) (?:key |big |biggest |more )?(?:things|takeaways|questions|unanswered|ways|moments|reasons|lessons|facts|highlights|winners|losers|charts|quotes|revelations|surprises|lawmakers to watch)\b|read (?:the )?(?:full|text|transcript)|full text|transcript:|watch(?: live)?:|video:|photos:|in photos:|live updates:)`)
	explainerWords   = gate(`(?i)\b(?:preview|takeaways|what to watch|cheat sheet|explainer|fact check|by the numbers|offers? insights? into|sheds? (?:new )?light on|an? (?:(?:exclusive|first|closer|quick|brief|inside) )?look (?:at|inside))\b`,
		"preview", "eaway", "what to watch", "cheat ", "explainer", "fact che", "by the number", "offer", "light on", "loo")
	// falseClaims is a fact check's count of a speaker's false claims:
	// "Mayor makes 6 false claims in harbour speech".
	falseClaims = gate(`(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens? of) (?:false|misleading|dubious|untrue|bogus) (?:claims|statements|assertions)\b`,
		"clai", "tatement", "ertion")
	// roundUp matches a round-up of what commentators or readers said
	// rather than a report of the happening: "Writers on the Right and
	// Left React to the Mayor's Trip", "Reactions to the ferry vote",
	// "What the papers say about the harbour deal".
	roundUp = gate(`(?i)\b(?:writers|pundits|columnists|commentators|editorial boards|newspapers|the papers|the press|critics and supporters|twitter|the internet|social media)\b[^:]{0,40}\b(?:react(?:s|ed)?|weighs? in|sounds? off)\b|\breactions to\b|\bround-?up\b|\bwhat (?:the )?(?:pundits|papers|columnists|critics|commentators) (?:are )?say(?:ing)?\b`,
		"react", "weigh", "ound", "what")
	// explainedForm is the explainer's "X, explained" and its kin ("X,
	// explained by an expert", "X — explained", "X explained in 500
	// words"), not a verb ("Y just explained how it works").
	explainedForm = gate(`(?i)(?:[,—–-]\s*(?:briefly\s+)?explained\b|\bexplained[.!]?$|\bexplained in (?:\d+|under|one|two|three|a few)\b)`,
		"explained")
)

// gated is a case-insensitive pattern with the literals one of which
// each of its matches holds: a text that holds none of them in ASCII
// lower case cannot match, and the pattern is not run (most titles are
// news, which match none of the explainer's patterns: running them all
// was about 2 % of grouping's CPU). The literals are lower-case ASCII
// without k and s, the two ASCII letters that (?i) also matches outside
// ASCII (the Kelvin sign, the long s), so that lower-casing the text's
// ASCII letters alone finds every text the pattern can match
// (TestGatedLiterals).
type gated struct {
	re    *regexp.Regexp
	needs []string
}

// gate compiles expr, whose every match holds one of needs.
func gate(expr string, needs ...string) gated {
	return gated{re: regexp.MustCompile(expr), needs: needs}
}

// match reports whether s, whose ASCII lower case is low, matches g.
func (g gated) match(s, low string) bool {
	for _, n := range g.needs {
		if strings.Contains(low, n) {
			return g.re.MatchString(s)
		}
	}
	return false
}

// asciiLower lower-cases the ASCII letters of s, leaving other bytes
// alone, without allocating when it has none in upper case.
func asciiLower(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' })
	if i < 0 {
		return s
	}
	b := []byte(s)
	for j := i; j < len(b); j++ {
		if c := b[j]; c >= 'A' && c <= 'Z' {
			b[j] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// mediaTag matches the note of a video or photos some outlets end a
// headline with: "Will the ferry plan help? (+video)".
var mediaTag = regexp.MustCompile(`(?i)\s*\(\+?(?:video|photos?|audio|slideshow)\)\s*$`)

// classifyHeadline says what kind of headline d's title is, by the title,
// the outlet's name and the URL's path, or Marked when d's outlet marks it
// as a column or an analysis (Doc.Kind): that mark is one more sign of a
// commentary besides the headline's own, and the strongest.
func classifyHeadline(d Doc) Headline {
	title := strings.TrimSpace(withoutSite(d.Title, d.Outlet))
	if title == "" {
		return NoTitle
	}
	if d.Kind != "" {
		return Marked
	}
	outlet := strings.ToLower(d.Outlet)
	for _, l := range []string{"opinion", "editorial", "blog", "commentary", "guest writer"} {
		if strings.Contains(outlet, l) {
			return Opinion
		}
	}
	if path := urlPath(d.URL); path != "" && !newsBlog(path) {
		for _, p := range opinionPaths {
			if strings.Contains(path, p+"/") || strings.Contains(path, p+"-") || strings.HasSuffix(path, p) {
				return Opinion
			}
		}
	}
	lt := strings.ToLower(title)
	for _, l := range opinionLabels {
		if strings.HasPrefix(lt, l+":") || strings.HasPrefix(lt, l+" |") || strings.HasPrefix(lt, l+" -") || strings.HasPrefix(lt, l+" —") {
			return Opinion
		}
	}
	if bylineLabel(lt, d.Authors, outlet) {
		return Opinion
	}
	unquoted := title
	if strings.IndexByte(title, '(') >= 0 { // mediaTag's mark
		unquoted = mediaTag.ReplaceAllString(title, "")
	}
	unquoted = stripQuoted(unquoted)
	if strings.HasSuffix(strings.TrimRight(unquoted, " .!\"”’'"), "?") {
		return Question
	}
	cased := strings.FieldsFunc(unquoted, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	words := make([]string, len(cased))
	for i, w := range cased {
		words[i] = strings.ToLower(w)
		// "US" in capitals is the country ("Trump impeached by US House").
		if firstPersonWords[strings.ReplaceAll(words[i], "’", "'")] && w != "US" {
			return FirstPerson
		}
	}
	if len(words) > 0 && questionOpeners[words[0]] && !strings.Contains(title, ",") && len(words) > 3 && strings.HasSuffix(title, "?") {
		return Question
	}
	if len(strings.Fields(title)) <= 2 {
		return Short
	}
	// A headline that opens with a quotation frames the rest as its own:
	// "'Nobody was ready': How the ferry plan failed".
	opening := strings.TrimLeft(unquoted, " :—–-")
	low := asciiLower(unquoted)
	if explainerOpening.MatchString(opening) || explainerWords.match(unquoted, low) || explainedForm.match(unquoted, low) ||
		falseClaims.match(unquoted, low) || roundUp.match(unquoted, low) || explainerPath(d.URL) {
		return Explainer
	}
	if askedFirst(unquoted) {
		return Question
	}
	return News
}

// askedFirst reports whether an unquoted title asks a question before
// it goes on: "Quarantine or not? Key question pits mayor vs. council",
// "Confused about the ferry report? Start here." — a teaser or a
// column's hook, not a report's headline. A question mark between
// letters ("won?t") or between spaces is a lost apostrophe or dash, not
// a question.
func askedFirst(title string) bool {
	for i := strings.IndexByte(title, '?'); i >= 0; {
		prev, _ := utf8.DecodeLastRuneInString(title[:i])
		rest := title[i+1:]
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		if (unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == ')') && strings.HasPrefix(rest, " ") &&
			(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'", next)) {
			return true
		}
		j := strings.IndexByte(rest, '?')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// newsBlogNames are words in the name of a news outlet's blog of
// reports: a politics desk's or a live blog ("/blogs/politics/",
// "/blogs/itsallpolitics/", "/blogs/thetwo-way/", "/blog/live-updates/").
var newsBlogNames = []string{"politics", "live", "news", "two-way", "briefing-room", "ballot-box", "floor-action", "slatest"}

// newsBlog reports whether the lower-cased URL path is an item of a news
// blog: the segment after "/blog/" or "/blogs/" names one (see
// newsBlogNames), and no other opinion segment is in the path. The blogs
// of a newsroom's politics desk or its live coverage carry reports, not
// columns; other blogs stay opinion.
func newsBlog(path string) bool {
	segs := strings.Split(path, "/")
	for i, seg := range segs {
		if (seg != "blog" && seg != "blogs") || i+1 >= len(segs) {
			continue
		}
		for _, n := range newsBlogNames {
			if strings.Contains(segs[i+1], n) {
				rest := strings.Join(segs[:i], "/") + "/" + strings.Join(segs[i+2:], "/")
				for _, p := range opinionPaths {
					if p != "/blog" && p != "/blogs" && strings.Contains(rest+"/", p+"/") {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// explainerPath reports whether url's path is that of a fact check or an
// analysis: a segment that is one ("/fact-check/", "/analysis/"), or a
// slug that opens or ends as one ("/fact-check-mayor-ferry-claims/",
// "/mayor-ferry-speech-fact-check/"). A slug with the words inside
// ("/courier-fact-check-mayor-tweets/") is a report about a fact check.
func explainerPath(url string) bool {
	for _, seg := range strings.Split(urlPath(url), "/") {
		seg = strings.TrimSuffix(seg, ".html")
		switch seg {
		case "fact-check", "factcheck", "fact-checks", "analysis", "news-analysis":
			return true
		}
		for _, p := range []string{"fact-check-", "fact-checking-", "analysis-"} {
			if strings.HasPrefix(seg, p) {
				return true
			}
		}
		if strings.HasSuffix(seg, "-fact-check") {
			return true
		}
	}
	return false
}

// bylineLabel reports whether the lower-cased title lt opens with its
// own writer's name as a label, as columns do ("KIBBE: Another budget
// surrender" by Matt Kibbe, "Jane Doe: Why I back the tram"): the label
// before the colon is the whole name or the surname of one of the
// authors, or of the outlet when the outlet is a writer's own feed (a
// name of two or three words whose last is no word of publications).
func bylineLabel(lt string, authors []string, outlet string) bool {
	label, _, ok := strings.Cut(lt, ":")
	if !ok || len(strings.Fields(label)) > 4 {
		return false
	}
	label = strings.Join(nameWords(label), " ")
	if label == "" {
		return false
	}
	if ws := nameWords(strings.ToLower(outlet)); len(ws) >= 2 && len(ws) <= 3 && !publicationWords[ws[len(ws)-1]] {
		authors = append(authors[:len(authors):len(authors)], outlet)
	}
	for _, name := range authors {
		ws := nameWords(strings.ToLower(name))
		if len(ws) > 0 && (label == ws[len(ws)-1] || label == strings.Join(ws, " ")) {
			return true
		}
	}
	return false
}

// publicationWords end the names of publications, not of writers.
var publicationWords = setOf("news", "times", "post", "press", "journal", "review", "report", "tribune", "herald", "daily",
	"online", "magazine", "gazette", "wire", "today", "media", "network", "radio", "tv", "star", "sun", "globe", "mail",
	"courier", "examiner", "observer", "monitor", "register", "record", "guardian", "telegraph", "independent", "weekly",
	"insider", "beast", "hill", "atlantic", "nation", "blaze", "caller", "beacon", "federalist", "intercept", "opinion")

// nameWords returns the words of a lower-cased name, without its
// punctuation: "sen. rand paul" gives sen, rand, paul.
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	})
}

// stripQuoted drops the parts of s inside quotation marks, curly or
// straight; a straight single quote opens a quotation only at the start
// of a word ("'We will fight': Mayor vows ...") and closes one at the end
// of a word or after its punctuation ("On '60 Minutes:' ..."), so that
// apostrophes ("O'Rourke", "Trump's") stay text. A curly ’ is an
// apostrophe too inside a word ("‘It’s our town’: ...", "“We don’t
// quit”"): it closes only a quotation opened by ‘, and only where a word
// ends.
func stripQuoted(s string) string {
	var b strings.Builder
	// open is the mark that opened the quotation s is in, 0 outside one.
	var open rune
	prev := ' '
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		next, _ := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '“' || r == '”':
			if open == 0 {
				open = '"'
			} else {
				open = 0
			}
			prev = r
			continue
		case r == '‘' && open == 0 || r == '\'' && open == 0 && !isWordRune(prev) && isWordRune(next):
			open = r
			prev = r
			continue
		case r == '’' && open == '‘' && !(isWordRune(prev) && isWordRune(next)) ||
			r == '\'' && open == '\'' && prev != ' ' && !isWordRune(next):
			open = 0
			prev = r
			continue
		}
		if open == 0 {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// urlPath returns the lower-cased path of a URL, "" when there is none.
func urlPath(u string) string {
	if u == "" {
		return ""
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return ""
	}
	u = u[i:]
	if j := strings.IndexAny(u, "?#"); j >= 0 {
		u = u[:j]
	}
	return strings.ToLower(u)
}
