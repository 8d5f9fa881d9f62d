package article

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrNoText is returned by Finish for an article without any text.
var ErrNoText = errors.New("no article text")

// Finish normalises an article read from an outside source and gives it its
// identity: every field cleaned, the URL made canonical (a URL that is not
// absolute http(s) is dropped with a warning), the title without a
// share-tracking tail (CleanTitle, with a warning), the outlet taken from the URL
// when none was given, a first paragraph that only repeats the title
// dropped, a missing publication day inferred from the URL or a date line
// (InferDate, noted in DateSource), then Identify. It returns warnings about
// what it repaired, and ErrNoText when no paragraph is left or no paragraph holds a
// word (a letter or a digit).
func (a *Article) Finish() (warnings []string, err error) {
	var note string
	if a.Title, note = CleanTitle(a.Title); note != "" {
		warnings = append(warnings, note)
	}
	a.Outlet = CleanText(a.Outlet)
	a.Excerpt = CleanText(a.Excerpt)
	a.Image = CleanText(a.Image)
	a.Language = strings.ToLower(CleanText(a.Language))
	a.Authors = cleanList(a.Authors)
	a.Categories = cleanList(a.Categories)
	a.Tags = cleanList(a.Tags)
	a.Paragraphs = CleanParagraphs(a.Paragraphs)
	if len(a.Paragraphs) > 1 && a.Title != "" && strings.EqualFold(a.Paragraphs[0], a.Title) {
		a.Paragraphs = a.Paragraphs[1:] // the headline repeated as the first paragraph
	}
	if a.URL = strings.TrimSpace(a.URL); a.URL != "" {
		u, uerr := CanonicalURL(a.URL)
		if uerr != nil {
			warnings = append(warnings, "ignored url: "+uerr.Error())
		}
		a.URL = u
	}
	if a.Published.IsZero() {
		a.Published, a.DateSource = InferDate(a.URL, a.Paragraphs)
	}
	if a.Outlet == "" && a.URL != "" {
		a.Outlet = OutletFromURL(a.URL)
	}
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if len(a.Paragraphs) == 0 {
		return warnings, ErrNoText
	}
	if !hasWord(a.Paragraphs) {
		return warnings, fmt.Errorf("%w: not one word (a letter or digit), only punctuation or symbols", ErrNoText)
	}
	a.Identify()
	return warnings, nil
}

// hasWord reports whether any paragraph holds a letter or a digit: text
// that folds to nothing is no article, and would share one identity with
// every other such text.
func hasWord(ps []string) bool {
	for _, p := range ps {
		for _, r := range p {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// cleanList cleans each entry and drops empty and repeated ones, keeping
// the first spelling and the order.
func cleanList(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = CleanText(s)
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}
