package nlp

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// readParagraphStrings is readParagraph as it was read with
// strings.ToLower on every word, allocating: the reading the
// allocation-free one must count exactly as.
func (v *Voice) readParagraphStrings(p string) int {
	quoted := false
	words := 0
	var prev string
	prevOpens := false
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '"':
			quoted = !quoted
			i += w
			prev = ""
			continue
		case r == '“':
			quoted = true
			i += w
			prev = ""
			continue
		case r == '”':
			quoted = false
			i += w
			prev = ""
			continue
		case r == '?':
			if !quoted {
				v.Questions++
			}
			i += w
			prev = ""
			continue
		case !unicode.IsLetter(r):
			if r == '.' || r == '!' || r == ';' || r == ':' {
				prev = ""
			}
			i += w
			continue
		}
		j := i
		for j < len(p) {
			r2, w2 := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
				break
			}
			j += w2
		}
		word := trimApostrophes(p[i:j])
		i = j
		words++
		if len(word) > voiceWordBytes {
			if !quoted {
				v.Read++
				prev = ""
			}
			continue
		}
		low := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
		class := voiceClasses[low]
		if class&voiceReport != 0 {
			v.Reported++
		}
		if class&voiceWeekday != 0 && word != low {
			v.Weekdays++
		}
		if quoted {
			continue
		}
		v.Read++
		switch {
		case class&voiceFirst1 != 0 && (low != "i" && !strings.HasPrefix(low, "i'") || word[0] == 'I'):
			v.FirstPerson++
		case class&voiceSecond != 0:
			v.SecondPerson++
		}
		if prev != "" && prevOpens && argumentPairs[prev+" "+low] || low == "let's" {
			v.Argument++
		}
		prev, prevOpens = low, class&voiceOpensArgument != 0
	}
	return words
}

// voiceReadingSeeds are invented paragraphs with the letters ASCII's
// lower case does not know: a Turkish dotted capital I (lower-cased
// longer), the Kelvin sign and the long s (lower-cased to ASCII), a
// German sharp s, curly apostrophes and words beyond voiceWordBytes.
var voiceReadingSeeds = []string{
	`I think we should ride the ferry. Let’s go on Monday; MONDAY’S boat is late.`,
	`İ think we should; İİİİİİ should be. The İstanbul ferry sails on Tuesday.`,
	`We \u212Aeep it. Wee\u212Aend: we must be brave. I ſaid so, and ſhe ſaid no.`,
	"We \u212Aeep it. Wee\u212Aend: we must be brave. I \u017Faid so, and \u017Fhe \u017Faid no.",
	`Die Straße ist lang. We MUST BE there, ought to be; the problem is Straßenbahnen.`,
	`Abcdefghij abcdefghijk İabcdefghi abcdefghİ I’m you’re YOU I'M i'm “I think” "we should".`,
	"Ｉ think ＷＥ SHOULD. Ǆemal said: ǅ and ǆ; \u0130 \u0131 i\u0307 \u1E9E\u00DF Σίσυφος ΣΊΣΥΦΟΣ?",
	`of course no mistake, truth is: my view, let me say so. Sunday sunday SUNDAY Sunday’s`,
}

// TestVoiceReadingAsStrings: on the seeds, the allocation-free reading
// counts as the strings.ToLower one (FuzzVoiceReading tries others).
func TestVoiceReadingAsStrings(t *testing.T) {
	for _, p := range voiceReadingSeeds {
		var got, want Voice
		gw, ww := got.readParagraph(p), want.readParagraphStrings(p)
		if got != want || gw != ww {
			t.Errorf("%q: %+v (%d words), want %+v (%d words)", p, got, gw, want, ww)
		}
	}
}

// FuzzVoiceReading: any paragraph is counted by readParagraph exactly as
// by the strings.ToLower reading.
func FuzzVoiceReading(f *testing.F) {
	for _, p := range voiceReadingSeeds {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		var got, want Voice
		gw, ww := got.readParagraph(p), want.readParagraphStrings(p)
		if got != want || gw != ww {
			t.Errorf("%q: %+v (%d words), want %+v (%d words)", p, got, gw, want, ww)
		}
	})
}
