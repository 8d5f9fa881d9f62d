package dedup

import (
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, World!", []string{"Hello", "World"}},
		{"Ukraine's 20% — “so-called”", []string{"Ukraine", "s", "20", "so", "called"}},
		{"Kyiv КИЇВ Zürich", []string{"Kyiv", "КИЇВ", "Zürich"}},
		{"bad \xff byte", []string{"bad", "byte"}},
		{"", nil},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			got = append(got, tt.in[tk.Start:tk.End])
		}
		if len(got) != len(tt.want) {
			t.Fatalf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Tokenize(%q)[%d] = %q, want %q", tt.in, i, got[i], tt.want[i])
			}
		}
	}
	a, b := Tokenize("КИЇВ Zürich HELLO"), Tokenize("київ zürich hello")
	for i := range a {
		if a[i].Hash != b[i].Hash {
			t.Errorf("word %d: case changes the hash", i)
		}
	}
}

func TestTextHashIgnoresFormatting(t *testing.T) {
	if TextHash(Tokenize("The bridge, at last!")) != TextHash(Tokenize("the  BRIDGE at\nlast")) {
		t.Error("formatting changed the text hash")
	}
	if TextHash(Tokenize("the bridge")) == TextHash(Tokenize("bridge the")) {
		t.Error("word order did not change the text hash")
	}
}

func TestWinnowGuarantee(t *testing.T) {
	s, _ := NewSigner(DefaultConfig())
	cfg := DefaultConfig()
	// a 14-word shared run (MarkWords+MarkWindow-1) inside unrelated text
	// must give a shared mark.
	run := "the quick committee approved seven new rules for the harbour pilots after long talks"
	a := s.Sign(Doc{Paragraphs: []string{floodReport[0] + " " + run + " " + floodReport[1]}})
	b := s.Sign(Doc{Paragraphs: []string{bridgeReport[2] + " " + run + " " + bridgeReport[4]}})
	if n := len(Tokenize(run)); n < cfg.MarkWords+cfg.MarkWindow-1 {
		t.Fatalf("run has %d words", n)
	}
	shared := 0
	for _, m := range a.Marks {
		for _, x := range b.Marks {
			if m == x {
				shared++
			}
		}
	}
	if shared == 0 {
		t.Error("no shared mark for a shared 14-word run")
	}
}

func TestMinHashJaccard(t *testing.T) {
	s, _ := NewSigner(DefaultConfig())
	a := s.Sign(Doc{Paragraphs: bridgeReport})
	b := s.Sign(Doc{Paragraphs: edit(bridgeReport, "voted", "decided")})
	c := s.Sign(Doc{Paragraphs: floodReport})
	if j := Jaccard(a.MinHash, b.MinHash); j < 0.8 {
		t.Errorf("one swap: estimated Jaccard %.2f", j)
	}
	if j := Jaccard(a.MinHash, c.MinHash); j > 0.1 {
		t.Errorf("unrelated: estimated Jaccard %.2f", j)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := map[string]string{
		"https://www.Example.com/a/b/?utm_source=x&id=3#frag": "example.com/a/b?id=3",
		"http://example.com/a/b?id=3":                         "example.com/a/b?id=3",
		"":                                                    "",
		"not a url":                                           "",
	}
	for in, want := range tests {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}
