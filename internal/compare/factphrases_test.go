package compare

import (
	"testing"
)

// TestHashtagPhraseIsOneThing: two sentences that share only a
// movement's hashtag and the noun after it ("the #Ripple movement"), each
// saying something else of it, are two facts, even when a third article
// tells the second one's fact in its words (the group's best pair is then
// sure, and propositions never weighs it): the hashtag (a name) and the
// phrase that writes it are one specific thing, not two (session 59; read
// in session 58 as a group of two unrelated lines sharing "#MeToo").
func TestHashtagPhraseIsOneThing(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour strike ends\nSince the dawn of the #Ripple movement, critics have waited for a backlash. "+
			"Dock workers in Ostra voted on Friday to end their nine-day strike after the port authority raised night pay. "+
			"The union said ferries would sail again on Monday morning.",
		"Ostra dockers back at work\nDock workers in Ostra voted on Friday to end their nine-day strike after the port authority raised night pay. "+
			"Mara Olin became a familiar face of the #Ripple movement among young voters. "+
			"Ferry timetables were printed again in the town hall.",
		"Dockers return\nDock workers in Ostra voted on Friday to end their nine-day strike after the port authority raised night pay. "+
			"Olin has become a familiar face of the #Ripple movement among young voters.",
	))
	apartAndShared(t, r, "backlash", "#Ripple movement", 3, "nine-day strike")
}

// TestNameWordsJoinPhrase: distinctThings counts a name and a phrase
// of its last word and the head noun after it as one thing; a name with
// a title before it, with its own words as a phrase, or with a phrase of
// another name's words, stays two.
func TestNameWordsJoinPhrase(t *testing.T) {
	words := map[string][]string{"e:3": {"rippl"}, "e:5": {"ostra"}, "e:7": {"mara", "olin"}}
	of := func(f string) []string { return words[f] }
	for _, c := range []struct {
		feats []string
		want  int
	}{
		{[]string{"b:rippl movement", "e:3"}, 1},
		{[]string{"b:rippl movement", "e:5"}, 2},
		{[]string{"b:night pay", "b:rippl movement", "e:3"}, 2},
		{[]string{"e:3", "e:5"}, 2},
		{[]string{"b:mayor mara", "e:7"}, 2}, // a title before the name
		{[]string{"b:mara olin", "e:7"}, 2},  // the name's own words
		{[]string{"b:olin plan", "e:7"}, 1},
	} {
		if got := distinctThings(c.feats, of); got != c.want {
			t.Errorf("distinctThings(%q) = %d, want %d", c.feats, got, c.want)
		}
	}
}
