package nlp

import "strings"

// quoteWork is a quotation under attribution.
type quoteWork struct {
	raw     rawQuote
	open    int // first opening mark
	close   int // last closing mark, or the end of its paragraph
	partial bool
	attr    *attribution
	// source is the publication the words are attributed to ("The Hill
	// reported"), or nil.
	source *attribution
}

// findQuotes pairs marks, attributes each quotation and writes the quotes.
func (d *doc) findQuotes() {
	raws := d.rawQuotes()
	if len(raws) == 0 {
		return
	}
	inQuote := make([]bool, len(d.toks))
	qs := make([]*quoteWork, 0, len(raws))
	for _, r := range raws {
		q := &quoteWork{raw: r, open: r.parts[0].open, close: r.parts[len(r.parts)-1].close}
		empty := true
		for _, p := range r.parts {
			for k := p.open; k < p.close && k < len(d.toks); k++ {
				inQuote[k] = true
			}
			if p.close > p.open+1 {
				empty = false
			}
		}
		if !empty {
			qs = append(qs, q)
		}
	}
	var prev *quoteWork
	for _, q := range qs {
		d.attribute(q, prev, inQuote)
		if q.attr != nil && q.attr.speakerA >= 0 {
			prev = q
		}
	}
	qs = d.setAsideTerms(qs)
	for _, q := range qs {
		d.reportingSource(q)
	}
	qs = d.mergeInterrupted(qs)
	d.carrySpeakers(qs, inQuote)
	for _, q := range qs {
		// A show's title after "told" or "on" is no one's words, but its
		// attribution carried its speaker to the quotation before it
		// (`"…" | Graham told "Fox News Sunday".`), so it goes only now.
		if len(q.raw.parts) == 1 && (d.titleAfter(q.raw.parts[0]) || d.workTitle(q.raw.parts[0]) || d.nicknameInName(q.raw.parts[0])) {
			continue
		}
		d.out.Quotes = append(d.out.Quotes, d.emitQuote(q))
	}
}

// maxScareWords is the longest quotation, in words, that is read as a
// term in quotation marks (a scare quote) when no one is said to speak it.
const maxScareWords = 4

// setAsideTerms removes the quotations that are no one's words: a short
// phrase in quotation marks inside the writer's sentence, with no speaker
// and no attribution verb (the writer's distance from a word: the
// so-called "peace plan"), which becomes a scare-quote term; and a title
// in quotation marks ("A Problem From Hell"), which is dropped.
func (d *doc) setAsideTerms(qs []*quoteWork) []*quoteWork {
	out := qs[:0]
	for _, q := range qs {
		if len(q.raw.parts) == 1 && q.partial && d.ownedTitle(q.raw.parts[0]) {
			continue
		}
		if len(q.raw.parts) == 1 && (q.attr == nil && d.quotedHeading(q.raw.parts[0]) || d.inTitleHeading(q.raw.parts[0])) {
			continue
		}
		if q.attr != nil || len(q.raw.parts) != 1 || !q.partial {
			out = append(out, q)
			continue
		}
		p := q.raw.parts[0]
		words, caps, own := 0, 0, false
		for k := p.open + 1; k < p.close && k < len(d.toks); k++ {
			t := &d.toks[k]
			if t.Kind == KindPunct {
				continue
			}
			words++
			own = own || firstPerson(t.Norm)
			if t.is(fCap) || d.l.stop[t.Norm] && !d.initialPos(k) {
				caps++
			}
		}
		switch {
		case words == 0:
		case words <= maxScareWords && (caps == words && d.toks[p.open+1].is(fCap) || own || d.speechAround(p)):
			// A name or a title ("Fox & Friends", "Dreamers"), or someone's
			// words quoted in passing ("Trump called them 'disgusting
			// animals'", "her vow 'I will not resign'"): neither the
			// writer's distance nor a quotation.
		case words <= maxScareWords:
			sp := d.partSpan(p)
			// The writer's comma or stop set inside the marks ("liberty
			// movement,") is not part of the term.
			for sp.End > sp.Start && strings.IndexByte(",.;: ", d.text(sp.Para)[sp.End-1]) >= 0 {
				sp.End--
			}
			if sp.End > sp.Start {
				text := d.text(sp.Para)[sp.Start:sp.End]
				d.scare = append(d.scare, Term{Span: sp, Term: strings.ToLower(text), Text: text, Category: TermScareQuote, Sentence: int(d.tokSent[p.open+1])})
			}
		case caps == words && words <= 12:
			// a title: every word capitalised (or a short function word)
		default:
			out = append(out, q)
		}
	}
	return out
}

