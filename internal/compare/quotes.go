package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Quote matching: two quotes of different articles are one statement when
// their speakers agree (or one is unknown) and at least minQuoteOverlap of
// the shorter one's words appear, in order, in the other (and at least two
// words, or the whole of a one-word quote with the same speaker).
const minQuoteOverlap = 0.5

// quoteKeys is how many of its rarest stems a quote looks up to find
// candidates, and quotePostingCap the most quotes a looked-up stem may
// have.
const (
	quoteKeys       = 8
	quotePostingCap = 64
)

// quoteItem is one quotation of one article.
type quoteItem struct {
	doc     int
	q       nlp.Quote
	speaker int // global entity id, -1 when unknown
	// joint lists, for words several persons said together ("Lund and
	// Ruiz said in a joint statement"), the global entity ids of all of
	// them in increasing order; speaker is then the first of them, so
	// that articles naming the persons in other orders give their
	// quotes one speaker. Nil for one speaker.
	joint []int
	// party is true when the text names the speaker by a party noun
	// only ("the New York Democrat said"): someone speaks, though who
	// is unknown.
	party bool
	keys  []string
	// gap[i] is true when the quote leaves words out before keys[i]
	// (an ellipsis or a break between parts).
	gap []bool
	// nested[i] is true when keys[i] is inside a quotation within the
	// quote (the speaker quoting someone: 'a thousand points of light').
	nested []bool
	// stop[i] is true when keys[i] ends a sentence of the quote (its
	// word ends in a full stop, a question or an exclamation mark).
	stop  []bool
	stems []string
	// translated is true when the article gives the quote as a
	// translation (see quoteTranslated).
	translated bool
	// keyCount counts the keys.
	keyCount map[string]int
	// content holds the keys of the quote's content words (not stop
	// words).
	content map[string]bool
}

// commonKeys is the size of the multiset intersection of two key counts.
func commonKeys(a, b map[string]int) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for k, c := range a {
		n += min(c, b[k])
	}
	return n
}

// collectQuotes lists the quotes of all docs.
func collectQuotes(docs []*doc) []quoteItem {
	var out []quoteItem
	for _, d := range docs {
		for _, q := range d.an.Quotes {
			it := quoteItem{doc: d.idx, q: q, speaker: -1}
			it.keys, it.gap, it.nested, it.stop = quoteWords(d, q)
			it.translated = quoteTranslated(d, q)
			if q.Speaker != nil && q.Speaker.Entity >= 0 && q.Speaker.Entity < len(d.global) {
				it.speaker = d.global[q.Speaker.Entity]
				it.joint = jointGlobals(d, q.Speaker)
				if len(it.joint) > 0 {
					it.speaker = it.joint[0]
				}
			}
			it.stems = quoteStems(d.an, q)
			it.content = quoteContent(d.an, q)
			it.keyCount = map[string]int{}
			for _, k := range it.keys {
				it.keyCount[k]++
			}
			if len(it.keys) > 0 {
				out = append(out, it)
			}
		}
	}
	return out
}

// quoteWords returns the comparison keys of a quote's words, part by part,
// and for each key whether the quote leaves something out right before
// it: an ellipsis ("…", "...", "[…]") or the break between two parts
// (`"A," he said, "B."`), and whether it is inside a quotation within
// the quote (in single marks: "to be, in his words, 'a lamp for every
// harbour'").
func quoteWords(d *doc, q nlp.Quote) ([]string, []bool, []bool, []bool) {
	var ks []string
	var gap, nested, stop []bool
	pending := false
	inner := -1 // the first key of an open inner quotation`
	for pi, p := range q.Parts {
		text, ok := partText(d, p)
		if !ok {
			text = q.Text
		}
		if pi > 0 {
			pending = true
		}
		bracket, paren := false, false
		for _, w := range splitEllipses(words(text)) {
			opens := inner < 0 && innerOpen(w)
			if opens {
				inner = len(ks)
			}
			closes := inner >= 0 && innerClose(w)
			// An ellipsis before a word's letters leaves words out before
			// it, one after them leaves words out after it.
			trail := false
			if i := max(strings.Index(w, "…"), strings.Index(w, "...")); i >= 0 {
				if strings.TrimLeft(w[:i], "\"'“‘([") == "" {
					pending = true
				} else {
					trail = true
				}
			}
			// An ending the writer adds in brackets to fit the
			// speaker's verb to its own sentence ("mourn(s)",
			// "call[s]") is no word of the speaker: the word is keyed
			// without it (the speaker's "I mourn" then holds the
			// version, a shortening).
			if stem, ok := bracketedEnding(w); ok {
				w = stem
			}
			// Words in square brackets are the writer's insertion
			// ("that [a] missile"): left out, and marked as a gap.
			// Brackets inside a word ("[I]mmigration") only change
			// its case.
			// An editor's "[sic]" leaves nothing out.
			if !bracket && isSic(w) {
				continue
			}
			if bracket || strings.HasPrefix(w, "[") && (!strings.Contains(w, "]") || strings.HasSuffix(strings.TrimRight(w, ".,;:!?\"'”’"), "]")) {
				bracket = !strings.Contains(w, "]")
				pending = true
				continue
			}
			// So are words in parentheses: "the (public school)
			// system".
			if paren || strings.HasPrefix(w, "(") {
				paren = !strings.Contains(w, ")")
				pending = true
				continue
			}
			// A hashtag or a link a tweet ends with is no word of the
			// statement: a version without it quotes all the words.
			if tagOrLink(w) {
				continue
			}
			if strings.ContainsAny(w, "[]") {
				// Built once per word, a strings.Replacer was most of
				// what this loop cost.
				w = strings.ReplaceAll(strings.ReplaceAll(w, "[", ""), "]", "")
			}
			for _, k := range quoteWordKeys(w) {
				ks = append(ks, k)
				gap = append(gap, pending)
				nested = append(nested, inner >= 0)
				stop = append(stop, false)
				pending = false
			}
			if n := len(stop); n > 0 && endsSentence(w) {
				stop[n-1] = true
			}
			pending = pending || trail
			if closes {
				inner = -1
			}
		}
		// An inner quotation that does not close is an apostrophe
		// ("'cause"), not a quotation.
		if inner >= 0 {
			for i := inner; i < len(nested); i++ {
				nested[i] = false
			}
			inner = -1
		}
		if len(q.Parts) == 0 {
			break
		}
	}
	if len(q.Parts) == 0 {
		ks = keys(words(q.Text))
		gap = make([]bool, len(ks))
		nested = make([]bool, len(ks))
		stop = make([]bool, len(ks))
	}
	return ks, gap, nested, stop
}

// bracketedEnding returns written word w without an ending of one to
// three letters in brackets or parentheses after two letters or more
// ("mourn(s)", "call[ed],"), the punctuation after it kept; ok is false
// for any other word ("[I]mmigration", "(public").
func bracketedEnding(w string) (string, bool) {
	t := strings.TrimRight(w, ".,;:!?\"'”’")
	if len(t) < 5 {
		return w, false
	}
	var open byte
	switch t[len(t)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return w, false
	}
	i := strings.LastIndexByte(t, open)
	if i < 0 {
		return w, false
	}
	stem, end := t[:i], t[i+1:len(t)-1]
	letters := func(s string) bool {
		return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	lead := strings.TrimLeft(stem, "\"'“‘")
	if len(end) > 3 || !letters(end) || len([]rune(lead)) < 2 || !letters(lead) {
		return w, false
	}
	return stem + w[len(t):], true
}

// endsSentence reports whether written word w ends a sentence: a full
// stop, question or exclamation mark before any closing marks (not an
// abbreviation's single letter, "U.S." counts).
func endsSentence(w string) bool {
	w = strings.TrimRight(w, "\"'”’)")
	return strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "...") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
}

// splitEllipses splits a written word at an ellipsis between letters
// ("wants…this", "politician...All") into the word before it, ellipsis
// included, and the word after it, and writes an ellipsis of spaced dots
// (". . .") as one, so that the words left out there are marked as with
// a spaced "…".
func splitEllipses(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w == "." && i+2 < len(ws) && ws[i+1] == "." && strings.TrimRight(ws[i+2], ",;") == "." {
			// ". . ." written with spaces
			out = append(out, "\u2026")
			i += 2
			continue
		}
		for {
			i, n := strings.Index(w, "\u2026"), len("\u2026")
			if j := strings.Index(w, "..."); j >= 0 && (i < 0 || j < i) {
				i, n = j, 3
			}
			for i >= 0 && i+n < len(w) && w[i+n] == '.' {
				n++ // "...." ends a sentence too
			}
			if i <= 0 || i+n >= len(w) || !strings.ContainsFunc(w[:i], unicode.IsLetter) || !strings.ContainsFunc(w[i+n:], unicode.IsLetter) {
				break
			}
			out = append(out, w[:i+n])
			w = w[i+n:]
		}
		out = append(out, w)
	}
	return out
}

// tagOrLink reports whether written word w is a hashtag ("#2020VISION"),
// a handle ("@elonmusk") or a link ("https://t.co/x", "pic.twitter.com/x").
func tagOrLink(w string) bool {
	w = strings.TrimLeft(w, "\"'“‘([")
	if rest, ok := strings.CutPrefix(w, "#"); ok && strings.ContainsFunc(rest, unicode.IsLetter) {
		return true // "#1" is a rank, "#2020VISION" a hashtag
	}
	if rest, ok := strings.CutPrefix(w, "@"); ok && rest != "" && (unicode.IsLetter([]rune(rest)[0]) || unicode.IsDigit([]rune(rest)[0]) || rest[0] == '_') {
		return true
	}
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "pic.twitter.com/")
}

