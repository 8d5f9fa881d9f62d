package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seedsDir is the canonical example, relative to this package.
const seedsDir = "../../../shared/seeds"

// readSeed reads a seed article simply: 000 has " date YYYY-MM-DD Title" on
// its first line and a "By …" line; 001 has YAML front matter.
func readSeed(t *testing.T, name string) Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir, name))
	if err != nil {
		t.Skipf("seeds not available (%v): run with ../shared/seeds beside the repository", err)
	}
	s := string(b)
	var in Input
	if strings.HasPrefix(s, "---") {
		end := strings.Index(s[3:], "\n---")
		for _, l := range strings.Split(s[3:3+end], "\n") {
			if v, ok := strings.CutPrefix(l, "title:"); ok {
				in.Title = strings.Trim(strings.TrimSpace(v), `"`)
			}
		}
		s = s[3+end+4:]
	}
	for i, p := range strings.Split(s, "\n") {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case i == 0 && strings.HasPrefix(p, "date "):
			in.Title = strings.TrimSpace(p[len("date 2026-01-07"):])
		case strings.HasPrefix(p, "By ") && len(in.Paragraphs) == 0:
		default:
			in.Paragraphs = append(in.Paragraphs, p)
		}
	}
	return in
}

// speakerOf returns the name of the speaker entity of the quote that
// contains text, or "" and false when no quote does.
func speakerOf(an *Analysis, text string) (string, bool) {
	for _, exact := range []bool{true, false} {
		if name, ok := speakerMatching(an, text, exact); ok {
			return name, ok
		}
	}
	return "", false
}

func speakerMatching(an *Analysis, text string, exact bool) (string, bool) {
	for _, q := range an.Quotes {
		if exact && q.Text == text || !exact && strings.Contains(q.Text, text) {
			if e := entityOf(an, q.Speaker); e != nil {
				return e.Name, true
			}
			return "", true
		}
	}
	return "", false
}

func TestSeeds(t *testing.T) {
	a := newTestAnalyzer(t)
	in0 := readSeed(t, "000_64d44cbb698ee41c.txt")
	in1 := readSeed(t, "001_d303fe295cff63d6.txt")
	an0, an1 := a.Analyze(in0), a.Analyze(in1)

	quotes := []struct {
		an      *Analysis
		text    string
		speaker string
	}{
		{an0, "vital part of our iron-cast commitment", "Keir Starmer"},
		{an0, "Declaration of Intent", "Keir Starmer"},
		{an0, "military hubs", "Keir Starmer"},
		{an0, "potentially thousands", "Emmanuel Macron"},
		{an0, "a long way behind the contact line", "Emmanuel Macron"},
		{an0, "very substantive discussions", "Vladimir Zelensky"},
		{an0, "ready to work on this", "Vladimir Zelensky"},
		{an0, "security protocols", "Steve Witkoff"},
		{an0, "legitimate targets", "Russia"},
		{an1, "This is a vital part of our commitment to stand with Ukraine for the long-term.", "Keir Starmer"},
		{an1, "We signed a declaration of intent", "Keir Starmer"},
		{an1, "establish military hubs across Ukraine", "Keir Starmer"},
		{an1, "durable security guarantees", "Steve Witkoff"},
		{an1, "largely finished", "Steve Witkoff"},
		{an1, "real backstops", "Jared Kushner"},
		{an1, "not happen again", "Jared Kushner"},
		{an1, "considerable progress", "Emmanuel Macron"},
		{an1, "robust", "Emmanuel Macron"},
		{an1, "huge step forward", "Volodymyr Zelensky"},
		{an1, "enough", "Volodymyr Zelensky"},
		{an1, "milestone", "Volodymyr Zelensky"},
		{an1, "90% ready", "Volodymyr Zelensky"},
		{an1, "legitimate target", "Russia"},
	}
	for _, q := range quotes {
		got, ok := speakerOf(q.an, q.text)
		if !ok {
			t.Errorf("quote %q not found", q.text)
		} else if got != q.speaker {
			t.Errorf("quote %q: speaker %q, want %q", q.text, got, q.speaker)
		}
	}
	// Starmer's two wordings are two different quotations.
	if _, ok := speakerOf(an1, "iron-cast"); ok {
		t.Error("001 should not have the iron-cast wording")
	}

	// Names linked across the two articles.
	g := Link([]*Analysis{an0, an1}, a.Naming(DefaultLang))
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	for _, pair := range [][2]string{{"Kiev", "Kyiv"}, {"Vladimir Zelensky", "Volodymyr Zelensky"}, {"Keir Starmer", "Sir Keir Starmer"}} {
		x, y := byForm[pair[0]], byForm[pair[1]]
		if x == nil || x != y {
			t.Errorf("%q and %q are not one entity", pair[0], pair[1])
		}
	}
	if z := byForm["Zelensky"]; z == nil || z != byForm["Volodymyr Zelensky"] {
		t.Error("Zelensky not linked to Volodymyr Zelensky")
	}
	if byForm["Vladimir Putin"] == byForm["Vladimir Zelensky"] {
		t.Error("Putin and Zelensky linked")
	}
	if z := byForm["Volodymyr Zelensky"]; z != nil {
		var aliases []string
		for _, m := range z.Members {
			aliases = append(aliases, m.Aliases...)
		}
		if !slices.Contains(aliases, "Ukrainian leader") || !slices.Contains(aliases, "Ukrainian President") {
			t.Errorf("Zelensky roles %v", aliases)
		}
	}

	// Loaded terms and vague attribution.
	terms := func(an *Analysis) map[string]TermCategory {
		m := map[string]TermCategory{}
		for _, tm := range an.Terms {
			m[tm.Text] = tm.Category
		}
		return m
	}
	t0, t1 := terms(an0), terms(an1)
	if t0["so-called"] != TermLoaded || t0["claimed"] != TermLoaded {
		t.Errorf("000 terms %v", t0)
	}
	if t1["Experts revealed"] != TermVagueAttribution {
		t.Errorf("001 terms %v", t1)
	}

	// Numbers in 001 with what they count.
	want := map[string]string{"20%": "Ukrainian territory", "75%": "Donetsk region", "99%": "neighbouring Luhansk", "90%": "ready"}
	for _, n := range an1.Numbers {
		if c, ok := want[n.Text]; ok {
			if n.Kind != NumPercent || n.Counts != c {
				t.Errorf("%s: %+v, want counts %q", n.Text, n, c)
			}
			delete(want, n.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("numbers not found in 001: %v", want)
	}
	for _, an := range []*Analysis{an0, an1} {
		found := false
		for _, n := range an.Numbers {
			found = found || n.Text == "thousands" && n.Counts == "troops"
		}
		if !found {
			t.Error("\"thousands\" of troops not found")
		}
	}
}
