package outlet

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key folds an outlet name for matching: letters and digits only, lower
// case, accents removed, "&" read as "and", a leading "the" and a trailing
// ".com" (or .org, .net, .co.uk …) dropped, words separated by one space.
// "The Daily Caller", "Daily Caller" and "daily-caller" share a key.
func Key(name string) string {
	ws := Words(name)
	for len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && webSuffix[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// webSuffix are the trailing words of a name written as a site
// ("TheBlaze.com", "NBCNews.com") that Key drops.
var webSuffix = map[string]bool{"com": true, "org": true, "net": true, "co": true, "uk": true, "us": true, "io": true}

// Words splits a name into lower-cased words of letters and digits,
// accents removed; "&" becomes "and".
func Words(name string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped
		case r == '\'' || r == '’' || r == '!':
			// "Investor's", "Yahoo!": part of the word
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			flush()
			out = append(out, "and")
		default:
			flush()
		}
	}
	flush()
	return out
}

// sectionWords are the words a parenthesised section may be made of:
// "CNN (Web News)", "Fox News (Online)", "Cato Institute (blog)". A
// parenthesis of other words ("The Observer (New York)") tells outlets
// apart and stays part of the name.
var sectionWords = map[string]bool{
	"news": true, "opinion": true, "opinions": true, "editorial": true, "editorials": true, "op": true, "ed": true,
	"oped": true, "commentary": true, "analysis": true, "blog": true, "blogs": true, "online": true, "web": true,
	"digital": true, "print": true, "politics": true, "business": true, "sport": true, "sports": true, "world": true,
	"live": true, "video": true, "tv": true, "radio": true, "fact": true, "check": true, "features": true,
	"magazine": true, "investigations": true, "podcast": true, "newsletter": true, "local": true, "national": true,
	"international": true, "science": true, "tech": true, "technology": true, "culture": true, "arts": true,
	"health": true, "money": true, "markets": true, "finance": true, "and": true, "the": true, "letters": true,
	"columns": true, "column": true, "columnists": true, "wire": true, "breaking": true, "media": true,
}

// SplitSection splits an outlet name into the outlet and its section:
// "New York Times - Opinion" is the New York Times, section "Opinion";
// "CNN (Web News)" is CNN, section "Web News". A name without a section
// comes back whole with section "".
func SplitSection(name string) (base, section string) {
	name = strings.TrimSpace(name)
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			b, s := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+len(sep):])
			if b != "" && s != "" && len(Words(b)) > 0 && len(Words(s)) > 0 {
				return b, s
			}
		}
	}
	if strings.HasSuffix(name, ")") {
		if i := strings.LastIndex(name, " ("); i > 0 {
			b, s := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+2:len(name)-1])
			ws := Words(s)
			all := len(ws) > 0 && len(Words(b)) > 0
			for _, w := range ws {
				all = all && sectionWords[w]
			}
			if all {
				return b, s
			}
		}
	}
	return name, ""
}
