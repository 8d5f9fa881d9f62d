package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// byForm marks a paragraph that is furniture wherever it stands.
func (r *rules) byForm(p *para, outlet string) {
	if !hasWord(p.text) {
		p.set(KindOther, "no words")
		return
	}
	// A picture agency's credit may end with the picture's id
	// ("REUTERS/Jane Doe - RC1A2B3C4D5E"), which no credit rule expects.
	credited := withoutPictureID(p.text)
	if p.head != "" {
		if ph, ok := r.matchLong(p.head, p.tail, p.words); ok && !correctionNote(ph.kind, p.head, p.head+p.tail) {
			p.set(ph.kind, ph.reason)
			return
		}
	}
	if p.fold != "" {
		if ph, ok := r.match(p.fold, p.words); ok && !correctionNote(ph.kind, p.fold, p.fold) {
			p.set(ph.kind, ph.reason)
			return
		}
		if promoColon(p.fold) {
			p.set(KindRelated, "a promo: \""+p.fold[:strings.IndexByte(p.fold, ':')+1]+"\" and a headline")
			return
		}
		// A longer credit line names several photographers, each with a slash.
		if (p.words <= 14 || p.words <= 40 && strings.Count(p.text, "/") >= 2) && !strings.HasPrefix(p.fold, "by ") && r.isCreditLine(credited) {
			p.set(KindCredit, "a credit: names and an agency")
			return
		}
		if strings.HasSuffix(p.text, " Read more") && p.words <= 30 {
			p.set(KindRelated, "a headline ending in \"Read more\"")
			return
		}
	}
	tagged := r.sourceTagged(p.text, outlet, p.words)
	switch {
	case bareLink(p.text):
		p.set(KindRelated, "a bare link")
	case quoteTable(p.text):
		p.set(KindNavigation, "a table of stock quotes: ticker, security, last price and change")
	case allCaps(p.text, p.words):
		p.set(KindPromo, "a headline in capitals between paragraphs")
	case byAnywhere(p.text):
		p.set(KindByline, "a byline")
	case reportedFrom(p.text, p.words):
		p.set(KindCredit, "a credit: where the reporters filed from")
	case followLine(p.fold, p.words):
		p.set(KindShare, "an invitation to follow someone")
	case contactLine(p.fold, p.words):
		p.set(KindPromo, "an address to write to")
	case audioPlayer(p.text, p.words):
		p.set(KindPromo, "an audio player's label")
	case imageCaption(p.text, p.words):
		p.set(KindCaption, "a picture's caption between \"Image\" and its credit")
	case tagged == KindRelated:
		p.set(KindRelated, "a headline tagged with its source")
	case tagged == KindCaption:
		p.set(KindCaption, "a caption ending with its credit")
	case videoClosed(p.text):
		p.set(KindCaption, "a video's caption under its player's CLOSE button")
	case showHideBox(p.text):
		p.set(KindPromo, "a box of background opened by its \"Show Hide\" buttons (a timeline, a Q&A, a profile)")
	case galleryEnded(p.text):
		p.set(KindCaption, "a photo gallery's captions, ending with a \"Hide Caption N of M\" counter")
	case socialEmbed(p.text):
		p.set(KindSocial, "an embedded post, signed with its account and date")
	case ownShowPromo(p.text, outlet, p.words):
		p.set(KindPromo, "a promotion of the outlet's own programme")
	case r.creditEnded(credited, p.words):
		p.set(KindCaption, "a caption ending with its photo credit")
	case r.creditStarted(p.text, p.words):
		p.set(KindCaption, "a caption starting with its photo credit")
	case r.creditTail(credited, p.words):
		p.set(KindCaption, "a caption ending with its photo credit")
	case photoByEnd(p.text, p.words):
		p.set(KindCaption, "a caption ending with \"photo by\" and its photographer")
	case r.creditClosed(credited, p.words):
		p.set(KindCaption, "a caption closed by a photo agency's credit")
	case r.agencyOpened(p.text, p.fold+p.head, p.words):
		p.set(KindCaption, "a caption or pull quote under a photo agency's name")
	case dateCaption(p.text, p.words):
		p.set(KindCaption, "a caption ending with its date")
	case gluedPromo(p.text, p.words):
		p.set(KindRelated, "a promo: a label glued to a headline (\"Label:Headline\")")
	case adUnit(p.text):
		p.set(KindAd, "an ad unit's settings")
	case graphicTitled(p.text, p.words):
		p.set(KindCaption, "an interactive map or chart: its title, ending with the time span it shows, run into its captions")
	case chartRows(p.text):
		p.set(KindOther, "a chart's rows run together (\"Label: 49 percent Label: 26 percent …\")")
	case pictureCaption(p.text, p.words):
		p.set(KindCaption, "a caption: it points to its picture (\"pictured\", \"(left)\") and ends with no full stop")
	}
	if p.furniture() {
		return
	}
	p.cuts = append(linkBoxes(p.text), parenPromos(p.text)...)
	p.cuts = append(p.cuts, herePromos(p.text)...)
	p.cuts = append(p.cuts, quoteTags(p.text)...)
	if h, ok := gluedHeading(p.text, p.words); ok {
		p.cuts = append(p.cuts, h)
	}
	if c, ok := tuneInPromo(p.text, outlet, p.words); ok {
		p.cuts = append(p.cuts, c)
	}
	if c, ok := watchBelow(p.text, outlet); ok {
		p.cuts = append(p.cuts, c)
	}
	if strings.HasPrefix(p.text, "Update from ") {
		p.cuts = append(p.cuts, updateFromLabel(p.text)...)
	} else if c, ok := updateLabel(p.text); ok {
		p.cuts = append(p.cuts, c)
	}
	if c, ok := listMarker(p.text); ok {
		p.cuts = append(p.cuts, c)
	}
	if strings.Contains(p.text, "JUST WATCHED ") {
		p.cuts = append(p.cuts, videoBlocks(p.text)...)
	}
	if containsAfter(p.text, "toggle caption ", 2) {
		p.cuts = append(p.cuts, r.toggleCaptions(p.text)...)
	}
	if len(p.cuts) > 1 {
		slices.SortFunc(p.cuts, func(a, b Cut) int { return a.Start - b.Start })
		p.cuts = mergeCuts(p.cuts)
	}
}

