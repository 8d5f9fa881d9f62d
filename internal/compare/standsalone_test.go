package compare

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// standsAloneFields is standsAlone as session 58 wrote it (the word
// before each occurrence taken with strings.Fields of the whole text
// before it): the reference the new form must agree with.
func standsAloneFields(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		end := k + len(name)
		if k > 0 && isWordByte(text[k-1]) || end < len(text) && isWordByte(text[end]) {
			continue
		}
		before := strings.TrimRight(text[:k], " \"“‘'(")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n") {
			continue
		}
		if f := strings.Fields(before); len(f) > 0 {
			prev := f[len(f)-1]
			if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && !leadWords[strings.ToLower(prev)] || prev == "of" || prev == "for" || prev == "and" || prev == "&" {
				continue
			}
		}
		after := strings.TrimLeft(text[end:], " ")
		if r, _ := utf8.DecodeRuneInString(after); text[end:] != after && unicode.IsUpper(r) {
			continue
		}
		return true
	}
}

// longNamedParagraph is an invented paragraph of n clauses that each
// write name after a capitalised word and before another name, so that
// no occurrence stands alone and every one is read to its word before.
func longNamedParagraph(n int, name string) string {
	var b strings.Builder
	for i := range n {
		if i%7 == 0 {
			b.WriteString("the crews of Harbour ")
		} else {
			b.WriteString("and after the ")
		}
		b.WriteString(name + " Parade went by, ")
	}
	return b.String()
}

func TestStandsAloneSameAsFields(t *testing.T) {
	cases := []string{
		"on Lantern, the crews", "Lantern came", "the Lantern Parade", "Board of Lantern met",
		"they met on\tLantern\u00a0and left", "the \u0085Lantern, then", "x\u00a0 \t(Lantern) y",
		"In Lantern, Bo said", "We spoke. Lantern is near", "Harbour and Lantern", "with ‘Lantern’ too",
		"it's Lantern", "ÉLAN Lantern", "\xff Lantern x", "on: Lantern", "the\nLantern rose",
		longNamedParagraph(40, "Lantern"), longNamedParagraph(40, "Lantern") + " on Lantern.",
	}
	for _, c := range cases {
		if got, want := standsAlone(c, "Lantern"), standsAloneFields(c, "Lantern"); got != want {
			t.Errorf("standsAlone(%q) = %v, Fields form %v", c, got, want)
		}
	}
}

// TestStandsAloneLinear reads a paragraph of 20,000 clauses that write
// the name (about 700 KB): the Fields form took seconds (quadratic), the
// word found from the end stays far below a second.
func TestStandsAloneLinear(t *testing.T) {
	text := longNamedParagraph(20000, "Lantern")
	start := time.Now()
	if standsAlone(text, "Lantern") {
		t.Fatal("no occurrence stands alone")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("standsAlone on %d bytes took %v", len(text), d)
	}
}

func BenchmarkStandsAlone2000(b *testing.B) {
	text := longNamedParagraph(2000, "Lantern")
	for b.Loop() {
		standsAlone(text, "Lantern")
	}
}

func BenchmarkStandsAloneFields2000(b *testing.B) {
	text := longNamedParagraph(2000, "Lantern")
	for b.Loop() {
		standsAloneFields(text, "Lantern")
	}
}

// namedWithoutTailUncached and acronymSpelledOutUncached are the two as
// session 58 wrote them, every other article's text read at each ask:
// the reference the cached forms must agree with.
func namedWithoutTailUncached(seen thingsSeen, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !genericTails[f[len(f)-1]] {
		return false
	}
	rest := strings.Join(f[:len(f)-1], " ")
	for j, c := range seen.all.cased {
		if j != seen.self && standsAlone(c, rest) {
			return true
		}
	}
	return false
}

func acronymSpelledOutUncached(seen thingsSeen, acronym string) bool {
	if !isAcronym(acronym) {
		return false
	}
	for j, c := range seen.all.cased {
		if j != seen.self && spellsOut(c, acronym) {
			return true
		}
	}
	return false
}

