package main

import (
	"math"
	"strings"
	"testing"
)

// TestBrowserLeanAndBlindspots serves the fictional Aldine articles (whose
// input rates their outlets) and reads, in a real browser, the lean bars
// and the blindspots page: the crane collapse that five right outlets and
// one center outlet report is a blindspot for the left, its bar is five
// sixths right and one sixth center, drawn in the sides' colours, and
// nothing breaks the Content Security Policy.
func TestBrowserLeanAndBlindspots(t *testing.T) {
	findBrowser(t)
	db := aldineDB(t)
	base := startServer(t, "--db", db, "serve", "--addr", "127.0.0.1:0")
	tb := newTab(t, newBrowser(t), true)

	type segment struct {
		Side  string
		Width float64 // on the page, in CSS pixels
		Fill  string
	}
	type bar struct {
		Label    string
		Width    float64
		Segments []segment
	}
	readBar := func(sel string) bar {
		t.Helper()
		return eval[bar](tb, `(() => {
			const svg = document.querySelector(`+"`"+sel+"`"+`);
			if (!svg) return {label: "", width: 0, segments: []};
			return {
				label: svg.getAttribute("aria-label"),
				width: svg.getBoundingClientRect().width,
				segments: Array.from(svg.querySelectorAll("rect"), r => ({
					side: r.getAttribute("class").replace("seg-", ""),
					width: r.getBoundingClientRect().width,
					fill: getComputedStyle(r).fill,
				})),
			};
		})()`)
	}
	checkCrane := func(where string, b bar) {
		t.Helper()
		if b.Width == 0 || len(b.Segments) != 2 {
			t.Fatalf("%s: lean bar %+v; want a center and a right segment", where, b)
		}
		if b.Label != "0 left, 1 center, 5 right outlets" {
			t.Errorf("%s: the bar reads %q", where, b.Label)
		}
		c, r := b.Segments[0], b.Segments[1]
		if c.Side != "center" || r.Side != "right" {
			t.Errorf("%s: segments %q, %q; want center then right", where, c.Side, r.Side)
		}
		if share := r.Width / b.Width; math.Abs(share-5.0/6) > 0.02 {
			t.Errorf("%s: the right segment is %.2f of the bar, want 5/6", where, share)
		}
		if c.Fill == r.Fill || c.Fill == "" || strings.Contains(r.Fill, "none") {
			t.Errorf("%s: the segments are not drawn in the sides' colours: center %q, right %q", where, c.Fill, r.Fill)
		}
	}

	// The blindspots page lists the crane collapse for the left, and
	// nothing for the right.
	tb.open(base + "/blindspots")
	type blindView struct {
		Left, Right []string
	}
	bv := eval[blindView](tb, `(() => {
		const titles = side => Array.from(document.querySelectorAll("#blind-" + side + " a.story-title"), a => a.textContent.trim());
		return {left: titles("left"), right: titles("right")};
	})()`)
	if len(bv.Left) != 1 || !strings.Contains(bv.Left[0], "Crane collapses") || len(bv.Right) != 0 {
		t.Fatalf("blindspots page: %+v; want the crane collapse for the left only", bv)
	}
	checkCrane("blindspots page", readBar("#blind-left svg.leanbar"))
	tb.screenshot("outlets-blindspots")
	tb.checkConsole("blindspots page")

	// A stricter rule leaves nothing.
	tb.open(base + "/blindspots?min_share=0.9")
	if n := eval[int](tb, `document.querySelectorAll(".blind a.story-title").length`); n != 0 {
		t.Errorf("blindspots at 90%%: %d stories, want none", n)
	}

	// The story page: the same bar, and each outlet to choose labelled
	// with its lean.
	tb.open(base + "/blindspots")
	tb.click("#blind-left a.story-title")
	checkCrane("story page", readBar(".lean-summary svg.leanbar"))
	type column struct{ Name, Lean string }
	cols := eval[[]column](tb, `Array.from(document.querySelectorAll("#outlets .lens-pick li"), c => ({
		name: (c.querySelector(".pick-name") || {}).textContent || "",
		lean: (c.querySelector(".lean") || {}).textContent || "",
	}))`)
	leans := map[string]string{}
	for _, c := range cols {
		leans[c.Name] = c.Lean
	}
	if len(cols) != 6 || leans["Aldine Sentinel"] != "right" || leans["Aldine Wire"] != "center" {
		t.Errorf("story columns: %+v; want 6 outlets (the Sentinel's sections in one), each with its lean", cols)
	}
	tb.screenshot("outlets-story")
	tb.checkConsole("story page")

	// The stories page draws a bar for each story; the budget vote's has
	// all three sides.
	tb.open(base + "/?sort=left")
	budget := readBar("ol.stories > li:first-child svg.leanbar")
	if len(budget.Segments) != 3 || budget.Segments[0].Side != "left" || budget.Label != "2 left, 1 center, 1 right outlets" {
		t.Errorf("the budget vote's bar on /?sort=left: %+v", budget)
	}
	tb.checkConsole("stories page")

	// The outlets page filters by side; an outlet's page draws its volume.
	tb.open(base + "/outlets?side=right")
	names := eval[[]string](tb, `Array.from(document.querySelectorAll(".outlets-table tbody th a"), a => a.textContent.trim())`)
	if len(names) != 5 {
		t.Errorf("right outlets: %q, want 5", names)
	}
	tb.click(`.outlets-table a[href="/outlets/aldine-sentinel"]`)
	bars := eval[int](tb, `document.querySelectorAll("svg.volume-chart rect").length`)
	sections := eval[string](tb, `(document.querySelector("ul.sections") || {}).textContent || ""`)
	if bars == 0 || !strings.Contains(sections, "Opinion") || !strings.Contains(sections, "News") {
		t.Errorf("the Sentinel's page: %d volume bars, sections %q", bars, sections)
	}
	tb.screenshot("outlets-outlet")
	tb.checkConsole("outlet page")
}
