package nlp

import "testing"

// TestSpeakerIsNotAnother checks the attributions whose speaker the
// sentence names only beside someone else: a relative or a lawyer named
// by the person they belong to, a pronoun that continues the last
// speaker, "as X put it", a letter's author after "from", and a name
// that opens the quoted clause.
func TestSpeakerIsNotAnother(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a widow named by her husband, with a participle",
			"Boris Petrov died in hospital in May.\n\nPetrov\u2019s widow, Anna Petrova, speaking outside the court, greeted the report by saying, \u201cThe truth came out today.\u201d",
			[]speakerWant{{"Anna Petrova", "Anna Petrova"}}},
		{"a widow named by her husband, with a pronoun",
			"Boris Petrov died in hospital in May.\n\nPetrov\u2019s widow said she was \u201cvery glad the truth came out.\u201d",
			[]speakerWant{{"Petrov\u2019s widow", ""}}},
		{"a lawyer in apposition",
			"Karl Moss was charged on Monday. Moss\u2019s lawyer, Ruth Dane, said: \u201cWe will fight this.\u201d",
			[]speakerWant{{"Ruth Dane", "Ruth Dane"}}},
		{"a lawyer before the name",
			"Karl Moss was charged on Monday. \u201cWe will fight this,\u201d said Moss\u2019s lawyer Ruth Dane.",
			[]speakerWant{{"Ruth Dane", "Ruth Dane"}}},
		{"an unnamed lawyer",
			"Karl Moss was charged on Monday. Moss\u2019s lawyer said: \u201cWe will fight this.\u201d",
			[]speakerWant{{"Moss\u2019s lawyer", ""}}},
		{"a pronoun continues the speaker of the quote before",
			"Peter Holt denied it. Earlier, Dane said the owner knew.\n\n\u201cWe told the truth about Peter Holt,\u201d Dane said in a statement.\n\n\u201cToday he testified for hours,\u201d he continued.",
			[]speakerWant{{"Dane", "Dane"}, {"he", "Dane"}}},
		{"a name ending the writer's clause before a colon is no speaker, and none carries over",
			"Senator Tom Ruiz held firm against the members who want fights with Peter Holt: \u201cThere will be no shutdown.\u201d He also noted that \u201cvoters want results.\u201d",
			[]speakerWant{{"", ""}, {"He", "Tom Ruiz"}}},
		{"a speaker of a few words does not carry over",
			"Former mayor Tom Ruiz, a top ally, voiced frustration with the style.\n\n\u201cHe uses three words,\u201d Ruiz told the radio, adding that had Peter Holt explained it, he would be \u201cfully accurate.\u201d\n\n\u201cWhen you compress them, that is not what people hear,\u201d he said.",
			[]speakerWant{{"Ruiz", "Tom Ruiz"}, {"Peter Holt", "Peter Holt"}, {"he", "Tom Ruiz"}}},
		{"as X put it",
			"The hearing ended late. As the driver\u2019s lawyer Mark Lane put it: \u201cWhy not the owner?\u201d",
			[]speakerWant{{"Mark Lane", "Mark Lane"}}},
		{"as X put it, after the quote",
			"The hearing ended late. \u201cWhy not the owner?\u201d as Mark Lane put it.",
			[]speakerWant{{"Mark Lane", "Mark Lane"}}},
		{"as with a comma is no attribution",
			"Tom Ruiz spoke at length. Lena Berg \u201cmoved me deeply\u201d as a student in Leeds, he recalled.",
			nil},
		{"a letter from its author",
			"Ivo Lund never mentioned a letter he got from Lena Berg complaining that his account did not \u201ccapture the substance of the work.\u201d",
			[]speakerWant{{"Lena Berg", "Lena Berg"}}},
		{"an academy is an organisation, not a person named after its field",
			"The American Academy of Nursing says that it \u201cstrongly urges that every school open in the fall.\u201d",
			[]speakerWant{{"American Academy of Nursing", "American Academy of Nursing"}}},
		{"a name that opens the quoted clause, after a participle",
			"Lena Berg has had enough, explaining in a series of tweets that her eyes \u201care wide open.\u201d",
			[]speakerWant{{"Lena Berg", "Lena Berg"}}},
		{"a candidate's team is not the candidate",
			"Team Ruiz has earned a string of rebukes for its ads.\n\n\u201cNo, we will not be apologizing,\u201d Ruiz said in an interview.",
			[]speakerWant{{"Ruiz", "Ruiz"}}},
		{"a titled surname is not a relative named later with another role",
			"President Holt took the stage on Tuesday. The governor was glad to welcome first lady Mara Holt to the state.\n\nHolt defended the pardons. \u201cWe take care of our crews,\u201d Holt said.",
			[]speakerWant{{"Holt", "Holt"}}},
		{"a name that opens the quoted clause",
			"The order \u2014 signed late on Friday \u2014 said Judge Ivo Lund \u201chas full power to decide.\u201d",
			[]speakerWant{{"", ""}}},
	})
}

