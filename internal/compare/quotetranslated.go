package compare

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Two English renderings of a remark made in another language differ in
// their words as two translators' choices do ("rely completely", "rely
// fully"): no outlet put other words in the speaker's mouth, so such a
// pair is never ALTERED (h/quotes57b). A quote is taken as translated
// when the article says so ("through an interpreter", "said in German",
// "translated by"), or names the speaker, right before the name, by a
// nationality whose language is not English ("German Chancellor Angela
// Merkel", "North Korean citizen …"), unless it says the words were said
// in English.

// translatedWords are the writer's words that say a quote was translated
// ("translated by", "through an interpreter"): they hold even beside "in
// English" ("translated into English").
var translatedWords = regexp.MustCompile(`(?i)\b(translat(ed|ion|or|ing)|interpreter)\b`)

// otherLanguage are the writer's words that say a quote was said in
// another language than English.
var otherLanguage = regexp.MustCompile(`(?i)\bin (german|french|russian|korean|chinese|mandarin|cantonese|japanese|arabic|spanish|italian|persian|farsi|turkish|hebrew|ukrainian|portuguese|polish|greek|dutch|swedish|hindi|urdu|vietnamese)\b`)

// inEnglish says the words were said in English.
var inEnglish = regexp.MustCompile(`(?i)\b(in|to) english\b`)

// foreignNationals are nationality adjectives of countries whose leaders
// and people speak another language than English; an English-speaking
// country's (American, British, Canadian, Australian, Irish, Indian,
// Israeli, …) are not among them, nor are those of countries whose
// officials often speak English on the record.
var foreignNationals = map[string]bool{
	"german": true, "french": true, "russian": true, "korean": true, "chinese": true, "japanese": true,
	"iranian": true, "turkish": true, "italian": true, "spanish": true, "mexican": true, "brazilian": true,
	"ukrainian": true, "syrian": true, "iraqi": true, "saudi": true, "egyptian": true, "venezuelan": true,
	"cuban": true, "afghan": true, "polish": true, "greek": true, "dutch": true, "swedish": true,
	"vietnamese": true, "argentine": true, "colombian": true, "austrian": true, "hungarian": true,
}

// maxTitleWords is how many words before the speaker's name quoteTranslated
// reads for a nationality ("North Korean citizen", "German Chancellor").
const maxTitleWords = 3

// quoteTranslated reports whether the article of d gives quote q as
// translated (see translatedWords and foreignNationals).
func quoteTranslated(d *doc, q nlp.Quote) bool {
	var text strings.Builder
	for s := q.FirstSentence; s <= q.LastSentence && s >= 0 && s < len(d.an.Sentences); s++ {
		text.WriteString(d.an.Sentences[s].Text)
		text.WriteByte(' ')
	}
	sp := q.Speaker
	var before string
	if sp != nil && sp.Entity >= 0 {
		for _, s := range d.an.Sentences {
			if s.Para == sp.Span.Para && s.Start <= sp.Span.Start && sp.Span.Start < s.End {
				if off := sp.Span.Start - s.Start; off <= len(s.Text) {
					before = s.Text[:off]
				}
				text.WriteString(s.Text)
				break
			}
		}
	}
	// Only the writer's words tell how the remark was rendered: a
	// language the speaker names ("ballots in Spanish") says nothing.
	// Each part is blanked on its own: q.Text joins the parts by a space,
	// which the sentences do not hold when the writer's words stand
	// between them (`‘…,’ Lund said, ‘…’`, marks outsideQuotes does not
	// read as quotation marks).
	raw := text.String()
	for _, p := range q.Parts {
		if pt, ok := partText(d, p); ok && pt != "" {
			raw = strings.ReplaceAll(raw, pt, " ")
		}
	}
	if q.Text != "" {
		raw = strings.ReplaceAll(raw, q.Text, " ")
	}
	t := outsideQuotes(raw)
	switch {
	case translatedWords.MatchString(t):
		return true
	case inEnglish.MatchString(t):
		return false
	case otherLanguage.MatchString(t):
		return true
	}
	// The mention may hold the title ("North Korean citizen Jon Il
	// Gwang").
	// Only the writer's words right before the name, not the quote's
	// own ("… shot down by Iranian missiles,” Trudeau said).
	if i := strings.LastIndexAny(before, "”\"»“«,;:"); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		before = before[i+n:]
	}
	ws := strings.Fields(before)
	ws = ws[max(0, len(ws)-maxTitleWords):]
	if sp != nil {
		// The mention's title words, not the name ("Representative
		// French Hill" names no Frenchman).
		name := map[string]bool{}
		if sp.Entity >= 0 && sp.Entity < len(d.an.Entities) {
			for _, w := range strings.Fields(strings.ToLower(d.an.Entities[sp.Entity].Name)) {
				name[w] = true
			}
		}
		for _, w := range strings.Fields(sp.Mention) {
			if !name[strings.ToLower(strings.Trim(w, ",.;:“”\"'’‘()"))] {
				ws = append(ws, w)
			}
		}
	}
	for i := range ws {
		if foreignNationals[strings.ToLower(strings.Trim(ws[i], ",.;:“”\"'’‘()"))] {
			return true
		}
	}
	return false
}

// minTranslatedEdge is the fewest words at an edge that one translation
// must quote beyond the other for the other to be shortened: fewer are
// two translators' phrasing of one sentence's ends.
const minTranslatedEdge = 5

// translatedKind is the kind of two versions pairKind finds altered when
// one of them is a translation (see quoteTranslated): a version that
// goes on for a clause or more beyond what both render, at either edge,
// quotes more of the remark; otherwise the two render the same words.
func translatedKind(a, b quoteItem) string {
	al := alignQuotes(a.keys, b.keys)
	extraA := al.aLo >= minTranslatedEdge+al.bLo || len(a.keys)-al.aHi >= minTranslatedEdge+len(b.keys)-al.bHi
	extraB := al.bLo >= minTranslatedEdge+al.aLo || len(b.keys)-al.bHi >= minTranslatedEdge+len(a.keys)-al.aHi
	switch {
	case extraA && extraB:
		return QuoteExcerpts
	case extraA || extraB:
		return QuoteShortened
	}
	return QuoteIdentical
}

// outsideQuotes returns s with every stretch inside quotation marks blanked:
// the writer's words only (the counterpart of insideQuotes).
func outsideQuotes(s string) string {
	return quotedPart(s, false)
}
