package dedup

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotedWords marks the tokens of text that stand inside double quotation
// marks (“…”, „…“, «…», "…"), paragraph by paragraph: words that a text
// attributes to someone else. A quotation left open at the end of a
// paragraph (news style continues a quote in the next one) ends there.
func quotedWords(text string, toks []Token) []bool {
	_, doc, _ := announcingParagraph(text)
	return quotedWordsAt(text, toks, doc)
}

// quotedWordsAt is quotedWords for a text whose paragraph announcing a
// document printed whole (announcingParagraph) ends at byte doc (-1:
// none), which the caller has found already.
func quotedWordsAt(text string, toks []Token, doc int) []bool {
	out := make([]bool, len(toks))
	var open, nested bool
	para := 0                   // byte offset where the current paragraph starts
	starts := make([]int, 0, 8) // byte offsets where a quotation opens
	ends := make([]int, 0, 8)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && i+1 < len(text) && text[i+1] == '\n':
			if open {
				ends = append(ends, i)
				open, nested = false, false
			}
			para = i + 2
		case doubleMark(text, i) > 0:
			n = doubleMark(text, i)
			// Any double mark opens or closes: outlets write “…”, „…“,
			// «…», "…", “…’’ (two single marks closing, a typewriter
			// habit) and, wrongly, “…“ or ”…”. A mark that can only
			// open (after a space, before a word) while a quotation is
			// open either opens a quotation inside it, in double marks
			// too (“He said “no” twice,” she wrote.), when the paragraph
			// holds a mark to close each; or it means that the open one
			// was never closed ("stray quote): that one is dropped and
			// the new one opens. After an ellipsis it opens the next
			// fragment of the same quotation (“… cut… “next part”): the
			// words before it are quoted too. A mark that can only
			// close when none is open ends the paragraph's last
			// quotation here: the mark that closed it closed a
			// quotation inside it.
			switch {
			case open && nested:
				if !opensOnly(text, i, n) {
					nested = false // the inner quotation closes
				}
			case open && opensOnly(text, i, n) && afterEllipsis(text, i):
				// The quotation goes on.
			case open && opensOnly(text, i, n) && innerQuote(text, i+n):
				nested = true
			case open && opensOnly(text, i, n):
				starts[len(starts)-1] = i + n
			case open:
				ends = append(ends, i)
				open = false
			case closesOnly(text, i, n) && len(ends) > 0 && ends[len(ends)-1] >= para:
				ends[len(ends)-1] = i
			default:
				starts = append(starts, i+n)
				open = true
			}
		}
		i += n
	}
	if open {
		ends = append(ends, len(text))
	}
	starts, ends = withExcerpts(text, starts, ends, doc)
	if ls, le := listParagraphs(text); len(ls) > 0 {
		starts, ends = mergeSpans(starts, ends, ls, le)
	}
	k := 0
	for q := range starts {
		for k < len(toks) && toks[k].Start < starts[q] {
			k++
		}
		for k < len(toks) && toks[k].End <= ends[q] {
			out[k] = true
			k++
		}
	}
	return out
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb'
}

// doubleMark returns the length in bytes of the double quotation mark at
// text[i], or 0: a mark of isDoubleMark, or two single marks that stand
// for one (two apostrophes or two ’ closing, two backticks or two ‘
// opening, as some wire copy writes them: “I need loyalty,’’ he said).
func doubleMark(text string, i int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case isDoubleMark(r):
		return n
	case r == '\'' || r == '`' || r == '\u2018' || r == '\u2019':
		if r2, n2 := utf8.DecodeRuneInString(text[i+n:]); r2 == r {
			return n + n2
		}
	}
	return 0
}

// excerptIntros end a paragraph that introduces another's words set as a
// paragraph of their own (a block quote): "The Washington Post writes:",
// "(via WaPo):", "the statement reads:".
var excerptIntros = []string{"writes", "wrote", "reports", "reported", "says", "said", "reads", "read",
	"via", "according to", "statement", "tweeted", "explains", "explained", "notes", "noted", "adds", "added"}

