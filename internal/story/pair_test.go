package story

import (
	"testing"
	"time"
)

func TestComparePair(t *testing.T) {
	c := New(DefaultConfig(), nil)
	docs, _ := fixtureDocs()
	for _, d := range docs {
		c.Add(d)
	}
	a := Doc{ID: "a", Outlet: "Harbour Post", Title: "Council votes to close Marlow bridge",
		Paragraphs: []string{"The harbour council voted on Tuesday to close the Marlow bridge for repairs."},
		Published:  time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC), HasTime: true}
	b := a
	b.ID, b.Outlet = "b", "Valley Times"
	same := c.ComparePair(a, b)
	for k, n := range PartNames() {
		if same.Has[k] && (same.Parts[k] < 0.999 || same.Parts[k] > 1.001) {
			t.Errorf("%s of an article with itself: %.4f, want 1", n, same.Parts[k])
		}
	}
	if !same.Has[kindWords] || !same.Has[kindTitle] || same.Content < 0.999 || same.Head != 1 {
		t.Errorf("an article with itself: %+v", same)
	}
	if !same.Dated || same.PubGap != 0 {
		t.Errorf("dated %v, gap %d", same.Dated, same.PubGap)
	}
	b.Title = "Ferry crews walk out"
	b.Paragraphs = []string{"Ferry crews began a two-day strike at dawn, stranding travellers."}
	b.Published = a.Published.AddDate(0, 0, 2)
	other := c.ComparePair(a, b)
	if other.Content >= 0.2 || other.Parts[kindWords] >= same.Parts[kindWords] {
		t.Errorf("two happenings: content %.4f, words %.4f", other.Content, other.Parts[kindWords])
	}
	if other.PubGap != 2 {
		t.Errorf("publication gap %d, want 2", other.PubGap)
	}
	if got := c.ComparePair(a, Doc{ID: "u", Title: "Marlow bridge", Paragraphs: []string{"The bridge."}}); got.Dated {
		t.Errorf("an undated side: dated %v", got.Dated)
	}
}
