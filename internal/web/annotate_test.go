package web

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

func TestMarkerSegments(t *testing.T) {
	para1 := "Zoë said “no” twice."
	m := newMarker([]string{"Title", para1, "Second para."})
	m.mark(nlp.Span{Para: 0, Start: 0, End: 4}, markEntity, "person: Zoë")
	q := strings.Index(para1, "no")
	m.mark(nlp.Span{Para: 0, Start: q, End: q + 2}, markQuote, "quotation")
	m.mark(nlp.Span{Para: 0, Start: 3, End: 5}, markNumber, "bad span: inside ë")
	m.mark(nlp.Span{Para: 7, Start: 0, End: 1}, markTerm, "no such paragraph")
	// "said “no” twice.\n\nSecond" copied: crosses the paragraph break.
	m.markJoined(strings.Index(para1, "twice"), len(para1)+2+len("Second"), markCopied, "copied")
	segs := m.segments()
	var got []string
	for _, p := range segs[1:] {
		var b strings.Builder
		for _, s := range p {
			if s.Class == "" {
				b.WriteString(s.Text)
			} else {
				b.WriteString("[" + s.Class + ":" + s.Text + "]")
			}
		}
		got = append(got, b.String())
	}
	want := []string{"[e:Zoë] said “[q:no]” [c:twice.]", "[c:Second] para."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments:\n got %q\nwant %q", got, want)
	}
	if len(segs[0]) != 1 || segs[0][0].Text != "Title" || segs[0][0].Class != "" {
		t.Errorf("title segments: %+v", segs[0])
	}
	if m.copied != len("twice.")+len("Second") {
		t.Errorf("copied bytes = %d", m.copied)
	}
}

func TestDisplayNames(t *testing.T) {
	got := displayNames([]string{"Estria", "Bank", "National Bank of Estria", "Ada", "Ada Kessler", "Zoë", "Estrian unions"}, 4)
	want := []string{"National Bank of Estria", "Ada Kessler", "Zoë", "Estrian unions"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("displayNames = %q, want %q", got, want)
	}
}