// withExcerpts adds to the quotations (starts, ends) each paragraph that
// follows one ending in a colon after a word of excerptIntros in its last
// few words and does not open with a quotation mark: an excerpt of
// someone else's text, set apart without marks (a block quote). After
// the paragraph announcing a document printed whole, which ends at byte
// doc (see announcingParagraph; -1: none), the rest of the text is the
// document's.
func withExcerpts(text string, starts, ends []int, doc int) ([]int, []int) {
	var xs, xe []int
	for i := 0; i+2 < len(text); i++ {
		if text[i] != '\n' || text[i+1] != '\n' {
			continue
		}
		start := i + 2
		if i == doc {
			// The document printed whole runs to the end of the text.
			xs, xe = append(xs, start), append(xe, len(text))
			break
		}
		intro := strings.TrimRight(text[max(0, i-60):i], " \t")
		if !strings.HasSuffix(intro, ":") {
			continue
		}
		if !introduces(strings.ToLower(intro)) {
			continue
		}
		if doubleMark(text, start) > 0 {
			continue // set in quotation marks: those tell what is quoted
		}
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		xs, xe = append(xs, start), append(xe, end)
	}
	if len(xs) == 0 {
		return starts, ends
	}
	return mergeSpans(starts, ends, xs, xe)
}

// mergeSpans merges two lists of byte ranges (starts, ends and xs, xe) in
// order of start; a range inside another is in it.
func mergeSpans(starts, ends, xs, xe []int) ([]int, []int) {
	type span struct{ s, e int }
	all := make([]span, 0, len(starts)+len(xs))
	for i := range starts {
		all = append(all, span{starts[i], ends[i]})
	}
	for i := range xs {
		all = append(all, span{xs[i], xe[i]})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	var os, oe []int
	for _, sp := range all {
		if n := len(oe); n > 0 && sp.s < oe[n-1] {
			oe[n-1] = max(oe[n-1], sp.e)
			continue
		}
		os, oe = append(os, sp.s), append(oe, sp.e)
	}
	return os, oe
}

// listParagraphs returns the byte ranges of the paragraphs of text that
// are lists of names rather than writing: after an optional label of a
// few words and a colon ("Iowa:", "Members:"), at least minListItems
// items separated by commas, semicolons or "and", each of one to five
// words that all start with a capital letter (but for particles such as
// "de" or "van"); in a list of twice that many items, the first or the
// last (not both) may be a broken word. A panel's roster or a list of
// signatories that two articles print alike is no text taken from each
// other: counted with the quotations, such a list alone makes no copy.
func listParagraphs(text string) (starts, ends []int) {
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], ParagraphSeparator)
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if isNameList(text[start:end]) {
			starts, ends = append(starts, start), append(ends, end)
		}
		start = end + len(ParagraphSeparator)
	}
	return starts, ends
}

// minListItems is the fewest items of a list of names (listParagraphs).
const minListItems = 8

// isNameList reports whether a paragraph is a list of names (see
// listParagraphs).
func isNameList(para string) bool {
	// Most paragraphs have too few commas to be a list: count them before
	// cutting the paragraph up (a list joins at most its last two items
	// with "and").
	seps := 0
	for i := 0; i < len(para); i++ {
		if para[i] == ',' || para[i] == ';' {
			seps++
		}
	}
	if seps < minListItems-2 {
		return false
	}
	body := para
	if i := strings.IndexByte(para, ':'); i >= 0 && len(strings.Fields(para[:i])) <= 6 {
		body = para[i+1:]
	}
	body = strings.TrimSuffix(strings.TrimSpace(body), ".")
	body = listJoins.Replace(body)
	items := strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == ';' })
	if len(items) < minListItems {
		return false
	}
	for i, it := range items {
		if !isListName(it) && (len(items) < 2*minListItems || i > 0 && i < len(items)-1 || !isListName(items[len(items)-1-i])) {
			// A long list may begin or end with a broken name: a
			// paragraph the page cut in the middle of a word.
			return false
		}
	}
	return true
}

