package dedup

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A single paragraph copied into a long article: MinHash Jaccard is far
// too low to find it, the marks find it, alignment locates it, and with
// LongPassage set the pair is derived.
func TestShortCopyInLongArticle(t *testing.T) {
	cfg := DefaultConfig()
	cfg.LongPassage = 30
	cfg.MinSharedWords = 30 // the copied paragraph has 37 words
	ctx := context.Background()
	d, err := NewMemDetector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	long := slices.Concat(floodReport, edit(floodReport, "Heavy", "Torrential", "coast", "shore"), edit(floodReport, "villages", "hamlets", "roads", "streets"))
	src := doc("bridge", "Gazette", "", day, bridgeReport)
	host := slices.Clone(long)
	host = slices.Insert(host, 7, bridgeReport[3]) // one paragraph, 38 words
	cp := doc("roundup", "Weekly", "", day.AddDate(0, 0, 2), host)
	s := d.Sign(src)
	if j := Jaccard(s.MinHash, d.Sign(cp).MinHash); j > 0.1 {
		t.Fatalf("Jaccard %.2f: the test needs a low one", j)
	}
	if _, err := d.Add(ctx, src); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Add(ctx, cp)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Kind != KindDerived || ms[0].Source != "bridge" || ms[0].Extent != ExtentPartly {
		t.Fatalf("matches %+v", ms)
	}
	sp := ms[0].Spans[0]
	if got := cp.Text()[sp.Copy.Start:sp.Copy.End]; !strings.HasPrefix(got, bridgeReport[3]) || len(got) > len(bridgeReport[3])+6 {
		// the word after the paragraph may match by chance ("The")
		t.Errorf("span %q", got)
	}
	// with the default config the single paragraph is below the share
	// threshold: not called a copy.
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(src, cp); m.Related() {
		t.Errorf("default config: %s", m.Kind)
	}
}
