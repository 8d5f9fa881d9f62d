package watches

import (
	"bytes"
	"context"
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/stories"
)

// sampleStore is a store holding the bundled (fictional) sample articles,
// checked for copies and grouped into stories, with the given watches made
// before the articles arrived.
func sampleStore(t *testing.T, specs ...store.WatchSpec) (*sqlite.Store, []store.Watch) {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	var ws []store.Watch
	for _, sp := range specs {
		sp, err := Check(sp)
		if err != nil {
			t.Fatalf("Check(%+v): %v", sp, err)
		}
		w, err := st.AddWatch(ctx, store.Watch{Spec: sp})
		if err != nil {
			t.Fatal(err)
		}
		ws = append(ws, w)
	}
	arts, err := samples.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, arts...)
	return st, ws
}

// ingest stores articles, checks them for copies and groups them into
// stories, as the pipeline does before watches match.
func ingest(t *testing.T, st *sqlite.Store, arts ...*article.Article) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := stories.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
}

var analyzer = func() *nlp.Analyzer {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		panic(err)
	}
	return an
}()

func titles(t *testing.T, st *sqlite.Store, w store.Watch) []string {
	t.Helper()
	ms, err := st.Matches(context.Background(), w.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.Title)
	}
	sort.Strings(out)
	return out
}

// TestMatcherOnSamples runs one watch of each kind over the sample
// articles: what each matches, and that a second run matches nothing new.
func TestMatcherOnSamples(t *testing.T) {
	ctx := context.Background()
	st, ws := sampleStore(t,
		store.WatchSpec{Kind: KindArticle, Query: "strike"},
		store.WatchSpec{Kind: KindArticle, Entity: "Brennick", Outlet: "valmora courier"},
		store.WatchSpec{Kind: KindEvent, Entity: "Kessler"},
		store.WatchSpec{Kind: KindNewOutlet, Query: "dockworkers"},
		store.WatchSpec{Kind: KindAlteredQuote, Entity: "Brennick"},
		store.WatchSpec{Kind: KindDisputedNumber, Query: "flood"},
		store.WatchSpec{Kind: KindUncreditedCopy, Outlet: "Northshore Times"},
		store.WatchSpec{Kind: KindArticle, Query: "no such words anywhere"},
	)
	m := &Matcher{Store: st, Analyzer: analyzer, Batch: 3} // small batches: the cursors must carry over
	n, err := m.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := make([][]string, len(ws))
	for i, w := range ws {
		got[i] = titles(t, st, w)
	}
	check := func(i int, want int, contains string) {
		t.Helper()
		if len(got[i]) != want {
			t.Errorf("watch %d (%s): %d matches, want %d: %q", i, Describe(ws[i].Spec), len(got[i]), want, got[i])
		}
		for _, g := range got[i] {
			if !strings.Contains(g, contains) {
				t.Errorf("watch %d (%s): match %q, want it to say %q", i, Describe(ws[i].Spec), g, contains)
			}
		}
	}
	check(0, 4, "")               // the four Valmora strike articles
	check(1, 1, "Valmora")        // the Courier's article naming Brennick
	check(2, 1, "New event: ")    // the rates event, once
	check(3, 3, "joins")          // three outlets join the strike event after the first
	check(4, 2, "Tomas Brennick") // two outlets alter his words
	check(5, 2, "Reddin")         // the flood toll differs
	check(6, 2, "Northshore Times copied")
	check(7, 0, "")
	total := 0
	for _, g := range got {
		total += len(g)
	}
	if n != total {
		t.Errorf("Run said %d matches, the store holds %d", n, total)
	}
	if again, err := m.Run(ctx); err != nil || again != 0 {
		t.Errorf("second Run = %d, %v; want nothing new", again, err)
	}
	// A watch made now matches only what arrives from now on.
	late, err := st.AddWatch(ctx, store.Watch{Spec: store.WatchSpec{Kind: KindArticle, Query: "strike"}})
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := m.Run(ctx); again != 0 || len(titles(t, st, late)) != 0 {
		t.Errorf("a new watch matched old articles")
	}
	// Preview shows what it would have matched.
	pv, err := m.Preview(ctx, late, 100, 2)
	if err != nil || len(pv) != 2 {
		t.Errorf("Preview = %d matches, %v; want 2 (the limit)", len(pv), err)
	}
}

