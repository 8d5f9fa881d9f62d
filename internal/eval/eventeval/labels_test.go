package eventeval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const header = "stratum\tid_a\turl_a\tid_b\turl_b\tlabel\tstoryline\treason\tsplit\n"

func TestReadPairs(t *testing.T) {
	good := header +
		"# a comment\n" +
		"big\tn1\thttps://news.example/1\tn2\thttps://paper.example/2\tsame-event\tyes\tboth on the council vote\tdev\n" +
		"\n" +
		"lookalike\t\thttps://news.example/3\tn4\t\tsame-topic\tno\ttwo floods, different towns\ttest\n" +
		"small\tn5\t\tn6\t\t\t\t\tdev\n"
	pairs, err := ReadPairs(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{
		{Stratum: "big", A: Ref{"n1", "https://news.example/1"}, B: Ref{"n2", "https://paper.example/2"}, Label: SameEvent, Storyline: true, Reason: "both on the council vote", Split: Dev},
		{Stratum: "lookalike", A: Ref{"", "https://news.example/3"}, B: Ref{"n4", ""}, Label: SameTopic, Reason: "two floods, different towns", Split: Test},
		{Stratum: "small", A: Ref{"n5", ""}, B: Ref{"n6", ""}, Split: Dev},
	}
	if diff := cmp.Diff(want, pairs); diff != "" {
		t.Fatalf("pairs (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WritePairs(&buf, pairs); err != nil {
		t.Fatal(err)
	}
	again, err := ReadPairs(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(pairs, again); diff != "" {
		t.Fatalf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadPairsErrors(t *testing.T) {
	line := func(f ...string) string { return header + strings.Join(f, "\t") + "\n" }
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "no header"},
		{"bad header", "a\tb\n", "line 1: header"},
		{"short line", header + "big\tn1\n", "line 2: 2 fields"},
		{"bad label", line("big", "n1", "", "n2", "", "same", "yes", "r", "dev"), `label "same"`},
		{"bad storyline", line("big", "n1", "", "n2", "", "same-topic", "maybe", "r", "dev"), `storyline "maybe"`},
		{"labelled without storyline", line("big", "n1", "", "n2", "", "same-topic", "", "r", "dev"), "storyline empty"},
		{"unlabelled with storyline", line("big", "n1", "", "n2", "", "", "no", "", "dev"), "unlabelled"},
		{"event outside storyline", line("big", "n1", "", "n2", "", "same-event", "no", "r", "dev"), "outside one storyline"},
		{"unrelated in storyline", line("big", "n1", "", "n2", "", "unrelated", "yes", "r", "dev"), "unrelated pair in one storyline"},
		{"bad split", line("big", "n1", "", "n2", "", "unrelated", "no", "r", "train"), `split "train"`},
		{"carriage return", line("big", "n1", "", "n2", "", "unrelated", "no", "a\rb", "dev"), "carriage return"},
		{"no stratum", line("", "n1", "", "n2", "", "unrelated", "no", "r", "dev"), "empty stratum"},
		{"no ref", line("big", "", "", "n2", "", "unrelated", "no", "r", "dev"), "without id or URL"},
		{"self pair", line("big", "n1", "", "n1", "", "unrelated", "no", "r", "dev"), "paired with itself"},
		{"twice, reversed", line("big", "n1", "", "n2", "", "unrelated", "no", "r", "dev") +
			"small\tn2\t\tn1\t\tunrelated\tno\tr\ttest\n", "line 3: pair n1|n2 already on line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadPairs(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestIndexConflict(t *testing.T) {
	a := []Pair{{Stratum: Big, A: Ref{ID: "x"}, B: Ref{ID: "y"}, Label: SameEvent, Storyline: true}}
	b := []Pair{{Stratum: Small, A: Ref{ID: "y"}, B: Ref{ID: "x"}, Label: SameTopic, Storyline: true}}
	if _, err := Index(a, b); err == nil {
		t.Fatal("conflicting labels were accepted")
	}
	m, err := Index(a, a, []Pair{{Stratum: Big, A: Ref{ID: "p"}, B: Ref{ID: "q"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 1 || m[KeyOf(Ref{ID: "y"}, Ref{ID: "x"})].Label != SameEvent {
		t.Fatalf("index %v, want only the labelled pair x|y", m)
	}
}

func TestSplitOf(t *testing.T) {
	counts := map[string]int{}
	for i := range 3000 {
		k := KeyOf(Ref{ID: "a" + string(rune('0'+i%10)) + strings.Repeat("x", i%7)}, Ref{ID: "b" + strings.Repeat("y", i)})
		s := SplitOf(14, k)
		if s != SplitOf(14, k) {
			t.Fatal("split not deterministic")
		}
		counts[s]++
	}
	if counts[Dev] < 1800 || counts[Dev] > 2200 || counts[Dev]+counts[Test] != 3000 {
		t.Fatalf("split counts %v, want about two thirds dev", counts)
	}
}

func FuzzReadPairs(f *testing.F) {
	f.Add(header + "big\tn1\thttps://news.example/1\tn2\t\tsame-event\tyes\tr\tdev\n")
	f.Add(header + "small\tn5\t\tn6\t\t\t\t\ttest\n")
	f.Add("garbage\n\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		pairs, err := ReadPairs(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WritePairs(&buf, pairs); err != nil {
			t.Fatal(err)
		}
		again, err := ReadPairs(&buf)
		if err != nil {
			t.Fatalf("rewritten file does not read: %v", err)
		}
		if diff := cmp.Diff(pairs, again); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
