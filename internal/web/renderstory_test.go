package web

import (
	"bytes"
	"testing"
)

// renderStory returns the story page p as the server writes it, failing
// t if the templates do not parse or run.
func renderStory(t *testing.T, p *storyPage) string {
	t.Helper()
	pages, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := pages["story"].ExecuteTemplate(&b, "layout", page{Title: "s", Data: p}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
