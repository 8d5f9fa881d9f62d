package nlp

import "strings"

// paperHeads are the last words of a newspaper's or magazine's name
// ("The Ostra Globe", "Kestrel Sun"): a name ending in one is read as a
// paper quoted for its reporting (paperShaped), beside the names of
// publications.txt.
var paperHeads = map[string]bool{
	"globe": true, "sun": true, "guardian": true, "times": true, "post": true, "journal": true,
	"tribune": true, "herald": true, "inquirer": true, "telegraph": true, "observer": true,
	"examiner": true, "chronicle": true, "gazette": true, "courant": true, "mirror": true,
	"slate": true, "salon": true, "newsweek": true,
}

// notPaperHeads are an office's or a trade's names that end in a
// paper's head (paperHeads) and name no paper: "the Ostra County Medical
// Examiner said" is the examiner speaking.
var notPaperHeads = setOfWords("medical examiner", "hair salon", "beauty salon", "nail salon")

// notStations are initials of the call-sign shape that name no station.
var notStations = map[string]bool{"KCNA": true, "WADA": true, "WHCA": true, "WNBA": true, "WWII": true}

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

// paperWords reports whether the words ws of a name, as written, are a
// newspaper's, magazine's, broadcaster's or news site's: the last word,
// capitalised, a paper's head (paperHeads; an office's or a trade's name
// aside, notPaperHeads) or a site's address ("Ostra.com"), or one
// word that is a station's call letters ("WKLM", "KOST-TV").
func paperWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false // "three times" names no paper
	}
	last := strings.ToLower(strings.TrimSuffix(w, "."))
	if paperHeads[last] && (len(ws) < 2 || !notPaperHeads[strings.ToLower(ws[len(ws)-2])+" "+last]) || strings.HasSuffix(last, ".com") {
		return true
	}
	return len(ws) == 1 && callLetters(ws[0])
}

// paperShaped reports whether the speaker read from tokens [a, b) with
// entity e (or -1) is a paper, station or news site by the shape of its
// name (paperWords), the name as written there or, for a pronoun ("It
// adds:"), the entity's names. A person's name may end in a paper's head
// ("Ada Sun"): a person is read as a paper only when "the" is written
// before the name ("The Globe writes"). A paper's lawyer, spokesman or
// other such speaker ("attorneys for the Times") is none.
func (d *doc) paperShaped(a, b, e int) bool {
	var ws []string
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.Kind == KindWord && (relationNouns[t.Norm] || spokesWords[t.Norm]) {
			return false // "attorneys for the Times said": the lawyers speak
		}
		if t.Kind == KindWord && (k > a || t.Norm != "the") {
			ws = append(ws, t.Surface)
		}
	}
	if e >= 0 && e < len(d.ents) && d.ents[e].etype == Person {
		the := d.toks[a].Norm == "the" || a > 0 && d.toks[a-1].Norm == "the" && d.toks[a-1].para == d.toks[a].para
		if !the {
			return false
		}
	}
	if paperWords(ws) {
		return true
	}
	if len(ws) != 1 || d.l.pronouns[strings.ToLower(ws[0])] == 0 || e < 0 || e >= len(d.ents) {
		return false
	}
	for _, mi := range d.ents[e].mentions {
		if m := &d.mentions[mi]; m.kind == MentionName && paperWords(m.words) {
			return true
		}
	}
	return false
}