// innerOpen reports whether written word w opens a quotation in single
// marks ("'a", "‘a").
func innerOpen(w string) bool {
	w = strings.TrimLeft(w, "\"“([")
	for _, m := range []string{"'", "‘"} {
		if rest, ok := strings.CutPrefix(w, m); ok && rest != "" {
			r := []rune(rest)[0]
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// innerClose reports whether written word w closes a quotation in single
// marks ("light'", "light’,").
func innerClose(w string) bool {
	w = strings.TrimRight(w, ".,;:!?\"”)]")
	return strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")
}

// quoteWordKeys normalises one written word of a quote for comparison:
// lower case, curly apostrophes made straight, periods inside
// abbreviations dropped ("U.S." and "US" agree), hyphenated words split
// ("long-term" and "long term" agree) and "%" spelled "percent".
func quoteWordKeys(w string) []string {
	w = strings.ReplaceAll(w, "\u2019", "'")
	if w == "&" {
		// "him & the crew", "him and the crew": a house style.
		return []string{"and"}
	}
	if ks, ok := tweetForm(w); ok {
		return ks
	}
	if k, ok := censoredKey(w); ok {
		return []string{k}
	}
	pct := strings.HasSuffix(strings.TrimRight(w, ".,;:!?\"'”’)"), "%")
	var out []string
	for _, part := range strings.FieldsFunc(w, func(r rune) bool {
		return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u2014' || r == '/'
	}) {
		k := strings.ReplaceAll(key(part), ".", "")
		if k != "" {
			out = append(out, k)
		}
	}
	if pct {
		out = append(out, "percent")
	}
	return out
}

// tweetForms are the short forms a post is typed with, and the words
// an outlet that writes the post out gives for them ("Stick w/ me",
// "Stick with me"): one post typed two ways, not the speaker's words
// changed (h/quotes58). Only lower-case "u" and "ur" are taken: "U" is
// a letter of names.
var tweetForms = map[string][]string{
	"w/": {"with"}, "w/o": {"without"}, "b/c": {"because"}, "u": {"you"}, "ur": {"your"},
	"b4": {"before"}, "thx": {"thanks"}, "pls": {"please"}, "plz": {"please"}, "&amp;": {"and"},
}

// tweetForm returns the keys of written word w when it is a tweet's
// short form (see tweetForms), alone or run into the next word
// ("w/crews").
func tweetForm(w string) ([]string, bool) {
	t := strings.TrimRight(strings.TrimLeft(w, "\"'“‘(["), ".,;:!?\"'”’)]")
	if ks, ok := tweetForms[t]; ok {
		return ks, true
	}
	if !strings.Contains(t, "/") {
		// The forms asked below all hold a slash: a word without one is
		// not lower-cased for them (quoteWordKeys asks of every word).
		return nil, false
	}
	l := strings.ToLower(t)
	for _, f := range []string{"w/o", "w/", "b/c"} {
		if rest, ok := strings.CutPrefix(l, f); ok && rest != "" && !strings.ContainsAny(rest, "/") && strings.ContainsFunc(rest, unicode.IsLetter) {
			return append(slices.Clone(tweetForms[f]), quoteWordKeys(t[len(f):])...), true
		}
	}
	if ks, ok := tweetForms[l]; ok && strings.Contains(l, "/") {
		return ks, true
	}
	return nil, false
}

// tweetTyped counts the words of text written in a tweet's short form
// (see tweetForm).
func tweetTyped(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		if _, ok := tweetForm(w); ok {
			n++
		}
	}
	return n
}

// shortWords are words of one or two letters a speaker breaks off ("a\u2014",
// "to\u2014"), which a dash after them does not censor.
var shortWords = map[string]bool{"a": true, "i": true, "o": true, "an": true, "in": true, "on": true, "to": true,
	"of": true, "we": true, "he": true, "me": true, "my": true, "so": true, "it": true, "is": true, "at": true,
	"be": true, "by": true, "do": true, "go": true, "no": true, "or": true, "up": true, "us": true, "if": true, "as": true}

// censoredKey returns the key of a word the outlet censors with an em
// dash, asterisks or hyphens after its first letters ("f\u2014", "f***",
// "f**k", "s---"): its letters with "*" where the marks stand.
func censoredKey(w string) (string, bool) {
	w = strings.TrimRight(strings.TrimLeft(w, "\"'\u201c\u2018(["), ".,;:!?\"'\u201d\u2019)]")
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	if i <= 0 {
		return "", false
	}
	j := i
	for j < len(w) && (w[j] == '*' || w[j] == '-' || strings.HasPrefix(w[j:], "\u2014")) {
		if w[j] == '*' || w[j] == '-' {
			j++
		} else {
			j += len("\u2014")
		}
	}
	marks, rest := w[i:j], w[j:]
	if marks == "" || marks == "-" || strings.ContainsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return "", false // "well-known" is two words
	}
	// Letters after the marks censor a word only with an asterisk or
	// two dashes or more ("f**k", "f---ed"); one dash joins two words,
	// but an em dash before a last letter that is no word ("Godda—m")
	// stands for the letters left out.
	lastLetter := marks == "—" && len(rest) == 1 && !shortWords[strings.ToLower(rest)] && i >= 2
	if strings.Trim(marks, "-") == "" && len(marks) < 2 || rest != "" && !strings.Contains(marks, "*") && strings.Count(marks, "-") < 2 && !lastLetter {
		return "", false
	}
	if !strings.Contains(marks, "*") && !lastLetter && (i > 2 || shortWords[strings.ToLower(w[:i])]) {
		return "", false // a word broken off ("going\u2014", "a\u2014 a day")
	}
	return strings.ToLower(w[:i]) + "*" + strings.ToLower(rest), true
}

// quoteContent returns the keys of the content words inside a quote's
// parts.
func quoteContent(an *nlp.Analysis, q nlp.Quote) map[string]bool {
	out := map[string]bool{}
	for si := q.FirstSentence; si <= q.LastSentence && si < len(an.Sentences); si++ {
		s := an.Sentences[si]
		for _, t := range s.Tokens {
			if !content(t) {
				continue
			}
			for _, p := range q.Parts {
				if p.Para == s.Para && t.Start >= p.Start && t.End <= p.End {
					for _, k := range quoteWordKeys(t.Surface) {
						out[k] = true
					}
					break
				}
			}
		}
	}
	return out
}

// quoteStems returns the content stems inside a quote's parts.
func quoteStems(an *nlp.Analysis, q nlp.Quote) []string {
	var out []string
	for si := q.FirstSentence; si <= q.LastSentence && si < len(an.Sentences); si++ {
		s := an.Sentences[si]
		for _, t := range s.Tokens {
			if !content(t) {
				continue
			}
			for _, p := range q.Parts {
				if p.Para == s.Para && t.Start >= p.Start && t.End <= p.End {
					out = append(out, t.Stem)
					break
				}
			}
		}
	}
	return out
}

// jointGlobals returns the global entity ids of a speaker and of the
// persons named with it (nlp.Speaker.With), in increasing order, or nil
// when the speaker speaks alone.
func jointGlobals(d *doc, sp *nlp.Speaker) []int {
	if len(sp.With) == 0 {
		return nil
	}
	out := []int{d.global[sp.Entity]}
	for _, e := range sp.With {
		if e >= 0 && e < len(d.global) && !slices.Contains(out, d.global[e]) {
			out = append(out, d.global[e])
		}
	}
	if len(out) < 2 {
		return nil
	}
	slices.Sort(out)
	return out
}

// jointName writes the names of the persons ids as a list ("Ivo Lund and
// Ana Ruiz", "Ivo Lund, Tom Hale and Ana Ruiz").
func jointName(ents []nlp.GlobalEntity, ids []int) string {
	var names []string
	for _, id := range ids {
		if id >= 0 && id < len(ents) {
			names = append(names, ents[id].Name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// who returns the persons the quote is given to: none when unknown, the
// joint speakers of words several said together, else the one speaker.
func (it quoteItem) who() []int {
	switch {
	case it.speaker < 0:
		return nil
	case len(it.joint) > 0:
		return it.joint
	}
	return []int{it.speaker}
}

// sameSpeaker reports whether a and b both have a known speaker and one
// person speaks in both: the same one, or one of a joint statement's
// speakers ("Lund and Ruiz said" beside "Ruiz said", or beside "Ruiz and
// Lund said").
func sameSpeaker(a, b quoteItem) bool {
	return a.speaker >= 0 && b.speaker >= 0 && (a.speaker == b.speaker || shareID(a.who(), b.who()))
}

// shareID reports whether the id lists a and b share an id.
func shareID(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// commonSpeakers returns the speakers a group of two merged groups may
// hold: those of both (a group with a joint statement and one of its
// speakers alone keeps that one), or the known ones of either.
func commonSpeakers(a, b []int) []int {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	var out []int
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// quotesMatch says whether a and b are one statement: speakers that agree
// (or one unknown), most of the shorter quote's words in order in the
// other, a run of words in common, and, where the two overlap, mostly the
// same words (two different sentences of one speaker that share phrases
// are not one statement).
func quotesMatch(a, b quoteItem) bool {
	return quotesMatchHeld(a, b, false)
}

// quotesMatchHeld is quotesMatch; with held, a shorter quote that stands
// word for word as one run in the longer also passes the density test
// (see heldAsRun).
func quotesMatchHeld(a, b quoteItem, held bool) bool {
	return quotesMatchForms(a, b, held, false)
}

// quotesMatchForms is quotesMatchHeld; with forms, the other number of
// a noun or tense of "be" is no change of words (see pairKindOfForms).
func quotesMatchForms(a, b quoteItem, held, forms bool) bool {
	if a.speaker >= 0 && b.speaker >= 0 && !sameSpeaker(a, b) {
		return false
	}
	short := min(len(a.keys), len(b.keys))
	if short == 1 {
		return sameSpeaker(a, b) && equal(a.keys, b.keys)
	}
	// A fragment of a few words ("Nazi symbol") is in many quotations:
	// it is the same statement only when both name the same speaker.
	if short <= maxFragment && !sameSpeaker(a, b) {
		return false
	}
	// A fragment that is a name in capitals and that the writer says
	// someone calls a thing ("what they call a 'Harbour Renewal Pact'")
	// quotes what the thing is called, not what the speaker said: the
	// name stands in many of the speaker's sentences. (A name the
	// speaker says within a remark, "a 'Scrooge Christmas' warning",
	// is the speaker's words.)
	if short <= maxFragment && len(a.keys) != len(b.keys) {
		s := a
		if len(b.keys) < len(a.keys) {
			s = b
		}
		if namingVerbs[strings.ToLower(s.q.Verb)] && properName(s.q.Text) {
			return false
		}
	}
	// With no speaker on either side, a phrase of a few more words is
	// still no statement of one person: a slogan chanted by a crowd and
	// cried by someone else, a document's phrase that another article
	// quotes from elsewhere.
	if short <= maxAnonymous && a.speaker < 0 && b.speaker < 0 {
		return false
	}
	// The words the two have in common bound their longest common
	// subsequence: most pairs fail here without the quadratic table.
	if common := commonKeys(a.keyCount, b.keyCount); common < 2 || float64(common) < minQuoteOverlap*float64(short) {
		return false
	}
	al := alignQuotes(a.keys, b.keys)
	if al.matched < 2 || float64(al.matched) < minQuoteOverlap*float64(short) || al.run < min(minQuoteRun, short) {
		return false
	}
	// Two quotes that share no more words than a fragment, each with words
	// of its own, are parts of one statement only when both articles give
	// it to the same speaker: a name ("Senator Ada Brennick"), a stock
	// phrase ("the harbour's crews") or a slogan one outlet quotes from
	// one speaker and another from someone else is in many statements.
	// With no speaker on either side, a few words more are still such a
	// phrase ("prize the liberty of the harbour" and "liberty of the
	// harbour is a mainstay of …"), as for whole quotes (maxAnonymous). (A
	// compound one writes with a hyphen, "state-wide", is one word.)
	if al.matched <= maxAnonymous && !sameSpeaker(a, b) {
		limit := maxFragment
		if a.speaker < 0 && b.speaker < 0 {
			limit = maxAnonymous
		}
		if al.matched <= limit && sharedAtMost(a, b, limit) {
			return false
		}
	}
	// The words in common must say something: "a symbol of the" is in
	// many sentences.
	content := 0
	for _, op := range al.ops {
		if op.op == '=' && a.content[a.keys[op.i]] {
			content++
		}
	}
	need := min(2, len(a.content), len(b.content))
	for _, it := range []quoteItem{a, b} {
		if len(it.keys) <= maxFragment {
			need = min(need, max(1, contentKeys(it)))
		}
	}
	if content < need {
		return false
	}
	// A fragment that is only a noun with its article ("the
	// investigations") is in many statements: as a part of a longer
	// quote it names a topic, not the speaker's words. A fragment with
	// a word of its own besides ("star witness", "too controversial",
	// "will be addressed") may be quoted from one statement.
	if short <= maxFragment && len(a.keys) != len(b.keys) && bareNoun(a, b) {
		return false
	}
	// Words one version quotes only where the other quotes someone
	// within its quote are the words of that other speaker, not this
	// statement ("in his words, 'a lamp for every harbour'").
	if allNested(a, al, true) != allNested(b, al, false) {
		return false
	}
	// Inside the overlap, each side keeps most of its words.
	if float64(al.matched) < minQuoteDensity*float64(max(al.aHi-al.aLo, al.bHi-al.bLo)) && !(held && heldAsRun(a, b)) {
		return false
	}
	var k string
	if forms {
		k, _ = pairKindOfForms(a, b)
	} else {
		k = pairKind(a, b)
	}
	// A short line nobody is said to speak (a cartoon's caption, a
	// title) that words a speaker's longer statement otherwise is a
	// text of its own, not a version of the statement: joined, it made
	// the group an identical copy or an alteration of it (h/quotes58).
	if k == QuoteAltered && (captionOf(a, b) || captionOf(b, a)) {
		return false
	}
	return k != quoteDifferent
}

// maxCaption is the most words of a line that captionOf takes for a
// caption or a title.
const maxCaption = 12

// captionOf reports whether x is a short line of no speaker, no party
// noun and no verb of saying (see maxCaption), shorter than y, which a
// speaker says, and built of y's words in another order: every word of x
// that the alignment leaves unmatched stands elsewhere in y, a content
// word among them ("Lund uses the crews as props" against "when a mayor
// uses the crews as props, as Lund did"; not "it is" against "tonight
// is", a transcript's difference). A fragment of y with a word y does not give ("a declined
// prosecution" for "a declined investigation") is y's words changed.
func captionOf(x, y quoteItem) bool {
	if x.speaker >= 0 || x.party || x.q.Verb != "" || y.speaker < 0 || len(x.keys) > maxCaption || len(x.keys) >= len(y.keys) {
		return false
	}
	moved := 0
	for _, op := range alignQuotes(x.keys, y.keys).ops {
		if op.op != '-' {
			continue
		}
		if y.keyCount[x.keys[op.i]] == 0 {
			return false
		}
		if contentWord(x.keys[op.i]) {
			moved++
		}
	}
	return moved > 0
}

// attachLoneSentences, after attachSameWords, pairs two quotes still
// alone each, of two articles, that give one known speaker the same
// whole sentences at their start (or end) and go on with words of their
// own (see sentencesAroundPassage): excerpts of one statement whose
// overlap is too thin for quotesMatch. Only lone quotes pair: asked
// while matching, the rule also grew groups of several versions and
// changed judged quote groups (h/quotes57).
func attachLoneSentences(items []quoteItem, parent unionFind, spk [][]int, members [][]int, stems [][]string, post map[string][]int) {
	attachLoneBy(items, parent, spk, members, stems, post, loneRule{
		min: minSharedPassage + 1,
		fits: func(r, s int) bool {
			return len(members[r]) == 1 && items[members[r][0]].doc != items[s].doc &&
				sentencesAroundPassage(items[members[r][0]], items[s])
		},
		speakers: func(r, s int) []int {
			if spk[r] != nil {
				return spk[r]
			}
			return spk[s]
		},
	})
}

// sentencesAroundPassage reports whether a and b, given to one known
// speaker, start (or end) with the same whole sentences, at least
// minSharedPassage words, and each goes on with words of its own (see
// excerptsAroundPassage): one outlet quotes a statement's opening
// sentence and the figures after it, another the same sentence and,
// after a cut, its closing line (h/quotes57). Their overlap is too thin
// for the density test, yet they are excerpts of one statement. The
// passage must end (begin) a sentence in both, or at a cut: a phrase
// two statements share runs on into different words.
func sentencesAroundPassage(a, b quoteItem) bool {
	if a.speaker < 0 || b.speaker < 0 || !sameSpeaker(a, b) || !excerptsAroundPassage(a, b) {
		return false
	}
	at := func(bs []bool, i int) bool { return i >= 0 && i < len(bs) && bs[i] }
	na, nb := len(a.keys), len(b.keys)
	if p := commonPrefix(a.keys, b.keys); p >= minSharedPassage && p < na && p < nb &&
		(at(a.stop, p-1) || at(a.gap, p)) && (at(b.stop, p-1) || at(b.gap, p)) {
		return true
	}
	if n := commonSuffix(a.keys, b.keys); n >= minSharedPassage && n < na && n < nb &&
		(at(a.stop, na-n-1) || at(a.gap, na-n)) && (at(b.stop, nb-n-1) || at(b.gap, nb-n)) {
		return true
	}
	return false
}

// heldAsRun reports whether the shorter of a and b, of more than
// maxAnonymous words, stands word for word as one run in the other: a
// part of it, however the common subsequence spreads its small words
// ("if", "we", "the") over the longer one and makes the overlap look
// thin (one outlet quotes a statement's last sentence, another the
// statement whole; h/quotes55).
func heldAsRun(a, b quoteItem) bool {
	if len(b.keys) < len(a.keys) {
		a, b = b, a
	}
	return len(a.keys) > maxAnonymous && containsRun(b.keys, a.keys)
}

// contentKeys counts the distinct keys of it that are content words.
// The content map may hold a token that is no key ("s" of "that's",
// whose key is the whole word): counting the map instead would ask a
// short answer ("That's correct") for two content words in common and
// keep three outlets' versions of it apart (h/quotes55). quotesMatch
// counts keys so only for a fragment, and never asks for less than one.
func contentKeys(it quoteItem) int {
	n := 0
	seen := map[string]bool{}
	for _, k := range it.keys {
		if it.content[k] && !seen[k] {
			seen[k] = true
			n++
		}
	}
	return n
}

// nameLinks are the small words a name in capitals may hold ("Bill of
// Rights", "Department of the Interior").
var nameLinks = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "&": true}

// properName reports whether text is a name in capitals: at least two
// words, each capitalised but for nameLinks, and none a sentence
// ("Green Harbour Pact", not "Tough choices").
func properName(text string) bool {
	caps := 0
	for _, w := range strings.Fields(text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		switch {
		case w == "":
		case capitalised(w):
			caps++
		case nameLinks[w]:
		default:
			return false
		}
	}
	return caps >= 2
}

// sharedAtMost reports whether a and b share no more than n words once
// compounds written in two words by one of them are joined.
func sharedAtMost(a, b quoteItem, n int) bool {
	ak, _ := joinCompounds(a.keys, a.gap, b.keys)
	bk, _ := joinCompounds(b.keys, b.gap, a.keys)
	return alignQuotes(ak, bk).matched <= n
}

// bareNoun reports whether the shorter of a and b is an article or a
// possessive and one content word ("the investigations", "his plan").
func bareNoun(a, b quoteItem) bool {
	s := a
	if len(b.keys) < len(a.keys) {
		s = b
	}
	if len(s.keys) != 2 || len(s.content) != 1 {
		return false
	}
	switch s.keys[0] {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your":
		return !s.content[s.keys[0]]
	}
	return false
}

// allNested reports whether every word of it that al matches (it is the
// first of the aligned quotes when first) is inside a quotation within
// it.
func allNested(it quoteItem, al quoteAlign, first bool) bool {
	for _, op := range al.ops {
		if op.op != '=' {
			continue
		}
		i := op.j
		if first {
			i = op.i
		}
		if i >= len(it.nested) || !it.nested[i] {
			return false
		}
	}
	return true
}

// minQuoteRun is the longest run of consecutive words two versions of a
// quote must share (or the whole of a shorter quote), and minQuoteDensity
// the share of the words inside the overlap of both that must match.
const (
	// maxFragment is the longest quote, in words, that joins another only
	// with the same known speaker.
	maxFragment = 3
	// maxAnonymous is the longest quote that joins another only when
	// at least one of the two has a known speaker.
	maxAnonymous    = 5
	minQuoteRun     = 2
	minQuoteDensity = 0.55
)

// quoteAlign is the word alignment of two quotes: matched words, the
// longest run of consecutive matches, the aligned region of each (from
// the first to the last matched word) and the differences inside it.
type quoteAlign struct {
	matched, run       int
	aLo, aHi, bLo, bHi int
	ops                []alignOp
}

// alignOp is one step of an alignment: equal, delete (a word of a only) or
// insert (a word of b only), at positions i of a and j of b.
type alignOp struct {
	op   byte // '=', '-', '+'
	i, j int
}

// alignQuotes aligns two key lists by their longest common subsequence.
func alignQuotes(a, b []string) quoteAlign {
	return alignAtGaps(a, b, nil, nil)
}

// alignAtGaps aligns two key lists by their longest common subsequence
// as alignQuotes does, but where one version marks words left out before
// a word (ag[i], bg[j]; nil for none) and the other has that word more
// than once, it pairs the word with the last of them that keeps the
// subsequence longest: the other version's extra words then stand where
// the first marks its elision ("the harbour … the crews" against "the
// harbour, selling the dock, the crews", whose first "the" would
// otherwise take the gap's word and leave "dock" unmarked).
func alignAtGaps(a, b []string, ag, bg []bool) quoteAlign {
	t := lcsTable(a, b)
	gapAt := func(g []bool, i int) bool { return i < len(g) && g[i] }
	var al quoteAlign
	al.aLo, al.bLo = -1, -1
	i, j, run := 0, 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			// The last equal word of the other version that loses no
			// match: the words before it are what the gap leaves out.
			if gapAt(ag, i) && !gapAt(bg, j) {
				for k := len(b) - 1; k > j; k-- {
					if b[k] == a[i] && t[i][k] == t[i][j] {
						for ; j < k; j++ {
							al.ops = append(al.ops, alignOp{'+', i, j})
						}
						run = 0
						break
					}
				}
			} else if gapAt(bg, j) && !gapAt(ag, i) {
				for k := len(a) - 1; k > i; k-- {
					if a[k] == b[j] && t[k][j] == t[i][j] {
						for ; i < k; i++ {
							al.ops = append(al.ops, alignOp{'-', i, j})
						}
						run = 0
						break
					}
				}
			}
		}
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			al.ops = append(al.ops, alignOp{'=', i, j})
			if al.aLo < 0 {
				al.aLo, al.bLo = i, j
			}
			al.aHi, al.bHi = i+1, j+1
			al.matched++
			run++
			al.run = max(al.run, run)
			i, j = i+1, j+1
			continue
		case j < len(b) && (i == len(a) || t[i][j+1] >= t[i+1][j]):
			al.ops = append(al.ops, alignOp{'+', i, j})
			j++
		default:
			al.ops = append(al.ops, alignOp{'-', i, j})
			i++
		}
		run = 0
	}
	if al.aLo < 0 {
		al.aLo, al.bLo = 0, 0
	}
	return al
}

// trimStrays narrows the aligned region of al to leave out a lone common
// word at either end that other words on both sides, more than
// maxEdgeChange on one, separate from the rest ("I may not recall…" and "If it is suggested I did so…", whose
// "I" is no part of what the two share), when a run of at least two
// common words remains.
func trimStrays(al quoteAlign) quoteAlign {
	var eq []alignOp
	for _, op := range al.ops {
		if op.op == '=' {
			eq = append(eq, op)
		}
	}
	// eq[k] is alone when other words on both sides part it from the
	// match eq[l], more than maxEdgeChange on one side.
	lone := func(k, l int) bool {
		di, dj := max(eq[l].i-eq[k].i, eq[k].i-eq[l].i)-1, max(eq[l].j-eq[k].j, eq[k].j-eq[l].j)-1
		return di > 0 && dj > 0 && max(di, dj) > maxEdgeChange
	}
	longRun := false
	for k := 1; k < len(eq); k++ {
		longRun = longRun || eq[k].i == eq[k-1].i+1 && eq[k].j == eq[k-1].j+1
	}
	if !longRun {
		return al
	}
	lo, hi := 0, len(eq)-1
	for lo+1 < hi && lone(lo, lo+1) {
		lo++
	}
	for hi-1 > lo && lone(hi, hi-1) {
		hi--
	}
	al.aLo, al.bLo = eq[lo].i, eq[lo].j
	al.aHi, al.bHi = eq[hi].i+1, eq[hi].j+1
	al.matched -= lo + len(eq) - 1 - hi
	return al
}

// joinCompounds joins two consecutive keys of ks that the other version
// writes as one word ("first-hand" split, "firsthand" whole): a spelling,
// not a change of words.
func joinCompounds(ks []string, gap []bool, other []string) ([]string, []bool) {
	whole := map[string]bool{}
	for _, k := range other {
		whole[k] = true
	}
	var out []string
	var og []bool
	for i := 0; i < len(ks); i++ {
		if i+1 < len(ks) && !whole[ks[i]] && whole[ks[i]+ks[i+1]] {
			out = append(out, ks[i]+ks[i+1])
			og = append(og, gap[i])
			i++
			continue
		}
		out = append(out, ks[i])
		og = append(og, gap[i])
	}
	return out, og
}

// quoteGroups groups the quotes of docs across articles.
func quoteGroups(docs []*doc, ents []nlp.GlobalEntity) []QuoteGroup {
	items := collectQuotes(docs)
	for i, it := range items {
		if it.speaker >= 0 && it.speaker < len(ents) && partyMember(ents[it.speaker].Name) {
			items[i].speaker, items[i].joint, items[i].party = -1, nil, true
		}
		// "the New York Democrat said" with no person it describes:
		// the analysis gives the words and no entity.
		if it.speaker < 0 && it.q.Speaker != nil && partyDescription(it.q.Speaker.Mention) {
			items[i].party = true
		}
	}
	parent := newUnionFind(len(items))
	find := parent.find
	// spk is the known speaker of each group root (-1 when none): a group
	// never holds quotes of two different known speakers, however the
	// pairs chain through quotes without one.
	spk := make([][]int, len(items))
	for i, it := range items {
		spk[i] = it.who()
	}
	// members lists each root's quotes: quotes of different articles in
	// one group must all match each other (complete linkage), so that a
	// chain of overlapping quotations does not make one statement.
	members := make([][]int, len(items))
	for i := range items {
		members[i] = []int{i}
	}
	// Candidates share a content stem (or, for quotes without one, a
	// key): each quote looks up the postings of its quoteKeys rarest stems,
	// skipping stems in more than quotePostingCap quotes, so that the
	// search stays near-linear when many quotes share common words. The
	// shorter of two versions of a quote has most of its words in the
	// longer, so among its rarest stems are some they share.
	stems := make([][]string, len(items))
	post := map[string][]int{}
	for i, it := range items {
		ks := it.stems
		if len(ks) == 0 {
			ks = it.keys
		}
		seen := map[string]bool{}
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				stems[i] = append(stems[i], k)
				post[k] = append(post[k], i)
			}
		}
	}
	tried := map[[2]int]bool{}
	for i := range items {
		ks := stems[i]
		sort.SliceStable(ks, func(x, y int) bool { return len(post[ks[x]]) < len(post[ks[y]]) })
		for _, k := range ks[:min(len(ks), quoteKeys)] {
			if len(post[k]) > quotePostingCap {
				break
			}
			for _, j := range post[k] {
				a, b := min(i, j), max(i, j)
				if items[i].doc == items[j].doc || tried[[2]int{a, b}] {
					continue
				}
				tried[[2]int{a, b}] = true
				if quotesMatch(items[a], items[b]) {
					ra, rb := find(a), find(b)
					if ra == rb || spk[ra] != nil && spk[rb] != nil && !shareID(spk[ra], spk[rb]) || !allMatch(items, members[ra], members[rb]) {
						continue
					}
					r := min(ra, rb)
					parent[max(ra, rb)] = r
					spk[r] = commonSpeakers(spk[ra], spk[rb])
					members[r] = append(members[ra], members[rb]...)
					if r != ra {
						members[ra] = nil
					} else {
						members[rb] = nil
					}
				}
			}
		}
	}
	attachLone(items, parent, spk, members, stems, post)
	attachSameWords(items, parent, spk, members, stems, post)
	attachLoneSentences(items, parent, spk, members, stems, post)
	groups := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var lists [][]int
	// whole holds, for a list of one version that stands for a group
	// of one outlet's articles (by its member), the group, whose
	// speaker it keeps.
	whole := map[int][]int{}
	for _, r := range roots {
		kept, echoes := splitEchoes(items, groups[r])
		switch oneOutlet, terms := notCompared(docs, items, kept); {
		case oneOutlet:
			// One statement of one outlet: listed once, in its
			// fullest version.
			k := fullest(items, kept)
			whole[k] = kept
			lists = append(lists, []int{k})
		case terms:
			for _, k := range kept {
				lists = append(lists, []int{k})
			}
		default:
			lists = append(lists, kept)
		}
		for _, e := range echoes {
			lists = append(lists, []int{e})
		}
	}
	sort.Slice(lists, func(i, j int) bool { return slices.Min(lists[i]) < slices.Min(lists[j]) })
	out := make([]QuoteGroup, 0, len(lists))
	type use struct{ article, text string }
	seen := map[use]bool{}
	for _, ms := range lists {
		g := describeQuotes(docs, ents, items, ms)
		if w, ok := whole[ms[0]]; ok && g.Speaker == "" {
			g.Speaker = describeQuotes(docs, ents, items, w).Speaker
		}
		if g.Kind == QuoteOneOnly && len(g.Quotes) > 0 && seen[use{g.Quotes[0].Article, printedKey(g.Quotes[0].Text)}] {
			// A page that prints the passage twice quotes it once, in
			// whatever case and punctuation ("Join me on the floor" in a
			// heading, "join me on the floor." in the text).
			continue
		}
		for _, q := range g.Quotes {
			seen[use{q.Article, printedKey(q.Text)}] = true
		}
		out = append(out, g)
	}
	return out
}

// maxTermWords is the length up to which a fragment quoted inside the
// writer's sentence is a term in quotation marks ("explicit ban",
// "rigged", "open borders"), not a statement.
const maxTermWords = 3

// notCompared reports whether the group ms of versions in several
// articles compares nothing an outlet chose, and so is no table of the
// Quotes section (issue 15; h/quotes58b). oneOutlet: every version is
// one outlet's (an article and its update or second version: the outlet
// repeats its own text, no other outlet quotes it); the statement is
// then listed once as that outlet's. terms (only when not oneOutlet):
// every version is a term of at most maxTermWords words the writers put
// in quotation marks inside their own sentences (a loaded term or a
// label, which the list of remarks quoted by one outlet leaves out as
// well, see QuoteUse.Phrase); the versions are then listed apart.
func notCompared(docs []*doc, items []quoteItem, ms []int) (oneOutlet, terms bool) {
	if len(ms) < 2 {
		return false, false
	}
	oneOutlet, terms = true, true
	ds := map[int]bool{}
	first := docs[items[ms[0]].doc]
	for _, m := range ms {
		it := items[m]
		ds[it.doc] = true
		d := docs[it.doc]
		if d.label == "" || d.label != first.label && !sameOutlet(d, first) {
			oneOutlet = false
		}
		if !it.q.Partial || len(strings.Fields(it.q.Text)) > maxTermWords {
			terms = false
		}
	}
	if len(ds) < 2 {
		return false, false
	}
	return oneOutlet, terms && !oneOutlet
}

// fullest returns the member of ms that quotes the most words, the
// first of them on a tie, preferring a version whose speaker is known.
func fullest(items []quoteItem, ms []int) int {
	best := ms[0]
	for _, m := range ms[1:] {
		a, b := items[m], items[best]
		if (a.speaker >= 0) != (b.speaker >= 0) {
			if a.speaker >= 0 {
				best = m
			}
			continue
		}
		if len(a.keys) > len(b.keys) {
			best = m
		}
	}
	return best
}

// attachLone puts each quote that the linkage above left alone in a
// group of its own into the one group it belongs to, when there is just
// one: a group (or another lone quote, of another article) of no other
// known speaker whose every member of another article matches it
// (quotesMatchHeld, a sentence held word for word in a longer quote
// passing) or is another part of one statement (partsOfOne), at least
// one matching it, and none of its own article a different statement
// that shares a phrase with it (twoStatements). Complete linkage keeps
// such a quote out when the group holds another outlet's fragment of a
// different part of the statement, and the quote is then listed as one
// outlet's alone while the group shows other outlets quoting it
// (h/quotes55, quotes-unpaired). Only lone quotes move: the groups the
// linkage made stay as they are; a lone quote another article words
// differently (altered) stays alone.
func attachLone(items []quoteItem, parent unionFind, spk [][]int, members [][]int, stems [][]string, post map[string][]int) {
	attachLoneBy(items, parent, spk, members, stems, post, loneRule{
		fits: func(r, s int) bool {
			if spk[r] != nil && spk[s] != nil && !shareID(spk[r], spk[s]) {
				return false
			}
			return loneFits(items, members[r], s)
		},
		speakers: func(r, s int) []int { return commonSpeakers(spk[r], spk[s]) },
	})
}

// loneRule is what one pass of attachLoneBy asks of a lone quote: the
// fewest words it needs (min), whether it fits the group rooted at r
// (fits), and the speakers of the joined group (speakers).
type loneRule struct {
	min      int
	fits     func(r, s int) bool
	speakers func(r, s int) []int
}

// attachLoneBy is the walk attachLone and attachSameWords share: each
// quote still alone in its group, of at least rule.min words, is looked
// up through its first stems' postings (skipping keys posted more than
// quotePostingCap times) and joins the one group that fits it, when
// there is just one.
func attachLoneBy(items []quoteItem, parent unionFind, spk [][]int, members [][]int, stems [][]string, post map[string][]int, rule loneRule) {
	for s := range items {
		if parent.find(s) != s || len(members[s]) != 1 || len(items[s].keys) < rule.min {
			continue
		}
		var fit []int
		tried := map[int]bool{s: true}
		for _, k := range stems[s][:min(len(stems[s]), quoteKeys)] {
			if len(post[k]) > quotePostingCap {
				continue
			}
			for _, j := range post[k] {
				r := parent.find(j)
				if tried[r] {
					continue
				}
				tried[r] = true
				if rule.fits(r, s) {
					fit = append(fit, r)
				}
			}
		}
		if len(fit) != 1 {
			continue
		}
		r := fit[0]
		root, other := min(r, s), max(r, s)
		parent[other] = root
		spk[root] = rule.speakers(r, s)
		members[root] = append(slices.Clone(members[r]), s)
		members[other] = nil
	}
}

// loneFits reports whether quote s may join the group of members ms (see
// attachLone).
func loneFits(items []quoteItem, ms []int, s int) bool {
	x := items[s]
	return fitsMembers(items, ms, s, func(m int) (bool, bool) {
		y := items[m]
		if !quotesMatchHeld(x, y, true) {
			return false, partsOfOne(items, ms, s, m)
		}
		// A lone quote that words the passage otherwise may be another
		// utterance: joining it would headline the group as altered on
		// a pairing the linkage did not make.
		ok := pairKind(x, y) != QuoteAltered && pairKind(y, x) != QuoteAltered
		return ok, ok
	})
}

// fitsMembers reports whether quote s may join the group of members ms:
// no member of its own article is another statement (twoStatements), each
// member of another article fits it by fits (which says whether the member
// matches s directly and whether it may stay beside s at all), and at
// least one matches directly.
func fitsMembers(items []quoteItem, ms []int, s int, fits func(m int) (direct, ok bool)) bool {
	x := items[s]
	direct := 0
	for _, m := range ms {
		if y := items[m]; y.doc == x.doc {
			if twoStatements(x, y) {
				return false
			}
			continue
		}
		d, ok := fits(m)
		if !ok {
			return false
		}
		if d {
			direct++
		}
	}
	return direct > 0
}

// partsOfOne reports whether quotes x and y of two articles, that do not
// match, are two parts of one statement: they share no content word
// (each quotes a passage the other leaves out, not the same passage in
// other words), and a third article's quote among ms, a member of y's
// group, holds both (one outlet quotes the statement whole, one its
// opening words and another its closing sentence).
func partsOfOne(items []quoteItem, ms []int, x, y int) bool {
	if sharedContent(items[x], items[y]) {
		return false
	}
	for _, z := range ms {
		if d := items[z].doc; d == items[x].doc || d == items[y].doc {
			continue
		}
		if quotesMatchHeld(items[x], items[z], true) && quotesMatch(items[y], items[z]) {
			return true
		}
	}
	return false
}

// sharedContent reports whether x and y have a content word in common
// in their alignment.
func sharedContent(x, y quoteItem) bool {
	for _, op := range alignQuotes(x.keys, y.keys).ops {
		if op.op == '=' && (x.content[x.keys[op.i]] || y.content[y.keys[op.j]]) {
			return true
		}
	}
	return false
}

// splitEchoes sets apart, from the members ms of one quote group, each
// fragment of at most maxFragment words whose article has a longer
// member of the group holding all its words in order, some paragraphs
// before it (see echoed): the article gives the statement there, and the
// few words it quotes again elsewhere are
// often the speaker's stock phrase recalled in a paraphrase of another
// occasion (a campaign "about hard choices" beside the victory speech
// that says them), which would count as a second version of the
// statement. Each such fragment makes a group of its own.
func splitEchoes(items []quoteItem, ms []int) (kept, echoes []int) {
	for _, i := range ms {
		if echoed(items, ms, i) {
			echoes = append(echoes, i)
		} else {
			kept = append(kept, i)
		}
	}
	if len(kept) == 0 {
		return ms, nil
	}
	return kept, echoes
}

// echoed reports whether member i of ms is a fragment of at most
// maxFragment words that another member of its article quotes whole
// within a longer quote, paragraphs before it (not the paragraph just
// before, which may go on with the statement). A lede's few words ahead
// of the full quote tag the statement they stand for and stay.
func echoed(items []quoteItem, ms []int, i int) bool {
	a := items[i]
	if len(a.keys) > maxFragment {
		return false
	}
	for _, j := range ms {
		b := items[j]
		if j != i && b.doc == a.doc && len(b.keys) > len(a.keys) && quotePara(b.q)+1 < quotePara(a.q) && alignQuotes(a.keys, b.keys).matched == len(a.keys) {
			return true
		}
	}
	return false
}

// quotePara is the paragraph a quote starts in (-1 for the title or
// when unknown).
func quotePara(q nlp.Quote) int {
	if len(q.Parts) == 0 {
		return -1
	}
	return q.Parts[0].Para
}

// printedKey is a quote's words with case, punctuation and spacing set
// aside: two printings of one passage have the same key.
func printedKey(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '\u2019':
			// "didn't", "didn’t": one word
		default:
			space = true
		}
	}
	return b.String()
}

