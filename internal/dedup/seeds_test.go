package dedup

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/sharedtest"
)

// sharedDir returns ../shared/sub, skipping the test when it is absent.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	return sharedtest.Path(t, sub)
}

// readSeed reads a seed file as paragraphs, dropping YAML front matter and
// the date/title line and byline of the plain-text seed.
func readSeed(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "seeds"), name))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.HasPrefix(s, "---\n") {
		if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
			s = s[4+i+5:]
		}
	}
	var paras []string
	for p := range strings.SplitSeq(s, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" || strings.HasPrefix(p, "date ") || strings.HasPrefix(p, "By ") {
			continue
		}
		paras = append(paras, p)
	}
	return paras
}

func TestSeeds(t *testing.T) {
	p000 := readSeed(t, "000_64d44cbb698ee41c.txt")
	p001 := readSeed(t, "001_d303fe295cff63d6.txt")
	c, _ := NewComparer(DefaultConfig())
	d000 := doc("000", "Agencies", "", time.Date(2026, 1, 7, 0, 0, 0, 0, time.UTC), p000)
	d001 := doc("001", "Blog", "", time.Date(2026, 1, 6, 22, 30, 55, 0, time.UTC), p001)

	m := c.Compare(d001, d000)
	t.Logf("000 vs 001: %s, shared %d words, tiled %d, longest passage %d, share %.2f/%.2f", m.Kind, m.SharedWords, m.TiledWords, m.LongestPassage, m.Share, m.SourceShare)
	if m.Related() {
		t.Errorf("000 and 001 are two outlets' own reports, got %s (shared %d words, share %.2f)", m.Kind, m.SharedWords, m.Share)
	}

	// A spun copy of 001: the "Experts revealed that" is already there;
	// drop the last third, swap a few words, add a line at the end.
	cp := slices.Clone(p001[:2*len(p001)/3])
	cp = edit(cp, "troops", "soldiers", "talks", "negotiations", "said", "stated")
	cp = append(cp, "Follow our live coverage for more updates.")
	m = c.Compare(d001, doc("copy", "Farm", "", d001.Published.Add(3*time.Hour), cp))
	if m.Kind != KindDerived && m.Kind != KindNearDuplicate {
		t.Fatalf("a spun copy of 001 is %s (share %.2f)", m.Kind, m.Share)
	}
	if m.Source != "001" || m.Share < 0.9 {
		t.Errorf("source %s share %.2f", m.Source, m.Share)
	}
	if !slices.Contains(m.Substituted, Substitution{"troops", "soldiers"}) {
		t.Errorf("substitutions %q", m.Substituted)
	}
	if len(m.Inserted) == 0 || m.Inserted[len(m.Inserted)-1] != "Follow our live coverage for more updates" {
		t.Errorf("inserted %q", m.Inserted)
	}
	if testing.Verbose() {
		b, _ := json.MarshalIndent(m, "", " ")
		t.Logf("%.1500s", b)
	}
}
