package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnalyzeSeeds(t *testing.T) {
	files := seeds(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, out, errs := run(t, db, append([]string{"analyze", "--json"}, files...)...)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	var rep analyzeReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(rep.Articles))
	}
	forms := map[string]bool{}
	for _, e := range rep.Entities {
		var fs []string
		for _, f := range e.Forms {
			fs = append(fs, f.Text)
		}
		forms[strings.Join(fs, "|")] = true
	}
	joined := ""
	for f := range forms {
		joined += f + "\n"
	}
	for _, pair := range [][2]string{{"Kiev", "Kyiv"}, {"Vladimir Zelensky", "Volodymyr Zelensky"}} {
		found := false
		for f := range forms {
			if strings.Contains(f, pair[0]) && strings.Contains(f, pair[1]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no linked entity with forms %q and %q in:\n%s", pair[0], pair[1], joined)
		}
	}
	// By stored id, and the human report.
	if code, _, errs := run(t, db, append([]string{"add"}, files...)...); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, _ = run(t, db, "analyze", rep.Articles[0].ID)
	if code != 0 || !strings.Contains(out, "Quotes") || !strings.Contains(out, "so-called") {
		t.Errorf("analyze ID: exit %d:\n%s", code, out)
	}
	if code, _, errs := run(t, db, "analyze", "no-such-file-or-id"); code != 1 || !strings.Contains(errs, "neither a file nor a stored article") {
		t.Errorf("analyze unknown: exit %d: %s", code, errs)
	}
}

func TestEvalQuotes(t *testing.T) {
	gold := "../../../shared/data/quotes/dev.jsonl"
	if _, err := os.Stat(gold); err != nil {
		t.Skip("../shared/data/quotes not found")
	}
	code, out, errs := run(t, filepath.Join(t.TempDir(), "p.db"), "eval", "quotes", "--gold", gold, "--json")
	var res struct {
		Precision, Recall, F1 float64
		SpeakerAccuracy       float64 `json:"speaker_accuracy"`
		Gold, Predicted       int
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("eval quotes: exit %d, %v: %s", code, err, errs)
	}
	if res.F1 < 0.85 || res.SpeakerAccuracy < 0.86 || res.Gold != 355 {
		t.Errorf("eval quotes = %+v, want F1 >= 0.85 and speaker accuracy >= 0.86 on 355 gold quotes", res)
	}
	if code, _, _ := run(t, "", "eval", "quotes"); code != 2 {
		t.Errorf("eval quotes without --gold: exit %d, want 2", code)
	}
}