// partyMembers are the nouns a writer calls a politician by ("the New
// York Democrat said"): a party, not a person, so no speaker.
var partyMembers = map[string]bool{"democrat": true, "democrats": true, "republican": true, "republicans": true,
	"independent": true, "libertarian": true, "conservative": true, "conservatives": true, "liberal": true,
	"liberals": true, "tory": true, "tories": true, "democratic": true}

// partyMember reports whether an entity name is only a party noun
// ("Democrat", "Republican").
func partyMember(name string) bool {
	return partyMembers[strings.ToLower(strings.TrimSpace(name))]
}

// partyDescription reports whether a speaker's words end in a party noun
// ("the New York Democrat", "the Ohio Republican").
func partyDescription(mention string) bool {
	f := strings.Fields(mention)
	return len(f) >= 2 && strings.EqualFold(f[0], "the") && partyMember(f[len(f)-1])
}

// shownText is a quote's words as the report shows them: its parts, as
// the article prints them, joined by an ellipsis where the writer's words
// stand between them (`"A," she said. "B."` is "A, … B."), so that two
// parts do not read as one unbroken statement. A quote whose parts cannot
// be read from the article is shown as the analysis gives it.
func shownText(d *doc, q nlp.Quote) string {
	if len(q.Parts) < 2 {
		return q.Text
	}
	texts := make([]string, 0, len(q.Parts))
	for _, p := range q.Parts {
		t, ok := partText(d, p)
		if !ok || t == "" {
			return q.Text
		}
		texts = append(texts, strings.Join(strings.Fields(t), " "))
	}
	return strings.Join(texts, " … ")
}

