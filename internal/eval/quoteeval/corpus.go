package quoteeval

import (
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Record is one article of the annotated quotes corpus (PolNeAR converted
// to JSON Lines; see ../shared/data/quotes/README.md). Offsets count code
// points of Body.
type Record struct {
	ID          string      `json:"id"`
	Outlet      string      `json:"outlet"`
	Title       string      `json:"title"`
	HeadlineEnd int         `json:"headline_end"`
	Body        string      `json:"body"`
	Quotes      []GoldQuote `json:"quotes"`
}

// GoldQuote is one annotated attribution.
type GoldQuote struct {
	ID           string   `json:"id"`
	Content      string   `json:"content"`
	ContentStart int      `json:"content_start"`
	ContentEnd   int      `json:"content_end"`
	Source       string   `json:"source"`
	SourceStart  *int     `json:"source_start"`
	SourceEnd    *int     `json:"source_end"`
	Cue          string   `json:"cue"`
	QuoteType    string   `json:"quote_type"`
	ContentSpans [][2]int `json:"content_spans"`
	QuoteSpans   [][2]int `json:"quote_spans"`
	NoSource     bool     `json:"no_source"`
}

// article is a corpus body split for the analyzer, with the code-point
// offset of every paragraph in the body.
type article struct {
	input     nlp.Input
	runeStart []int // code-point offset of each paragraph
	titleRune int
}

// split turns a body into an Input: the headline (the body up to
// HeadlineEnd, newlines made spaces so that offsets stay) is the title and
// each non-blank line after it is a paragraph.
func split(r *Record) article {
	var a article
	runes := 0
	body := r.Body
	if r.HeadlineEnd > 0 {
		rs := []rune(body)
		if r.HeadlineEnd <= len(rs) {
			head := string(rs[:r.HeadlineEnd])
			a.input.Title = strings.ReplaceAll(head, "\n", " ")
			body = string(rs[r.HeadlineEnd:])
			runes = r.HeadlineEnd
		}
	}
	for _, line := range strings.SplitAfter(body, "\n") {
		text := strings.TrimSuffix(line, "\n")
		start := runes
		runes += utf8.RuneCountInString(line)
		if strings.TrimSpace(text) == "" {
			continue
		}
		a.input.Paragraphs = append(a.input.Paragraphs, text)
		a.runeStart = append(a.runeStart, start)
	}
	a.input.Lang = "en"
	return a
}

// runeSpan converts an analysis span to code points of the body.
func (a *article) runeSpan(s nlp.Span) [2]int {
	text, base := a.input.Title, a.titleRune
	if s.Para >= 0 {
		text, base = a.input.Paragraphs[s.Para], a.runeStart[s.Para]
	}
	return [2]int{base + nlp.RuneOffset(text, s.Start), base + nlp.RuneOffset(text, s.End)}
}
