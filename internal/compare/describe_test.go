package compare

import (
	"testing"
)

// TestNameAndRoleAreNoFact: two sentences that share only a person's
// name and the words that describe him (his role) state two facts; two
// that also share what they say of him state one.
func TestNameAndRoleAreNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Exporters fear reprisals\nValdonia detained the finance chief of Ostra Telecom on Monday.\n"+
			"Anna Reyes, a former Estrian ambassador to Valdonia, said exporters could face reprisals in Valdonia.\n"+
			"Estrian exporters sold goods worth 3 billion crowns to Valdonia last year.\n"+
			"Ostra Telecom said it would contest the detention in court.",
		"Telecom chief detained\nThe finance chief of Ostra Telecom, Mira Lind, was detained in Valdonia on Monday.\n"+
			"Lind is, as former Estrian ambassador to Valdonia Anna Reyes puts it, a member of the business royalty of Estria.\n"+
			"Ostra Telecom said it would contest the detention in court.\n"+
			"Shares in the company fell 4 percent.",
	))
	if g := factGroupWith(r, "Anna Reyes, a former Estrian ambassador"); g != nil {
		t.Errorf("a name and its role are one fact: %+v", g)
	}
	if g := factGroupWith(r, "Ostra Telecom said it would contest"); len(g) != 2 {
		t.Errorf("the company's answer is not one fact: %+v", r.Facts)
	}
}

// TestLinkWordIsNoDescription: a preposition before a name ("a campaign
// like Libya") links what is said to it; the words before it are what
// the sentence says, not a description of the name.
func TestLinkWordIsNoDescription(t *testing.T) {
	arts := mkArticles("Pledge\nWe will not fight a long air campaign like Libya or Kosovo. The president ruled out an air campaign as long as the ones in Libya and Kosovo.")
	docs, _ := prepare(arts, nil, newAnalyzer(t))
	said := saidWords(docs[0], docs[0].sents[0].pos)
	for _, w := range []string{"air", "campaign"} {
		found := false
		for _, s := range said {
			found = found || s == w
		}
		if !found {
			t.Errorf("%q is not said in the first sentence: %v", w, said)
		}
	}
}
