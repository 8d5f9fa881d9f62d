package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestMemberAcrossFullStop: one article gives a mayor's statement in one
// sentence, another in two; the second article's member of the fact
// group holds both its sentences, and no group pairs the long sentence
// with the second half alone.
func TestMemberAcrossFullStop(t *testing.T) {
	r := run(t, mkArticles(
		"Vellmar closes depot\nThe council of Vellmar voted on Tuesday to close the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years, and its money will now pay for bus lanes and new school roofs,\" Mayor Petra Lund said.\n"+
			"Residents gathered outside the town hall.",
		"Tram depot to shut\nVellmar's council decided on Tuesday to shut the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years,\" Mayor Petra Lund said. \"Its money will now pay for bus lanes and new school roofs.\"\n"+
			"The vote was seven to four.",
	))
	g := factGroupWith(r, "\"The depot has drained the town budget for twenty years, and")
	if len(g) != 2 {
		t.Fatalf("the statement is not one fact of the two articles: %+v", r.Facts)
	}
	var two FactSentence
	for _, s := range g {
		if s.Article == "a1" {
			two = s
		}
	}
	if !strings.HasPrefix(two.Text, "\"The depot has drained") || !strings.HasSuffix(two.Text, "new school roofs.\"") || two.Paragraph != 1 {
		t.Errorf("the second article's member is not its two sentences: %+v", two)
	}
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.HasPrefix(s.Text, "\"Its money will now pay") {
				t.Errorf("the statement's second half stands apart: %+v", f)
			}
		}
	}
	for _, s := range g {
		for _, o := range s.OnlyHere {
			if strings.Contains(o, "school roofs") || strings.Contains(o, "bus lanes") {
				t.Errorf("%s shows %q as its own though the other member holds it: %+v", s.Article, o, g)
			}
		}
	}
}

// TestMemberAcrossFullStopNotAnotherClaim: a next sentence that tells
// something else, or the statement's rest in the next paragraph, stays
// out of the member.
func TestMemberAcrossFullStopNotAnotherClaim(t *testing.T) {
	r := run(t, mkArticles(
		"Vellmar closes depot\nThe council of Vellmar voted on Tuesday to close the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years, and its money will now pay for bus lanes and new school roofs,\" Mayor Petra Lund said.\n"+
			"Residents gathered outside the town hall.",
		"Tram depot to shut\nVellmar's council decided on Tuesday to shut the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years,\" Mayor Petra Lund said. The council also raised parking fees in the old town.\n"+
			"\"Its money will now pay for bus lanes and new school roofs.\"\n"+
			"The vote was seven to four.",
	))
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == "a1" && strings.Count(s.Text, ". ") > 0 {
				t.Errorf("a member joins two sentences: %+v", f)
			}
		}
	}
}

// TestMemberAcrossParagraphs: the second article sets each sentence of
// the mayor's statement as a paragraph of its own, as web copy often
// does; its member of the fact group still holds both halves (fails
// before session 72: only sentences of one paragraph joined).
func TestMemberAcrossParagraphs(t *testing.T) {
	r := run(t, mkArticles(
		"Vellmar closes depot\nThe council of Vellmar voted on Tuesday to close the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years, and its money will now pay for bus lanes and new school roofs,\" Mayor Petra Lund said.\n"+
			"Residents gathered outside the town hall.",
		"Tram depot to shut\nVellmar's council decided on Tuesday to shut the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years,\" Mayor Petra Lund said.\n"+
			"\"Its money will now pay for bus lanes and new school roofs.\"\n"+
			"The vote was seven to four.",
	))
	g := factGroupWith(r, "\"The depot has drained the town budget for twenty years, and")
	if len(g) != 2 {
		t.Fatalf("the statement is not one fact of the two articles: %+v", r.Facts)
	}
	for _, s := range g {
		if s.Article == "a1" && !strings.HasSuffix(s.Text, "new school roofs.\"") {
			t.Errorf("the second article's member is not its two paragraphs: %+v", s)
		}
	}
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.HasPrefix(s.Text, "\"Its money will now pay") {
				t.Errorf("the statement's second half stands apart: %+v", f)
			}
		}
	}
}

// TestMemberAcrossParagraphsBothLong: two paragraphs of several
// sentences each are two passages; the halves stay apart there.
func TestMemberAcrossParagraphsBothLong(t *testing.T) {
	r := run(t, mkArticles(
		"Vellmar closes depot\nThe council of Vellmar voted on Tuesday to close the old tram depot on Kessel Street.\n"+
			"\"The depot has drained the town budget for twenty years, and its money will now pay for bus lanes and new school roofs,\" Mayor Petra Lund said.\n"+
			"Residents gathered outside the town hall.",
		"Tram depot to shut\nVellmar's council decided on Tuesday to shut the old tram depot on Kessel Street. "+
			"\"The depot has drained the town budget for twenty years,\" Mayor Petra Lund said.\n"+
			"\"Its money will now pay for bus lanes and new school roofs.\" The vote was seven to four.",
	))
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == "a1" && strings.Contains(s.Text, "said. \"Its money") {
				t.Errorf("a member joins sentences of two long paragraphs: %+v", f)
			}
		}
	}
}

// TestSameOrNextPara reads the paragraph rule of a joined member on
// sentences alone.
func TestSameOrNextPara(t *testing.T) {
	para := func(ps ...int) []nlp.Sentence {
		ss := make([]nlp.Sentence, len(ps))
		for i, p := range ps {
			ss[i].Para = p
		}
		return ss
	}
	ss := para(nlp.TitlePara, 0, 0, 1, 2, 2, 3, 3, 5)
	for _, c := range []struct {
		i, j int
		want bool
	}{
		{0, 1, false}, // the title
		{1, 2, true},  // one paragraph
		{2, 3, true},  // the next paragraph holds its sentence alone
		{3, 4, true},  // and the one before
		{5, 6, false}, // two paragraphs of two sentences each
		{7, 8, false}, // a paragraph between
	} {
		if got := sameOrNextPara(ss, c.i, c.j); got != c.want {
			t.Errorf("sameOrNextPara(%d, %d) = %v, want %v", c.i, c.j, got, c.want)
		}
	}
}
