package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestAddsRelativeClause: a member that tells the others' point and,
// between commas, a relative clause about the speaker that no other
// member gives has that clause marked as what it adds. Before, no clause
// point parted the sentence and the member was shown whole with
// nothing marked.
func TestAddsRelativeClause(t *testing.T) {
	checkMemberAdds(t, []addsCase{
		{"a relative clause after the subject",
			"Mayor Ilse Varn, who cancelled her visit to the lantern parade, said the night ferry to Halm would sail again from Monday.",
			"Varn said the night ferry to Halm would sail again from Monday.", "Mayor Ilse Varn, who cancelled",
			"…who cancelled her visit to the lantern parade…"},
		{"a relative clause ending the sentence",
			"The night ferry to Halm will sail again from Monday, Mayor Ilse Varn said of the boat, which was built at the Ostra yard in 1961.",
			"The night ferry to Halm will sail again from Monday, Mayor Ilse Varn said.", "The night ferry to Halm will sail",
			"…which was built at the Ostra yard in 1961"},
	}, true)
}

// TestAddsRelativeGuards: addsRelative sentence by sentence (others:
// the other member's stems). Marked: a relative clause between commas
// before the predicate, and one that ends the sentence. Not marked: a
// clause holding one of the others' words, a clause with a quotation, a
// clause of two content words, a comma inside the clause that a name
// or a word that opens no predicate follows (a list: "Brisk, Tolm and
// Vell", "pilots, tug crews and dock hands"), a rest of the sentence
// that tells too little of the others' words, and a clause that a dash
// parts.
func TestAddsRelativeGuards(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	others := otherStems(an, "Varn said the night ferry to Halm would sail again from Monday.")
	for _, c := range []struct{ member, want string }{
		{"Mayor Ilse Varn, who cancelled her visit to the lantern parade, said the night ferry to Halm would sail again from Monday.",
			"…who cancelled her visit to the lantern parade…"},
		{"Mayor Ilse Varn said the night ferry to Halm would sail again from Monday, a week after the storm broke the pier of Brisk, which lies on the north shore.",
			"…which lies on the north shore"},
		{"Mayor Ilse Varn, who cancelled the ferry to the lantern parade, said the night ferry to Halm would sail again from Monday.",
			""},
		{"Mayor Ilse Varn, who called the storm \"a cruel winter gift\" in her letter, said the night ferry to Halm would sail again from Monday.",
			""},
		{"Mayor Ilse Varn, who resigned, said the night ferry to Halm would sail again from Monday.",
			""},
		{"Mayor Ilse Varn, who visited the harbour towns of Brisk, Tolm and Vell last winter, said the night ferry to Halm would sail again from Monday.",
			""},
		{"Mayor Ilse Varn, who thanked the harbour pilots, tug crews and dock hands for their work, said the night ferry to Halm would sail again from Monday.",
			""},
		{"Mayor Ilse Varn, who cancelled her visit to the lantern parade, thanked the Halm crews.",
			""},
		{"Mayor Ilse Varn said the night ferry to Halm would sail again from Monday, a week after the storm broke the pier of Brisk, which lies on the north shore — the old fishing quarter.",
			""},
	} {
		m := an.Analyze(nlp.Input{Paragraphs: []string{c.member}, Lang: "en"}).Sentences[0]
		got, _ := addsRelative(m, m.Text, others)
		if got != c.want {
			t.Errorf("%q: marked %q, want %q", c.member, got, c.want)
		}
	}
}
