package compare

import (
	"math"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Small values counting two sets (h/numbers70, issue 15). A small whole
// count recurs by chance: one ruling's "four Republican-appointed
// justices" who dissented and "the court's four liberal justices" who
// joined the majority are two sets of one noun, and they shared a row as
// one value (h/rows69 left this). When both figures count one noun and
// each names its set by a side (a name, a party, a camp: "Republican",
// "liberal", "Obama-appointed") the other's phrase does not have, they
// count two sets and share no row. Party names are folded ("GOP
// senators", "Republican senators"), and so are the camps of one side
// ("progressive", "Democratic", "liberal"); words that only describe ("two
// felony counts", "three consecutive nominees") say no side, and a
// phrase without a side ("four justices") is left to the other rules
// (read on the rows69 draws: descriptive words split three right rows
// for the one wrong).

// smallSetsApart reports whether two counts of one small whole value
// (under ten) name two sets of one noun: the same counted noun, each
// with a side before it, none shared.
func smallSetsApart(a, b numItem) bool {
	if a.n.Kind != nlp.NumCount || b.n.Kind != nlp.NumCount || a.n.Value != b.n.Value || a.n.Value >= 10 || a.n.Value != math.Trunc(a.n.Value) {
		return false
	}
	if a.thing == "" || a.thing != b.thing || !strings.HasPrefix(a.thing, "h:") {
		return false
	}
	qa, qb := setSides(a.n.Counts), setSides(b.n.Counts)
	return len(qa) > 0 && len(qb) > 0 && !sharesKey(qa, qb)
}

// setSides returns the sides a counted phrase names its set by, before
// its last word: capitalised words and camp words, lower-cased, party
// names folded ("Republican-appointed justices": republican-appointed;
// "GOP senators": republican).
func setSides(counts string) map[string]bool {
	ws := strings.Fields(counts)
	if len(ws) < 2 {
		return nil
	}
	var out map[string]bool
	for _, w := range ws[:len(ws)-1] {
		w = strings.Trim(w, ".,;:'’\"“”()")
		lw := strings.ToLower(w)
		if w == "" || !unicode.IsUpper([]rune(w)[0]) && !campWords[lw] && !campSuffix(lw) {
			continue
		}
		if p, ok := partyNames[lw]; ok {
			lw = p
		}
		if c, ok := campSides[lw]; ok {
			lw = c
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[lw] = true
	}
	return out
}

// campSides fold the party and camp words of one side: outlets call one
// set of four House members "progressive", "Democratic" and "liberal"
// lawmakers (read on the census of h/numbers70).
var campSides = map[string]string{"liberal": "left", "liberals": "left", "progressive": "left", "progressives": "left", "democrat": "left",
	"leftist": "left", "left-wing": "left", "conservative": "right", "conservatives": "right", "republican": "right", "rightwing": "right", "right-wing": "right"}

// campWords name a camp a set of people belongs to.
var campWords = setOf("liberal", "liberals", "conservative", "conservatives", "moderate", "moderates", "progressive", "progressives",
	"democratic", "republican", "independent", "dissenting", "centrist", "leftist", "rightwing", "right-wing", "left-wing")

// campSuffix reports whether a word names a camp by who chose or leads
// it ("obama-appointed", "saudi-led", "kremlin-backed").
func campSuffix(w string) bool {
	for _, s := range []string{"-appointed", "-backed", "-led", "-aligned", "-allied"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