// partText returns the words of quote part p as d's article prints them,
// and false when the span does not fit the article's text.
func partText(d *doc, p nlp.Span) (string, bool) {
	if p.Para < 0 || p.Para >= len(d.art.Paragraphs) || p.Start < 0 || p.End > len(d.art.Paragraphs[p.Para]) || p.Start > p.End {
		return "", false
	}
	return d.art.Paragraphs[p.Para][p.Start:p.End], true
}

// describeQuotes writes one quote group for the report.
func describeQuotes(docs []*doc, ents []nlp.GlobalEntity, items []quoteItem, ms []int) QuoteGroup {
	var g QuoteGroup
	ds := map[int]bool{}
	lead := groupSpeaker(ents, items, ms)
	for _, m := range ms {
		it := items[m]
		ds[it.doc] = true
		if g.Speaker == "" && it.speaker >= 0 && (lead < 0 || it.speaker == lead) {
			g.Speaker = ents[it.speaker].Name
			if len(it.joint) > 0 {
				g.Speaker = jointName(ents, it.joint)
			}
		}
		u := QuoteUse{Article: docs[it.doc].art.ID, Text: shownText(docs[it.doc], it.q), Verb: it.q.Verb, Partial: it.q.Partial}
		if it.q.Speaker != nil {
			u.Mention = it.q.Speaker.Mention
		}
		if slices.ContainsFunc(g.Quotes, func(o QuoteUse) bool { return o.Article == u.Article && o.Text == u.Text }) {
			continue // a page that prints the passage twice quotes it once
		}
		g.Quotes = append(g.Quotes, u)
	}
	if len(ds) == 1 {
		g.Kind = QuoteOneOnly
		return g
	}
	g.Kind = QuoteIdentical
	// outlets are the group's outlets: where it has more than one, a
	// pair of one outlet's articles is not compared.
	outlets := map[string]bool{}
	for _, m := range ms {
		outlets[docs[items[m].doc].label] = true
	}
	kind := func(i, j int) string {
		a, b := items[i], items[j]
		if a.speaker >= 0 && b.speaker >= 0 && !sameSpeaker(a, b) {
			// Versions of one passage given to two persons
			// (attachSameWords) are compared as the same words.
			a.speaker, b.speaker, a.joint, b.joint = 0, 0, nil, nil
		}
		match := quotesMatchForms(a, b, true, true)
		if !match && !excerptsAroundPassage(a, b) {
			return QuoteIdentical
		}
		// Two articles of one outlet are not two outlets' versions: a
		// difference between them charges no outlet with another's
		// wording (h/trivialq54).
		if l := docs[a.doc].label; len(outlets) > 1 && l != "" && l == docs[b.doc].label {
			return QuoteIdentical
		}
		if !match {
			// Two versions of the group that do not match but overlap
			// in one passage, each with words of its own at one edge,
			// are excerpts of the statement (h/quotes56).
			return QuoteExcerpts
		}
		k, heard := pairKindOfForms(a, b)
		if k == quoteDifferent {
			// Matched only as sentences around one passage (see
			// sentencesAroundPassage).
			k = QuoteExcerpts
		}
		if k == QuoteAltered && (a.translated || b.translated) {
			// Two translations of one remark (see quoteTranslated).
			k, heard = translatedKind(a, b), false
			g.Translated = true
		}
		// One post typed with a tweet's short forms by one outlet and
		// written out by the other (see tweetForms). Asked of the same
		// words only: a part of the post may leave the short form out.
		heard = heard || k == QuoteIdentical && tweetTyped(a.q.Text) != tweetTyped(b.q.Text)
		g.Transcribed = g.Transcribed || heard
		if k == QuoteAltered && (quotedAsIs(items, ms, i, j) || quotedAsIs(items, ms, j, i)) {
			return QuoteIdentical
		}
		if k == QuoteShortened && (quotedWhole(items, ms, i, j) || quotedWhole(items, ms, j, i)) {
			return QuoteIdentical
		}
		if k == QuoteShortened || k == QuoteExcerpts {
			// An article that quotes the other's words in consecutive
			// parts: all of them, so the pair is identical when the
			// parts hold this quote too, and the other's a shortened
			// version when this quote goes on past them.
			heldI, withinI := quotedInRun(items, ms, i, j)
			heldJ, withinJ := quotedInRun(items, ms, j, i)
			switch {
			case k == QuoteShortened && (withinI || withinJ):
				return QuoteIdentical
			case k == QuoteExcerpts && (heldI || heldJ):
				return QuoteShortened
			}
		}
		return k
	}
	// The first article's versions against the others'.
	first := items[ms[0]].doc
	for _, i := range ms {
		if items[i].doc != first {
			continue
		}
		for _, j := range ms {
			if items[j].doc == first {
				continue
			}
			k := kind(i, j)
			if k == QuoteIdentical {
				continue
			}
			if kindRank[k] > kindRank[g.Kind] {
				g.Kind = k
			}
			g.Diffs = append(g.Diffs, quoteDiff(docs, items[i], items[j], k))
		}
	}
	// Then, in a small group, the other articles' versions against each
	// other, for a stronger kind only: a first version that elides the
	// passage two others word differently hides their alteration.
	if len(ms) > maxKindGroup {
		if g.Kind == QuoteAltered {
			g.Transcribed, g.Translated = false, false
		}
		return g
	}
	kind0 := g.Kind
	for _, i := range ms {
		for _, j := range ms {
			if items[i].doc == first || items[i].doc >= items[j].doc {
				continue
			}
			if k := kind(i, j); kindRank[k] > kindRank[kind0] {
				if kindRank[k] > kindRank[g.Kind] {
					g.Kind = k
				}
				g.Diffs = append(g.Diffs, quoteDiff(docs, items[i], items[j], k))
			}
		}
	}
	if g.Kind == QuoteAltered {
		g.Transcribed, g.Translated = false, false
	}
	return g
}