// quotedHeading reports whether quotation part p is a subheading in
// quotation marks: the whole of its paragraph, at most maxTitleWords
// words, each capitalised (or a short function word), and no full stop,
// question or exclamation mark ("‘Highly Ineffective’"). It is nobody's
// words, and does not carry on the speaker of the quotation before it.
func (d *doc) quotedHeading(p qpart) bool {
	if !p.closed || !d.paragraphStart(p.open) || p.close+1 != d.paras[d.toks[p.open].para][1] {
		return false
	}
	return d.titleCased(p, false)
}

// maxHeadingWords is the longest subheading in title case that quotes
// someone inside it.
const maxHeadingWords = 30

// inTitleHeading reports whether quotation part p, itself in title case,
// stands in a subheading written in title case: every word of the
// paragraph capitalised (or a short function word), no more than
// maxHeadingWords words, no sentence's end after its last quotation
// ("Rice Said the Owner Was ‘the Main Reason We Won’"). The heading
// retells in its own capitals what the text quotes; compared with the
// words the text gives, it would read as an altered quote.
func (d *doc) inTitleHeading(p qpart) bool {
	if !p.closed {
		return false
	}
	pr := d.paras[d.toks[p.open].para]
	if pr[1]-pr[0] > 2*maxHeadingWords || !d.headlineCaps(p.open+1, p.close) || !d.headlineCaps(pr[0], pr[1]) {
		return false
	}
	// Outside the marks every longer word is capitalised, the verbs too
	// ("Ruiz Said"): `"No Collusion, Total EXONERATION!" Trump tweeted`
	// is a tweet quoted in a sentence.
	for k := pr[0]; k < pr[1]; k++ {
		if k >= p.open && k <= p.close {
			continue
		}
		t := &d.toks[k]
		if t.Kind == KindPunct && isTerminator(t.Surface) && k > p.close {
			return false
		}
		if t.Kind == KindWord && len([]rune(t.Norm)) >= 4 && !t.is(fCap) {
			return false
		}
	}
	return true
}

// headlineCaps reports whether tokens [a, b) are written as a headline:
// three words of four letters or more at least, four in five of them
// capitalised, and not all in capitals (a shouted tweet is words).
func (d *doc) headlineCaps(a, b int) bool {
	long, caps, upper := 0, 0, 0
	for k := a; k < b && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Kind != KindWord || len([]rune(t.Norm)) < 4 {
			continue
		}
		long++
		if t.is(fCap) {
			caps++
		}
		if t.is(fUpper) {
			upper++
		}
	}
	return long >= 3 && 5*caps >= 4*long && upper < long
}

// titleCased reports whether quotation part p reads as a title: one to
// maxTitleWords words, each capitalised (a figure too when figures is
// set: "60 Minutes"; a short function word inside), no sentence's end
// inside and, with figures, no first person ("I", "we": someone's
// words).
func (d *doc) titleCased(p qpart, figures bool) bool {
	return d.titleShaped(p, figures, !figures)
}

// titleShaped is titleCased's test, with first person allowed when
// ownVoice is set (a work's title may speak so: "the song “I Will Go”").
func (d *doc) titleShaped(p qpart, figures, ownVoice bool) bool {
	words := 0
	for k := p.open + 1; k < p.close && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Kind == KindPunct {
			if isTerminator(t.Surface) {
				return false
			}
			continue
		}
		words++
		if !ownVoice && firstPerson(t.Norm) {
			return false
		}
		if !t.is(fCap) && !(figures && t.Kind == KindNumber) && !(d.l.stop[t.Norm] && k > p.open+1) {
			return false
		}
	}
	return words > 0 && words <= maxTitleWords
}

// maxTitleWords is the longest title in quotation marks that a
// possessive owns ("ABC's “This Week”").
const maxTitleWords = 8

