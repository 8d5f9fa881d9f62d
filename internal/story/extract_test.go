package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// keys returns the keys of fs.
func keys(fs []Feature) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Key
	}
	return out
}

func TestExtractNames(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"multi-word name and its parts", "Rescuers said Ilse Brandvik visited the town.",
			[]string{"ilse brandvik", "ilse", "brandvik"}, []string{"rescuers"}},
		{"sentence start dropped when seen lower case", "Word came late. The word spread to Velmora.",
			[]string{"velmora"}, []string{"word", "the"}},
		{"sentence start kept when only capitalised", "Velmora was quiet. Rescuers reached Velmora.",
			[]string{"velmora"}, nil},
		{"function words and calendar words are not names", "On Tuesday, He met them in March.",
			nil, []string{"tuesday", "he", "march", "on"}},
		{"punctuation splits names", "Officials in Karsk, Port Anselm agreed.",
			[]string{"karsk", "port anselm"}, []string{"karsk port anselm"}},
		{"dotted acronym", "The U.S. embassy in Karsk closed.",
			[]string{"u.s."}, []string{"u", "s", "us"}},
		{"possessive", "Maddox's team lost again to Maddox.",
			[]string{"maddox"}, []string{"maddox's"}},
		{"title abbreviation keeps sentence", "Mr. Quill spoke to Dr. Vost at noon.",
			[]string{"quill", "vost"}, nil},
	}
	x := NewTextExtractor()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := keys(x.Extract(Doc{Paragraphs: []string{tc.text}}).Names)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("names %v lack %q", got, w)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("names %v hold %q", got, w)
				}
			}
		})
	}
}

func TestExtractNumbersTermsTitle(t *testing.T) {
	d := Doc{Title: "Quake kills 12 in Velmora",
		Paragraphs: []string{"A magnitude 6.4 earthquake killed 12 people and injured 1,200 in 2031.", "Said to be the 3rd quake this year."}}
	f := NewTextExtractor().Extract(d)
	for _, n := range []string{"6.4", "12", "1200", "2031", "3rd"} {
		if !slices.Contains(keys(f.Numbers), n) {
			t.Errorf("numbers %v lack %q", keys(f.Numbers), n)
		}
	}
	for _, w := range []string{"earthquak", "kill", "injur", "quak", "magnitud"} {
		if !slices.Contains(keys(f.Terms), w) {
			t.Errorf("terms %v lack %q", keys(f.Terms), w)
		}
	}
	for _, w := range []string{"the", "said", "a", "and"} {
		if slices.Contains(keys(f.Terms), w) {
			t.Errorf("terms %v hold stop word %q", keys(f.Terms), w)
		}
	}
	if got := keys(f.Title); !slices.Equal(got, []string{"kill", "quak", "velmora"}) {
		t.Errorf("title %v", got)
	}
	for _, ft := range f.Numbers {
		if ft.Key == "12" && ft.Count != 3 {
			t.Errorf("12 counted %d, want 3 (title once, lead twice)", ft.Count)
		}
	}
	if !slices.Contains(keys(f.Lead), "quak") || !slices.Contains(keys(f.Phrases), "earthquak kill") {
		t.Errorf("lead %v / phrases %v", keys(f.Lead), keys(f.Phrases))
	}
	if !slices.Contains(keys(f.Actions), "kill") || !slices.Contains(keys(f.Actions), "disaster") {
		t.Errorf("actions %v lack kill and disaster", keys(f.Actions))
	}
}

// TestExtractGluedNumbersAreNames: a number joined by a hyphen to the word
// before it names something ("KV-7 fever", the "Harrier-35" jet): it is
// not a count, so it is not a number; ranges and counts stay numbers.
func TestExtractGluedNumbersAreNames(t *testing.T) {
	d := Doc{Title: "KV-7 fever reaches Karsk",
		Paragraphs: []string{"Doctors in Karsk counted 40 cases of KV-7 fever, and 10-12 more are expected; two Harrier-35 jets flew in 300 beds."}}
	got := keys(NewTextExtractor().Extract(d).Numbers)
	for _, n := range []string{"40", "10", "12", "300"} {
		if !slices.Contains(got, n) {
			t.Errorf("numbers %v lack %q", got, n)
		}
	}
	for _, n := range []string{"7", "35"} {
		if slices.Contains(got, n) {
			t.Errorf("numbers %v hold %q, part of a name", got, n)
		}
	}
}

// TestActionsLeaveOutSagaNouns: the subject of a saga ("the KV-7 virus",
// "the election") is not a kind of happening; infections and an election
// won are.
func TestActionsLeaveOutSagaNouns(t *testing.T) {
	d := Doc{Title: "Virus pandemic hangs over Karsk election",
		Paragraphs: []string{"The coronavirus epidemic and its cases dominate the election campaign in Karsk, mayor Tomas Lindqvar said."}}
	if got := keys(NewTextExtractor().Extract(d).Actions); slices.Contains(got, "outbreak") || slices.Contains(got, "elect") {
		t.Errorf("actions %v name the saga as a happening", got)
	}
	d = Doc{Title: "Lindqvar elected in Karsk as infections rise",
		Paragraphs: []string{"Tomas Lindqvar was elected mayor of Karsk on Sunday while 40 people were infected in a week."}}
	got := keys(NewTextExtractor().Extract(d).Actions)
	if !slices.Contains(got, "outbreak") || !slices.Contains(got, "elect") {
		t.Errorf("actions %v lack outbreak and elect", got)
	}
}