// maxKindGroup is the largest group whose versions describeQuotes
// compares pair by pair.
const maxKindGroup = 12

// kindRank orders the kinds of a quote pair: a group takes the
// strongest of its pairs.
var kindRank = map[string]int{QuoteIdentical: 0, QuoteExcerpts: 1, QuoteShortened: 2, QuoteAltered: 3}

// quotedAsIs reports whether the article of items[j] also quotes, in
// another quote of the group ms, items[i]'s words as it does (identical,
// or a part of one another), while that quote and items[j] word the same
// passage differently: the article itself gives both wordings, so they
// are two utterances of the speaker (a slogan said twice, "great again"
// and "so great again"), not an alteration.
func quotedAsIs(items []quoteItem, ms []int, i, j int) bool {
	for _, m := range ms {
		if m == j || items[m].doc != items[j].doc || !quotesMatch(items[j], items[m]) || pairKind(items[j], items[m]) != QuoteAltered {
			continue
		}
		if quotesMatch(items[i], items[m]) && pairKind(items[i], items[m]) != QuoteAltered {
			return true
		}
	}
	return false
}

// quotedWhole reports whether the article of items[i], in all its quotes
// of the group ms taken together, quotes every word items[j] quotes,
// each of its quotes a part of items[j]: it gives the statement whole in
// parts (two posts quoted one after the other, in either order, which
// another article quotes as one), so it quotes no part only.
func quotedWhole(items []quoteItem, ms []int, i, j int) bool {
	var own []int
	for _, m := range ms {
		if items[m].doc == items[i].doc {
			own = append(own, m)
		}
	}
	if len(own) < 2 {
		return false
	}
	counts := map[string]int{}
	for _, m := range own {
		if len(items[m].keys) >= len(items[j].keys) || pairKind(items[m], items[j]) != QuoteShortened {
			return false
		}
		for k, c := range items[m].keyCount {
			counts[k] += c
		}
	}
	return commonKeys(counts, items[j].keyCount) == len(items[j].keys)
}

