package view

import (
	"regexp"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/compare"
)

// An overview tells, without a credit, the facts several outlets share;
// the one sentence only one outlet tells carries that outlet's name. Read
// in session 55 (h/read55), two overviews were headed as one outlet's and
// went on with sentences of another outlet, which only that outlet's two
// articles shared: two articles of one outlet (a report and its update,
// or two reports of one desk) are one outlet's account, not a fact the
// outlets share.

// outletShare returns how many outlets report fact f: the distinct
// outlets of its ReportedBy when rep's articles come from two or more
// outlets, else (one outlet's story) its articles.
func outletShare(rep *compare.Report, f compare.Fact) int {
	outlets := compare.OutletsOf(rep.Articles)
	if outlets.Distinct() < 2 {
		return len(f.ReportedBy)
	}
	return outlets.Count(f.ReportedBy)
}

// bareQuote reports whether the member fs of fact f, whose overview
// sentence is s, is someone's quoted words without quotation marks or
// speaker: the member's speaker is named elsewhere in its article
// (FactSentence.Speaker), or another member saying the same words is
// (a quotation that runs over several sentences loses its marks in the
// sentences between its first and last). Read in session 55, "Nobody
// likes him, …" stood in an overview as if the overview said it.
func bareQuote(s string, fs compare.FactSentence, f compare.Fact) bool {
	if strings.ContainsAny(s, "\"“”") {
		return false // marked as a quotation; mostlyQuoted weighs it
	}
	if fs.Speaker != "" {
		return true
	}
	for _, o := range f.Sentences {
		if o.Speaker != "" && o.Article != fs.Article && restates(s, sentenceOf(o)) && restates(sentenceOf(o), s) {
			return true
		}
	}
	return false
}

// inMonth matches a month named after "in", with the day of the month
// after it when one follows ("in September", "in September 21").
var inMonth = regexp.MustCompile(`\bin (January|February|March|April|May|June|July|August|September|October|November|December)\b(\s+[0-9]{1,2}\b)?`)

// turnAbout matches the words with which a sentence tells a turn that
// undoes what came before ("In an abrupt about-face, …", "reversing
// course"): when the story's title tells no turn, a later stage of the
// story that the other articles, written before it, do not know.
var turnAbout = regexp.MustCompile(`(?i)\b(?:about-face|about face|reversal|revers(?:e|ed|ing|es)|backtrack(?:ed|ing|s)?|walked back|u-turn)\b`)

// laterTurn reports whether s, a sentence of an article published on
// day pub, tells a later stage of its story than the day the article
// first appeared: it names the month of pub without a day ("protests and
// riots in September" in an article dated in September: written after
// that month, an update of the article that kept its first date), or,
// when turns is true (the story's title tells no turn), a turn that
// undoes what came before (see turnAbout): "In an abrupt about-face, she
// said she would endorse him" under a title of her attack on him. Read in session 55 (h/read55), an
// updated article's lede of a decision made months after the shooting
// opened the overview of the shooting and its protests.
func laterTurn(s string, pub time.Time, turns bool) bool {
	own := outsideQuotes(s)
	if turns && turnAbout.MatchString(own) {
		return true
	}
	if pub.IsZero() {
		return false
	}
	for _, m := range inMonth.FindAllStringSubmatch(own, -1) {
		if m[2] == "" && m[1] == pub.Month().String() {
			return true
		}
	}
	return false
}