// ownedTitle reports whether quotation part p is the title of a show, a
// book or a column that a possessive right before it owns ("said on
// ABC's “This Week”", "the paper's “Morning Brief”"): every word
// capitalised (or a short function word), it names a work, and is no
// one's words even when a speaker stands near it.
func (d *doc) ownedTitle(p qpart) bool {
	if p.open < 1 || p.close-p.open-1 > 2*maxTitleWords {
		return false
	}
	if poss := d.toks[p.open-1]; poss.Kind != KindWord || poss.Norm != "'s" && poss.Norm != "’s" {
		return false
	}
	words := 0
	for k := p.open + 1; k < p.close && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Kind == KindPunct {
			continue
		}
		words++
		if !t.is(fCap) && t.Kind != KindNumber && !(d.l.stop[t.Norm] && k > p.open+1) {
			return false
		}
	}
	return words > 0 && words <= maxTitleWords
}

// titleBefore are the words after which a capitalised phrase in quotation
// marks names a show, a book or a column rather than quoting its words:
// "told “60 Minutes”", "said on “Face the Nation”", "shows like “Fox &
// Friends,”", "in an interview with “Axios on HBO”", "tweeted, quoting
// “Fox & Friends.”" (the source quoted, not its words).
var titleBefore = map[string]bool{"on": true, "like": true, "with": true, "to": true, "told": true, "in": true, "for": true, "from": true,
	"quoting": true, "citing": true}

// titleAfter reports whether quotation part p is the title of a work
// after one of titleBefore: each word capitalised or a figure ("60
// Minutes"), a short function word inside, no first person and no
// sentence's end inside but a stop set inside the closing mark ("told
// “Fox News Sunday.”"). It is no one's words even when a speaker stands
// near it ("… shows like “Fox & Friends,” she said"), nor the rest of the
// quotation before it.
func (d *doc) titleAfter(p qpart) bool {
	if p.open < 1 || p.close-p.open-1 > 2*maxTitleWords {
		return false
	}
	if prev := d.toks[p.open-1]; prev.Kind != KindWord || !titleBefore[prev.Norm] {
		return false
	}
	return d.titleCasedEnd(p)
}

// workBefore are the words after which a capitalised phrase in quotation
// marks, a comma between them or not, is the title of a work or a slogan
// ("the song “Born Free”", "her book, “Quiet Hours.”", "the morning
// program “Fox & Friends,”"), not someone's
// words; "known as" gives a nickname ("the four known as “The Gang”").
var workBefore = map[string]bool{"book": true, "song": true, "film": true, "movie": true, "album": true, "novel": true,
	"memoir": true, "documentary": true, "titled": true, "entitled": true, "slogan": true, "motto": true, "nicknamed": true,
	"program": true, "programme": true, "show": true, "podcast": true, "series": true}

// workTitle reports whether quotation part p is the title of a work, a
// slogan or a nickname after one of workBefore or "known as": each word
// capitalised or a figure, a short function word inside (a title may
// speak in the first person: "the song “I Will Go”"), no sentence's end
// inside but a stop set inside the closing mark ("In Pine We Trust.").
// It is no one's words, even as a whole sentence.
func (d *doc) workTitle(p qpart) bool {
	k := p.open - 1
	if k >= 0 && d.toks[k].Kind == KindPunct && d.toks[k].Surface == "," {
		k--
	}
	if k < 0 || d.toks[k].Kind != KindWord {
		return false
	}
	switch w := d.toks[k].Norm; {
	case workBefore[w]:
	case w == "as" && k > 0 && d.toks[k-1].Norm == "known":
	default:
		return false
	}
	if d.titleShaped(p, true, true) {
		return true
	}
	q, ok := d.withoutClosingStop(p)
	return ok && d.titleShaped(q, true, true)
}

// nicknameInName reports whether quotation part p is a nickname set
// inside a person's name: one or two capitalised words in the marks, the
// given name right before them and the surname right after (Paul “Pip”
// Marchetel). It is nobody's words.
func (d *doc) nicknameInName(p qpart) bool {
	if p.open < 1 || p.close+1 >= len(d.toks) || p.close-p.open-1 < 1 || p.close-p.open-1 > 2 {
		return false
	}
	before, after := &d.toks[p.open-1], &d.toks[p.close+1]
	if before.Kind != KindWord || after.Kind != KindWord || !before.is(fCap) || !after.is(fCap) || before.is(fUpper) || d.initialPos(p.open-1) {
		return false
	}
	if d.tokSent[p.open-1] != d.tokSent[p.close+1] {
		return false
	}
	for k := p.open + 1; k < p.close; k++ {
		if t := &d.toks[k]; t.Kind != KindWord || !t.is(fCap) {
			return false
		}
	}
	return true
}

