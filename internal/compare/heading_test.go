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
