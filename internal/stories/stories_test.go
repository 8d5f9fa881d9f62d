package stories

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// checkCopies runs copy detection, which clustering waits for.
func checkCopies(t *testing.T, st store.Store) {
	t.Helper()
	if _, err := copies.Update(context.Background(), st, nil); err != nil {
		t.Fatal(err)
	}
}

func art(t *testing.T, url, outlet, title, published string, paras ...string) *article.Article {
	t.Helper()
	a := &article.Article{URL: url, Outlet: outlet, Title: title, Paragraphs: paras}
	var err error
	if a.Published, err = article.ParseDate(published); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestUpdateResumes clusters in two runs, the second resumed from the
// saved state: a follow-up article joins the story of the first run.
func TestUpdateResumes(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	flood := func(outlet, day string, n int) *article.Article {
		return art(t, fmt.Sprintf("https://%s.example/flood", outlet), outlet, "Floods cut off Reddin valley villages", day,
			fmt.Sprintf("Floodwater cut off %d villages in the Reddin valley after record rainfall, the civil protection agency said.", n),
			"Interior Minister Karel Dusek promised 50 million crowns for rebuilding as army helicopters lifted families from rooftops in Sorn.",
			"Petra Halvorsen, the agency's regional chief, said the river had never risen so fast.")
	}
	museum := art(t, "https://courier.example/museum", "courier", "Maritime museum reopens", "2026-04-14",
		"The Valmora Maritime Museum reopened to visitors after a three-year restoration of its warehouse building.",
		"Director Ines Okafor said more than 40,000 visitors were expected in the first year.")
	if _, err := st.Put(ctx, []*article.Article{flood("herald", "2026-04-14", 6), flood("post", "2026-04-14", 7), museum}); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, st)
	if n, err := Update(ctx, st, nil); err != nil || n != 3 {
		t.Fatalf("first update: %d, %v", n, err)
	}
	if n, err := Update(ctx, st, nil); err != nil || n != 0 {
		t.Fatalf("update with nothing new: %d, %v", n, err)
	}
	first, err := st.StoryOf(ctx, flood("herald", "2026-04-14", 6).ID)
	if err != nil {
		t.Fatal(err)
	}
	late := flood("radio", "2026-04-15", 8)
	if _, err := st.Put(ctx, []*article.Article{late}); err != nil {
		t.Fatal(err)
	}
	if n, err := Update(ctx, st, nil); err != nil || n != 0 {
		t.Fatalf("update before copy detection checked the new article: %d, %v; want it to wait", n, err)
	}
	checkCopies(t, st)
	if n, err := Update(ctx, st, nil); err != nil || n != 1 {
		t.Fatalf("second update: %d, %v", n, err)
	}
	if got, _ := st.StoryOf(ctx, late.ID); got != first {
		t.Errorf("follow-up joined %s, want the flood story %s", got, first)
	}
	if got, _ := st.StoryOf(ctx, museum.ID); got == first {
		t.Errorf("the museum article joined the flood story")
	}
	s, members, err := st.Story(ctx, first)
	if err != nil || s.Articles != 3 || len(members) != 3 || len(s.Outlets) != 3 {
		t.Errorf("flood story = %+v with %d members, %v; want 3 articles from 3 outlets", s, len(members), err)
	}
}

// TestCopyJoinsSourceStory: an article that copy detection found to be a
// copy joins its source's story even when its text alone would not.
func TestCopyJoinsSourceStory(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src := art(t, "https://wire.example/rates", "wire", "Central bank raises rates", "2026-05-07",
		"The National Bank of Estria raised its main interest rate to 4.25% on Thursday, its third increase this year.")
	cp := art(t, "https://farm.example/museum", "farm", "Museum reopens", "2026-05-07",
		"The maritime museum reopened to visitors after a three-year restoration of its warehouse building.")
	if _, err := st.Put(ctx, []*article.Article{src}); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, st)
	if _, err := Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, []*article.Article{cp}); err != nil {
		t.Fatal(err)
	}
	link := store.CopyLink{Source: src.ID, Copy: cp.ID, Kind: "near-duplicate", Share: 0.95, Detail: []byte("{}")}
	if err := st.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: cp.ID, ContentHash: cp.ContentHash, Links: []store.CopyLink{link}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	want, _ := st.StoryOf(ctx, src.ID)
	if got, _ := st.StoryOf(ctx, cp.ID); got != want {
		t.Errorf("the copy joined %s, want its source's story %s", got, want)
	}
}

