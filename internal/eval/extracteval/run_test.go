package extracteval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBench lays out a tiny benchmark folder in dir.
func writeBench(t *testing.T, dir string, pages map[string]string, truth map[string]truthEntry) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id, body := range pages {
		f, err := os.Create(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		if _, err := zw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeBench(t, dir,
		map[string]string{"p1": "a b c d e f", "p2": "FAIL", "p3": "a b c d e"},
		map[string]truthEntry{
			"p1": {ArticleBody: "a b c d e g", URL: "https://x.example/1"},
			"p2": {ArticleBody: "a b c d e", URL: "https://x.example/2"},
			"p3": {ArticleBody: "a b c d", URL: "https://x.example/3"},
		})
	var urls []string
	// The "extractor" returns the page bytes, failing on "FAIL".
	echo := func(_ context.Context, r io.Reader, url string) (string, error) {
		urls = append(urls, url)
		b, err := io.ReadAll(r)
		if string(b) == "FAIL" {
			return "", errors.New("cannot extract")
		}
		return string(b), err
	}
	res, err := Run(context.Background(), dir, echo)
	if err != nil {
		t.Fatal(err)
	}
	// Same pages as TestAggregate: P 7/12, R 5/9.
	wantP, wantR := 7.0/12, 5.0/9
	if !near(res.Precision, wantP) || !near(res.Recall, wantR) || !near(res.F1, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("Run = %+v, want P %v R %v", res, wantP, wantR)
	}
	if res.Pages != 3 || res.Failed != 1 {
		t.Errorf("Pages %d Failed %d, want 3 and 1", res.Pages, res.Failed)
	}
	if strings.Join(urls, " ") != "https://x.example/1 https://x.example/2 https://x.example/3" {
		t.Errorf("urls passed = %q", urls)
	}
	b, _ := json.Marshal(res)
	for _, k := range []string{`"precision"`, `"recall"`, `"f1"`, `"pages"`, `"pages_per_second"`, `"seconds"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON %s lacks %s", b, k)
		}
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Run(context.Background(), dir, nil); err == nil {
		t.Error("missing ground truth: no error")
	}
	writeBench(t, dir, nil, map[string]truthEntry{"gone": {ArticleBody: "x"}})
	if _, err := Run(context.Background(), dir, nil); err == nil || !strings.Contains(err.Error(), "open page") {
		t.Errorf("missing page: error = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, dir, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error = %v", err)
	}
}
