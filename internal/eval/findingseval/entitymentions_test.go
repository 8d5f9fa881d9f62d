package findingseval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// mentionsSamplePath is the fresh mention sample TestABPEntityMentions
// scores: every name mention of random paragraphs, labelled by reading
// (README-entity-names.md, "A fresh mention sample, blind").
var mentionsSamplePath = filepath.Join(entityNamesDir, "abp-entity-mentions-s52.tsv")

// paraKey is one drawn paragraph of an article.
type paraKey struct {
	Article string
	Para    int
}

// readDrawnParagraphs reads the "# para ID N" lines of a mention sample:
// the paragraphs whose every name mention is labelled.
func readDrawnParagraphs(path string) ([]paraKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []paraKey
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 4 || fs[0] != "#" || fs[1] != "para" {
			continue
		}
		n, err := strconv.Atoi(fs[3])
		if err != nil {
			return nil, fmt.Errorf("%s: paragraph %q: %w", path, fs[3], err)
		}
		out = append(out, paraKey{fs[2], n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// TestEntityMentionsFile checks that each fresh mention sample parses,
// that every labelled mention lies in a drawn paragraph and that the
// sample holds the names and paragraphs its draw asked for.
func TestEntityMentionsFile(t *testing.T) {
	for _, c := range []struct {
		name         string
		names, paras int
	}{
		{"abp-entity-mentions-s52.tsv", 150, 50},
		{"abp-entity-mentions-s58.tsv", 200, 60},
		{"abp-entity-mentions-s59.tsv", 120, 40},
		{"abp-entity-mentions-s60.tsv", 200, 60},
		{"abp-entity-mentions-s62.tsv", 300, 80},
		{"abp-entity-mentions-6890.tsv", 100, 30},
		{"abp-entity-mentions-7060.tsv", 100, 26},
		{"abp-entity-mentions-7170.tsv", 100, 26},
	} {
		path := filepath.Join(entityNamesDir, c.name)
		gold, err := ReadEntityLabels(path)
		if err != nil {
			t.Fatal(err)
		}
		paras, err := readDrawnParagraphs(path)
		if err != nil {
			t.Fatal(err)
		}
		drawn := map[paraKey]bool{}
		for _, p := range paras {
			drawn[p] = true
		}
		names := 0
		for k, v := range gold {
			if !drawn[paraKey{k.Article, k.Para}] {
				t.Errorf("%s: %v: mention outside the drawn paragraphs", c.name, k)
			}
			if v != "none" {
				names++
			}
		}
		if names < c.names || len(paras) < c.paras {
			t.Errorf("%s: %d names in %d paragraphs, want at least %d names in %d", c.name, names, len(paras), c.names, c.paras)
		}
	}
}

// TestABPEntityMentions analyses the articles of the fresh mention sample
// with the code under test and prints precision and recall per type over
// the labelled spans (ScoreEntities), then every name mention the analysis
// gives in a drawn paragraph that no label holds (a span judged by nobody:
// a new junk or cut span, or a name the reader missed), and every wrong or
// missed labelled mention. It fails only when the sample cannot be read.
// PARALLAX_ABP_ENTITY_MENTIONS names another sample of the same form.
// Run: PARALLAX_ABP_DB=copy.db go test ./internal/eval/findingseval -run 'ABPEntityMentions$' -v
func TestABPEntityMentions(t *testing.T) {
	path := os.Getenv("PARALLAX_ABP_DB")
	if path == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to score the fresh mention sample")
	}
	samplePath := mentionsSamplePath
	if p := os.Getenv("PARALLAX_ABP_ENTITY_MENTIONS"); p != "" {
		samplePath = p
		if filepath.Base(p) == p {
			samplePath = filepath.Join(entityNamesDir, p)
		}
	}
	gold, err := ReadEntityLabels(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	paras, err := readDrawnParagraphs(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(paras))
	drawn := map[paraKey]bool{}
	for i, p := range paras {
		ids[i] = p.Article
		drawn[p] = true
	}
	analyses := analyseArticles(t, path, ids)
	c := ScoreEntities(analyses, gold)
	all := &TypeCounts{}
	for _, k := range []string{"person", "org", "place", "event", "other"} {
		tc := c[k]
		if tc == nil {
			tc = &TypeCounts{}
		}
		all.Predicted += tc.Predicted
		all.Right += tc.Right
		all.Gold += tc.Gold
		t.Logf("fresh mention %-6s precision %.2f (%d/%d), recall %.2f (%d/%d)",
			k, tc.Precision(), tc.Right, tc.Predicted, tc.Recall(), tc.Right, tc.Gold)
	}
	t.Logf("fresh mention all    precision %.2f (%d/%d), recall %.2f (%d/%d)",
		all.Precision(), all.Right, all.Predicted, all.Recall(), all.Right, all.Gold)
	found := map[MentionKey]string{}
	var lines []string
	for _, id := range sortedKeys(analyses) {
		for _, e := range analyses[id].Entities {
			for _, m := range e.Mentions {
				if m.Kind != nlp.MentionName || !drawn[paraKey{id, m.Para}] {
					continue
				}
				k := MentionKey{id, m.Para, m.Start, m.End}
				found[k] = string(e.Type)
				if _, ok := gold[k]; !ok {
					lines = append(lines, fmt.Sprintf("unjudged: %s %d %d-%d %q is %s", id, m.Para, m.Start, m.End, m.Text, e.Type))
				}
			}
		}
	}
	t.Logf("%d name mentions in the drawn paragraphs hold no label", len(lines))
	for k, v := range gold {
		if got, ok := found[k]; !ok && v != "none" {
			lines = append(lines, fmt.Sprintf("missed: %s %d %d-%d, judged %s", k.Article, k.Para, k.Start, k.End, v))
		} else if ok && got != v {
			lines = append(lines, fmt.Sprintf("wrong: %s %d %d-%d is %s, judged %s", k.Article, k.Para, k.Start, k.End, got, v))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

// sortedKeys are the article ids of the analyses, sorted.
func sortedKeys(m map[string]*nlp.Analysis) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
