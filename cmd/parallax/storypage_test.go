package main

// Browser tests of the story page: "What differs" opens it on a desktop
// and on a phone, each outlet's lens works without JavaScript, the page
// fits the screen's width and breaks no Content Security Policy, and the
// page of a large story holds its budgets (pagesize_test.go).

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// screen is a window size the story page must serve.
type screen struct {
	name string
	w, h int64
	opts []chromedp.EmulateViewportOption
}

var screens = []screen{
	{"desktop", desktopW, desktopH, nil},
	{"phone", phoneW, phoneH, []chromedp.EmulateViewportOption{chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait}},
}

// differsView is what the "What differs" section shows in the window.
type differsView struct {
	Top, Bottom, Inner float64
	FirstBottom        float64
	Items              []string
	Diff               []string
	Visible            bool
}

const differsJS = `(() => {
	const s = document.getElementById("differs");
	if (!s) return {top: -1, bottom: -1, inner: window.innerHeight, items: [], diff: [], visible: false};
	const r = s.getBoundingClientRect();
	const items = Array.from(s.querySelectorAll("ol.differs > li"));
	const first = items.length ? items[0].getBoundingClientRect().bottom : -1;
	return {
		top: r.top, bottom: r.bottom, inner: window.innerHeight, firstBottom: first,
		items: items.map(li => li.innerText.replace(/\s+/g, " ").trim()),
		diff: Array.from(s.querySelectorAll("del, ins"), e => e.tagName.toLowerCase() + ":" + e.textContent.trim()),
		visible: items.every(li => li.offsetParent !== null),
	};
})()`

// checkDiffers opens path on each screen and checks that "What differs"
// starts inside the first screen with its first entry, and that its
// entries (all visible, none folded) name every phrase of want.
func checkDiffers(t *testing.T, tb *tab, base, path, name string, want []string) {
	t.Helper()
	for _, sc := range screens {
		tb.do("window "+sc.name, chromedp.EmulateViewport(sc.w, sc.h, sc.opts...))
		tb.open(base + path)
		v := eval[differsView](tb, differsJS)
		label := fmt.Sprintf("%s at %dx%d", path, sc.w, sc.h)
		if v.Top < 0 || v.FirstBottom < 0 || v.FirstBottom > v.Inner {
			t.Errorf("%s: What differs starts at %.0f px and its first entry ends at %.0f px; want both inside the first %.0f px",
				label, v.Top, v.FirstBottom, v.Inner)
		}
		if !v.Visible {
			t.Errorf("%s: some entries of What differs are hidden", label)
		}
		all := strings.Join(v.Items, "\n") + "\n" + strings.Join(v.Diff, " ")
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: What differs does not name %q; it says:\n%s", label, w, all)
			}
		}
		fit := eval[struct {
			ScrollWidth, InnerWidth int
			Offenders               []string
		}](tb, overflowJS)
		if fit.ScrollWidth > fit.InnerWidth+1 {
			t.Errorf("%s: the page is %dpx wide in a %dpx window; overflowing:\n  %s",
				label, fit.ScrollWidth, fit.InnerWidth, strings.Join(fit.Offenders, "\n  "))
		}
		tb.saveScreenshot(name+"-"+sc.name+"-screen", chromedp.CaptureScreenshot())
		tb.checkConsole(label)
	}
}

// lensView is what an outlet's lens shows.
type lensView struct {
	Shown  []string
	Text   string
	Height float64
}

