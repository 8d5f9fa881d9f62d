package quoteeval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// corpusDir is ../shared/data/quotes relative to the repository root.
const corpusDir = "../../../../shared/data/quotes"

func TestScoreArticle(t *testing.T) {
	src := func(a, b int) *[2]int { return &[2]int{a, b} }
	gs := []goldItem{
		{spans: [][2]int{{10, 30}}, source: src(0, 5), direct: true},
		{spans: [][2]int{{40, 50}, {60, 70}}, source: src(35, 38), direct: true},
		{spans: [][2]int{{100, 140}}, direct: false}, // mixed
		{spans: [][2]int{{200, 220}}, direct: true},  // missed
	}
	fs := []found{
		{spans: [][2]int{{12, 30}}, speaker: src(0, 3)},   // match, speaker right
		{spans: [][2]int{{40, 50}}, speaker: src(20, 25)}, // half of a two-part gold: match, speaker wrong
		{spans: [][2]int{{110, 120}}},                     // inside the mixed item: neutral
		{spans: [][2]int{{300, 310}}},                     // false
	}
	var res Result
	var kinds []string
	scoreArticle("a", fs, gs, &res, func(o Outcome) { kinds = append(kinds, o.Kind) })
	res.finish()
	if res.Gold != 3 || res.Predicted != 3 || res.Matched != 2 || res.Neutral != 1 || res.SpeakerCorrect != 1 {
		t.Errorf("counts %+v", res)
	}
	if got := strings.Join(kinds, ","); got != "match,match,neutral,false,miss" {
		t.Errorf("outcomes %s", got)
	}
	if res.Precision != 2.0/3 || res.Recall != 2.0/3 || res.SpeakerAccuracy != 0.5 {
		t.Errorf("rates %+v", res)
	}
}

func TestSplitOffsets(t *testing.T) {
	r := &Record{Body: "Headline here.\n\nÉmile said: “Ça va.”\n\nEnd.", HeadlineEnd: 14}
	art := split(r)
	if art.input.Title != "Headline here." || len(art.input.Paragraphs) != 2 {
		t.Fatalf("split %+v", art.input)
	}
	a, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	an := a.Analyze(art.input)
	if len(an.Quotes) != 1 {
		t.Fatalf("quotes %+v", an.Quotes)
	}
	got := art.runeSpan(an.Quotes[0].Parts[0])
	runes := []rune(r.Body)
	if string(runes[got[0]:got[1]]) != "Ça va." {
		t.Errorf("span %v covers %q", got, string(runes[got[0]:got[1]]))
	}
}

// TestCorpus scores the dev split (and, unless -short, the train split
// the rules were tuned on) and fails below floors a little under the
// figures reached: dev P 0.947 R 0.848 F1 0.895 speaker 0.917; train P 0.948
// R 0.928 F1 0.938 speaker 0.935.
func TestCorpus(t *testing.T) {
	a, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	splits := []struct {
		file   string
		gold   int
		floors [4]float64 // precision, recall, f1, speaker accuracy
	}{
		{"dev.jsonl", 355, [4]float64{0.92, 0.82, 0.87, 0.89}},
		{"train.jsonl", 2986, [4]float64{0.93, 0.91, 0.92, 0.92}},
	}
	for _, sp := range splits {
		if sp.file == "train.jsonl" && testing.Short() {
			continue
		}
		path := filepath.Join(corpusDir, sp.file)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("quotes corpus not available (%v): put ../shared/data beside the repository", err)
		}
		res, err := Run(context.Background(), path, a)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %+v", sp.file, res)
		if res.Gold != sp.gold {
			t.Errorf("%s: gold direct quotes %d, want %d", sp.file, res.Gold, sp.gold)
		}
		got := [4]float64{res.Precision, res.Recall, res.F1, res.SpeakerAccuracy}
		for i, name := range []string{"precision", "recall", "f1", "speaker_accuracy"} {
			if got[i] < sp.floors[i] {
				t.Errorf("%s: %s %.3f below floor %.2f", sp.file, name, got[i], sp.floors[i])
			}
		}
	}
}