// TestMatcherNewArrival: an article that arrives after a run is matched
// by the next one, once.
func TestMatcherNewArrival(t *testing.T) {
	ctx := context.Background()
	st, _ := sampleStore(t, store.WatchSpec{Kind: KindNewOutlet, Query: "inflation"}, store.WatchSpec{Kind: KindArticle, Query: "inflation"})
	m := &Matcher{Store: st, Analyzer: analyzer}
	var seen []string
	m.OnMatch = func(w store.Watch, mt store.WatchMatch) { seen = append(seen, mt.Key) }
	if _, err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	before := len(seen)
	a := &article.Article{URL: "https://estria-daily.example/rates", Outlet: "Estria Daily",
		Title: "National Bank of Estria raises rates to 4.25% as inflation stays high",
		Paragraphs: []string{"The National Bank of Estria raised its benchmark interest rate to 4.25% on Thursday as inflation stayed well above target.",
			"Governor Ada Kessler said inflation was 5.1% in April and that the bank would act to bring it back to target.",
			"Two of the seven members of the board voted to hold rates, the bank said. The Estrian crown rose after the rate rise."},
		Published: article.Date{Time: time.Date(2026, 5, 8, 9, 0, 0, 0, time.UTC), Precision: article.Zoned}}
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	ingest(t, st, a)
	if _, err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	fresh := seen[before:]
	sort.Strings(fresh)
	if len(fresh) != 2 || !strings.HasPrefix(fresh[0], "article:"+a.ID) || !strings.HasSuffix(fresh[1], ":o:estria-daily") {
		t.Errorf("new matches %q, want the article and its outlet joining", fresh)
	}
	if _, err := m.Run(ctx); err != nil || len(seen) != before+2 {
		t.Errorf("matched again: %q", seen[before:])
	}
}

// TestMatcherLean: a watch's lean keeps the articles whose outlet record
// has a lean on its sides, and a store with no lean rating refuses it.
func TestMatcherLean(t *testing.T) {
	ctx := context.Background()
	st, _ := sampleStore(t)
	sp, err := Check(store.WatchSpec{Kind: KindArticle, Query: "strike", Lean: "left"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddWatch(ctx, store.Watch{Spec: sp}); !errors.Is(err, store.ErrNoLean) {
		t.Fatalf("AddWatch(lean) with no rating = %v, want ErrNoLean", err)
	}
	if _, err := st.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := st.EditOutlets(ctx, []store.OutletEdit{{Ref: "Valmora Courier", MustExist: true,
		Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: outlet.LabelLeanLeft, Source: "me"}}}}); err != nil {
		t.Fatal(err)
	}
	m := &Matcher{Store: st, Analyzer: analyzer}
	for _, tc := range []struct {
		lean string
		want int
	}{{"left", 1}, {"center,right", 0}, {"", 4}} {
		sp, err := Check(store.WatchSpec{Kind: KindArticle, Query: "strike", Lean: tc.lean})
		if err != nil {
			t.Fatal(err)
		}
		w, err := st.AddWatch(ctx, store.Watch{Spec: sp})
		if err != nil {
			t.Fatal(err)
		}
		pv, err := m.Preview(ctx, w, 1000, 100)
		if err != nil || len(pv) != tc.want {
			t.Errorf("lean %q: %d matches, %v; want %d", tc.lean, len(pv), err, tc.want)
		}
		for _, mt := range pv {
			if a, err := st.Get(ctx, mt.Article); tc.lean == "left" && (err != nil || a.Outlet != "Valmora Courier") {
				t.Errorf("lean left matched %s (%v)", mt.Article, err)
			}
		}
	}
}

// TestCheck: what a watch may be.
func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		spec store.WatchSpec
		err  error
		want string
	}{
		{store.WatchSpec{Query: " strike "}, nil, "article"},
		{store.WatchSpec{Kind: "Altered-Quote"}, nil, "altered-quote"},
		{store.WatchSpec{Kind: "uncredited-copy"}, nil, "uncredited-copy"},
		{store.WatchSpec{Kind: "nonsense", Query: "x"}, ErrBadSpec, "kind"},
		{store.WatchSpec{Kind: "article"}, ErrBadSpec, "needs a filter"},
		{store.WatchSpec{Query: `"" * !`}, ErrBadSpec, "no words"},
		{store.WatchSpec{Entity: "--"}, ErrBadSpec, "no words"},
		{store.WatchSpec{Lean: " Right, left,right"}, nil, "article"},
		{store.WatchSpec{Query: "x", Lean: "up"}, ErrBadSpec, "lean"},
		{store.WatchSpec{Kind: "event", Event: "s1"}, ErrBadSpec, "kind event"},
		{store.WatchSpec{Query: strings.Repeat("a", 600)}, ErrBadSpec, "at most"},
		{store.WatchSpec{Query: "a\x00b"}, ErrBadSpec, "control"},
	} {
		sp, err := Check(tc.spec)
		switch {
		case tc.err == nil && err != nil:
			t.Errorf("Check(%+v) = %v", tc.spec, err)
		case tc.err == nil && sp.Kind != tc.want:
			t.Errorf("Check(%+v).Kind = %q, want %q", tc.spec, sp.Kind, tc.want)
		case tc.err != nil && (!errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Check(%+v) = %v, want %v saying %q", tc.spec, err, tc.err, tc.want)
		}
	}
}

