package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
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
	checkFactGroups(t, r, "Anna Reyes, a former Estrian ambassador", "Ostra Telecom said it would contest")
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

// TestSideClauseIsNoFact: a sentence whose words shared with another's
// main clause lie in its side clause ("Vord, who has been drafting her
// own harbour bill, criticized …") tells another fact than the other
// sentence; the fact both main clauses state is one group.
func TestSideClauseIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Governor unveils harbour plan\nThe governor of Ostra unveiled a plan on Friday to rebuild the harbour wall.\n"+
			"Senator Lena Vord, a rising star of the Ostra party, is drafting her own version of a harbour bill.\n"+
			"Dockers welcomed the plan.",
		"Harbour plan draws fire\nThe governor of Ostra unveiled a plan on Friday to rebuild the harbour wall.\n"+
			"Senator Lena Vord of Ostra, who has been drafting her own version of a harbour bill, criticized the governor for a piecemeal approach.\n"+
			"Ferry operators asked for a delay.",
	))
	checkFactGroups(t, r, "Senator Lena Vord, a rising star", "The governor of Ostra unveiled")
}

// TestSideClauses marks the relative clauses set off by a comma.
func TestSideClauses(t *testing.T) {
	an := newAnalyzer(t)
	a := an.Analyze(nlp.Input{Paragraphs: []string{"Vord, who drafted the bill, criticized the plan, which the governor defends."}, Lang: "en"})
	ts := a.Sentences[0].Tokens
	side := sideClauses(ts)
	var got []string
	for i, t := range ts {
		if side[i] {
			got = append(got, t.Norm)
		}
	}
	if want := "who drafted the bill which the governor defends ."; strings.Join(got, " ") != want {
		t.Errorf("side clauses %q, want %q", strings.Join(got, " "), want)
	}
}
