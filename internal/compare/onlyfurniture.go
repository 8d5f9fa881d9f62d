package compare

import (
	"strings"
	"unicode"
)

// More page furniture that only-in facts set aside (issue 15): lines a
// page sets in the body that state no fact of the story, found among
// the wrong only-in claims of the judged ABP sample (testdata/abpjudged,
// fresh16) and the fragment one cut sentence leaves.

// nameCredit reports whether text credits staff by their names alone
// ("Ann Lee, Bo Park and Cy Ng contributed."): a subject of nothing but
// capitalised names, commas and "and", with the verb "contributed" and
// at most "reporting" or "to this report" after it. creditLine takes
// the lines that say "writer" or "staff"; this one says neither. A
// sentence of the story ("Democrats and Republicans contributed
// millions.") has words after the verb, and one with a lower-case word
// in its subject is no such line.
func nameCredit(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(text, "•*-–— \t"))
	i := strings.LastIndex(t, " contributed")
	if i <= 0 {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(strings.TrimRight(t[i+len(" contributed"):], ".”\"' ")))
	if rest != "" && rest != "reporting" && rest != "to this report" && rest != "to this story" && rest != "to this article" {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(t[:i], ",", " "))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if w == "and" || w == "&" {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// pipeTitle reports whether text is a line of parts set apart by
// vertical bars ("Keynote | 2016 Gala | Channel"), as an embedded video
// or a link shows its title and source: at least two bars with words on
// each side. No sentence of a report is written so (one wrong only-in
// claim of the judged ABP sample, a video's title and caption).
func pipeTitle(text string) bool {
	parts := strings.Split(text, "|")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			return false
		}
	}
	return true
}

// cutTitles are abbreviated titles that stand before a name and never
// end a sentence.
var cutTitles = []string{"Sec.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.", "Supt."}

// cutAtTitle reports whether text ends with an abbreviated title ("The
// senator met with Sec."): the sentence splitter cut it before the name
// the title belongs to, so the line is a fragment that shows neither
// whom it names nor what it says (one partly right only-in claim of the
// judged ABP sample).
func cutAtTitle(text string) bool {
	t := strings.TrimSpace(text)
	for _, a := range cutTitles {
		if strings.HasSuffix(t, " "+a) {
			return true
		}
	}
	return false
}

// placeLead returns the lead-in "From Reddin, " that opens text, a
// dispatch's place of at most maxCreditPlace capitalised words and a
// comma, or "".
func placeLead(text string) string {
	rest, ok := strings.CutPrefix(text, "From ")
	if !ok {
		return ""
	}
	place, _, ok := strings.Cut(rest, ", ")
	if !ok || !capitalisedRun(place, maxCreditPlace) {
		return ""
	}
	return "From " + place + ", "
}

// staffAfterName are what follows the name of an outlet's own journalist
// in a line of a running (live-updated) story that tells the reader
// where that journalist is or where the journalist's report ran ("is at
// the capitol", "reported on the evening show").
var staffAfterName = []string{"is at ", "is in ", "is on ", "was at ", "reported on ", "reported for ", "reported from ", "reports from ", "sent us ", "has more", "has the story", "files this report", "filed this report"}

// ownStaffLine reports whether text is such a line about the outlet's
// own staff: it starts with the outlet's possessive and a capitalised
// name ("Ostra Radio's Ana Lind is at the harbour."), or with "That's
// what" before them ("That's what Ostra Radio's Ana Lind reported on
// Morning Tide today."), or with the place of a dispatch (placeLead:
// "From Reddin, Ostra Radio's Ana Lind reports."), and what follows the
// name is one of staffAfterName or the bare sign-off "reports" or
// "reported". Only the outlet's own name (or the first words of it,
// "NPR" of "NPR Online News") counts: another organisation's envoy
// being somewhere is news. Three wrong only-in
// claims of the judged ABP sample (fresh23) were such lines and a
// pointer (pointerLine).
func ownStaffLine(text, outlet string) bool {
	outlet = strings.TrimSpace(outlet)
	if outlet == "" || len(strings.Fields(text)) > 15 {
		return false
	}
	t := strings.ReplaceAll(strings.TrimSpace(text), "’", "'")
	t = strings.TrimPrefix(t, placeLead(t))
	lead := false
	for _, p := range []string{"That's what ", "That is what ", "So reports ", "So reported "} {
		if strings.HasPrefix(t, p) {
			t, lead = t[len(p):], true
			break
		}
	}
	// The possessive names the outlet, or the first words of its name
	// ("Ostra's" for "Ostra Radio Online").
	owner, after0, ok := strings.Cut(t, "'s ")
	if !ok || owner == "" || len(strings.Fields(owner)) > 3 || !strings.HasPrefix(strings.ToLower(outlet)+" ", strings.ToLower(owner)+" ") {
		return false
	}
	rest := strings.Fields(after0)
	n := 0
	for n < len(rest) && n < 4 && capitalised(rest[n]) {
		n++
	}
	if n == 0 || n == len(rest) {
		return false
	}
	after := strings.Join(rest[n:], " ") + " "
	// What the journalist found is a fact of the story ("… reported on
	// Monday that the mayor …", "… is in the old town and reports that
	// …").
	for _, w := range []string{" that ", " says ", " said ", " reports ", " reported that ", " told "} {
		if strings.Contains(" "+after, w) && !(lead && strings.HasPrefix(" "+after, w)) {
			return false
		}
	}
	if lead && (strings.HasPrefix(after, "reported ") || strings.HasPrefix(after, "said ") || strings.HasPrefix(after, "told ")) {
		return true
	}
	if v := strings.TrimRight(after, ". "); v == "reports" || v == "reported" {
		return true // a broadcast piece's sign-off: "NPR's Ana Lind reports."
	}
	for _, a := range staffAfterName {
		if strings.HasPrefix(after, a) {
			return true
		}
	}
	return false
}

// pointerLine reports whether text is an aside in parentheses that
// points the reader to another piece ("(Ana Lind has a longer account
// here.)", "(See our timeline.)"): it starts with "see" or "read", or
// ends with "here" and says there is more to read there. The link it
// stood on is gone; it tells no fact of the story.
func pointerLine(text string) bool {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, ".")
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") || strings.Count(t, "(") != 1 || len(strings.Fields(t)) > 20 {
		return false
	}
	in := strings.ToLower(strings.TrimRight(t[1:len(t)-1], ".!"))
	if strings.HasPrefix(in, "see ") || strings.HasPrefix(in, "read ") {
		return true
	}
	// "… has a longer account here", not "… is no factor here".
	if !strings.HasSuffix(in, " here") {
		return false
	}
	for _, w := range strings.Fields(in) {
		switch w {
		case "has", "have", "more", "longer", "fuller", "read", "see", "listed", "explore", "find", "posted", "history", "account":
			return true
		}
	}
	return false
}
