package dedup

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// corpus returns documents for detector tests: two originals, copies of
// them and unrelated filler built by mixing sentences of both.
func corpus() []Doc {
	lead := slices.Clone(bridgeReport)
	lead[0] = "It has emerged that " + lead[0]
	docs := []Doc{
		doc("bridge", "Gazette", "https://gazette.example/bridge", day, bridgeReport),
		doc("flood", "Coast News", "https://coast.example/flood", day, floodReport),
		doc("bridge-copy", "Farm", "https://farm.example/1", day.AddDate(0, 0, 1), lead),
		doc("flood-part", "Digest", "https://digest.example/2", day.AddDate(0, 0, 2), append(slices.Clone(floodReport[:3]), "Our reporter adds that the clean-up may take weeks.")),
		doc("bridge-update", "Gazette", "https://www.gazette.example/bridge/", day.AddDate(0, 0, 1), append(slices.Clone(bridgeReport), "Update: the first works will start in June.")),
	}
	for i := range 5 {
		docs = append(docs, doc(fmt.Sprintf("other%d", i), "Other", "", day, []string{fmt.Sprintf("Report number %d about the weather and markets, with no copied text at all.", i)}))
	}
	return docs
}

func TestDetectorAndBatchAgree(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	d, err := NewMemDetector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var online []Match
	for _, doc := range corpus() {
		ms, err := d.Add(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		online = append(online, ms...)
	}
	batch, st, err := Batch(ctx, corpus(), cfg, 2)
	if err != nil {
		t.Fatal(err)
	}
	key := func(m Match) string { return m.Source + ">" + m.Copy + ":" + string(m.Kind) }
	var a, b []string
	for _, m := range online {
		a = append(a, key(m))
	}
	for _, m := range batch {
		b = append(b, key(m))
	}
	slices.Sort(a)
	slices.Sort(b)
	want := []string{
		"bridge-update>bridge-copy:near-duplicate", // the inserted lead marks the copy
		"bridge>bridge-copy:near-duplicate",
		"bridge>bridge-update:revision",
		"flood>flood-part:derived",
	}
	if !slices.Equal(a, want) || !slices.Equal(b, want) {
		t.Errorf("online %q\nbatch  %q\nwant   %q", a, b, want)
	}
	if st.Docs != 10 || st.Candidates < len(want) {
		t.Errorf("stats %+v", st)
	}
	for _, m := range batch {
		if m.Copy == "bridge-copy" && (len(m.Inserted) == 0 || m.Inserted[0] != "It has emerged that") {
			t.Errorf("inserted %q", m.Inserted)
		}
	}
	if _, err := json.Marshal(batch); err != nil {
		t.Error(err)
	}
}
