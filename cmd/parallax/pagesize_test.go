package main

// Story page budgets: the page of a large story must stay light and short
// enough to read, and open with what differs. TestBrowserStoryBudgets
// holds them on a large generated story; TestBrowserABPStoryPages measures
// the largest stories of a real database when one is given:
//
//	cp /path/to/abp.db /tmp/abp-copy.db   # serve writes derived data
//	PARALLAX_ABP_DB=/tmp/abp-copy.db go test ./cmd/parallax -run ABPStoryPages -v
//
// PARALLAX_MEASURE_BIN=/path/to/parallax measures another build (an older
// one, for a before-and-after) instead of this one; the budgets are then
// reported, not checked.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Budgets of a story page, measured on the largest ABP event.
const (
	budgetBytes        = 300_000
	budgetDesktopPx    = 12_000
	budgetPhonePx      = 25_000
	desktopW, desktopH = 1366, 800
	phoneW, phoneH     = 390, 844
)

// pageMeasure is what one story page measures.
type pageMeasure struct {
	ID, Title         string
	Articles, Outlets int
	Bytes             int
	Desktop, Phone    int  // document heights in CSS pixels
	DesktopFirst      bool // the first finding is inside the first screen
	PhoneFirst        bool
	DesktopW, PhoneW  int // document widths (overflow when above the window)
	FirstFinding      string
	// Sections are the heights of the page's sections at each width.
	DesktopSections, PhoneSections string
	DesktopOverflowing             []string
	PhoneOverflowing               []string
}

// firstScreenJS says whether the first finding of "What differs" ends
// inside the window, and what it says.
const firstScreenJS = `(() => {
	const li = document.querySelector("#differs li");
	if (!li) return {inside: false, text: ""};
	const r = li.getBoundingClientRect();
	return {inside: r.top >= 0 && r.top < window.innerHeight && r.bottom <= window.innerHeight + 1, text: li.textContent.trim().replace(/\s+/g, " ")};
})()`