// checkLens chooses outlet n on the story page at path with JavaScript
// off, and checks that its lens alone is shown and says each of want.
func checkLens(t *testing.T, tb *tab, base, path string, n int, want []string) {
	t.Helper()
	tb.do("window desktop", chromedp.EmulateViewport(desktopW, desktopH))
	tb.open(base + path)
	before := eval[[]string](tb, `Array.from(document.querySelectorAll("section.lens"), s => s.offsetHeight > 0 ? s.id : "").filter(Boolean)`)
	if len(before) != 0 {
		t.Errorf("%s: lenses %q are shown before an outlet is chosen", path, before)
	}
	// The lens is plain HTML and CSS: choosing works without the script.
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turn JavaScript off: %v", err)
	}
	tb.do("choose an outlet", chromedp.Click(chromedp.CSS(fmt.Sprintf(`.lens-pick a[href="#lens-%d"]`, n))))
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatalf("turn JavaScript on: %v", err)
	}
	v := eval[lensView](tb, fmt.Sprintf(`(() => {
		const l = document.getElementById("lens-%d");
		return {
			shown: Array.from(document.querySelectorAll("section.lens"), s => s.offsetHeight > 0 ? s.id : "").filter(Boolean),
			text: l ? l.innerText.replace(/\s+/g, " ") : "",
			height: l ? l.getBoundingClientRect().height : 0,
		};
	})()`, n))
	if len(v.Shown) != 1 || v.Shown[0] != fmt.Sprintf("lens-%d", n) {
		t.Errorf("%s: after choosing outlet %d, the lenses shown are %q; want lens-%d alone", path, n, v.Shown, n)
	}
	for _, w := range append([]string{"Alone reports", "Leaves out", "Names and words", "Quotes", "Copying"}, want...) {
		if !strings.Contains(v.Text, w) {
			t.Errorf("%s: the lens of outlet %d does not say %q; it says: %s", path, n, w, v.Text)
		}
	}
	tb.screenshot(fmt.Sprintf("lens-%d", n))
	tb.checkConsole(path + " lens")
}

// outletN finds the number of the outlet whose lens link says name.
func outletN(t *testing.T, tb *tab, name string) int {
	t.Helper()
	q, _ := json.Marshal(name)
	n := eval[int](tb, fmt.Sprintf(`(() => {
		const a = Array.from(document.querySelectorAll(".lens-pick a")).find(a => a.textContent.includes(%s));
		return a ? Number(a.getAttribute("href").replace("#lens-", "")) : 0;
	})()`, q))
	if n == 0 {
		t.Fatalf("no lens link names %q", name)
	}
	return n
}

// TestBrowserStoryPageSeeds reads the canonical example's story page.
func TestBrowserStoryPageSeeds(t *testing.T) {
	findBrowser(t)
	seeds, _ := filepath.Glob("../../../shared/seeds/*")
	if len(seeds) != 2 {
		t.Skip("../shared/seeds not found: the canonical example lives beside the project")
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	if code, out, errs := parallax(t, db, "", append([]string{"--db", db, "add"}, seeds...)...); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errs)
	}
	code, out, errs := parallax(t, db, "", "--db", db, "stories", "--json")
	var stories []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &stories); err != nil || code != 0 || len(stories) != 1 {
		t.Fatalf("stories --json: exit %d, %v, %d stories: %s %s", code, err, len(stories), out, errs)
	}
	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	tb := newTab(t, newBrowser(t), true)
	path := "/stories/" + stories[0].ID
	checkDiffers(t, tb, base, path, "seeds-story", []string{
		"quote Keir Starmer in different words", "iron-cast", // struck or inserted, as the story orders the articles
		"“Kiev”", "“Kyiv”", "“Vladimir Zelensky”", "“Volodymyr Zelensky”",
		"“Experts revealed”",
	})
	// The summary shows neither loaded words nor the figures one article
	// alone gives (compare's summaryWording and summaryFigures): the
	// outlets' lenses do.
	tb.open(base + path)
	// Of its 7 facts no other article gives in like words, one ("90%
	// ready") others tell in part: the lens lists it under what the outlet
	// alone adds (compare.Fact.PartElsewhere).
	checkLens(t, tb, base, path, outletN(t, tb, "001_"), []string{"6 facts no other outlet reports", "Alone adds", "90%", "Jared Kushner", "writes “Kyiv”", "20%", "75%", "99%"})
	tb.open(base + path)
	checkLens(t, tb, base, path, outletN(t, tb, "000_"), []string{"so-called", "claimed"})
}

