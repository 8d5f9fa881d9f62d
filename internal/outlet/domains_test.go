package outlet

import "testing"

func TestDomainKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"www.valmoratimes.example", "valmoratimes.example"},
		{"https://www.harbourpost.com/2026/03/02/strike.html?utm_source=x", "harbourpost.com"},
		{"https://politics.blogs.harbourpost.com/a", "harbourpost.com"},
		{"http://www.m.harbourpost.com/a", "harbourpost.com"},
		{"https://amp.harbourpost.com:443/a", "harbourpost.com"},
		{"HTTPS://WWW.HarbourPost.COM./A", "harbourpost.com"},
		{"www.estria-news.co.uk", "estria-news.co.uk"},
		{"//cdn.harbourpost.com/x", "harbourpost.com"},
		// Hosting platforms keep their writers apart.
		{"https://alice.substack.com/p/strike", "alice.substack.com"},
		{"https://bob.substack.com/p/strike", "bob.substack.com"},
		{"https://substack.com/@carol/note", "substack.com/@carol"},
		{"https://substack.com/", ""},
		{"https://medium.com/@alice/strike-1234", "medium.com/@alice"},
		{"https://medium.com/harbour-notes/strike-1234", "medium.com/harbour-notes"},
		{"https://medium.com/p/1234", ""},
		{"https://pubname.medium.com/strike", "pubname.medium.com"},
		{"https://alice.wordpress.com/2026/03/02/x/", "alice.wordpress.com"},
		{"https://alice.blogspot.com/2026/03/x.html", "alice.blogspot.com"},
		{"https://alice.blogspot.co.uk/2026/03/x.html", "alice.blogspot.co.uk"},
		{"https://alice.tumblr.com/post/1", "alice.tumblr.com"},
		{"https://abcnews.go.com/Politics/x", "abcnews.go.com"},
		{"https://espn.go.com/x", "espn.go.com"},
		{"https://www.youtube.com/watch?v=x", ""},
		{"https://www.youtube.com/@harbourtv/videos", "youtube.com/@harbourtv"},
		// Aggregators say nothing of who wrote an article.
		{"https://news.google.com/articles/x", ""},
		{"https://www.msn.com/en-us/news/x", ""},
		{"https://www.allsides.com/news/x", ""},
		{"192.0.2.7", "192.0.2.7"},
		{"localhost", "localhost"},
		{"", ""},
		{"not a host", ""},
		{"http://", ""},
	}
	for _, tc := range tests {
		if got := DomainKey(tc.in); got != tc.want {
			t.Errorf("DomainKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"valmoratimes.example", "valmoratimes"},
		{"harbourpost.com", "harbourpost"},
		{"estria-news.co.uk", "estrianews"},
		{"abcnews.go.com", "abcnews"},
		{"alice.substack.com", "alice"},
		{"alice.blogspot.com", "alice"},
		{"medium.com/@alice", "alice"},
		{"medium.com/harbour-notes", "harbournotes"},
	}
	for _, tc := range tests {
		if got := Label(tc.in); got != tc.want {
			t.Errorf("Label(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
