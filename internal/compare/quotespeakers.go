package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// namedSpeaker reports whether quote q of d is the words of a named
// person or organisation: a whole quote (no fragment of the writer's
// sentence) whose speaker is such an entity, unless the speaker read
// is no speaker (notSpeaker).
func namedSpeaker(d *doc, q nlp.Quote) bool {
	if q.Partial || q.Speaker == nil || q.Speaker.Entity < 0 || q.Speaker.Entity >= len(d.an.Entities) {
		return false
	}
	e := d.an.Entities[q.Speaker.Entity]
	return (e.Type == nlp.Person || e.Type == nlp.Org) && !notSpeaker(d, e, *q.Speaker)
}

// notSpeaker reports whether sp, the speaker attribution found for a
// quote, names entity e where e does not speak: e owns the speaker
// ("Kestrel's Mr. Varga says"), is where the speaker is or whom they
// spoke with ("a friend of hers at Kestrel says", "in an interview with
// WKLM said"), is a newspaper or station whose report the article
// quotes ("The Ostra Globe writes:"; its own statement aside), or is
// no person where the attribution is "he" or "she". A quote-only claim
// ("only quoted here") showed such names as the speaker: "Yale",
// "Harvard", "Globe", "Sun", station call letters (README of
// testdata/abpjudged, "Only-in families (session 60, h/onlyin60)").
func notSpeaker(d *doc, e nlp.Entity, sp nlp.Speaker) bool {
	switch strings.ToLower(sp.Mention) {
	case "he", "she", "him", "her":
		return e.Type != nlp.Person
	}
	if d.art == nil || sp.Span.Para < 0 || sp.Span.Para >= len(d.art.Paragraphs) {
		return false
	}
	para := d.art.Paragraphs[sp.Span.Para]
	if sp.Span.Start < 0 || sp.Span.End > len(para) || sp.Span.Start > sp.Span.End {
		return false
	}
	after := para[sp.Span.End:]
	for _, p := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(after, p); ok && capitalised(rest) {
			return true
		}
	}
	// The last three words are all placeBefore and the "the" below read:
	// a paragraph's every word before each speaker made quotedShare of a
	// long transcript paragraph cost its sentences times its length.
	before := lastFields(para[:sp.Span.Start], 3)
	if placeBefore(before) {
		return true
	}
	// A person's name may end in a paper's head ("Ada Sun"): a person
	// read as a paper only when written after "the" ("The Globe writes").
	if e.Type == nlp.Person && (len(before) == 0 || !strings.EqualFold(before[len(before)-1], "the")) {
		return false
	}
	return paperName(e.Name) && !strings.Contains(strings.ToLower(para), "statement")
}

// lastFields returns the last n words of s as strings.Fields splits
// them (fewer when s has fewer), in text order, reading s from its end.
func lastFields(s string, n int) []string {
	var out []string
	end := len(s)
	for i := len(s); i > 0 && len(out) < n; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if end > i {
				out = append(out, s[i:end])
			}
			end = i - size
		}
		i -= size
	}
	if end > 0 && len(out) < n {
		out = append(out, s[:end])
	}
	slices.Reverse(out)
	return out
}

// placeBefore reports whether the words before a speaker's name, ws,
// end in "at", "with" or "to", a "the" after it aside, and not in
// "according to": the name is where the speaker is or whom they speak
// with or serve ("a friend of hers at Kestrel says", "in an interview
// with WKLM said", "the envoy to the UN, Ana Lind, said"). A body's
// spokesperson, aide or official "at" or "with" it speaks for it ("a
// spokeswoman with the port authority said"; spokesWords).
func placeBefore(ws []string) bool {
	n := len(ws)
	if n > 0 && strings.EqualFold(ws[n-1], "the") {
		n--
	}
	if n == 0 {
		return false
	}
	switch ws[n-1] {
	case "at", "with":
		return n < 2 || !spokesWords[strings.ToLower(strings.Trim(ws[n-2], ",;"))]
	case "to":
		return n < 2 || !strings.EqualFold(ws[n-2], "according")
	}
	return false
}

// spokesWords are the nouns for who speaks for a body they are "at" or
// "with" (placeBefore).
var spokesWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true, "spokeswomen": true,
	"spokespeople": true, "official": true, "officials": true, "aide": true, "aides": true, "staffer": true,
	"staffers": true, "representative": true, "representatives": true, "source": true, "sources": true,
	"officer": true, "officers": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
}

// notStations are initials of the call-sign shape that name no station.
var notStations = map[string]bool{"KCNA": true, "WADA": true, "WHCA": true, "WNBA": true, "WWII": true}

// paperHeads are the last words of a newspaper's or magazine's name
// ("The Ostra Globe", "Kestrel Sun").
var paperHeads = map[string]bool{
	"globe": true, "sun": true, "guardian": true, "times": true, "post": true, "journal": true,
	"tribune": true, "herald": true, "inquirer": true, "telegraph": true, "observer": true,
	"examiner": true, "chronicle": true, "gazette": true, "courant": true, "mirror": true,
	"slate": true, "salon": true, "newsweek": true,
}

// paperName reports whether name, an organisation's name, is a
// newspaper's, magazine's or broadcaster's: its last word a paper's
// head (paperHeads), a station's call letters ("WKLM", "KOST-TV") or
// a site's address ("Ostra.com").
func paperName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if paperHeads[last] || strings.HasSuffix(last, ".com") {
		return true
	}
	return len(f) == 1 && callLetters(f[0])
}

// callLetters reports whether w is a North American station's call
// sign: K or W and three more capitals, with or without a "-TV", "-FM"
// or "-AM" tail, and no agency's initials of that shape (notStations:
// North Korea's news agency speaks for its government).
func callLetters(w string) bool {
	for _, t := range []string{"-TV", "-FM", "-AM"} {
		w = strings.TrimSuffix(w, t)
	}
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' || notStations[w] {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