// listJoins turns the words that join a list's last two items into
// commas. (A Replacer is safe for concurrent use.)
var listJoins = strings.NewReplacer(" and ", ",", " & ", ",")

// isListName reports whether an item of a list is a name: one to five
// words, each starting with a capital letter or a particle (nameParticles).
func isListName(item string) bool {
	words := strings.Fields(item)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// nameParticles are the words in small letters that a name may hold.
var nameParticles = map[string]bool{"de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "du": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "ten": true, "ter": true, "al": true, "el": true,
	"bin": true, "ibn": true, "y": true, "e": true}

// documentIntro matches a paragraph announcing a document printed whole:
// "Here is the full memo the chief executive sent to staff:", "The
// statement reads in full:", "Read the complete text below:". It must say
// whole ("full", "in full", "as follows"): "an email like the one below:"
// shows an example, not a document printed whole.
var documentIntro = regexp.MustCompile(`(?i)\b(full|entire|complete)\s+(\w+\s+)?(memo|memorandum|letter|statement|text|transcript|remarks|speech|testimony|e-?mail|note|plan|order|release|document|announcement|message)s?\b|\b(memo|memorandum|letter|statement|text|transcript|remarks|speech|testimony|e-?mail|note|plan|order|release|document|announcement|message)s?\b.*\b(in full|as follows)\b`)

// readBelow matches a sentence that asks the reader to read a document
// below: "Read the whole transcript below:", "You can read the board's
// letter below, or on its website.", "Read the mayor's opening statement
// below, sent to the council on Monday."
var readBelow = regexp.MustCompile(`(?i)\bread\b([^.:]{0,60})\b(memo|memorandum|letter|statement|text|transcript|remarks|speech|testimony|e-?mail|note|plan|order|release|document|announcement|message)s?\b[^.:]{0,40}\bbelow\b[^.:]{0,60}[.:]$`)

// announcesDocument reports whether a paragraph announces a document
// printed whole after it: ending in a colon, of at most 40 words, and
// saying whole (documentIntro); or ending in a sentence of at most 25
// words that asks to read the document below (readBelow). A statement,
// memo, letter or speech is its author's text, not the outlet's, however
// many paragraphs it runs.
func announcesDocument(para string) bool {
	para = strings.TrimSpace(para)
	if strings.HasSuffix(para, ":") && len(strings.Fields(para)) <= 40 && documentIntro.MatchString(para) {
		return true
	}
	// Most paragraphs say nothing of "below": look for the word before
	// cutting out the last sentence and running the expression over it
	// (every paragraph of both sides of every compared pair comes here).
	if !strings.Contains(para, "below") && !strings.Contains(para, "Below") && !strings.Contains(para, "BELOW") {
		return false
	}
	last := para
	if i := strings.LastIndex(strings.TrimRight(para, ".:"), ". "); i >= 0 {
		last = para[i+2:]
	}
	m := readBelow.FindStringSubmatch(last)
	return len(strings.Fields(last)) <= 25 && m != nil && !aboutDocument.MatchString(m[1])
}

// aboutDocument matches words between "read" and the document that make
// what is below the outlet's writing about it: "read more about the memo
// below", "read our analysis of the letter below".
var aboutDocument = regexp.MustCompile(`(?i)\b(about|more|our|analysis|coverage|story|article|reaction|how|what|why|on)\b`)

// announcedDocument returns the words of the first paragraph of text that
// announces a document printed whole (announcesDocument), from lo to hi,
// and the document's first word, from; ok is false when there is none.
func announcedDocument(text string, toks []Token) (lo, hi, from int, ok bool) {
	start, end, ok := announcingParagraph(text)
	if !ok {
		return 0, 0, 0, false
	}
	return tokenAt(toks, start), tokenAt(toks, end), tokenAt(toks, end+len(ParagraphSeparator)), true
}

// announcingParagraph returns the bytes [start, end) of the first
// paragraph of text that announces a document printed whole
// (announcesDocument) and has a paragraph after it; end is -1 and ok
// false when there is none.
func announcingParagraph(text string) (start, end int, ok bool) {
	for i := 0; i+2 < len(text); i++ {
		if text[i] != '\n' || text[i+1] != '\n' {
			continue
		}
		start := strings.LastIndex(text[:i], ParagraphSeparator) + len(ParagraphSeparator)
		if start < len(ParagraphSeparator) {
			start = 0
		}
		if announcesDocument(text[start:i]) {
			return start, i, true
		}
	}
	return 0, -1, false
}

// tokenAt returns the index of the first of toks that starts at byte b or
// after it.
func tokenAt(toks []Token, b int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].Start >= b })
}