// spelledStory is an invented story of n articles of about size bytes
// each: article i%4 == 1 spells out the harbour council and writes the
// lantern feast without its "Day", article i%4 == 2 only the council.
func spelledStory(n, size int) []string {
	cased := make([]string, n)
	for i := range cased {
		var b strings.Builder
		for b.Len() < size {
			b.WriteString("Crews of the Marlow yard met in the Harbour Hall on Tuesday and said the repairs would wait. ")
		}
		switch i % 4 {
		case 1:
			b.WriteString("The Ostra Harbour Council met on Lantern, as planned.")
		case 2:
			b.WriteString("The \u201cOstra Harbour Council\u201d met.")
		}
		cased[i] = b.String()
	}
	return cased
}

func TestNameFormsCachedSameAsUncached(t *testing.T) {
	yes := 0
	for _, n := range []int{1, 2, 3, 5, 9} {
		all := &allSeen{cased: spelledStory(n, 300)}
		for round := range 2 { // the second round reads the cache
			for self := -1; self < n; self++ {
				seen := thingsSeen{all: all, self: self}
				for _, name := range []string{"Lantern Day", "Harbour Day", "Marlow Corp.", "Ostra Day"} {
					got, want := namedWithoutTail(seen, name), namedWithoutTailUncached(seen, name)
					if want {
						yes++
					}
					if got != want {
						t.Errorf("n=%d round %d self %d: namedWithoutTail(%q) = %v, want %v", n, round, self, name, got, want)
					}
				}
				for _, acr := range []string{"OHC", "MY", "HH", "ZQX", "Ohc"} {
					got, want := acronymSpelledOut(seen, acr), acronymSpelledOutUncached(seen, acr)
					if want {
						yes++
					}
					if got != want {
						t.Errorf("n=%d round %d self %d: acronymSpelledOut(%q) = %v, want %v", n, round, self, acr, got, want)
					}
				}
			}
		}
	}
	if yes == 0 {
		t.Error("no name or acronym is written by another article: the comparison tells nothing")
	}
}

// benchmarkSpelledOut asks, for each of 40 articles of 20 KB, ten
// sentences' acronyms and names without their tail, as
// unseenNamesFigures asks them per sentence.
func benchmarkSpelledOut(b *testing.B, named, spelled func(thingsSeen, string) bool) {
	cased := spelledStory(40, 20000)
	for b.Loop() {
		all := &allSeen{cased: cased}
		for self := range cased {
			seen := thingsSeen{all: all, self: self}
			for range 10 {
				spelled(seen, "ZQX")
				named(seen, "Harvest Day")
			}
		}
	}
}

func BenchmarkSpelledOutCached(b *testing.B) {
	benchmarkSpelledOut(b, namedWithoutTail, acronymSpelledOut)
}

func BenchmarkSpelledOutUncached(b *testing.B) {
	benchmarkSpelledOut(b, namedWithoutTailUncached, acronymSpelledOutUncached)
}

// quoteWordsSample is an invented run of quoted words, capitalised
// ones among them, with a tweet's short forms.
var quoteWordsSample = strings.Fields("We Built The Dock w/ Crews In Marlow, “Harbour” B/C the Council said U.S. Repairs w/o Delay THX and ur Ferry")

func TestTweetFormKeys(t *testing.T) {
	want := map[string][]string{"w/": {"with"}, "B/C": {"because"}, "w/o": {"without"}, "ur": {"your"}, "THX": nil, "Marlow,": nil}
	for w, ks := range want {
		got, ok := tweetForm(w)
		if ok != (ks != nil) || strings.Join(got, " ") != strings.Join(ks, " ") {
			t.Errorf("tweetForm(%q) = %q %v, want %q", w, got, ok, ks)
		}
	}
	if got, ok := tweetForm("W/crews"); !ok || strings.Join(got, " ") != "with crews" {
		t.Errorf("tweetForm(W/crews) = %q %v", got, ok)
	}
}

func BenchmarkTweetForm(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range quoteWordsSample {
			tweetForm(w)
		}
	}
}