// maxRunQuotes is the most consecutive quotes of one speaker that
// quotedInRun joins into one run.
const maxRunQuotes = 4

// quotedInRun reports whether items[i] is one of a run of consecutive
// quotes of one speaker in its article (each starting in the paragraph
// where the one before ends or in the next: a sentence split by its
// attribution, a post broken at a paragraph with the rest in the next)
// whose words joined hold items[j]'s words with nothing between them
// that items[j] leaves out, in a stretch that shares words with
// items[i], all the run's quotes members of the group ms: held (the
// group then shows the article quoting all items[j] quotes, and more).
// within is true when a stretch, of any run, also holds all of
// items[i]'s words: the article then quotes what items[j] quotes in
// parts, and none of it only in part; the other quotes of that run may
// stand in other groups (the part that goes on past items[j]'s last
// word).
func quotedInRun(items []quoteItem, ms []int, i, j int) (held, within bool) {
	lo, hi := i, i+1
	for lo > 0 && i-lo+1 < maxRunQuotes && inRun(items[lo-1], items[lo]) {
		lo--
	}
	for hi < len(items) && hi-i < maxRunQuotes && inRun(items[hi-1], items[hi]) {
		hi++
	}
	for s := lo; s <= i; s++ {
		for e := i + 1; e <= hi; e++ {
			if e-s < 2 || e-s > maxRunQuotes {
				continue
			}
			h, w := runHolds(items[s:e], i-s, items[j])
			held = held || h && allIn(ms, s, e)
			if w {
				return true, true
			}
		}
	}
	return held, false
}

