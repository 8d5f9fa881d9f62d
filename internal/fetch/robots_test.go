package fetch

import "testing"

func TestRobots(t *testing.T) {
	const txt = `# comment
User-agent: *
Disallow: /private
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?q=

User-agent: OtherBot
Disallow: /

Sitemap: https://example.org/sitemap.xml
`
	r := ParseRobots([]byte(txt), RobotsAgent)
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/", true}, {"/news/a", true}, {"/private", false}, {"/private/x", false},
		{"/private/open/x", true}, {"/files/a.pdf", false}, {"/files/a.pdf?x=1", true},
		{"/search?q=x", false}, {"/search", true}, {"/robots.txt", true},
	} {
		if got := r.Allowed(tc.path); got != tc.want {
			t.Errorf("Allowed(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestRobotsOwnGroup(t *testing.T) {
	const txt = "User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nUser-agent: PARALLAX\nDisallow: /drafts/\nAllow: /drafts/public\n"
	r := ParseRobots([]byte(txt), RobotsAgent)
	if !r.Allowed("/news") || r.Allowed("/drafts/x") || !r.Allowed("/drafts/public/1") {
		t.Error("Parallax's own group was not applied instead of *")
	}
	// A group naming Parallax with no rules allows everything.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /\nUser-agent: parallax\n"), RobotsAgent)
	if !r.Allowed("/x") {
		t.Error("an empty group for parallax should shadow *")
	}
	// Equal-length allow and disallow: allow wins.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /page\nAllow: /page\n"), RobotsAgent)
	if !r.Allowed("/page") {
		t.Error("allow should win a tie")
	}
	// Non-ASCII paths compare percent-encoded.
	r = ParseRobots([]byte("User-agent: *\nDisallow: /café\n"), RobotsAgent)
	if r.Allowed("/caf%c3%a9/menu") {
		t.Error("percent-encoded path not matched against a UTF-8 rule")
	}
	if !(&Robots{}).Allowed("/anything") || (&Robots{DisallowAll: true}).Allowed("/x") {
		t.Error("empty or unreachable robots.txt misread")
	}
}

func TestRobotsMatch(t *testing.T) {
	for _, tc := range []struct {
		pat, path string
		want      bool
	}{
		{"/a", "/abc", true}, {"/a$", "/a", true}, {"/a$", "/ab", false}, {"/*/b", "/x/y/b", true},
		{"/*b$", "/xb", true}, {"/*b$", "/xbc", false}, {"*", "/", true}, {"/a*c*e", "/abcde", true}, {"/a*c*e", "/abde", false},
	} {
		if got := robotsMatch(tc.pat, tc.path); got != tc.want {
			t.Errorf("robotsMatch(%q, %q) = %v, want %v", tc.pat, tc.path, got, tc.want)
		}
	}
}