func TestExtractLeadWeighsMore(t *testing.T) {
	var tail []string
	for range 10 {
		tail = append(tail, "Background paragraph about the regional budget and the harbour museum, written long ago.")
	}
	d := Doc{Title: "Ferry strike", Paragraphs: append([]string{"Ferry crews walked out over night shifts in Port Anselm, the union said."}, tail...)}
	f := NewTextExtractor().Extract(d)
	count := map[string]int{}
	for _, t := range f.Terms {
		count[t.Key] = t.Count
	}
	if count["crew"] != leadWeight || count["ferri"] != titleWeight+leadWeight {
		t.Errorf("lead word counted %d, title and lead word %d", count["crew"], count["ferri"])
	}
	var long []string
	for i := range 200 {
		long = append(long, fmt.Sprintf("Paragraph %d tells of harbour cranes and dockside warehouses.", i))
	}
	f = NewTextExtractor().Extract(Doc{Paragraphs: long})
	total := 0
	for _, t := range f.Terms {
		total += t.Count
	}
	if total > 2*bodyTokens {
		t.Errorf("read %d weighted words of a very long text, want the first %d tokens only", total, bodyTokens)
	}
}

func TestExtractQuotes(t *testing.T) {
	a := NewTextExtractor().Extract(Doc{Paragraphs: []string{`"We will not sail until the shifts are fair," union leader Marta Ekholm said. She called it “a fight for every crew on the harbour”.`}})
	b := NewTextExtractor().Extract(Doc{Paragraphs: []string{`Marta Ekholm told reporters: “We will not sail until the shifts are fair.” "Short quote" stays out.`}})
	shared := 0
	for _, q := range a.Quotes {
		if slices.ContainsFunc(b.Quotes, func(f Feature) bool { return f.Key == q.Key }) {
			shared++
		}
	}
	if shared < 5 || slices.ContainsFunc(b.Quotes, func(f Feature) bool { return strings.Contains(f.Key, "stays") }) {
		t.Errorf("quotes %v and %v share %d shingles", keys(a.Quotes), keys(b.Quotes), shared)
	}
}

// checkFeatures verifies the invariants of a feature list.
func checkFeatures(t *testing.T, what string, fs []Feature) {
	t.Helper()
	for i, f := range fs {
		if f.Key == "" || f.Count <= 0 {
			t.Fatalf("%s: bad feature %+v", what, f)
		}
		if i > 0 && fs[i-1].Key >= f.Key {
			t.Fatalf("%s: not sorted or repeated at %q", what, f.Key)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, fx := range fixtures {
		f.Add(fx.title, fx.body)
	}
	f.Add("", "U.S.A. 1,2,3 ... Mr. X's 'quote' — ÉCOLE d’Été 3.14.15 \u00a0 A.B")
	f.Add("ALL CAPS TITLE", "x\n\ny. Z. 's ’s ' ’")
	// Letters that grow or shrink when lowered, bytes not UTF-8, odd
	// quotation marks, days named in the text and a very long word.
	f.Add("ȺȺ İ DOCK STRIKE: \u212a", "On Tuesday ẞ said „no“ «ſ»\n\n\xff\xfe on March 4, last Friday "+strings.Repeat("Ⱥ", 100))
	x := NewTextExtractor()
	f.Fuzz(func(t *testing.T, title, body string) {
		d := Doc{Title: title, Paragraphs: strings.Split(body, "\n\n"), Published: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), HasTime: true}
		a := x.Extract(d)
		checkFeatures(t, "terms", a.Terms)
		checkFeatures(t, "names", a.Names)
		checkFeatures(t, "numbers", a.Numbers)
		checkFeatures(t, "title", a.Title)
		checkFeatures(t, "lead", a.Lead)
		checkFeatures(t, "phrases", a.Phrases)
		checkFeatures(t, "quotes", a.Quotes)
		checkFeatures(t, "actions", a.Actions)
		b := x.Extract(d)
		if !slices.Equal(a.Terms, b.Terms) || !slices.Equal(a.Names, b.Names) || !slices.Equal(a.Numbers, b.Numbers) {
			t.Fatal("extraction is not deterministic")
		}
		cfg := DefaultConfig()
		cfg.SketchBits = 8
		c := New(cfg, x)
		c.AddFeatures(Doc{ID: "1"}, a)
		c.AddFeatures(Doc{ID: "2"}, b)
	})
}

func TestIndexQuote(t *testing.T) {
	for _, s := range []string{"", "none here", `say "yes"`, "say “yes”", `a “b" c`, `a "b“ c`, "\xe2“x", "\xe2\x80\"x“", "é“", "“"} {
		if got, want := indexQuote(s), strings.IndexAny(s, "“\""); got != want {
			t.Errorf("indexQuote(%q) = %d, want %d", s, got, want)
		}
	}
}