// replyIntros end a paragraph, right before its colon, that introduces
// someone's answer set as a paragraph of its own: "This was her
// reply:", "The mayor responded:", "His answer:".
var replyIntros = []string{"responded", "replied", "response", "reply", "answer"}

// introduces reports whether the last words before a colon (lower case)
// hold a word of excerptIntros, or end in one of replyIntros.
func introduces(intro string) bool {
	last := strings.TrimSuffix(intro, ":")
	for _, w := range replyIntros {
		if i := len(last) - len(w); strings.HasSuffix(last, w) && (i == 0 || !isLetterByte(last[i-1])) {
			return true
		}
	}
	for _, w := range excerptIntros {
		if i := strings.LastIndex(intro, w); i >= 0 && len(intro)-i <= 30 && (i == 0 || !isLetterByte(intro[i-1])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// quoting is what tells a passage's quoted words: the words inside
// quotation marks on each side, and whether a quotation on one side
// only counts (see quotedMatched).
type quoting struct {
	a, b   *side
	qa, qb []bool
	// looked is set once onlyA and onlyB are known. They are true when
	// words quoted by a (by b) alone are a speaker's: false when a (b)
	// names the other's outlet, so that its quotations may be of that
	// outlet's own writing (an excerpt of a column, credited, is still
	// text taken from it).
	looked, onlyA, onlyB bool
	// docA and docB are true when a (b) prints a document whole after a
	// paragraph that does not name the other's outlet: its words are the
	// document's author's, whatever else the text credits (see
	// inDocument).
	docLooked, docA, docB bool
}

// newQuoting returns the quoting of a pair.
func newQuoting(a, b *side) *quoting {
	return &quoting{a: a, b: b, qa: a.quoted, qb: b.quoted}
}

// oneSided reports whether words quoted by a alone (fromA) or by b alone
// count as a speaker's, looking for the outlet credits the first time.
func (q *quoting) oneSided(fromA bool) bool {
	if !q.looked {
		q.onlyA, q.onlyB = !namesOutlet(q.a.words, q.b.doc), !namesOutlet(q.b.words, q.a.doc)
		q.looked = true
	}
	if fromA {
		return q.onlyA
	}
	return q.onlyB
}

// inDocument reports whether word i of a (fromA) or of b lies in a
// document that side prints whole, announced without naming the other's
// outlet: a statement printed "in full" is its author's even when the
// report around it names the other outlet elsewhere ("a source told
// the Ledger").
func (q *quoting) inDocument(fromA bool, i int) bool {
	if !q.docLooked {
		q.docA = q.a.docFrom >= 0 && !namesOutlet(q.a.words[q.a.intro[0]:q.a.intro[1]], q.b.doc)
		q.docB = q.b.docFrom >= 0 && !namesOutlet(q.b.words[q.b.intro[0]:q.b.intro[1]], q.a.doc)
		q.docLooked = true
	}
	if fromA {
		return q.docA && i >= q.a.docFrom
	}
	return q.docB && i >= q.b.docFrom
}

// afterEllipsis reports whether text[:i] ends in an ellipsis ("…" or
// "..."), then perhaps a closing single mark, then perhaps spaces.
func afterEllipsis(text string, i int) bool {
	t := strings.TrimRight(text[:i], " \t")
	t = strings.TrimSuffix(t, "\u2019")
	return strings.HasSuffix(t, "\u2026") || strings.HasSuffix(t, "...")
}

// innerQuote reports whether the rest of a paragraph, text[j:] up to its
// end, holds a quotation inside the open one: at least two more double
// marks, the first of which can close (the inner quotation's end, the
// second then the outer one's).
func innerQuote(text string, j int) bool {
	end := strings.Index(text[j:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += j
	}
	marks := 0
	for i := j; i < end; {
		_, n := utf8.DecodeRuneInString(text[i:])
		if m := doubleMark(text, i); m > 0 {
			n = m
			if opensOnly(text, i, n) {
				return false
			}
			if marks++; marks == 2 {
				return true
			}
		}
		i += n
	}
	return false
}

// closesOnly reports whether the quotation mark of n bytes at text[i] can
// only close a quotation: it follows a letter, digit or punctuation and
// comes before a space, punctuation or the end of the text.
func closesOnly(text string, i, n int) bool {
	if i == 0 {
		return false
	}
	if p, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsSpace(p) {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsSpace(r) || unicode.IsPunct(r) && doubleMark(text, i+n) == 0
}

// opensOnly reports whether the quotation mark of n bytes at text[i] can
// only open a quotation: it follows a space or the start of a line and
// comes right before a letter or digit.
func opensOnly(text string, i, n int) bool {
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(p) && p != '(' && p != '[' {
			return false
		}
	}
	if i+n >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// quotedMatched counts the matched words of passage p that are a
// speaker's: inside quotation marks in both texts, or in one text when
// that text does not name the other's outlet. A text that quotes words
// attributes them to a speaker; the other then either quotes them too or
// prints them as what they are, the speaker's own text (a transcript of
// the speech, the statement as released): neither is one outlet taking
// the other's writing, and a copier takes a quote with the quotation
// marks its source gave it. The matched words of each side are the
// passage's range less its gaps, paired one to one in order.
func quotedMatched(p passage, q *quoting) int {
	if q == nil || q.qa == nil || q.qb == nil {
		return 0
	}
	in := func(i, lo, hi int, side func(g gap) (int, int)) bool {
		for _, g := range p.gaps {
			if a, b := side(g); i >= a && i < b {
				return false
			}
		}
		return i >= lo && i < hi
	}
	sideA := func(g gap) (int, int) { return g.aLo, g.aHi }
	sideB := func(g gap) (int, int) { return g.bLo, g.bHi }
	n := 0
	i, j := p.aLo, p.bLo
	for i < p.aHi && j < p.bHi {
		switch {
		case !in(i, p.aLo, p.aHi, sideA):
			i++
		case !in(j, p.bLo, p.bHi, sideB):
			j++
		default:
			if i < len(q.qa) && j < len(q.qb) {
				a, b := q.qa[i], q.qb[j]
				if a && b || a && (q.oneSided(true) || q.inDocument(true, i)) || b && (q.oneSided(false) || q.inDocument(false, j)) {
					n++
				}
			}
			i, j = i+1, j+1
		}
	}
	return n
}

// quotedShare is the share of a passage's matched words that must be
// inside quotation marks (see quotedMatched) for the passage to be a
// shared quotation rather than copied text: a copier takes a quote along
// with the sentences around it, two reports of one statement share the
// quote alone.
const quotedShare = 0.8

// quotedPassage returns the matched words of p that are a speaker's when
// p is a shared quotation (see quotedShare), else 0.
func quotedPassage(p passage, q *quoting) int {
	if n := quotedMatched(p, q); float64(n) >= quotedShare*float64(p.matched) {
		return n
	}
	return 0
}

// unquoted counts the words outside quotation marks.
func unquoted(q []bool) int {
	n := 0
	for _, x := range q {
		if !x {
			n++
		}
	}
	return n
}