// TestBrowserStoryPageSamples reads the demo's story with an altered
// quote and a copy.
func TestBrowserStoryPageSamples(t *testing.T) {
	findBrowser(t)
	db := filepath.Join(t.TempDir(), "demo.db")
	base := startServer(t, "--db", db, "demo", "--addr", "127.0.0.1:0")
	tb := newTab(t, newBrowser(t), true)
	tb.open(base + "/")
	path := eval[string](tb, `(Array.from(document.querySelectorAll("ol.stories a.story-title")).find(a => /Valmora (port strike|dockworkers)/.test(a.textContent)) || {}).pathname || ""`)
	if path == "" {
		t.Fatal("the demo lists no Valmora port strike story")
	}
	checkDiffers(t, tb, base, path, "demo-strike-story", []string{
		// "Twelve" against "at least ten" ships is no discrepancy (twelve is at
		// least ten): the copy item shows the change.
		"quote Tomas Brennick in different words", "“Twelve” to “At least ten”",
		"Northshore Times copies Continental Wire", "“Experts say that”",
	})
	tb.open(base + path)
	checkLens(t, tb, base, path, outletN(t, tb, "Northshore Times"), []string{"copies Continental Wire", "Experts say"})
}

// TestBrowserStoryBudgets generates a large story (made-up text: 36
// fictional outlets, 110 articles reporting one flood in a day and a
// half), serves it and holds the page to its budgets: HTML under 300 KB,
// under 12,000 px tall at 1366 px and 25,000 px at 390 px, the first
// finding inside the first screen on both, no overflow.
func TestBrowserStoryBudgets(t *testing.T) {
	findBrowser(t)
	dir := t.TempDir()
	gen := filepath.Join(dir, "flood.jsonl")
	if err := os.WriteFile(gen, largeStory(110, 36), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "large.db")
	if code, out, errs := parallax(t, db, "", "--db", db, "add", gen); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errs)
	}
	code, out, errs := parallax(t, db, "", "--db", db, "stories", "--json", "--sort", "covered")
	var stories []struct {
		ID       string
		Articles int
	}
	if err := json.Unmarshal([]byte(out), &stories); err != nil || code != 0 || len(stories) == 0 {
		t.Fatalf("stories --json: exit %d, %v: %s %s", code, err, out, errs)
	}
	largest := stories[0]
	for _, s := range stories {
		if s.Articles > largest.Articles {
			largest = s
		}
	}
	if largest.Articles < 80 {
		t.Fatalf("the generated articles fell into %d stories, the largest of %d articles; want one of at least 80 to measure", len(stories), largest.Articles)
	}
	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	desk, phone := newMeasureTabs(t, 3*browserTimeout)
	m := measurePage(t, desk, phone, base, largest.ID, "large-story")
	t.Logf("large story %s (%d articles): %d bytes, %d px at %d, %d px at %d; first finding %q\n\tsections at %d: %s\n\tat %d: %s",
		m.ID, largest.Articles, m.Bytes, m.Desktop, desktopW, m.Phone, phoneW, clipText(m.FirstFinding, 100),
		desktopW, m.DesktopSections, phoneW, m.PhoneSections)
	checkBudgets(t, "the large generated story", m)
}

