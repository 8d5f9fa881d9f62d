package story

import "testing"

// TestWithoutSite: a site's name after a headline is not the headline's.
func TestWithoutSite(t *testing.T) {
	for _, c := range []struct{ title, outlet, want string }{
		{"Harbour Court Rules On Dock Fees : NPR", "NPR Online News", "Harbour Court Rules On Dock Fees"},
		{"Valmora mayor resigns | Fox News", "Fox Online News", "Valmora mayor resigns"},
		{"Debate: Fact-checking the candidates - CNNPolitics.com", "CNN (Web News)", "Debate: Fact-checking the candidates"},
		{"Mayor resigns — for now", "NPR Online News", "Mayor resigns — for now"},
		{"Harbour strike - Opinion", "Townhall", "Harbour strike - Opinion"},
		{"Mueller delivers a win — Five Takeaways", "The Hill", "Mueller delivers a win — Five Takeaways"},
		{"NPR", "NPR Online News", "NPR"},
	} {
		if got := withoutSite(c.title, c.outlet); got != c.want {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", c.title, c.outlet, got, c.want)
		}
	}
}

// TestWithoutDebris: a stray angle bracket at a headline's end is markup
// left over, not part of the title.
func TestWithoutDebris(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"<Harbour Court Rules On Dock Fees", "Harbour Court Rules On Dock Fees"},
		{"&lt; Harbour Court Rules", "Harbour Court Rules"},
		{"Harbour Court Rules >", "Harbour Court Rules"},
		{"Harbour Court Rules&gt;", "Harbour Court Rules"},
		{"<b>Harbour</b> Court Rules", "<b>Harbour</b> Court Rules"},
		{"Votes <50% in Valmora", "Votes <50% in Valmora"},
		{"Harbour -> Valmora ferry", "Harbour -> Valmora ferry"},
		{"<", "<"},
		{"Harbour Court Rules", "Harbour Court Rules"},
	} {
		if got := withoutDebris(c.title); got != c.want {
			t.Errorf("withoutDebris(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	if got := eventTitle("<Harbour Court Rules On Dock Fees : NPR", "NPR Online News"); got != "Harbour Court Rules On Dock Fees" {
		t.Errorf("eventTitle = %q", got)
	}
}

// TestWithoutMediaTag: a "(+video)" after a headline says what the page
// holds, not what happened, and is no part of an event's title.
func TestWithoutMediaTag(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Valmora mayor resigns (+video)", "Valmora mayor resigns"},
		{"Harbour fire (Photos) ", "Harbour fire"},
		{"Video shows the Valmora harbour fire", "Video shows the Valmora harbour fire"},
		{"Mayor on the (video) tape", "Mayor on the (video) tape"},
		{"(+video)", "(+video)"},
	} {
		if got := withoutMediaTag(c.title); got != c.want {
			t.Errorf("withoutMediaTag(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	if got := eventTitle("Valmora mayor resigns (+video) - CSMonitor.com", "Christian Science Monitor"); got != "Valmora mayor resigns" {
		t.Errorf("eventTitle = %q", got)
	}
}
