package clean

import "strings"

// hereVerbs open a sentence that points the reader to something else on
// the page or the web: "Watch the exchange here.", "Read the full memo
// here.", "Click here to read the report."
var hereVerbs = []string{"Watch ", "Read ", "Listen to ", "Listen ", "Click ", "See ", "Check out ", "View "}

// hereMaxWords bounds the words of such a sentence.
const hereMaxWords = 25

// herePromos returns the sentences of a paragraph that point to a link:
// opening with one of hereVerbs and ending with "here" ("Watch one of
// the correspondent's reports here ."), or opening with "Click here". The
// link's text was dropped with the page, so the sentence tells the reader
// nothing; left in, it became an only-in fact. "See, I just want him out
// of here." opens with an aside, not a pointer, and stays.
func herePromos(p string) []Cut {
	if !strings.Contains(p, " here") {
		return nil
	}
	var cuts []Cut
	for start := 0; start < len(p); {
		end := sentenceEndFrom(p, start)
		if s := p[start:end]; pointsHere(s) {
			from := start
			if from > 0 && p[from-1] == ' ' {
				from-- // take the space before, not the one after
			}
			cuts = append(cuts, Cut{Start: from, End: end, Kind: KindPromo, Reason: "a pointer to a link: " + quoteStart(fold(s))})
		}
		start = end
		for start < len(p) && p[start] == ' ' {
			start++
		}
	}
	return cuts
}

// sentenceEndFrom returns where the sentence that starts at i ends: after
// its full stop, question or exclamation mark and the closing
// quotation marks after it, when a space or the paragraph's end follows;
// the paragraph's end when none does.
func sentenceEndFrom(p string, i int) int {
	for j := i; j < len(p); j++ {
		switch p[j] {
		case '.', '!', '?':
			k := j + 1
			for k < len(p) && (p[k] == '"' || p[k] == '\'' || p[k] == ')') {
				k++
			}
			if k == len(p) || p[k] == ' ' {
				return k
			}
		}
	}
	return len(p)
}

// pointsHere reports whether sentence s points to a link (see herePromos).
func pointsHere(s string) bool {
	verb := ""
	for _, v := range hereVerbs {
		if strings.HasPrefix(s, v) {
			verb = v
			break
		}
	}
	if verb == "" || words(s) > hereMaxWords {
		return false
	}
	if strings.HasPrefix(s, "Click here") {
		return true
	}
	body := strings.TrimRight(s, " .:!\"')")
	if !strings.HasSuffix(body, " here") {
		return false
	}
	// "out of here", "from here", "in here" tell of a place.
	for _, place := range []string{" out of here", " from here", " in here"} {
		if strings.HasSuffix(body, place) {
			return false
		}
	}
	return true
}
