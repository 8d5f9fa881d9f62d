package view

import (
	"testing"

	"github.com/parallax-news/parallax/internal/store"
)

func TestFeedOfHidesPasswords(t *testing.T) {
	for raw, want := range map[string]string{
		"https://user:secret@news.example/feed.xml": "https://user:xxxxx@news.example/feed.xml",
		"https://news.example/feed.xml":             "https://news.example/feed.xml",
	} {
		if got := FeedOf(store.Feed{URL: raw}).URL; got != want {
			t.Errorf("FeedOf(%q).URL = %q, want %q", raw, got, want)
		}
	}
}