// titleCasedEnd is titleCased with figures, also when a full stop stands
// last inside the closing mark (the American placing of the writer's
// stop: `the book “In Trump We Trust.”`).
func (d *doc) titleCasedEnd(p qpart) bool {
	if d.titleCased(p, true) {
		return true
	}
	q, ok := d.withoutClosingStop(p)
	return ok && d.titleCased(q, true)
}

// withoutClosingStop returns quotation part p without the full stop
// that stands last inside its closing mark, and whether there was one
// with a word before it.
func (d *doc) withoutClosingStop(p qpart) (qpart, bool) {
	if p.close-1 <= p.open+1 || d.toks[p.close-1].Surface != "." {
		return p, false
	}
	p.close--
	return p, true
}

// firstPerson reports whether a word speaks in the first person ("I",
// "my", "we're"): quoted, it is someone's words, never the writer's
// distance from a term.
func firstPerson(norm string) bool {
	switch norm {
	case "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
		"i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd":
		return true
	}
	return false
}

// speechAround reports whether the sentence of quotation part p has an
// attribution verb outside it ("said", "called", "described"): the
// quoted words are someone's, quoted in passing, not a scare quote.
func (d *doc) speechAround(p qpart) bool {
	s := d.sents[d.tokSent[p.open]]
	for k := s.a; k < s.b && k < len(d.toks); k++ {
		if k >= p.open && k <= p.close {
			continue
		}
		if t := &d.toks[k]; t.Kind == KindWord && d.l.verbs[t.Norm] && t.Norm != "according" {
			return true
		}
	}
	return false
}

// reportingSource moves a publication from speaker to source: "The Hill
// reported", "according to CNN", "The Ostra Globe writes:", "It adds:"
// of a paper, "KOST-TV reported" say who reported the words, not who
// spoke them. A publication is a name of publications.txt or a name of a
// paper's shape (paperShaped); its own statement aside.
func (d *doc) reportingSource(q *quoteWork) {
	a := q.attr
	if a == nil || a.speakerA < 0 {
		return
	}
	ws := make([]int, 0, a.speakerB-a.speakerA)
	for k := a.speakerA; k < a.speakerB; k++ {
		if d.toks[k].Kind == KindWord {
			ws = append(ws, k)
		}
	}
	if len(ws) == 0 {
		return
	}
	name := d.joinNorms(ws)
	switch {
	case d.l.pubs[strings.TrimPrefix(name, "the ")]:
		if a.entity >= 0 && a.entity < len(d.ents) && d.ents[a.entity].etype == Person {
			return // "Bloomberg said" of Michael Bloomberg: the person speaks
		}
	case !d.paperShaped(a.speakerA, a.speakerB, a.entity):
		return
	case d.ownStatement(a.verbTok, a.speakerA):
		return // "the Ostra Globe said in a statement": the paper's own words
	}
	if a.entity >= 0 && d.ownStatement(a.verbTok, a.speakerA) {
		return // "Fox News said in a statement": the network's own words
	}
	q.source = &attribution{speakerA: a.speakerA, speakerB: a.speakerB, entity: a.entity, verbTok: a.verbTok, via: a.via}
	a.speakerA, a.speakerB, a.entity = -1, -1, -1
}

// closedAt reports whether q ends with a real closing mark (not at the end
// of a paragraph left open).
func (d *doc) closedAt(q *quoteWork) bool {
	return q.raw.parts[len(q.raw.parts)-1].closed
}

