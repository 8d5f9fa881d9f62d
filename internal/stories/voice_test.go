package stories

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// essay is an invented column with nothing that marks it: the writer's
// "I", "you" and argument, no attribution.
var essay = []string{
	"I have ridden the Sorn ferry every morning for eleven years, and I think the senate's ban is a mistake my town will regret.",
	"You may not ride it yourself. But if you have ever bought fish on the quay, you owe the boats more than you know, and I would ask you to remember that.",
	"Let me put it simply: we should keep the ferry, and we must say so before the second vote. Why would a harbour town vote to cut itself off?",
	"I have written to my senator twice. I have not heard back, and I doubt I will, but I will keep writing, and I hope you will write too.",
	"Of course the ferry costs money. Everything worth keeping does, and my neighbours on the quay know that better than anyone in the capital.",
	"So ride the boat this week, look at the water, and ask yourself what the town would be without it. I know my answer.",
}

// TestDocReadsTheVoice: an unmarked article whose text reads as a
// column by its voice is Styled for the clusterer; a report is not, nor
// a marked column (its kind already makes it commentary).
func TestDocReadsTheVoice(t *testing.T) {
	col := article.Article{ID: "e", Title: "Keep the Sorn ferry", Paragraphs: essay}
	if d := Doc(&col); !d.Styled || d.Kind != "" {
		t.Errorf("unmarked essay: styled %v kind %q, want styled and no kind", d.Styled, d.Kind)
	}
	marked := col
	marked.URL = "https://sorn-post.example/opinion/keep-the-ferry/"
	if d := Doc(&marked); d.Styled || d.Kind != article.KindOpinion {
		t.Errorf("marked column: styled %v kind %q, want the kind alone", d.Styled, d.Kind)
	}
	rep := article.Article{ID: "r", Title: "Sorn senate passes ferry ban", Paragraphs: []string{
		"The Sorn senate voted 31-12 on Tuesday to end the harbour ferry, the clerk's office said.",
		"“I think it is a mistake,” said Ada Lind, a rider for eleven years. “You owe the boats more than you know.”",
		"Senator Tor Vell told reporters the ban would save money, according to a statement released on Wednesday.",
	}}
	if d := Doc(&rep); d.Styled {
		t.Error("report read as a column")
	}
}

// TestDocReadsTheVoiceOnlyWhereItRanks: the voice is read only for a
// headline of a report's or a label's form, the only kinds whose rank
// as an event's title it can change; a column whose headline asks a
// question already ranks as one, so its voice is left unread.
func TestDocReadsTheVoiceOnlyWhereItRanks(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Keep the Sorn ferry", true},
		{"Ferry", true},
		{"Why would Sorn give up its ferry?", false},
		{"I rode the Sorn ferry for eleven years", false},
	} {
		a := article.Article{ID: "e", Title: tc.title, Paragraphs: essay}
		if d := Doc(&a); d.Styled != tc.want {
			t.Errorf("%q: styled %v, want %v", tc.title, d.Styled, tc.want)
		}
	}
}
