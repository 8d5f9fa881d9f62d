package story

import (
	"context"
	"slices"
	"testing"
)

func TestMergeNeedOfUndatedArchives(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	c.clock = day("2031-03-05") // a dated stream
	dated := &event{dated: true, members: []*member{{dated: true}}}
	current := &event{members: []*member{{current: true}}}
	archive := &event{members: []*member{{}}}
	for _, tc := range []struct {
		name string
		a, b *event
		want float64
	}{
		{"two dated events", dated, dated, cfg.MergeThreshold},
		{"two current undated events", current, current, cfg.MergeThreshold},
		{"an archive and a dated event", archive, dated, cfg.MergeThreshold},
		{"two archives", archive, archive, cfg.MergeThreshold + cfg.UndatedMargin},
		{"an archive and a current undated event", current, archive, cfg.MergeThreshold + cfg.UndatedMargin},
	} {
		if got := c.mergeNeed(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: merge needs %.2f, want %.2f", tc.name, got, tc.want)
		}
	}
	// In a stream with no date at all content is all there is.
	if got := New(cfg, nil).mergeNeed(archive, archive); got != cfg.MergeThreshold {
		t.Errorf("two archives in an undated stream: merge needs %.2f, want %.2f", got, cfg.MergeThreshold)
	}
}

// TestMergeRecordsBothSides checks that a merge of events names the
// articles each side held just before it: all of From's (no article joins
// an event once it is merged away) and some of Into's (later articles may
// join Into).
func TestMergeRecordsBothSides(t *testing.T) {
	docs := synthStream(7, 1500)
	c := New(DefaultConfig(), nil)
	c.RecordMergeMembers(true)
	tr := NewTracker()
	members := map[string][]string{} // event -> articles, as the tracker follows them
	merges := 0
	for start := 0; start < len(docs); start += 500 {
		err := c.AddAll(context.Background(), docs[start:min(start+500, len(docs))], 2, func(d Decision) { tr.Decide(d) })
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range c.Drain().Repairs {
			if m := r.Merge; m != nil {
				merges++
				clear(members)
				for _, d := range docs {
					if e := tr.Event(d.ID); e != "" {
						members[e] = append(members[e], d.ID)
					}
				}
				from, into := slices.Sorted(slices.Values(m.FromArticles)), m.IntoArticles
				if want := slices.Sorted(slices.Values(members[m.From])); !slices.Equal(from, want) {
					t.Errorf("merge %s into %s: from side %v, want %v", m.From, m.Into, from, want)
				}
				for _, a := range into {
					if !slices.Contains(members[m.Into], a) {
						t.Errorf("merge %s into %s: into side names %s, which is in %s", m.From, m.Into, a, tr.Event(a))
					}
				}
				if len(into) == 0 {
					t.Errorf("merge %s into %s: no articles on the into side", m.From, m.Into)
				}
			}
			tr.Apply(Changes{Repairs: []Repair{r}})
		}
	}
	if merges == 0 {
		t.Fatal("the stream made no merge")
	}
}

// TestMergeMembersOffByDefault checks that a clusterer not asked for a
// trace records no articles with its merges: the lists cost the size of
// both events at each merge (review58a).
func TestMergeMembersOffByDefault(t *testing.T) {
	c := New(DefaultConfig(), nil)
	if err := c.AddAll(context.Background(), synthStream(7, 1500), 2, func(Decision) {}); err != nil {
		t.Fatal(err)
	}
	merges := 0
	for _, r := range c.Drain().Repairs {
		if m := r.Merge; m != nil {
			merges++
			if m.FromArticles != nil || m.IntoArticles != nil {
				t.Fatalf("merge %s into %s records %d and %d articles with no trace asked", m.From, m.Into, len(m.FromArticles), len(m.IntoArticles))
			}
		}
	}
	if merges == 0 {
		t.Fatal("the stream made no merge")
	}
}
