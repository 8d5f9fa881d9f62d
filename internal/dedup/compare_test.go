package dedup

import (
	"slices"
	"strings"
	"testing"
)

func TestCompareKinds(t *testing.T) {
	cfg := DefaultConfig()
	c, err := NewComparer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	src := doc("src", "Gazette", "https://gazette.example/bridge", day, bridgeReport)
	later := day.AddDate(0, 0, 1)
	lead := slices.Clone(bridgeReport)
	lead[0] = "Experts revealed that " + lead[0]
	spun := edit(bridgeReport, "voted", "decided", "dispute", "quarrel", "approved", "backed", "expected", "predicted", "narrow", "tight")
	embedded := append(append(slices.Clone(floodReport[:3]), bridgeReport[:4]...), floodReport[3:]...)
	tests := []struct {
		name   string
		b      Doc
		kind   Kind
		source string
		extent string
	}{
		{"same text other punctuation", doc("dup", "Courier", "", later, edit(bridgeReport, "Monday", "monday,")), KindDuplicate, "src", ""},
		{"inserted lead", doc("lead", "Farm", "", later, lead), KindNearDuplicate, "src", ""},
		{"synonym swaps", doc("spun", "Farm", "", later, spun), KindNearDuplicate, "src", ""},
		{"dropped paragraphs", doc("drop", "Farm", "", later, bridgeReport[:3]), KindDerived, "src", ExtentWholly},
		{"reordered", doc("reord", "Farm", "", later, []string{bridgeReport[3], bridgeReport[0], bridgeReport[5], bridgeReport[1], bridgeReport[2], bridgeReport[4]}), KindNearDuplicate, "src", ""},
		{"embedded in a longer article", doc("emb", "Farm", "", later, embedded), KindDerived, "src", ExtentPartly},
		{"unrelated", doc("flood", "Farm", "", later, floodReport), KindUnrelated, "src", ""},
		{"revision", doc("rev", "Gazette", "http://www.gazette.example/bridge/?utm_source=x", later, spun), KindRevision, "src", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := c.Compare(src, tt.b)
			if m.Kind != tt.kind {
				t.Fatalf("kind %q, want %q (share %.2f/%.2f shared %d tiled %d)", m.Kind, tt.kind, m.Share, m.SourceShare, m.SharedWords, m.TiledWords)
			}
			if !m.Related() {
				return
			}
			if m.Source != tt.source {
				t.Errorf("source %q, want %q (basis %s)", m.Source, tt.source, m.Basis)
			}
			if m.Extent != tt.extent {
				t.Errorf("extent %q, want %q (share %.2f)", m.Extent, tt.extent, m.Share)
			}
		})
	}
}

func TestCompareEdits(t *testing.T) {
	c, _ := NewComparer(DefaultConfig())
	lead := slices.Clone(bridgeReport)
	lead[0] = "Experts revealed that " + lead[0]
	spun := edit(lead, "voted", "decided", "dispute", "quarrel")
	// the same day: the inserted lead tells the copy.
	m := c.Compare(doc("copy", "Farm", "", day, spun[:5]), doc("src", "Gazette", "", day, bridgeReport))
	if m.Source != "src" || m.Copy != "copy" || m.Basis != BasisInsertedLead {
		t.Fatalf("source %q copy %q basis %q", m.Source, m.Copy, m.Basis)
	}
	if len(m.Inserted) == 0 || m.Inserted[0] != "Experts revealed that" {
		t.Errorf("inserted %q", m.Inserted)
	}
	want := []Substitution{{"voted", "decided"}, {"dispute", "quarrel"}}
	if !slices.Equal(m.Substituted, want) {
		t.Errorf("substituted %q, want %q", m.Substituted, want)
	}
	if len(m.Removed) != 1 || !strings.HasPrefix(m.Removed[0], "Engineers from the firm") {
		t.Errorf("removed %q", m.Removed)
	}
	text := doc("copy", "", "", day, spun[:5]).Text()
	for _, s := range m.Spans {
		if s.Copy.Start < 0 || s.Copy.End > len(text) || s.Copy.Start >= s.Copy.End {
			t.Errorf("bad span %+v", s)
		}
	}
	if m.Share < 0.95 || m.Extent != "" && m.Kind != KindDerived {
		t.Errorf("share %.3f kind %s", m.Share, m.Kind)
	}
}