// mergeInterrupted joins `"A," he said, "B."` into one quotation: a quote
// attributed after its end, followed in the same paragraph by a quote with
// no attribution of its own.
func (d *doc) mergeInterrupted(qs []*quoteWork) []*quoteWork {
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 {
			prev := out[n-1]
			own := q.attr != nil && prev.attr != nil && !(q.attr.verbTok >= 0 && q.attr.verbTok == prev.attr.verbTok) &&
				!(q.attr.speakerA == prev.attr.speakerA && q.attr.speakerB == prev.attr.speakerB)
			if prev.attr != nil && prev.attr.via == "after" && !own && !q.partial && !prev.partial && !d.titleAfter(q.raw.parts[0]) &&
				d.closedAt(prev) && d.toks[prev.close].para == d.toks[q.open].para && q.open-prev.close <= 25 {
				prev.raw.parts = append(prev.raw.parts, q.raw.parts...)
				prev.close = q.close
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// carrySpeakers gives a quotation with no attribution of its own the
// speaker of the quotation before it, when that one is in the same or the
// previous paragraph: news writing continues a speaker's words in the next
// paragraph without repeating "he said". Words quoted inside a sentence
// whose subject is another person are not carried to.
func (d *doc) carrySpeakers(qs []*quoteWork, inQuote []bool) {
	for i, q := range qs {
		if q.attr != nil || i == 0 {
			continue
		}
		prev := qs[i-1]
		if prev.attr == nil || prev.attr.speakerA < 0 {
			continue
		}
		gap := d.toks[q.open].para - d.toks[prev.close].para
		if gap < 0 || gap > 1 {
			continue
		}
		if q.partial && gap != 0 {
			continue
		}
		if gap == 1 && (!d.paragraphStart(q.open) || d.headingQuote(q)) {
			continue
		}
		if d.otherPersonBefore(q.open, prev.attr.entity, inQuote) {
			// `… Lund told reporters: "…" Holt outlined his points, with
			// the advice "to wait"`, or `Holt, who called it a shame,
			// went on: "…"`: words inside a sentence about another
			// person are not the last speaker's.
			continue
		}
		if e := prev.attr.entity; e >= 0 && d.ents[e].etype == Person && d.quoteNames(q, e, 0, 0) {
			// A block of reporting that names the last speaker ("…
			// President Ivo Lund's nominee …") is written about him,
			// not his words carried on. A body may name itself ("The
			// league is doing …" in its statement), so persons only.
			continue
		}
		a := *prev.attr
		a.via = "continued"
		a.verbTok = -1
		q.attr = &a
	}
}

// otherPersonBefore reports whether the subject of the sentence of token
// open, before it and outside quotation marks, is a person other than
// entity e ("Holt outlined his points, with the advice “…”").
func (d *doc) otherPersonBefore(open, e int, inQuote []bool) bool {
	s := d.sents[d.tokSent[open]]
	a, b := d.clauseSubject(s.a, open)
	if a < 0 || inQuote[a] {
		return false
	}
	for _, mi := range d.personsIn(a, b, 0, inQuote) {
		if d.mentions[mi].entity != e {
			return true
		}
	}
	return false
}

// paragraphStart reports whether token k is the first of its paragraph.
func (d *doc) paragraphStart(k int) bool {
	p := d.toks[k].para
	return p >= 0 && d.paras[p][0] == k
}

// partSpan returns the byte span strictly inside the marks of part p.
func (d *doc) partSpan(p qpart) Span {
	text := d.text(p.para)
	start := d.toks[p.open].End
	end := len(text)
	if p.closed {
		end = d.toks[p.close].Start
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	return Span{Para: p.para, Start: start, End: end}
}

func (d *doc) emitQuote(q *quoteWork) Quote {
	out := Quote{Partial: q.partial, Mark: d.toks[q.open].Surface}
	var texts []string
	for _, p := range q.raw.parts {
		sp := d.partSpan(p)
		if sp.End <= sp.Start {
			continue
		}
		out.Parts = append(out.Parts, sp)
		texts = append(texts, singleSpaced(d.text(p.para)[sp.Start:sp.End]))
	}
	out.Text = strings.Join(texts, " ")
	first := q.open + 1
	last := q.close - 1
	if first >= len(d.toks) {
		first = len(d.toks) - 1
	}
	if last < first {
		last = first
	}
	out.FirstSentence, out.LastSentence = int(d.tokSent[first]), int(d.tokSent[last])
	if s := q.source; s != nil {
		out.Source = &Speaker{Entity: s.entity, Mention: d.spanText(s.speakerA, s.speakerB), Span: d.span(s.speakerA, s.speakerB), Via: s.via}
	}
	if a := q.attr; a != nil {
		if a.speakerA >= 0 {
			sp := &Speaker{Entity: a.entity, Mention: d.spanText(a.speakerA, a.speakerB), Span: d.span(a.speakerA, a.speakerB), Via: a.via}
			if a.entity >= 0 {
				sp.With = d.jointSpeakers(a.speakerA, a.speakerB)
			}
			out.Speaker = sp
		}
		if a.verbTok >= 0 {
			v := d.span(a.verbTok, a.verbTok+1)
			out.Verb = d.toks[a.verbTok].Surface
			out.VerbSpan = &v
		}
	}
	return out
}

// singleSpaced returns s with every run of spaces made one: cleaning
// blanks what it sets aside inside a paragraph (a box of linked headlines
// after a name), and the words quoted around it are read as one quote.
func singleSpaced(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
