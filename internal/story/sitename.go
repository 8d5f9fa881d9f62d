package story

import (
	"strings"
	"unicode"
)

// siteSeparators set a site's name off the end of a headline, as pages
// give it in their title ("Court Turns To Proposition 8 : NPR", "… | Fox
// News", "… - CNNPolitics.com").
var siteSeparators = []string{" : ", " | ", " - ", " – ", " — "}

// withoutSite returns title without a trailing site name: after a spaced
// separator, at most three words that are all words of the outlet's name
// ("NPR" of "NPR Online News", "Fox News" of "Fox Online News") or a web
// address ("CNNPolitics.com"). A title that is nothing but the name is
// kept.
func withoutSite(title, outlet string) string {
	best := -1
	for _, sep := range siteSeparators {
		if i := strings.LastIndex(title, sep); i > best && siteName(title[i+len(sep):], outlet) {
			best = i
		}
	}
	if best <= 0 {
		return title
	}
	return strings.TrimSpace(title[:best])
}

// siteName reports whether s names the site of outlet (see withoutSite).
func siteName(s, outlet string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	if len(words) == 1 {
		w := strings.ToLower(words[0])
		for _, tld := range []string{".com", ".org", ".net", ".co.uk", ".news"} {
			if strings.HasSuffix(w, tld) && len(w) > len(tld) {
				return true
			}
		}
	}
	own := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(outlet), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		own[w] = true
	}
	for _, w := range words {
		if !own[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// withoutDebris returns title without unbalanced angle brackets at its
// ends, left over from markup a page's headline was cut out of: a "<" (or
// "&lt;") opening it with no ">" after, a ">" (or "&gt;") closing it with no
// "<" before. Balanced brackets and those inside the title are kept.
func withoutDebris(title string) string {
	t := strings.TrimSpace(title)
	for {
		switch {
		case strings.HasPrefix(t, "<") && !strings.Contains(t[1:], ">"):
			t = strings.TrimSpace(t[1:])
		case strings.HasPrefix(t, "&lt;") && !strings.Contains(t[4:], ">") && !strings.Contains(t[4:], "&gt;"):
			t = strings.TrimSpace(t[4:])
		case strings.HasSuffix(t, ">") && !strings.Contains(t[:len(t)-1], "<"):
			t = strings.TrimSpace(t[:len(t)-1])
		case strings.HasSuffix(t, "&gt;") && !strings.Contains(t[:len(t)-4], "<") && !strings.Contains(t[:len(t)-4], "&lt;"):
			t = strings.TrimSpace(t[:len(t)-4])
		default:
			if t == "" {
				return title
			}
			return t
		}
	}
}

// eventTitle is the title an event or member takes from an article's
// headline: without the site's name, markup debris or a media tag at its
// ends.
func eventTitle(title, outlet string) string {
	return withoutMediaTag(withoutDebris(withoutSite(title, outlet)))
}

// withoutMediaTag returns title without the note of a video or photos at
// its end (see mediaTag: "(+video)" says what the page holds, not what
// happened), or title itself when nothing else would be left.
func withoutMediaTag(title string) string {
	if !strings.HasSuffix(strings.TrimRight(title, " \t\n\f\r"), ")") {
		return title // mediaTag ends in ")" and \s*; most titles skip its tens of µs
	}
	if t := mediaTag.ReplaceAllString(title, ""); strings.TrimSpace(t) != "" {
		return t
	}
	return title
}
