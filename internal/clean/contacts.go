package clean

import (
	"regexp"
	"strings"
)

// Short lines that close an article and name its makers, not its news:
// where a reporter filed from, an invitation to follow someone, an
// address to write to.

// reportedFromLine is "Riechmann reported from Washington." or "• Jane
// Doe and John Roe reported from McLean, Va.": the wire's credit line.
var reportedFromLine = regexp.MustCompile(`^[\s•⦁·*\-–—]*` + nameRun + `(?:, ` + nameRun + `)*(?:,? and ` + nameRun + `)?(?: also)? reported from [^.!?"“”]{1,60}\.?\s*$`)

// nameRun is one to four capitalised name words.
const nameRun = `\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){0,3}`

// reportedFrom reports whether p is a wire credit saying where its
// reporters filed from.
func reportedFrom(p string, n int) bool {
	return n <= 14 && strings.Contains(p, " reported from ") && reportedFromLine.MatchString(p)
}

// followLine reports whether the folded paragraph f invites the reader to
// follow someone on a social network ("Follow Jane Doe on Twitter:
// @janedoe", "Follow Andrew on Twitter. Send tips to …").
func followLine(f string, n int) bool {
	f = strings.TrimLeft(f, " •*-")
	f = strings.TrimPrefix(strings.TrimPrefix(f, "please "), "you can ")
	if n > 30 || !strings.HasPrefix(f, "follow ") {
		return false
	}
	// "Follow reporter Jane Doe @janedoe", "… at @janedoe", "…: @janedoe".
	return strings.Contains(f, " on twitter") || strings.Contains(f, " on facebook") || strings.Contains(f, " on instagram") || strings.Contains(f, "twitter.com/") || strings.Contains(f, " @")
}

// contactLine reports whether the folded paragraph f is an address to
// write to ("Email us at tips@…", "Email Jane at jane@… or reach her on
// Signal", "Contact Jane Doe at jane@…", "Reach Jane Doe on Twitter
// @janedoe").
func contactLine(f string, n int) bool {
	f = strings.TrimLeft(f, " •*-")
	if n > 30 || !strings.Contains(f, "@") {
		return false
	}
	for _, pre := range []string{"email ", "e-mail ", "have a tip", "contact ", "reach "} {
		if strings.HasPrefix(f, pre) {
			return true
		}
	}
	return false
}

// audioLine is the label of an audio player: "Listen to the mayor 3:26",
// "Listen · 3:36".
var audioLine = regexp.MustCompile(`^Listen\b.{0,100}\b\d{1,2}:\d{2}\s*$`)

// audioPlayer reports whether p is an audio player's label.
func audioPlayer(p string, n int) bool {
	if n <= 30 && strings.Contains(p, "Listen · ") && audioTitled.MatchString(p) {
		return true
	}
	return n <= 16 && strings.HasPrefix(p, "Listen") && audioLine.MatchString(p)
}

// audioTitled is an audio player's label after its title, the running
// time twice: "Morning Edition Listen · 4:03 4:03".
var audioTitled = regexp.MustCompile(`\bListen · \d{1,2}:\d{2}(?: \d{1,2}:\d{2})?\s*$`)

// imageCaption reports whether p is a picture's caption as a page prints
// it with the word "Image" before it and the credit after it ("Image The
// mayor in Sorn on Tuesday. Credit Jane Doe for The Courier"): a credit
// is a few words with no sentence's end.
func imageCaption(p string, n int) bool {
	if n > 80 || !strings.HasPrefix(p, "Image ") {
		return false
	}
	i := strings.LastIndex(p, " Credit")
	if i < 0 || i+len(" Credit") == len(p) || !strings.ContainsRune(" .…:", rune(p[i+len(" Credit")])) {
		return false
	}
	credit := p[i+len(" Credit"):]
	return words(credit) <= 12 && !endsSentence(credit)
}