// allIn reports whether ms holds every index from s to e (e excluded).
func allIn(ms []int, s, e int) bool {
	for x := s; x < e; x++ {
		if !slices.Contains(ms, x) {
			return false
		}
	}
	return true
}

// inRun reports whether quote y goes on from quote x: one article, no
// two different known speakers, and y starting in the paragraph where x
// ends or in the next.
func inRun(x, y quoteItem) bool {
	if x.doc != y.doc || x.speaker >= 0 && y.speaker >= 0 && !sameSpeaker(x, y) || len(x.q.Parts) == 0 || len(y.q.Parts) == 0 {
		return false
	}
	end, start := x.q.Parts[len(x.q.Parts)-1].Para, y.q.Parts[0].Para
	return start >= end && start <= end+1
}

// runHolds reports whether the words of the quotes run, joined with a
// break between each two, hold all of b's words from its first to its
// last as one stretch that pairKind finds identical to b and that shares
// words with run[own], the quote of the pair (a stretch within another
// quote of the run is that quote's match, not this one's): held; and
// whether the stretch holds all of run[own]'s words: within.
func runHolds(run []quoteItem, own int, b quoteItem) (held, within bool) {
	var keys []string
	var gap []bool
	ownLo, ownHi := 0, 0
	for x, it := range run {
		if x == own {
			ownLo, ownHi = len(keys), len(keys)+len(it.keys)
		}
		for k := range it.keys {
			keys = append(keys, it.keys[k])
			gap = append(gap, k < len(it.gap) && it.gap[k] || k == 0 && len(keys) > 1)
		}
	}
	al := alignQuotes(b.keys, keys)
	if al.matched == 0 || al.aLo != 0 || al.aHi != len(b.keys) || al.bLo >= ownHi || al.bHi <= ownLo {
		return false, false
	}
	w := quoteItem{keys: keys[al.bLo:al.bHi], gap: slices.Clone(gap[al.bLo:al.bHi])}
	if len(w.gap) > 0 {
		w.gap[0] = false
	}
	if pairKind(w, b) != QuoteIdentical {
		return false, false
	}
	return true, al.bLo <= ownLo && al.bHi >= ownHi
}

// quoteDiff compares a's wording with b's. When one quote is much longer,
// only its sentences that correspond to the other are compared.
func quoteDiff(docs []*doc, a, b quoteItem, kind string) QuoteDiff {
	wholeFrom, wholeTo := dropSic(a.q.Text), dropSic(b.q.Text)
	from, to := wholeFrom, wholeTo
	if kind == QuoteAltered {
		switch {
		case 2*len(a.keys) < len(b.keys)*1:
			to = window(to, from)
		case 2*len(b.keys) < len(a.keys):
			from = window(from, to)
		}
	}
	d := QuoteDiff{From: docs[a.doc].art.ID, To: docs[b.doc].art.ID, Kind: kind, FromText: from, ToText: to}
	d.Ops, d.Inline = wordDiff(from, to)
	if kind == QuoteAltered && from == wholeFrom && to == wholeTo {
		d = excerptsDiff(docs, a, b, d)
	}
	if ops, ok := foldSlips(d.Ops); ok {
		d.Ops, d.Inline = ops, inlineDiff(ops)
	}
	if ops, ok := trimDiffEdges(d.Ops); ok {
		d.Ops, d.Inline = ops, inlineDiff(ops)
	}
	return d
}

// minDiffAnchor is the fewest words two versions must give alike in a
// row for trimDiffEdges to take the run as where the shorter version
// starts (or ends).
const minDiffAnchor = 3

// trimDiffEdges returns ops without the words before the first run of
// minDiffAnchor words both versions give (and after the last) when only
// one version quotes them, at the very edge (a few words both give may
// stand among them),
// or when what the other gives there is those words' last ones with a
// contraction spelled out ("I've", "In all my years at the port, I
// have"): the shorter version starts (ends) elsewhere, it removes or
// adds no words (h/quotes57b). An ellipsis stands for them. ok is false
// when nothing was trimmed.
func trimDiffEdges(ops []DiffOp) ([]DiffOp, bool) {
	anchor := func(o DiffOp) bool { return o.Op == OpEqual && len(strings.Fields(o.Text)) >= minDiffAnchor }
	first, last := -1, -1
	for i, o := range ops {
		if anchor(o) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ops, false
	}
	head, okHead := trimmedEdge(ops[:first], false)
	tail, okTail := trimmedEdge(ops[last+1:], true)
	if !okHead && !okTail {
		return ops, false
	}
	out := append(append(append([]DiffOp(nil), head...), ops[first:last+1]...), tail...)
	// Join runs of kept words the trim put side by side.
	merged := out[:0]
	for _, o := range out {
		if n := len(merged); n > 0 && merged[n-1].Op == OpEqual && o.Op == OpEqual {
			merged[n-1].Text += " " + o.Text
			continue
		}
		merged = append(merged, o)
	}
	return merged, true
}