// speakerWant is a quote's expected speaker: the mention text ("" for no
// speaker) and the entity's name ("" when none is expected).
type speakerWant struct {
	speaker string
	entity  string
}

// speakerCase is a text and the speakers of its quotes, in order.
type speakerCase struct {
	name string
	text string
	want []speakerWant
}

// checkSpeakers analyses each case's text with a and checks the speaker
// of every quote.
func checkSpeakers(t *testing.T, a *Analyzer, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			if len(an.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(an.Quotes), an.Quotes, len(tc.want))
			}
			for i, w := range tc.want {
				q := an.Quotes[i]
				got := ""
				if q.Speaker != nil {
					got = q.Speaker.Mention
				}
				if got != w.speaker {
					t.Errorf("quote %d speaker %q, want %q", i, got, w.speaker)
				}
				e := entityOf(an, q.Speaker)
				switch {
				case w.entity != "" && (e == nil || e.Name != w.entity):
					t.Errorf("quote %d entity %+v, want %q", i, e, w.entity)
				case w.entity == "" && e != nil:
					t.Errorf("quote %d entity %q, want none", i, e.Name)
				}
			}
		})
	}
}

// TestSurnameThatIsATitle: a lone title word that is the surname of a
// person named in full before it ("Judge" after "Mark Judge") is that
// person, and the words quoted after it are theirs, not those of the
// person who bears the title ("Judge Brett Ost").
func TestSurnameThatIsATitle(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Judge Brett Ost faced the committee on Thursday. "+
		"Mark Judge, a school friend of the nominee, wrote to the committee. "+
		"\u201cI have no memory of this party,\u201d Judge wrote in the letter.")
	var judge *Entity
	for i := range an.Entities {
		if an.Entities[i].Name == "Mark Judge" {
			judge = &an.Entities[i]
		}
	}
	if judge == nil || len(judge.Mentions) != 2 {
		t.Fatalf("Mark Judge: %+v", judge)
	}
	if len(an.Quotes) != 1 || an.Quotes[0].Speaker == nil || an.Quotes[0].Speaker.Entity != judge.ID {
		t.Errorf("quote speaker: %+v, want Mark Judge (%d)", an.Quotes, judge.ID)
	}
}

// TestQuestionAskedInTheNextSentence: a quoted question the next sentence
// attributes with a titled subject and a verb of asking ("Sen. Ivo Lund
// of Illinois asked Vadas during …") is the subject's, not the person
// asked nor one named before.
func TestQuestionAskedInTheNextSentence(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Mara Vadas testified on Thursday. "+
		"\"With what certainty do you believe the harbour was flooded?\" Democratic Sen. Ivo Lund of Illinois asked Vadas during a hearing that could decide the matter.")
	if len(an.Quotes) != 1 || an.Quotes[0].Speaker == nil || an.Quotes[0].Speaker.Mention != "Ivo Lund" {
		t.Errorf("quotes %+v, want Ivo Lund's question", an.Quotes)
	}
}
