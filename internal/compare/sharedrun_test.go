package compare

import (
	"strings"
	"testing"
)

// TestSharedRunCut: two articles give one passage in the same words but
// end or start their sentences at different places. The member that
// runs on past the words both give (inside a quotation after ", and",
// after a dash before a quotation's second half, or before a leading
// clause of its own) is shown without that part, marked cut, and lists
// none of its words as its own.
func TestSharedRunCut(t *testing.T) {
	r := run(t, mkArticles(
		"Night ferry doubts\nThe harbour board met on Monday to discuss the winter timetable.\n"+
			"Keeping the night ferry is \"not something we can promise, and I have told the deckhands to expect fewer shifts by spring,\" Lund said.\n"+
			"\"We still talk with the island council every single week -- and I am also sure that our crews can keep the pier safe,\" Berg said.\n"+
			"After the mechanics tried twice to restart its bilge pump, the old ferry was towed to the northern slipway, where inspectors found a cracked hull plate.\n"+
			"Tickets already sold will be refunded.",
		"Board weighs ferry\nThe harbour board discussed the winter timetable on Monday.\n"+
			"Keeping the night ferry is \"not something we can promise,\" the harbour chief said.\n"+
			"Berg added: \"I am also sure that our crews can keep the pier safe.\"\n"+
			"The old ferry was towed to the northern slipway, where inspectors found a cracked hull plate.\n"+
			"The day boats keep their timetable.",
	))
	for _, c := range []struct{ prefix, want, gone string }{
		{"Keeping the night ferry", "Keeping the night ferry is \"not something we can promise…\" Lund said.", "deckhands"},
		{"Berg added", "\"… I am also sure that our crews can keep the pier safe,\" Berg said.", "council"},
		{"The old ferry was towed", "… the old ferry was towed to the northern slipway, where inspectors found a cracked hull plate.", "mechanics"},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
		for _, o := range s.OnlyHere {
			if strings.Contains(o, c.gone) {
				t.Errorf("the member lists %q, which is cut off", o)
			}
		}
		if o, _ := memberOf(r, c.prefix, "a1"); strings.Contains(o.Text, cutMark) {
			t.Errorf("the other member is cut: %q", o.Text)
		}
	}
}

// TestSharedRunKept: no part is cut when "and" joins the parts of a
// subject ("the harbour board and the ferry owners have signed"), when
// the part after the run completes an aside (", one of them carrying a
// flag, walked"), or when the part shown would be a phrase with no verb.
func TestSharedRunKept(t *testing.T) {
	r := run(t, mkArticles(
		"Winter deal\nObservers noted that the harbour board and the ferry owners have signed a declaration of intent on winter sailings.\n"+
			"Two deckhands, one of them carrying a red lantern, walked the inspectors along the whole length of the pier.\n"+
			"\"With a long list of broken pumps, cracked plates and rusted rails, the old ferry has reached the end of its working life.\n"+
			"Tickets already sold will be refunded.",
		"Owners sign\nThe ferry owners have signed a declaration of intent on winter sailings, the board said.\n"+
			"Two deckhands, one of them carrying a red lantern, met the inspectors at the gate.\n"+
			"\"With a long list of broken pumps, cracked plates and rusted rails,\" the chief engineer wrote, the ferry should be retired.\n"+
			"The day boats keep their timetable.",
	))
	for _, prefix := range []string{"Observers noted", "Two deckhands, one of them carrying a red lantern, walked", "\"With a long list"} {
		if len(factGroupWith(r, prefix)) < 2 {
			t.Errorf("%q is no fact of both articles, so the test shows nothing: %+v", prefix, r.Facts)
		}
	}
	noMemberCut(t, r)
}
