package cli

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

// TestPrintStoryOutletRecord checks that a member's outlet is the outlet
// record its article was folded into, not a columnist's name the input gave
// in the outlet field, and the given name when no record holds it.
func TestPrintStoryOutletRecord(t *testing.T) {
	s := view.Story{Story: store.Story{ID: "s1", Title: "Ferry vote", Articles: 2}}
	s.Members = []view.Member{
		{ID: "a1", Outlet: "Mara Quist", Title: "The ferry vote was a mistake", Joined: store.Assignment{New: true},
			MemberOutlet: view.MemberOutlet{OutletID: "harbour-gazette", OutletName: "Harbour Gazette"}},
		{ID: "a2", Outlet: "Valmora Courier", Title: "Council passes ferry plan", Joined: store.Assignment{Score: 0.5}},
	}
	var b strings.Builder
	printStory(&b, s, "")
	out := b.String()
	if !strings.Contains(out, "Harbour Gazette") || strings.Contains(out, "Mara Quist") {
		t.Errorf("member of a folded outlet shows the input's name:\n%s", out)
	}
	if !strings.Contains(out, "Valmora Courier") {
		t.Errorf("member without a record lost its outlet name:\n%s", out)
	}
}
