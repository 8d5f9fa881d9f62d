package compare

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A year of an only-in fact is no detail of its own when another
// article gives the same year counted from its own publication date
// ("two years ago", "last year" in a piece of 2018 for 2016 and 2017),
// or the other way round; and a decade is none when another article
// gives a year in it ("the 1940s" beside 1949). A year is not hidden by
// its decade: it says more. Only a sentence of the other article that
// tells of the same thing counts (minYearShared words in common): a
// year is common, and "last year" in a piece of 2017 about another
// matter says nothing of what the own sentence dated 2016. On fresh34
// "2016" beside another article's "two years ago" made an own list
// judged wrong (testdata/abpjudged/README.md, h/ownalias54).

// minYearShared is the fewest content words (stems, stop words and the
// words of a relative year aside) that the other article's sentence
// must share with the own one for its year to count.
const minYearShared = 4

// relativeYear matches a year told from the publication date: "last
// year", "this year", "next year", "a year ago", "two years ago".
var relativeYear = regexp.MustCompile(`\b(?:(last|this|next) year|(a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}) years? ago)\b`)

// yearWords are the counts relativeYear reads in words.
var yearWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// relativeYears returns the years that text (lower case) tells relative
// to year pub, the year it was published.
func relativeYears(text string, pub int) []int {
	var out []int
	for _, m := range relativeYear.FindAllStringSubmatch(text, -1) {
		switch m[1] {
		case "last":
			out = append(out, pub-1)
		case "this":
			out = append(out, pub)
		case "next":
			out = append(out, pub+1)
		default:
			n, ok := yearWords[m[2]]
			if !ok {
				n, _ = strconv.Atoi(m[2])
			}
			if n > 0 {
				out = append(out, pub-n)
			}
		}
	}
	return out
}

// yearStems are the words of a relative year, not counted as shared.
var yearStems = map[string]bool{"year": true, "ago": true, "last": true, "next": true}

// contentStems returns the stems of sentence s's words that are no
// stop word and no word of a relative year.
func contentStems(s nlp.Sentence) map[string]bool {
	out := map[string]bool{}
	for _, t := range s.Tokens {
		if t.Kind == nlp.KindWord && !t.Stop && !yearStems[t.Stem] {
			out[strings.ToLower(t.Stem)] = true
		}
	}
	return out
}

// sharesEnough reports whether sentence s has at least minYearShared of
// stems.
func sharesEnough(s nlp.Sentence, stems map[string]bool) bool {
	n := 0
	for k := range contentStems(s) {
		if stems[k] {
			if n++; n >= minYearShared {
				return true
			}
		}
	}
	return false
}

// yearIn reports whether another article than seen's own has a sentence
// sharing enough of stems (sharesEnough) that gives a year in [lo, hi]
// as written, or, when relative, counted from its publication date.
func yearIn(seen thingsSeen, lo, hi int, relative bool, stems map[string]bool) bool {
	for j, o := range seen.all.docs {
		if j == seen.self || o == nil {
			continue
		}
		for _, n := range o.an.Numbers {
			if n.Kind == nlp.NumDate && n.Unit == "year" && int(n.Value) >= lo && int(n.Value) <= hi &&
				n.Sentence >= 0 && n.Sentence < len(o.an.Sentences) && sharesEnough(o.an.Sentences[n.Sentence], stems) {
				return true
			}
		}
		pub := seen.pubYear(j)
		if !relative || pub == 0 {
			continue
		}
		for _, sy := range seen.toldYears(j, pub) {
			if sy.year >= lo && sy.year <= hi && sharesEnough(o.an.Sentences[sy.sentence], stems) {
				return true
			}
		}
	}
	return false
}

// sentYear is a year a sentence tells relative to its article's date.
type sentYear struct{ sentence, year int }

// toldYears returns the years article j (published in pub) tells
// relative to its date, with their sentences, read once per comparison.
func (t thingsSeen) toldYears(j, pub int) []sentYear {
	if t.all.relYears == nil {
		t.all.relYears = make([][]sentYear, len(t.all.docs))
	}
	if t.all.relYears[j] == nil {
		out := []sentYear{}
		for k, s := range t.all.docs[j].an.Sentences {
			for _, y := range relativeYears(strings.ToLower(s.Text), pub) {
				out = append(out, sentYear{k, y})
			}
		}
		t.all.relYears[j] = out
	}
	return t.all.relYears[j]
}

// pubYear returns the year article j was published, 0 when unknown.
func (t thingsSeen) pubYear(j int) int {
	if j < 0 || j >= len(t.all.docs) || t.all.docs[j] == nil || t.all.docs[j].art.Published.Time.IsZero() {
		return 0
	}
	return t.all.docs[j].art.Published.Time.Year()
}

// yearOtherwise reports whether the other articles give figure n of d,
// a year, a decade or a year counted from d's publication date, in the
// other form, in a sentence of the same thing: the year counted from
// their own dates, a year of the decade, the year written out.
func yearOtherwise(d *doc, n nlp.Number, seen thingsSeen) bool {
	if n.Kind != nlp.NumDate && n.Kind != nlp.NumDuration || n.Value != float64(int(n.Value)) ||
		n.Sentence < 0 || n.Sentence >= len(d.an.Sentences) || len(seen.all.docs) == 0 {
		return false
	}
	s := d.an.Sentences[n.Sentence]
	v := int(n.Value)
	switch {
	case n.Kind == nlp.NumDate && n.Unit == "year" && v >= 1000:
		// The year written out is seen by its value already
		// (numberFeature): what is left is a year told relative.
		return yearIn(seen, v, v, true, contentStems(s))
	case n.Kind == nlp.NumDate && n.Unit == "decade" && v >= 1000 && v%10 == 0:
		return yearIn(seen, v+1, v+9, false, contentStems(s))
	case n.Kind == nlp.NumDuration && n.Unit == "year" && seen.pubYear(seen.self) > 0:
		// Only the whole of "two years ago" is a year: "two years"
		// alone is a span of time.
		k := n.End - s.Start
		if k < 0 || k+4 > len(s.Text) || !strings.EqualFold(s.Text[k:k+4], " ago") {
			return false
		}
		y := seen.pubYear(seen.self) - v
		return yearIn(seen, y, y, true, contentStems(s))
	}
	return false
}
