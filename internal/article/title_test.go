package article

import "testing"

// Titles copied with a share-tracking tail lose it; a title that is only a
// URL reads as the words of its last path segment. Invented headlines.
func TestCleanTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Works Approved Read more at: http://harbour.example/article/1234/harbour-works", "Harbour Works Approved"},
		{"Harbour works approved Read more: http://harbour.example/story/2015/05/harbour-works.html#ixzz3a8", "Harbour works approved"},
		{"Harbour works approved Read more: Harbour works approved", "Harbour works approved"},
		{"Mayor Opens Harbour Read Latest Breaking News from Harbour.example http://harbour.example/news/1/#ixzz", "Mayor Opens Harbour"},
		{"http://harbour.example/articles/623407/council-backs-harbour-plan", "Council backs harbour plan"},
		{"https://harbour.example/story/harbour_works_approved.html", "Harbour works approved"},
		{"https://harbour.example/story/harbour", "https://harbour.example/story/harbour"},                     // too few words: kept
		{"Blocked at www.harbour.example? Help on the way", "Blocked at www.harbour.example? Help on the way"}, // a real title
		{"Read more: the harbour files", "Read more: the harbour files"},                                       // nothing before the label
		{"Why you should read more: a harbour primer", "Why you should read more: a harbour primer"},           // words of the headline, not the label
	} {
		got, _ := CleanTitle(c.in)
		if got != c.want {
			t.Errorf("CleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