// TestEventsAndStorylinesInTheStore runs the updater over a store: an
// undated article whose URL gives its day joins its event; two happenings
// of one council on adjacent days are two events of one storyline; the
// storyline lists them in time order; articles know both.
func TestEventsAndStorylinesInTheStore(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ferry := func(outlet, url, day string) *article.Article {
		return art(t, url, outlet, "Valmora council approves ferry budget after late-night vote", day,
			"The Valmora city council approved a 4.2 million crown budget for the harbour ferry on Monday, voting 9 to 4, Mayor Ilse Varga said.",
			"The money buys two electric ferries and keeps the night crossing to Port Anselm running until 2035.")
	}
	tram := func(outlet, day string) *article.Article {
		return art(t, "https://"+outlet+".example/tram", outlet, "Valmora council rejects tram line to the university", day,
			"The Valmora city council rejected the tram line to the Hollin Hill university campus on Tuesday, voting 8 to 5 against the 60 million crown project, Mayor Ilse Varga said.",
			"Students protested outside the town hall; the mayor promised electric buses instead.")
	}
	// No published date: the URL says 2025-05-12.
	undated := ferry("courier", "https://courier.example/2025/05/12/ferry-budget", "")
	if undated.Published.String() != "2025-05-12" || undated.DateSource != article.DateFromURL {
		t.Fatalf("undated article: published %q from %q", undated.Published.String(), undated.DateSource)
	}
	arts := []*article.Article{ferry("gazette", "https://gazette.example/ferry", "2025-05-12"), undated,
		ferry("wire", "https://wire.example/ferry", "2025-05-12"), tram("gazette", "2025-05-13"), tram("wire", "2025-05-13"), tram("ledger", "2025-05-14")}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, st)
	if n, err := Update(ctx, st, nil); err != nil || n != len(arts) {
		t.Fatalf("update: %d, %v", n, err)
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	g, err := st.Groupings(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		sameEvent, wantEvent := g[ids[i]].Story == g[ids[0]].Story, i < 3
		if sameEvent != wantEvent || g[ids[i]].Storyline != g[ids[0]].Storyline || g[ids[i]].Storyline == "" {
			t.Errorf("article %d: %+v, first article %+v", i, g[ids[i]], g[ids[0]])
		}
	}
	line, events, err := st.Storyline(ctx, g[ids[0]].Storyline)
	if err != nil || line.Stories != 2 || line.Articles != 6 || len(events) != 2 || events[0].ID != g[ids[0]].Story {
		t.Errorf("storyline = %+v, events %+v, %v; want the ferry vote then the tram vote", line, events, err)
	}
	list, err := st.Stories(ctx, store.StoryQuery{Storyline: line.ID})
	if err != nil || len(list) != 2 || list[0].StorylineStories != 2 || list[0].StorylineTitle == "" {
		t.Errorf("stories of the storyline = %+v, %v", list, err)
	}
}

// plainStore hides that a store reads the queue from a position
// (store.UnassignedReader), so that Update takes its batches one after the
// other.
type plainStore struct{ store.Store }

