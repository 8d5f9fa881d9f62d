package feed

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestOPMLRoundTrip(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="1.0"><head><title>Mine</title></head><body>
<outline text="News"><outline text="Gazette" xmlUrl="https://gazette.example/feed.xml" htmlUrl="https://gazette.example/"/>
<outline text="Deep"><outline title="Post" text="p" type="rss" xmlUrl="https://post.example/rss"/></outline></outline>
<outline text="folder only"/></body></opml>`
	subs, err := ReadOPML(strings.NewReader(in), "in.opml")
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0].Title != "Gazette" || subs[0].SiteURL != "https://gazette.example/" || subs[1].Title != "Post" {
		t.Fatalf("subs = %+v", subs)
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "Parallax feeds", subs, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	again, err := ReadOPML(&buf, "out.opml")
	if err != nil || len(again) != 2 || again[0] != subs[0] || again[1] != subs[1] {
		t.Fatalf("round trip: %+v, %v", again, err)
	}
	if _, err := ReadOPML(strings.NewReader("<opml><body/></opml>"), "empty.opml"); err == nil || !strings.Contains(err.Error(), "empty.opml") {
		t.Fatalf("empty OPML: %v", err)
	}
	if _, err := ReadOPML(strings.NewReader("not xml"), "bad.opml"); err == nil {
		t.Fatal("not XML accepted")
	}
}
