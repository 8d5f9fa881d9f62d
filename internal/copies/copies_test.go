package copies

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/sharedtest"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

// abpArticles reads the first n articles of the ABP corpus, or skips.
func abpArticles(t *testing.T, n int) []*article.Article {
	t.Helper()
	f, err := os.Open("../../../shared/data/abp/articles.jsonl.gz")
	if err != nil {
		t.Skip("../shared/data/abp not found: the corpus lives beside the project")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []*article.Article
	for sc.Scan() && len(out) < n {
		var r struct{ URL, Outlet, Title, Published, Body string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		a := &article.Article{URL: r.URL, Outlet: r.Outlet, Title: r.Title, Paragraphs: article.SplitParagraphs(r.Body)}
		a.Published, _ = article.ParseDate(r.Published)
		if _, err := a.Finish(); err == nil {
			out = append(out, a)
		}
	}
	return out
}

// withCopies appends copies of every step-th article, made by the test:
// one whole (another outlet's duplicate, a day later) and one with a lead
// of the copier's own put in front of all but the first paragraph (a
// derived copy).
func withCopies(t *testing.T, arts []*article.Article, step int) []*article.Article {
	t.Helper()
	out := arts
	for i := 0; i < len(arts); i += step {
		src := arts[i]
		for k, paras := range [][]string{
			src.Paragraphs,
			append([]string{"Observers said on Monday that the matter below deserved a closer look, according to several people familiar with it."}, src.Paragraphs[min(1, len(src.Paragraphs)-1):]...),
		} {
			c := &article.Article{URL: fmt.Sprintf("https://copydesk.example/%d/%d", i, k), Outlet: "Copy Desk", Title: src.Title, Paragraphs: paras}
			if !src.Published.IsZero() {
				c.Published = article.DateOf(src.Published.Time.Add(24 * time.Hour))
			}
			if _, err := c.Finish(); err != nil {
				t.Fatal(err)
			}
			out = append(out, c)
		}
	}
	return out
}

// TestUpdateAgreesWithBatch checks that copy detection over the store, run
// in several passes as articles arrive, finds the same relations as the
// in-memory batch detector over the same (cleaned) articles at once: the first 600
// ABP articles with copies of every 15th made by the test, or the first
// 1,500 as they are with PARALLAX_LONG_TESTS=1 (they hold 11 copies).
func TestUpdateAgreesWithBatch(t *testing.T) {
	var arts []*article.Article
	if sharedtest.Long() {
		arts = abpArticles(t, 1500)
	} else {
		arts = withCopies(t, abpArticles(t, 600), 15)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Three arrivals, each followed by an update.
	a, b := len(arts)*7/15, len(arts)*11/15
	for _, part := range [][]*article.Article{arts[:a], arts[a:b], arts[b:]} {
		if _, err := st.Put(ctx, part); err != nil {
			t.Fatal(err)
		}
		if _, err := Update(ctx, st, nil); err != nil {
			t.Fatal(err)
		}
	}
	links, err := st.CopyLinks(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	// The store keeps one article per id (repeated URLs are revisions).
	// The batch reads the same cleaned text, furniture blanked out.
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	var docs []dedup.Doc
	for _, a := range arts {
		cur, err := st.Get(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !stored[cur.ID] {
			stored[cur.ID] = true
			masked, _, err := rd.Masked(ctx, cur)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, Doc(masked))
		}
	}
	ms, _, err := dedup.Batch(ctx, docs, dedup.DefaultConfig(), 2)
	if err != nil {
		t.Fatal(err)
	}
	key := func(src, cp, kind string) string { return fmt.Sprintf("%s>%s %s", src, cp, kind) }
	var want, got []string
	for _, m := range ms {
		if m.Kind != dedup.KindUnrelated && m.Kind != dedup.KindRevision {
			want = append(want, key(m.Source, m.Copy, string(m.Kind)))
		}
	}
	for _, l := range links {
		got = append(got, key(l.Source, l.Copy, l.Kind))
	}
	sort.Strings(want)
	sort.Strings(got)
	if len(want) == 0 {
		t.Fatal("the batch detector found no copies in the sample: the test shows nothing")
	}
	t.Logf("%d articles, %d copy relations", len(docs), len(want))
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("store found %d relations, batch %d:\nstore %v\nbatch %v", len(got), len(want), got, want)
	}
	if n, _ := st.CountUnchecked(ctx); n != 0 {
		t.Errorf("%d articles left unchecked", n)
	}
}

// TestBulkAgreesWithIncremental checks that checking many waiting articles
// at once (a first import) stores exactly the relations, with the same
// details, and the same index as checking them one at a time, and that
// the index answers the same after it has been folded into runs.
func TestBulkAgreesWithIncremental(t *testing.T) {
	arts := abpArticles(t, 1200)
	ctx := context.Background()
	run := func(size int) (links []string, postings map[uint64][]string) {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Put(ctx, arts); err != nil {
			t.Fatal(err)
		}
		waiting, err := st.CountUnchecked(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var calls int
		res, err := update(ctx, st, func(done, total int) { calls++ }, size, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Checked != waiting || calls < 2 {
			t.Errorf("checked %d of %d articles, %d progress calls", res.Checked, waiting, calls)
		}
		ls, err := st.CopyLinks(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			links = append(links, fmt.Sprintf("%s>%s %s %.4f %s", l.Source, l.Copy, l.Kind, l.Share, l.Detail))
		}
		sort.Strings(links)
		if len(links) != res.Found {
			t.Errorf("%d links stored, %d found", len(links), res.Found)
		}
		// The postings of the first articles' keys.
		cfg := dedup.DefaultConfig()
		signer, _ := dedup.NewSigner(cfg)
		var keys []uint64
		for _, a := range arts[:50] {
			keys = append(keys, signer.Sign(Doc(a)).Keys(cfg.Bands)...)
		}
		hs, err := st.CopyHolders(ctx, keys, cfg.MaxPostings, nil)
		if err != nil {
			t.Fatal(err)
		}
		postings = map[uint64][]string{}
		for i, h := range hs {
			postings[keys[i]] = h.IDs
		}
		return links, postings
	}
	bulkLinks, bulkPostings := run(batchSize)
	oneLinks, onePostings := run(40) // batches of 40: dedup's tests check one at a time
	if len(bulkLinks) == 0 {
		t.Fatal("no copies found in the sample: the test shows nothing")
	}
	if strings.Join(bulkLinks, "\n") != strings.Join(oneLinks, "\n") {
		t.Errorf("bulk found %d relations, in batches of 40 %d", len(bulkLinks), len(oneLinks))
		for i := range min(len(bulkLinks), len(oneLinks)) {
			if bulkLinks[i] != oneLinks[i] {
				t.Errorf("first difference:\nbulk  %s\nsmall %s", bulkLinks[i], oneLinks[i])
				break
			}
		}
	}
	if fmt.Sprint(bulkPostings) != fmt.Sprint(onePostings) {
		t.Errorf("the stored index differs")
	}
}