// TestOverlappedBatchesDecideAsOneAfterAnother: batches read ahead and
// saved while the next is clustered give the assignments of batches taken
// and saved one after the other, a copy of an article of the batch
// before included.
func TestOverlappedBatchesDecideAsOneAfterAnother(t *testing.T) {
	defer func(n int) { batchSize = n }(batchSize)
	batchSize = 2
	ctx := context.Background()
	report := func(outlet, topic, day string, n int) *article.Article {
		return art(t, fmt.Sprintf("https://%s.example/%s/%d", outlet, topic, n), outlet, "Valmora council votes on the "+topic, day,
			fmt.Sprintf("The Valmora city council voted %d to 4 on the %s on %s, Mayor Ilse Varga said.", 5+n, topic, day),
			"Opponents of the "+topic+" gathered outside the town hall of Valmora before the vote.")
	}
	var arts []*article.Article
	for i, topic := range []string{"ferry budget", "tram line", "harbour wall"} {
		day := fmt.Sprintf("2026-03-%02d", 10+i)
		arts = append(arts, report("gazette", topic, day, 1), report("wire", topic, day, 2))
	}
	// A copy of the third article, published just after it, so that it
	// falls in the batch after its source's.
	src := arts[2]
	cp := art(t, "https://farm.example/museum", "farm", "Museum reopens", "2026-03-11",
		"The maritime museum reopened to visitors after a three-year restoration of its warehouse building.")
	arts = append(arts, cp)
	run := func(wrap func(store.Store) store.Store) []store.Assignment {
		t.Helper()
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Put(ctx, arts); err != nil {
			t.Fatal(err)
		}
		checkCopies(t, st)
		link := store.CopyLink{Source: src.ID, Copy: cp.ID, Kind: "near-duplicate", Share: 0.95, Detail: []byte("{}")}
		if err := st.SaveCopyChecks(ctx, []store.CopyCheck{{ArticleID: cp.ID, ContentHash: cp.ContentHash, Links: []store.CopyLink{link}}}); err != nil {
			t.Fatal(err)
		}
		var steps []int
		if n, err := Update(ctx, wrap(st), func(done, _ int) { steps = append(steps, done) }); err != nil || n != len(arts) {
			t.Fatalf("update: %d, %v", n, err)
		}
		if fmt.Sprint(steps) != "[0 2 4 6 7]" {
			t.Errorf("progress %v, want [0 2 4 6 7]: one step per batch of 2", steps)
		}
		var out []store.Assignment
		for _, a := range arts {
			s, err := st.StoryOf(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			_, members, err := st.Story(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range members {
				if m.Article == a.ID {
					out = append(out, m)
				}
			}
		}
		if got, want := out[len(out)-1].Story, out[2].Story; got != want {
			t.Errorf("the copy joined %s, want its source's story %s", got, want)
		}
		return out
	}
	if _, ok := any(&sqlite.Store{}).(store.UnassignedReader); !ok {
		t.Fatal("the SQLite store does not read the queue from a position: nothing overlaps")
	}
	overlapped := run(func(st store.Store) store.Store { return st })
	oneByOne := run(func(st store.Store) store.Store { return plainStore{st} })
	if fmt.Sprint(overlapped) != fmt.Sprint(oneByOne) {
		t.Errorf("overlapped batches assigned\n%v\none after the other\n%v", overlapped, oneByOne)
	}
}

// viewStore counts the cleaned views a store gives, or gives none.
type viewStore struct {
	store.Store
	none  bool
	given int
}

func (v *viewStore) CleanViews(ctx context.Context, ids []string) (map[string][]byte, error) {
	if v.none {
		return nil, nil
	}
	got, err := v.Store.CleanViews(ctx, ids)
	v.given += len(got)
	return got, err
}

// TestStoredViewsTaken: the views copy detection kept in the store are
// taken instead of cleaning the articles again (every one given is taken),
// and the stories are those of cleaning them again.
func TestStoredViewsTaken(t *testing.T) {
	defer func(n int) { batchSize = n }(batchSize)
	batchSize = 2
	ctx := context.Background()
	var arts []*article.Article
	for i, topic := range []string{"ferry budget", "tram line", "harbour wall"} {
		day := fmt.Sprintf("2026-03-%02d", 10+i)
		for _, outlet := range []string{"gazette", "wire"} {
			arts = append(arts, art(t, fmt.Sprintf("https://%s.example/%d", outlet, i), outlet, "Valmora council votes on the "+topic, day,
				fmt.Sprintf("The Valmora city council voted %d to 4 on the %s on %s, Mayor Ilse Varga said.", 5+i, topic, day),
				"Opponents of the "+topic+" gathered outside the town hall of Valmora before the vote.",
				"Follow the Valmora "+outlet+" for more news."))
		}
	}
	run := func(none bool) []store.Assignment {
		t.Helper()
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Put(ctx, arts); err != nil {
			t.Fatal(err)
		}
		checkCopies(t, st)
		vs := &viewStore{Store: st, none: none}
		memo := clean.NewMemo(0)
		up := Updater{Views: memo}
		if n, err := up.Update(ctx, vs, nil); err != nil || n != len(arts) {
			t.Fatalf("update: %d, %v", n, err)
		}
		if !none && vs.given != len(arts) {
			t.Errorf("the store gave %d views, want one for each of the %d articles", vs.given, len(arts))
		}
		if memo.Len() != 0 {
			t.Errorf("%d views given were not taken", memo.Len())
		}
		var out []store.Assignment
		for _, a := range arts {
			s, err := st.StoryOf(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			_, members, err := st.Story(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range members {
				if m.Article == a.ID {
					out = append(out, m)
				}
			}
		}
		return out
	}
	taken, cleaned := run(false), run(true)
	if fmt.Sprint(taken) != fmt.Sprint(cleaned) {
		t.Errorf("with the stored views\n%v\ncleaning again\n%v", taken, cleaned)
	}
}