// measurePage fetches a story page's HTML and measures it in a desktop
// and a phone tab; name, when set, saves screenshots of the first screen.
func measurePage(t *testing.T, desk, phone *tab, base, id, name string) pageMeasure {
	t.Helper()
	m := pageMeasure{ID: id}
	resp, err := http.Get(base + "/stories/" + id)
	if err != nil {
		t.Fatalf("GET story %s: %v", id, err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET story %s: HTTP %d, %v", id, resp.StatusCode, err)
	}
	m.Bytes = len(b)
	type first struct {
		Inside bool
		Text   string
	}
	type fit struct {
		ScrollWidth, InnerWidth int
		Offenders               []string
	}
	for _, v := range []struct {
		tb       *tab
		height   *int
		width    *int
		inside   *bool
		over     *[]string
		sections *string
		suffix   string
	}{{desk, &m.Desktop, &m.DesktopW, &m.DesktopFirst, &m.DesktopOverflowing, &m.DesktopSections, "desktop"},
		{phone, &m.Phone, &m.PhoneW, &m.PhoneFirst, &m.PhoneOverflowing, &m.PhoneSections, "phone"}} {
		v.tb.open(base + "/stories/" + id)
		*v.height = eval[int](v.tb, `Math.ceil(document.documentElement.scrollHeight)`)
		*v.sections = eval[string](v.tb, `Array.from(document.querySelectorAll("main article > section[id]"), s => s.id + " " + Math.round(s.getBoundingClientRect().height)).join(", ")`)
		f := eval[first](v.tb, firstScreenJS)
		*v.inside = f.Inside
		if m.FirstFinding == "" {
			m.FirstFinding = f.Text
		}
		w := eval[fit](v.tb, overflowJS)
		*v.width = w.ScrollWidth
		if w.ScrollWidth > w.InnerWidth+1 {
			*v.over = w.Offenders
		}
		if name != "" {
			v.tb.saveScreenshot(name+"-"+v.suffix+"-screen", chromedp.CaptureScreenshot())
		}
		v.tb.checkConsole("story page " + id + " (" + v.suffix + ")")
	}
	return m
}

// newMeasureTabs opens a desktop-sized and a phone-sized tab.
func newMeasureTabs(t *testing.T, limit time.Duration) (*tab, *tab) {
	t.Helper()
	browser := newBrowserFor(t, limit)
	desk := newTab(t, browser, true)
	desk.do("desktop window", chromedp.EmulateViewport(desktopW, desktopH))
	phone := newTab(t, browser, false)
	phone.do("phone window", chromedp.EmulateViewport(phoneW, phoneH, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait))
	return desk, phone
}

// checkBudgets fails when a page breaks a budget.
func checkBudgets(t *testing.T, what string, m pageMeasure) {
	t.Helper()
	if m.Bytes >= budgetBytes {
		t.Errorf("%s: the page is %d bytes, over the budget of %d", what, m.Bytes, budgetBytes)
	}
	if m.Desktop >= budgetDesktopPx {
		t.Errorf("%s: the page is %d px tall at %d px wide, over the budget of %d", what, m.Desktop, desktopW, budgetDesktopPx)
	}
	if m.Phone >= budgetPhonePx {
		t.Errorf("%s: the page is %d px tall at %d px wide, over the budget of %d", what, m.Phone, phoneW, budgetPhonePx)
	}
	if !m.DesktopFirst || !m.PhoneFirst {
		t.Errorf("%s: the first finding of What differs is inside the first screen: at %d px %v, at %d px %v (%q)",
			what, desktopW, m.DesktopFirst, phoneW, m.PhoneFirst, m.FirstFinding)
	}
	if len(m.DesktopOverflowing) > 0 || len(m.PhoneOverflowing) > 0 {
		t.Errorf("%s: the page is wider than the window; overflowing at %d px:\n  %s\nat %d px:\n  %s", what,
			desktopW, strings.Join(m.DesktopOverflowing, "\n  "), phoneW, strings.Join(m.PhoneOverflowing, "\n  "))
	}
}

// TestBrowserABPStoryPages measures the story pages of the ten largest
// stories of the database in PARALLAX_ABP_DB (a copy: serving brings its
// derived data up to date): bytes of HTML, height at 1366 and 390 px
// wide, and whether the first finding is in the first screen. It writes
// the table to abp-story-pages.tsv among the artefacts with screenshots
// of the largest page's first screen, and holds the budgets on the largest
// story. Skipped without PARALLAX_ABP_DB.
func TestBrowserABPStoryPages(t *testing.T) {
	db := os.Getenv("PARALLAX_ABP_DB")
	if db == "" {
		t.Skip("set PARALLAX_ABP_DB to a copy of a database of the ABP corpus to measure its largest story pages")
	}
	findBrowser(t)
	bin, label := binary, "this build"
	if b := os.Getenv("PARALLAX_MEASURE_BIN"); b != "" {
		bin, label = b, b
	}
	base := startServerBin(t, bin, "--db", db, "serve", "--addr", "127.0.0.1:0")
	resp, err := http.Get(base + "/api/v1/stories?sort=covered&limit=500")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		ID, Title string
		Outlets   []string
		Articles  int
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil || len(list) == 0 {
		t.Fatalf("stories: %v (%d stories)", err, len(list))
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Articles > list[j].Articles })
	list = list[:min(10, len(list))]
	desk, phone := newMeasureTabs(t, 20*time.Minute)
	var rows []string
	rows = append(rows, "story\tarticles\toutlets\tbytes\theight_1366\theight_390\tfirst_finding_1366\tfirst_finding_390\ttitle")
	for i, s := range list {
		name := ""
		if i == 0 {
			name = "abp-largest"
		}
		m := measurePage(t, desk, phone, base, s.ID, name)
		m.Title, m.Articles, m.Outlets = s.Title, s.Articles, len(s.Outlets)
		rows = append(rows, fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%d\t%v\t%v\t%s", m.ID, m.Articles, m.Outlets, m.Bytes, m.Desktop, m.Phone, m.DesktopFirst, m.PhoneFirst, m.Title))
		t.Logf("%s (%d articles, %d outlets): %d bytes, %d px at %d, %d px at %d, first finding in the first screen %v/%v: %q\n\tsections at %d: %s\n\tat %d: %s",
			m.ID, m.Articles, m.Outlets, m.Bytes, m.Desktop, desktopW, m.Phone, phoneW, m.DesktopFirst, m.PhoneFirst, clipText(m.FirstFinding, 120),
			desktopW, m.DesktopSections, phoneW, m.PhoneSections)
		if i == 0 && bin == binary {
			checkBudgets(t, "the largest story "+m.ID, m)
		}
	}
	out := filepath.Join(artifactDir(t), "abp-story-pages.tsv")
	if err := os.WriteFile(out, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("measured %s; table: %s", label, out)
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
