package compare

import (
	"strings"
	"testing"
)

// TestOtherSubjectsNotOneProposition: a possible group whose sentences
// say one thing of different people is two facts: two men named ("Brek
// served eight years" against "Lund served eight years"), two
// possessives on one head ("Holm's hearing", "Varn's hearing"), a
// hearing's man named in a clause inside the subject ("the hearing to
// see if Varn would get that lofty post"). The same thing said of one
// person, by a pronoun or by a name in a report of another's words, or of
// subjects written with one word (two people the links may have failed
// to join, "Dr. King" and "King"), stays one.
// The first three fail on main 3b91515a, where each pair states one
// proposition (saidCosine).
func TestOtherSubjectsNotOneProposition(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		name, a, b, verb string
		one              bool
	}{
		{"two men named",
			"Mayor Ilse Varn pardoned the ferry captain Tomas Brek on Monday. Brek served eight years in jail for the harbour fraud.",
			"Varn also pardoned Ivo Lund on Monday. Lund served eight years in jail for the harbour fraud.", "served", false},
		{"two possessives",
			"The inquiry widened on Tuesday. Dag Holm's hearing is scheduled for Thursday in the harbour court.",
			"The inquiry widened on Tuesday. Jon Varn's hearing is scheduled for Thursday in the harbour court.", "scheduled", false},
		{"a man named inside the subject",
			"The inquiry widened on Tuesday. Dag Holm's hearing is also scheduled for Thursday.",
			"The inquiry widened on Tuesday. The hearing to see if Jon Varn would get that lofty harbour post was scheduled for Thursday.", "scheduled", false},
		{"one word in both subjects",
			"The inquiry widened on Tuesday. Dag Holm's hearing is scheduled for Thursday in the harbour court.",
			"The inquiry widened on Tuesday. Ana Holm's hearing is scheduled for Thursday in the harbour court.", "scheduled", true},
		{"pronoun of the same man",
			"Mayor Ilse Varn pardoned Ivo Lund on Monday. He served eight years in jail for the harbour fraud.",
			"Varn also pardoned Ivo Lund on Monday. Lund served eight years in jail for the harbour fraud.", "served", true},
		{"the other's man named in a report",
			"Mayor Ilse Varn pardoned two men on Monday. Varn said Ivo Lund served eight years in jail for the harbour fraud.",
			"Varn also pardoned Ivo Lund on Monday. Lund served eight years in jail for the harbour fraud, Varn said.", "served", true},
	} {
		docs, _ := prepare(mkArticles("Pardons\n"+c.a, "Harbour pardons\n"+c.b), nil, an)
		var sents []*sent
		x, y := -1, -1
		for _, d := range docs {
			for i := range d.sents {
				if strings.Contains(d.sents[i].text, c.verb) {
					if d.idx == 0 {
						x = len(sents)
					} else {
						y = len(sents)
					}
				}
				sents = append(sents, &d.sents[i])
			}
		}
		if x < 0 || y < 0 {
			t.Fatalf("%s: no sentence with %q in both articles", c.name, c.verb)
		}
		al, ft := newAligned(sents)
		g := &factGroup{members: []int{x, y}, docs: map[int]bool{0: true, 1: true}, best: sureCosine / 2}
		if got := oneProposition(docs, al, ft, g, map[*sent][]string{}); got != c.one {
			t.Errorf("%s: one proposition %v, want %v (%q, %q)", c.name, got, c.one, al[x].s.text, al[y].s.text)
		}
	}
}