// withoutPictureID returns s without a picture id after a dash at its
// end: a run of 10 to 16 capitals and digits, with a digit, as picture
// agencies number their photos ("... REUTERS/Jane Doe – RC19CEF89570").
func withoutPictureID(s string) string {
	t := strings.TrimRight(s, " ")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return s
	}
	id := t[i+1:]
	if len(id) < 10 || len(id) > 16 || !strings.ContainsAny(id, "0123456789") {
		return s
	}
	for j := 0; j < len(id); j++ {
		if c := id[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return s
		}
	}
	head := strings.TrimRight(t[:i], " ")
	for _, dash := range []string{"-", "–", "—"} {
		if h, ok := strings.CutSuffix(head, dash); ok {
			return strings.TrimRight(h, " ")
		}
	}
	return s
}

// correctionWords mark a note that corrects the article: it is text, not
// a bare update notice.
var correctionWords = []string{"correct", "clarif", "error", "misstat", "misidentif", "misspell", "misquot", "incorrect"}

// correctionNote reports whether a paragraph that a phrase of kind marks
// as an update notice or an editor's note (folded start head, folded text
// f) corrects the article: a correction states what the article now says
// and is text.
func correctionNote(kind, head, f string) bool {
	switch kind {
	case KindUpdate:
	case KindDisclaimer:
		if !strings.HasPrefix(stripLead(head), "editor's note") {
			return false
		}
	default:
		return false
	}
	return corrects(f)
}

func corrects(f string) bool {
	for _, w := range correctionWords {
		for i := 0; ; {
			j := strings.Index(f[i:], w)
			if j < 0 {
				break
			}
			// The word must start there: "terrorism" holds no error.
			if at := i + j; at == 0 || !isLetterByte(f[at-1]) {
				return true
			}
			i += j + len(w)
		}
	}
	return false
}