// largeStory writes n articles of one made-up event (a flood in the
// fictional town of Quenmoor) from the given number of fictional
// outlets, as JSON Lines. Each article draws its paragraphs from shared
// facts, told in the outlet's own words, with figures that sometimes
// disagree, quotes that some outlets word differently, loaded words, and
// details of its own; the generator is seeded, so the story is the same
// on every run.
func largeStory(n, outlets int) []byte {
	rng := rand.New(rand.NewPCG(16, 2026))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	first := []string{"Mara", "Tobin", "Elsa", "Radu", "Ines", "Pavel", "Odile", "Kasper", "Liv", "Anouk", "Bram", "Selin", "Yusuf", "Greta", "Milo", "Dagny"}
	last := []string{"Varn", "Okafor", "Lindqvist", "Moreau", "Halloran", "Brandt", "Castell", "Ferrante", "Ivers", "Quill", "Dumont", "Rask", "Sorel", "Tamm"}
	person := func() string { return pick(first...) + " " + pick(last...) }
	shared := []func() string{
		func() string {
			return fmt.Sprintf("The river Quen burst its banks above Quenmoor on Tuesday night, flooding %s homes and forcing %s residents to leave.",
				pick("about 600", "nearly 600", "more than 650", "600"), pick("about 3,000", "3,000", "some 3,200", "2,800"))
		},
		func() string {
			return fmt.Sprintf("Mayor Ilse Varn said: \"We will rebuild every %s in Quenmoor before the %s, and no family will be left alone.\"",
				pick("street", "street", "bridge", "house"), pick("winter", "winter", "spring"))
		},
		func() string {
			return fmt.Sprintf("The regional water authority said the river rose %s metres in %s hours, the fastest rise since records began in %s.",
				pick("four", "four", "3.8", "five"), pick("six", "six", "eight"), pick("1921", "1921", "1931"))
		},
		func() string {
			return fmt.Sprintf("%s people died in the flood, the civil protection agency said, and %s are missing.", pick("Nine", "Nine", "Eleven", "Twelve"), pick("four", "four", "two"))
		},
		func() string {
			return fmt.Sprintf("Emergency crews from %s evacuated the old town by boat, and the %s hospital moved its patients to Redmarsh.",
				pick("three regions", "neighbouring regions", "the army and three regions"), pick("Quenmoor general", "Quenmoor general", "town"))
		},
		func() string {
			return fmt.Sprintf("Insurers put the damage at %s, the Quenmoor chamber of commerce said.", pick("40 million euros", "40 million euros", "55 million euros", "more than 30 million euros"))
		},
		func() string {
			return fmt.Sprintf("Opposition leader Tomas Brennick %s the town council had ignored warnings about the %s dykes for years.",
				pick("said", "said", "claimed", "insisted"), pick("old", "crumbling", "so-called repaired", "ageing"))
		},
		func() string {
			return fmt.Sprintf("\"The water came up through the floors in %s,\" said %s, a %s who lives by the harbour.",
				pick("minutes", "ten minutes", "an hour"), person(), pick("baker", "teacher", "fisherman", "nurse", "pensioner", "student"))
		},
		func() string {
			return fmt.Sprintf("The national government released %s in emergency aid on Wednesday, Interior Minister Oskar Lund said.", pick("10 million euros", "10 million euros", "12 million euros"))
		},
		func() string {
			return fmt.Sprintf("%s that the flood defences built after the 1993 flood had failed in %s places.", pick("Experts say", "Engineers said", "Officials said", "Critics claim"), pick("three", "three", "four", "several"))
		},
	}
	names := make([]string, outlets)
	for o := range names {
		names[o] = fmt.Sprintf("%s %s", []string{"Quenmoor", "Redmarsh", "Valley", "River", "Harbour", "Northern", "Evening", "Morning", "Daily", "Weekly", "Free", "Coastal"}[o%12],
			[]string{"Herald", "Post", "Courier", "Gazette", "Ledger", "Times", "Wire", "Radio", "Journal", "Chronicle", "Observer", "Tribune"}[(o/12+o)%12])
	}
	var b strings.Builder
	for i := range n {
		o := i % outlets
		outlet := names[o]
		var paras []string
		for _, f := range rng.Perm(len(shared))[:6+rng.IntN(4)] {
			paras = append(paras, shared[f]())
		}
		// Details of its own: whom it spoke to, what it saw.
		for range 4 + rng.IntN(5) {
			paras = append(paras, fmt.Sprintf("%s, %d, said the %s on %s Street %s %s.", person(), 20+rng.IntN(60),
				pick("water", "mud", "current", "flood"), pick("Mill", "Harbour", "Chapel", "Linden", "Market", "Ferry", "Weaver", "Cooper"),
				pick("reached", "covered", "filled", "swept through"), pick("the first floor", "the cellars", "the square", "the school yard", "the bakery", "the church")))
		}
		title := fmt.Sprintf("%s: %s", pick("Quenmoor flood", "Flood in Quenmoor", "Quen river floods Quenmoor", "Quenmoor evacuated"),
			pick("thousands leave their homes", "mayor vows to rebuild", "death toll rises", "dykes failed, critics say", "aid released", "a town under water"))
		rec := map[string]any{
			"url":        fmt.Sprintf("https://news%d.example/quenmoor-flood-%d", o+1, i),
			"outlet":     outlet,
			"title":      title,
			"published":  fmt.Sprintf("2026-02-%02dT%02d:%02d:00Z", 10+i*36/n/24, (i*36/n)%24, rng.IntN(60)),
			"paragraphs": paras,
		}
		line, _ := json.Marshal(rec) // plain maps and strings always marshal
		b.Write(line)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
