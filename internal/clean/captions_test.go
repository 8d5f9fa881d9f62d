package clean

import (
	"strings"
	"testing"
)

// TestGalleryEnded: the rest of a photo gallery that a line break split
// off its first paragraph (slides running on, the last ending with its
// counter) is a caption, however long; text that counts "N of M" is
// kept.
func TestGalleryEnded(t *testing.T) {
	c := newCleaner(t)
	slides := "the dam in the spring before the flood, when the reservoir was still low and the valley road open to traffic. " +
		"Hide Caption 2 of 4 Photos: The Reddin floods Volunteers fill sandbags outside the town hall in Sorn as the river rises on Tuesday. " +
		"Hide Caption 3 of 4 Photos: The Reddin floods Army helicopters fly over the lower valley at first light, looking for families cut off by the water. " +
		strings.Repeat("Rescue crews from three districts worked through the night in the lower valley and brought food to the villages. ", 6) +
		"Hide Caption 4 of 4"
	v := c.Clean(withPara("Reddin Courier", slides, 2), nil)
	if p := v.Paras[2]; p.Verdict != Furniture || p.Kind != KindCaption {
		t.Errorf("gallery rest: got %s %q (%s), want a caption", p.Verdict, p.Kind, p.Reason)
	}
	for _, para := range []string{
		"Minister Karel Dusek won 14 of 16 seats in the valley, the election board said on Tuesday, and the council will meet again next week to choose its chair. " +
			strings.Repeat("Turnout in the valley towns was the highest since the flood of the last decade. ", 5),
	} {
		if p := c.Clean(withPara("Reddin Courier", para, 2), nil).Paras[2]; p.Verdict != Text {
			t.Errorf("text set aside: %s %q (%s): %q", p.Verdict, p.Kind, p.Reason, para)
		}
	}
}

// TestVideoBlockCut: a video player's caption ("JUST WATCHED … MUST
// WATCH …" and the running time) run into a paragraph of text is cut,
// the text around it kept.
func TestVideoBlockCut(t *testing.T) {
	c := newCleaner(t)
	before := "Rescue crews reached the last cut-off village on Tuesday, the civil protection agency said. " +
		strings.Repeat("The water had started to fall in the lower valley by the evening. ", 6)
	after := "Minister Karel Dusek said the valley road would reopen within a week."
	for _, video := range []string{
		"JUST WATCHED Minister Dusek: 'The dam held' Replay More Videos ... MUST WATCH Minister Dusek: 'The dam held' 01:35",
		"JUST WATCHED Sorn floods from the air Replay More Videos ... MUST WATCH Sorn floods from the air 1:02:07",
		"JUST WATCHED Sorn floods from the air Replay More Videos ... MUST WATCH",
		// No title: the space after the opening words is the one
		// before "Replay" (read past the end of the title before).
		"JUST WATCHED Replay More Videos ... MUST WATCH 01:35",
	} {
		v := c.Clean(withPara("Reddin Courier", before+video+" "+after, 2), nil)
		p := v.Paras[2]
		if p.Verdict != Mixed || !p.Kept || p.Kind != KindCaption {
			t.Fatalf("got %s %s kept %v, want a mixed paragraph with a caption cut", p.Verdict, p.Kind, p.Kept)
		}
		if got, want := v.Kept()[2], before+after; got != want {
			t.Errorf("kept %q\n want %q", got, want)
		}
	}
	// Words of a player in a sentence are not a player's caption.
	text := "Viewers who JUST WATCHED the debate wrote to the station. " + strings.Repeat("The council said the pictures would stay on the site until the road reopens. ", 6)
	if p := c.Clean(withPara("Reddin Courier", text, 2), nil).Paras[2]; p.Verdict != Text {
		t.Errorf("text cut: %s %q (%s)", p.Verdict, p.Kind, p.Reason)
	}
}