// isLetterByte reports whether c is an ASCII letter (folded text is lower
// case; a byte of a multi-byte letter counts as one too).
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// promoColon reports whether a folded paragraph is a promo of another
// story: "Also on POLITICO: Headline", "More from Yahoo News: …".
func promoColon(f string) bool {
	s := stripLead(f)
	for _, pre := range []string{"also on ", "more from ", "read more from ", "more on ", "also from "} {
		if !strings.HasPrefix(s, pre) {
			continue
		}
		i := strings.IndexByte(s, ':')
		return i > 0 && words(s[:i]) <= 6 && strings.TrimSpace(s[i+1:]) != "" && words(s) <= 30
	}
	return false
}

// mergeCuts merges overlapping cuts sorted by start.
func mergeCuts(cs []Cut) []Cut {
	out := cs[:1]
	for _, c := range cs[1:] {
		last := &out[len(out)-1]
		if c.Start <= last.End {
			last.End = max(last.End, c.End)
			continue
		}
		out = append(out, c)
	}
	return out
}

// gluedPromo reports whether paragraph p of n words is a promo of
// another story written as a label glued to its headline, no space
// after the colon ("Markets:Stocks slide as rates rise", "Poll:'A slim
// margin'"): a letter before the colon, a capital or an opening quote
// after it, and two words or more of headline. A sentence puts a space
// after its colon; a time (10:30) has digits around it.
func gluedPromo(p string, n int) bool {
	if n > 30 || p == "" || !(p[0] >= 'A' && p[0] <= 'Z') {
		return false
	}
	i := strings.IndexByte(p, ':')
	if i <= 0 || i+1 >= len(p) || words(p[:i]) > 8 {
		return false
	}
	if b := p[i-1]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i+1:])
	if !unicode.IsUpper(r) && !strings.ContainsRune("'\"‘“", r) {
		return false
	}
	return words(p[i+1:]) >= 2
}

// adUnit reports whether p is an ad slot's settings left in the text
// ({"unitName":"dfpPosition1",…} hidden ad unit).
func adUnit(p string) bool {
	return strings.HasPrefix(p, `{"unitName"`) || strings.HasSuffix(p, " hidden ad unit")
}

// pictureMarks are the words with which a caption points into its
// picture: "Jane Doe (left)", "the ferry, pictured on Monday", "the
// mayor is pictured".
var (
	picturedMarks = []string{", pictured", "(pictured", " is pictured", " are pictured", " was pictured", " were pictured"}
	picturedAfter = []string{"above", "below", "here", "left", "right", "center", "centre", "on", "in", "at", "with", "during", "yesterday", "today", "last", "earlier", "this", "arriving", "holding", "leaving", "speaking"}
	placeMarks    = []string{"(left)", "(right)", "(centre)", "(center)", "(above)", "(below)", "(top)", "(bottom)", "(inset)", "(top left)", "(top right)", "(bottom left)", "(bottom right)", "(far left)", "(far right)", "(second left)", "(second right)", "(front)", "(back)"}
)

// pictureCaptionWords bounds the words of a caption that points into its
// picture.
const pictureCaptionWords = 80

// pictureCaption reports whether paragraph p of n words is a picture's
// caption set between paragraphs, as the Daily Mail prints them: it
// points into its picture ("Jane Doe (left) and John Roe (right) left
// the hall", "the ferry, pictured on Monday, sailed late", "protesters
// are pictured outside") and ends with no full stop, question mark,
// colon or semicolon. A sentence of the report ends with its stop; "not
// pictured" tells of what the picture leaves out.
func pictureCaption(p string, n int) bool {
	if n > pictureCaptionWords || !strings.Contains(p, "pictured") && !strings.Contains(p, ")") {
		return false
	}
	t := strings.TrimRight(p, " \"'”’)]»")
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?…:;", last) || strings.Contains(p, "not pictured") {
		return false
	}
	for _, m := range picturedMarks {
		if strings.Contains(p, m) {
			return true
		}
	}
	for i := 0; ; {
		j := strings.Index(p[i:], "pictured ")
		if j < 0 {
			break
		}
		i += j + len("pictured ")
		w := p[i:]
		if k := strings.IndexAny(w, " ,)"); k >= 0 {
			w = w[:k]
		}
		for _, a := range picturedAfter {
			if w == a {
				return true
			}
		}
	}
	for _, m := range placeMarks {
		if strings.Contains(p, m) {
			return true
		}
	}
	return false
}