// oneSidedEdge is trimmedEdge for an edge whose words only one version
// quotes: one run of them; or two runs around words both give that the
// run nearer the anchor ends (starts) with, which the alignment took
// from the longer version's edge ("As I found myself … The" against
// "The boss"): the shorter version starts (ends) with those words. Any
// other words both give inside the edge stand between two changes, and
// the edge is kept (a word struck next to the anchor stays struck).
func oneSidedEdge(edge []DiffOp, end bool) ([]DiffOp, bool) {
	ell := DiffOp{Op: OpEqual, Text: "…"}
	switch len(edge) {
	case 1:
		return []DiffOp{ell}, true
	case 3:
		inner, both := edge[2], edge[1]
		if end {
			inner = edge[0]
		}
		iw, bw := strings.Fields(inner.Text), strings.Fields(both.Text)
		if edge[0].Op == OpEqual || len(iw) < len(bw) {
			return edge, false
		}
		part := iw[len(iw)-len(bw):]
		if end {
			part = iw[:len(bw)]
		}
		for x := range bw {
			if diffKey(part[x]) != diffKey(bw[x]) {
				return edge, false
			}
		}
		if end {
			return []DiffOp{both, ell}, true
		}
		return []DiffOp{ell, both}, true
	}
	return edge, false
}

// trimmedEdge returns the ops of one edge of a diff (before the first
// anchor, or with end after the last) as trimDiffEdges shows them: an
// ellipsis, and the words the edge gives alike after a contraction, when
// only one version quotes the edge's words; ok is false when the edge
// changes words and is kept.
func trimmedEdge(edge []DiffOp, end bool) ([]DiffOp, bool) {
	var del, ins []string
	for _, o := range edge {
		switch o.Op {
		case OpDelete:
			del = append(del, strings.Fields(o.Text)...)
		case OpInsert:
			ins = append(ins, strings.Fields(o.Text)...)
		}
	}
	ell := DiffOp{Op: OpEqual, Text: "…"}
	// Words both give at the very edge: both versions go on past the
	// change, which is inside what both quote.
	outer := 0
	if end {
		outer = len(edge) - 1
	}
	switch {
	case len(del) == 0 && len(ins) == 0 || edge[outer].Op == OpEqual:
		return edge, false
	case len(del) == 0 || len(ins) == 0:
		return oneSidedEdge(edge, end)
	}
	// A contraction one version spells out at the words next to the
	// anchor: the shorter edge, uncontracted, is the end of the longer.
	if len(edge) != 2 || edge[0].Op != OpDelete || edge[1].Op != OpInsert {
		return edge, false
	}
	short, long := del, ins
	if len(short) > len(long) {
		short, long = long, short
	}
	keysOf := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = diffKey(w)
		}
		return out
	}
	// Keys made once, and each part's length uncontracted (uncontract
	// reads word by word) summed as the part grows: only a part whose
	// length matches the shorter edge's is compared, so a long edge is
	// read once, not once per length tried.
	sk, lk := keysOf(short), keysOf(long)
	want := [2]int{len(uncontract(sk, 0)), len(uncontract(sk, 1))}
	var got [2]int
	for n := 1; n < len(long); n++ {
		part, pk, w := long[len(long)-n:], lk[len(lk)-n:], lk[len(lk)-n:len(lk)-n+1]
		if end {
			part, pk, w = long[:n], lk[:n], lk[n-1:n]
		}
		got[0] += len(uncontract(w, 0))
		got[1] += len(uncontract(w, 1))
		if got[0] != want[0] && got[1] != want[1] {
			continue
		}
		if sameUncontracted(sk, pk) {
			kept := DiffOp{Op: OpEqual, Text: strings.Join(part, " ")}
			if end {
				return []DiffOp{kept, ell}, true
			}
			return []DiffOp{ell, kept}, true
		}
	}
	return edge, false
}

// excerptsDiff compares the longer of two altered quotes that is joined
// of excerpts ("…") by its parts too: when the excerpts that correspond
// keep every word the two share and change fewer, the other excerpt it
// adds is no change of words, and d gives the parts' diff.
func excerptsDiff(docs []*doc, a, b quoteItem, d QuoteDiff) QuoteDiff {
	wf, wt := d.FromText, d.ToText
	switch {
	case len(a.keys) < len(b.keys) && joined(shownText(docs[b.doc], b.q)):
		wt = windowOf(shownText(docs[b.doc], b.q), wf, true)
	case len(b.keys) < len(a.keys) && joined(shownText(docs[a.doc], a.q)):
		wf = windowOf(shownText(docs[a.doc], a.q), wt, true)
	default:
		return d
	}
	if ops, inline := wordDiff(wf, wt); changedWords(ops) < changedWords(d.Ops) && keptWords(ops) >= keptWords(d.Ops) {
		d.FromText, d.ToText, d.Ops, d.Inline = wf, wt, ops, inline
	}
	return d
}

// keptWords counts the words a diff keeps.
func keptWords(ops []DiffOp) int {
	n := 0
	for _, o := range ops {
		if o.Op == OpEqual {
			n += len(words(o.Text))
		}
	}
	return n
}

// joined reports whether a quote's text joins excerpts with an ellipsis
// standing apart ("political, … I know").
func joined(text string) bool {
	return strings.Contains(text, " … ") || strings.Contains(text, " ... ")
}

// foldSlips returns ops with each word struck and replaced, alone, by a
// word pairKind takes for the same one (a slip of one letter, "it" for
// "its"; a number in figures for one in words; an abbreviation) kept as
// the second version writes it, and whether it folded any: the diff
// shows the changes of words, not the typos beside them.
func foldSlips(ops []DiffOp) ([]DiffOp, bool) {
	var out []DiffOp
	folded := false
	for i := 0; i < len(ops); i++ {
		if i+1 < len(ops) && ops[i].Op == OpDelete && ops[i+1].Op == OpInsert &&
			(i+2 == len(ops) || ops[i+2].Op == OpEqual) && (i == 0 || ops[i-1].Op == OpEqual) {
			v, w := words(ops[i].Text), words(ops[i+1].Text)
			if len(v) == 1 && len(w) == 1 {
				kv, kw := diffKey(v[0]), diffKey(w[0])
				if slip(kv, kw) || sameNumber(kv, kw) || sameWordOtherwise(kv, kw) {
					folded = true
					if n := len(out); n > 0 && out[n-1].Op == OpEqual {
						out[n-1].Text += " " + ops[i+1].Text
					} else {
						out = append(out, DiffOp{Op: OpEqual, Text: ops[i+1].Text})
					}
					i++
					continue
				}
			}
		}
		if n := len(out); n > 0 && out[n-1].Op == OpEqual && ops[i].Op == OpEqual {
			out[n-1].Text += " " + ops[i].Text
			continue
		}
		out = append(out, ops[i])
	}
	return out, folded
}

// maxLinkPairs bounds the pairs complete linkage checks for one merge; a
// larger merge is checked on the pair that proposed it only.
const maxLinkPairs = 400

// allMatch reports whether every quote of a matches every quote of b from
// another article, and no two quotes of one article are two statements
// that share a phrase (a remark and its later denial, both saying "an
// apartheid state").
func allMatch(items []quoteItem, a, b []int) bool {
	if len(a)*len(b) > maxLinkPairs {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if items[x].doc != items[y].doc && !quotesMatch(items[x], items[y]) {
				return false
			}
			if items[x].doc == items[y].doc && twoStatements(items[x], items[y]) {
				return false
			}
		}
	}
	return true
}

// minSharedPhrase is the run of words two quotes of one article must
// share, without being one statement, to be two statements that cannot
// be in one group.
const minSharedPhrase = 3

// twoStatements reports whether two quotes of one article share a phrase
// of minSharedPhrase words but are not one statement. Two parts of one
// statement an article quotes apart share no such phrase.
func twoStatements(x, y quoteItem) bool {
	if commonKeys(x.keyCount, y.keyCount) < minSharedPhrase || quotesMatch(x, y) {
		return false
	}
	return alignQuotes(x.keys, y.keys).run >= minSharedPhrase
}

// isSic reports whether written word w is an editor's "[sic]" (any case,
// a mark of punctuation after it): it flags the speaker's own slip and
// is no word of the statement (h/trivialq54).
func isSic(w string) bool {
	return strings.EqualFold(strings.TrimRight(w, ".,;:!?\"'”’"), "[sic]")
}

// dropSic returns text without its editor's "[sic]" marks (see isSic),
// so that a diff of two versions does not show one as a changed word.
func dropSic(text string) string {
	if !strings.Contains(strings.ToLower(text), "[sic") {
		return text
	}
	ws := strings.Fields(text)
	out := ws[:0]
	for _, w := range ws {
		if isSic(w) {
			if p := strings.TrimLeft(w, "[sicSIC]"); p != "" && len(out) > 0 {
				out[len(out)-1] += p // the punctuation after the mark
			}
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