// TestAtomParsesBack: a watch's feed, with hostile text in its entries,
// parses back with gofeed with every entry, link and id in place.
func TestAtomParsesBack(t *testing.T) {
	w := store.Watch{ID: 7, Title: "Ports & <harbours>", Spec: store.WatchSpec{Kind: KindArticle, Query: "port"},
		Created: time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)}
	ms := []store.WatchMatch{
		{Key: "article:b", Kind: KindArticle, Found: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Article: "bbbb000011112222",
			Story: "s1", Title: "<script>alert(1)</script> & \x01 strike", Summary: "]]> \"quoted\" \uFFFE text", URL: "https://courier.example/b"},
		{Key: "event:s2", Kind: KindEvent, Found: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), Story: "s2", Title: "New event", URL: "javascript:alert(1)"},
	}
	var b bytes.Buffer
	if err := WriteAtom(&b, "http://127.0.0.1:8080/", w, ms); err != nil {
		t.Fatal(err)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, b.String())
	}
	if f.FeedType != "atom" || f.Title != "Parallax watch: Ports & <harbours>" || len(f.Items) != 2 || f.UpdatedParsed == nil || !f.UpdatedParsed.Equal(ms[0].Found) {
		t.Fatalf("feed %q (%s), %d items, updated %v", f.Title, f.FeedType, len(f.Items), f.UpdatedParsed)
	}
	it := f.Items[0]
	if it.Title != "<script>alert(1)</script> &  strike" || it.Link != "http://127.0.0.1:8080/articles/bbbb000011112222" ||
		it.Description != "]]> \"quoted\"  text" || it.GUID == "" || it.GUID == f.Items[1].GUID {
		t.Errorf("item 0: title %q link %q summary %q id %q", it.Title, it.Link, it.Description, it.GUID)
	}
	if f.Items[1].Link != "http://127.0.0.1:8080/stories/s2" || len(f.Items[1].Links) != 1 {
		t.Errorf("item 1 links %q: want only the story (no javascript: link)", f.Items[1].Links)
	}
	var again bytes.Buffer
	WriteAtom(&again, "http://127.0.0.1:8080", w, ms)
	if again.String() != b.String() {
		t.Error("the same matches gave another feed")
	}
}

// TestNewOutletByRecord: an outlet's second name (a section on its own
// site) joining an event it already reports is no new outlet; another
// outlet is.
func TestNewOutletByRecord(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	w, err := st.AddWatch(ctx, store.Watch{Spec: store.WatchSpec{Kind: KindNewOutlet, Query: "ferries"}})
	if err != nil {
		t.Fatal(err)
	}
	report := func(url, outlet string, hour int) *article.Article {
		a := &article.Article{URL: url, Outlet: outlet, Title: "Sorn senate bans night ferries",
			Paragraphs: []string{"The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing the strait at night.",
				"Senator Lena Ost, who wrote the ban, said two night crossings had ended in collisions this year.",
				"Ferry operators said the ban would cost them a third of their trade."},
			Published: article.Date{Time: time.Date(2026, 6, 2, hour, 0, 0, 0, time.UTC), Precision: article.Zoned}}
		if _, err := a.Finish(); err != nil {
			t.Fatal(err)
		}
		return a
	}
	arts := []*article.Article{
		report("https://sornherald.example/news/ferries", "Sorn Herald", 9),
		report("https://sornherald.example/opinion/ferries", "Sorn Herald - Opinion", 10),
		report("https://straitpost.example/ferries", "Strait Post", 11),
	}
	ingest(t, st, arts...)
	if _, err := (&Matcher{Store: st, Analyzer: analyzer}).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if got := titles(t, st, w); len(got) != 1 || !strings.HasPrefix(got[0], "Strait Post joins") {
		t.Errorf("new-outlet matches %q, want only the Strait Post joining", got)
	}
}
