package compare

import (
	"slices"
	"strings"
)

// photoCaption reports whether text is the caption of a photo or an
// embedded post set in the body: an embed's line ("A photo posted by
// Ana Lind (@analind) on Mar 3, 2016 at 7:11am PST"), a photo credit
// ("(Photo: Ada Sun/Kestrel Daily)", "(AP Photo/Ada Sun)", "… /Getty
// Images"), or a scene told in the present with a full date at its end
// ("Lind speaks during a town hall at the Ostra Forum in Kestrel, on
// March 3, 2019."): a wire photo's caption, no fact of the story. Read
// on ABP (README of testdata/abpjudged, session 60, h/onlyin60): a
// CNN caption of that form was claimed as only in CNN, on its place and
// date.
func photoCaption(text string) bool {
	t := strings.TrimSpace(text)
	for _, c := range []string{"A photo posted by ", "A video posted by ", "A post shared by ", "(Photo:", "(Photo by", "(AP Photo", "(REUTERS/", "/Getty Images", "Photo credit:"} {
		if strings.Contains(t, c) {
			return true
		}
	}
	return sceneCaption(t)
}

// sceneVerbs are the present-tense verbs a photo caption tells its scene
// with ("Lind speaks during …", "Park arrives for …").
var sceneVerbs = map[string]bool{
	"speaks": true, "talks": true, "attends": true, "arrives": true, "waves": true, "listens": true,
	"looks": true, "gestures": true, "stands": true, "walks": true, "poses": true, "smiles": true,
	"sits": true, "holds": true, "delivers": true, "addresses": true, "departs": true, "leaves": true,
	"greets": true, "shakes": true, "testifies": true, "reacts": true, "campaigns": true,
	"participates": true, "appears": true, "answers": true, "exits": true, "enters": true, "hugs": true,
}

// captionMonths are the month names, in full and abbreviated, of the
// date that closes a scene caption (sceneCaption).
var captionMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}

// sceneCaption reports whether t opens with a name of one to four
// capitalised words and a scene verb (sceneVerbs) and closes with a full
// date ("…, March 3, 2019."), a credit in brackets after it aside.
func sceneCaption(t string) bool {
	f := strings.Fields(t)
	i := 0
	for i < len(f) && i < 4 && capitalised(f[i]) {
		i++
	}
	if i == 0 || i >= len(f) || !sceneVerbs[f[i]] {
		return false
	}
	if k := strings.LastIndex(t, " ("); k > 0 && strings.HasSuffix(t, ")") {
		t = t[:k]
	}
	f = strings.Fields(strings.TrimRight(t, ". "))
	n := len(f)
	if n < 4 {
		return false
	}
	year, day, month := f[n-1], strings.TrimSuffix(f[n-2], ","), f[n-3]
	if len(year) != 4 || strings.Trim(year, "0123456789") != "" || len(day) == 0 || len(day) > 2 || strings.Trim(day, "0123456789") != "" || !strings.HasSuffix(f[n-2], ",") {
		return false
	}
	return slices.Contains(captionMonths, month) && (strings.HasSuffix(f[n-4], ",") || f[n-4] == "on")
}
