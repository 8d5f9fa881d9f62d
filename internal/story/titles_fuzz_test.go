package story

import (
	"strings"
	"testing"
	"time"
)

// fuzzDock is a story of our own told by three outlets, with days named
// in the text, for FuzzEventTitles.
var fuzzDock = [3][2]string{
	{"Dock workers walk out in Varnholt", "Dock workers in Varnholt walked out on Tuesday, the Harbour and Transport Union said, after talks failed on March 3.\n\nAt least 12 ships waited outside the harbour on Wednesday."},
	{"Varnholt dockers strike over pay", "Dock workers in Varnholt went on strike on Tuesday over a pay offer of 3 percent, union leader Kolja Vantner said.\n\nFourteen ships waited on Wednesday."},
	{"VANTNER: Why the quay stands still", "Yesterday the port stood still. Dock workers in Varnholt walked out this week, and the mayor Ilse Brennick will meet both sides on Friday.\n\nShips waited."},
}

// FuzzEventTitles feeds the clusterer three articles of our own into
// which the fuzzer writes its text: into each title, at the start of the
// lead, into a byline and the address. The clusterer extracts their
// features (titles, leads, days named in the text), groups them, chooses
// each event's title and sums it up, and compares two of them as a pair.
// Untrusted text must never crash it, and an event's title must be
// taken from one of its articles' titles (trimmed of spaces, the site's
// name and markup debris).
func FuzzEventTitles(f *testing.F) {
	f.Add("ȺȺ İ", "On Tuesday Ⱥ ", "ȺDA KESSLER", "/opinion/ȺȺ")
	f.Add("“Dock", "”", "By İpek", "")
	f.Add("\xff\xfe", "On March 4, ", "\xe2\x80", "/news/\xff")
	f.Add("Ⱥ: ", "Yesterday, last Friday and on 5 March ", "Ⱥ", "/2025/03/ȺȺ")
	f.Add(strings.Repeat("ẞ", 60), strings.Repeat("Wordword", 40)+" ", "\u212a", "/live/")
	f.Add("Why? ", "Next Tuesday ", "ſ", "/explainer/")
	x := NewTextExtractor()
	cfg := DefaultConfig()
	f.Fuzz(func(t *testing.T, title, lead, author, path string) {
		c := New(cfg, x)
		pub := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
		docs := make([]Doc, len(fuzzDock))
		titles := map[string]bool{}
		for i, fx := range fuzzDock {
			d := Doc{ID: string(rune('a' + i)), Outlet: []string{"valmora.example", "northshore.example", "harbour.example"}[i],
				URL: "https://example.com" + path, Title: title + fx[0], Authors: []string{author},
				Paragraphs: strings.Split(fx[1], "\n\n"), Published: pub.Add(time.Duration(i) * time.Hour), HasTime: true}
			if i == 1 {
				d.Title = fx[0] + title
				d.Paragraphs[0] = lead + d.Paragraphs[0]
			}
			if i == 2 {
				d.Paragraphs = append([]string{lead}, d.Paragraphs...)
			}
			docs[i] = d
			titles[d.Title] = true
			c.Add(d)
		}
		for _, s := range c.Active() {
			in := false
			for tt := range titles {
				in = in || strings.Contains(tt, s.Title)
			}
			if !in {
				t.Fatalf("event title %q is in none of its articles' titles", s.Title)
			}
		}
		c.ComparePair(docs[0], docs[1])
		c.ComparePair(docs[2], docs[1])
		c.Drain()
	})
}
