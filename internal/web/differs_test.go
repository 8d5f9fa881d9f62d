package web

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestDiffersOpsMarkup renders one altered quote of What differs through
// the story template and checks its markup whole: the struck words come
// before the added ones (as an edit reads), each is named in words for
// a screen reader, and whose words are struck and added is written on
// the page, not only in a tooltip.
func TestDiffersOpsMarkup(t *testing.T) {
	pages, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	tmpl := pages["story"].Lookup("ops")
	if tmpl == nil {
		t.Fatal(`story.html defines no "ops" template`)
	}
	ops := []compare.DiffOp{
		{Op: compare.OpEqual, Text: "the board will meet soon and"},
		{Op: compare.OpDelete, Text: "we would"},
		{Op: compare.OpInsert, Text: "I"},
		{Op: compare.OpEqual, Text: "hope for a vote"},
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, ops); err != nil {
		t.Fatal(err)
	}
	want := `<span>the board will meet soon and</span> <del><span class="vh">[struck:] </span>we would</del> <ins><span class="vh">[added:] </span>I</ins> <span>hope for a vote</span> `
	if got := b.String(); got != want {
		t.Errorf("ops markup\n got %s\nwant %s", got, want)
	}
}
