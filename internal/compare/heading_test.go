package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestHeadingLine: a short line with no full stop between two paragraphs
// that end sentences is a section heading, never a fact; a list, a line
// over a quotation, a short sentence with its full stop and the lines at
// the top or the bottom are not.
func TestHeadingLine(t *testing.T) {
	an := newAnalyzer(t)
	long := "The council met on Tuesday and voted to keep the old ferry running until spring."
	for _, tc := range []struct {
		name string
		ps   []string
		want int // the paragraph that is a heading, -1 for none
	}{
		{"heading", []string{long, "Ferry stays for now", long}, 1},
		{"a name over a question", []string{long, "Jane Roe", "What did the council decide about the ferry on Tuesday night?"}, 1},
		{"numbered", []string{long, "2. Ferry stays for now", long}, 1},
		{"numbered list", []string{long, "2. Ferry stays for now", "3. Bridge closes in May", long}, -1},
		{"full stop", []string{long, "The ferry stays.", long}, -1},
		{"top", []string{"Ferry stays for now", long}, -1},
		{"bottom", []string{long, "Ferry stays for now"}, -1},
		{"list", []string{long, "Ferry stays for now", "Bridge closes in May", long}, -1},
		{"over a quotation", []string{long, "Asked about the ferry, the mayor told the paper", "\"We will keep it running as long as the river allows it to run.\""}, -1},
		{"short paragraph under", []string{long, "Ferry stays for now", "It stays."}, -1},
		{"lower case", []string{long, "and the ferry stays for now", long}, -1},
		{"dash", []string{long, "So the ferry may stay —", long}, -1},
		{"long", []string{long, "The council kept the ferry and the bridge and the road and the old pier open", long}, -1},
	} {
		a := an.Analyze(nlp.Input{Title: "Ferry vote", Paragraphs: tc.ps, Lang: "en"})
		got := -1
		for i, s := range a.Sentences {
			if headingLine(a.Sentences, i) {
				got = s.Para
			}
		}
		if got != tc.want {
			t.Errorf("%s: heading in paragraph %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestBrokenOff: a paragraph that ends with a dash is a line broken off;
// a dash inside a sentence, or ending a sentence that the paragraph goes
// on after, is not.
func TestBrokenOff(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"So the council may not keep the ferry running until —", true},
		{"MAYOR: So the council may not keep the ferry --", true},
		{"The council \u2014 all nine of its members \u2014 voted to keep the ferry.", false},
		{"The council voted to keep the ferry running until spring.", false},
	} {
		a := an.Analyze(nlp.Input{Title: "Ferry vote", Paragraphs: []string{tc.p}, Lang: "en"})
		got := false
		for i, s := range a.Sentences {
			if s.Para == 0 && brokenOff(a.Sentences, i) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: broken off %v, want %v", tc.p, got, tc.want)
		}
	}
}

// TestTopHeadline: a headline over the text is no fact; a first sentence
// with its full stop, or one written in sentence case, is.
func TestTopHeadline(t *testing.T) {
	an := newAnalyzer(t)
	long := "The council met on Tuesday and voted to keep the old ferry running until spring."
	for _, tc := range []struct {
		first string
		want  bool
	}{
		{"Council Votes To Keep The Old Ferry Running Until Spring", true},
		{"Council Votes To Keep The Old Ferry Running.", false},
		{"The council votes to keep the old ferry running", false},
	} {
		a := an.Analyze(nlp.Input{Title: "Ferry vote", Paragraphs: []string{tc.first, long}, Lang: "en"})
		got := false
		for i, s := range a.Sentences {
			if s.Para == 0 && topHeadline(a.Sentences, i) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: headline %v, want %v", tc.first, got, tc.want)
		}
	}
}
