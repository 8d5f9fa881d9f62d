package nlp

// sentInfo is one sentence as a token range of d.toks.
type sentInfo struct {
	para int
	a, b int
}

// doc is the working state of one Analyze call.
type doc struct {
	az  *Analyzer
	l   *lang
	in  Input
	out *Analysis

	toks   []tok
	keyBuf []byte // scratch of normsKey
	// capFirst maps each capitalised word of the body, transliterated,
	// to the first token that writes it (see surnameBeforeSuffixed);
	// made on first use.
	capFirst map[string]int
	// quoted are the tokens within quotation marks (quotedRanges); made
	// on first use.
	quoted  quoteRanges
	paras   [][2]int // token range of each body paragraph
	title   [2]int   // token range of the title
	sents   []sentInfo
	tokSent []int32 // sentence index of each token

	mentions []mention
	capCount map[string]int // capitalised occurrences of each word
	// venues are the words written before a venue noun (venueNames);
	// made on first use.
	venues map[string]bool
	// bases are the names written before a base's or a station's head
	// ("Wright-Patterson" of "Wright-Patterson Air Force Base"), a subset
	// of venues that no adjective test applies to (venueNames).
	bases map[string]bool
	// small memoises the words written in small letters (writtenSmall).
	small map[string]bool
	// titleWords memoises the words written with a capital and then
	// small letters (writtenTitleCase).
	titleWords map[string]bool
	mentionAt  []int32 // mention index covering each token, or -1
	// roleMentions are the role mentions (MentionRole with a role) in
	// order of position, read by otherRoleBetween; rolesSeen is how many
	// of mentions they have been read from (mentions only grow).
	roleMentions []int32
	rolesSeen    int
	// allByPos are all mentions in order of position, read from the
	// first allSeen (mentionsByPosition).
	allByPos []int32
	allSeen  int
	// titles memoises hasTitle, byPos otherRoleBetween's view of
	// each entity's mentions.
	titles map[titleKey]titleSeen
	byPos  map[int]*byPosition
	ents   []*entBuild
	// extraKeys holds, per entity, the keys of the shorter names
	// linkAbbreviations joined to it (Entity.Keys).
	extraKeys map[int][]string
	// scare are the short quotations set aside as terms.
	scare []Term
	// raws are the quotation marks paired (findQuotes), read once by
	// rawQuotes for the roles and the quotes.
	raws     []rawQuote
	rawsRead bool
	// headings memoises, per sentence, what ampersandName asks of it
	// (sentenceWords).
	headings map[int32]sentWords
	// byEntity lists, per entity, its mentions among the first byEntityN
	// of d.mentions (mentionsOf), kept up to date as the attribution
	// adds pronoun mentions.
	byEntity  [][]int
	byEntityN int
	// normPos lists, per normalised word, the tokens that write it, in
	// text order (positions; built on first use, the tokens being fixed
	// once tokenised).
	normPos map[string][]int
	// titleCases memoises titleCase per sentence for gluedTail, glued
	// writtenWithout per prefix and tail, and capOutside
	// capitalisedOutside per word.
	titleCases map[int]bool
	glued      map[string]gluedWritings
	capOutside map[string][]int
	// headShape memoises headingShape per paragraph: 1 a headline's
	// shape, -1 not, 0 not worked out.
	headShape []int8
}

// positions returns the indexes of the tokens whose Norm is w, in text
// order.
func (d *doc) positions(w string) []int {
	if d.normPos == nil {
		d.normPos = make(map[string][]int, len(d.toks)/2)
		for k := range d.toks {
			d.normPos[d.toks[k].Norm] = append(d.normPos[d.toks[k].Norm], k)
		}
	}
	return d.normPos[w]
}

// isTitleCase is titleCase memoised per sentence.
func (d *doc) isTitleCase(si int) bool {
	v, ok := d.titleCases[si]
	if !ok {
		if d.titleCases == nil {
			d.titleCases = map[int]bool{}
		}
		v = d.titleCase(si)
		d.titleCases[si] = v
	}
	return v
}

// quotedRanges returns the token ranges within quotation marks
// (quoteRanges), reading them on the first call: the roles (cluster) and
// kinSurname share one reading.
func (d *doc) quotedRanges() quoteRanges {
	if d.quoted == nil {
		d.quoted = d.quoteRanges() // never nil
	}
	return d.quoted
}

// rawQuotes returns the quotation marks of the text paired, reading
// them on the first call.
func (d *doc) rawQuotes() []rawQuote {
	if !d.rawsRead {
		d.raws, d.rawsRead = findQuotes(d.toks, d.paras), true
	}
	return d.raws
}

func newDoc(az *Analyzer, l *lang, in Input) *doc {
	return &doc{az: az, l: l, in: in, out: &Analysis{Lang: l.code}}
}

// text returns the text of paragraph para (TitlePara for the title).
func (d *doc) text(para int) string {
	if para == TitlePara {
		return d.in.Title
	}
	return d.in.Paragraphs[para]
}

// spanText returns the text from the start of token a to the end of token
// b-1, which must be in one paragraph.
func (d *doc) spanText(a, b int) string {
	return d.text(d.toks[a].para)[d.toks[a].Start:d.toks[b-1].End]
}

// span returns the Span from the start of token a to the end of b-1.
func (d *doc) span(a, b int) Span {
	return Span{Para: d.toks[a].para, Start: d.toks[a].Start, End: d.toks[b-1].End}
}

func (d *doc) run() {
	d.tokenizeAll()
	d.splitAll()
	d.findEntities()
	d.findQuotes()
	d.findNumbers()
	d.findTerms()
	d.addScareQuotes()
	d.emitEntities()
	d.emitSentences()
}

// tokenizeAll tokenizes the title and the paragraphs and fills in the
// normalised forms, stems and stop-word flags.
func (d *doc) tokenizeAll() {
	n := len(d.in.Title)
	for _, p := range d.in.Paragraphs {
		n += len(p)
	}
	d.toks = make([]tok, 0, n/5+8)
	d.toks = tokenize(d.toks, d.in.Title, TitlePara)
	d.title = [2]int{0, len(d.toks)}
	d.paras = make([][2]int, len(d.in.Paragraphs))
	for i, p := range d.in.Paragraphs {
		lo := len(d.toks)
		d.toks = tokenize(d.toks, p, i)
		d.paras[i] = [2]int{lo, len(d.toks)}
	}
	for i := range d.toks {
		t := &d.toks[i]
		t.Norm = normalize(t.Surface)
		switch t.Kind {
		case KindWord:
			t.Stop = d.l.stop[t.Norm]
			if t.Stop || len(t.Norm) <= 2 {
				t.Stem = t.Norm
			} else {
				t.Stem = d.az.stems.get(d.l, t.Norm)
			}
		default:
			t.Stem = t.Norm
		}
	}
}

// splitAll splits every paragraph into sentences.
func (d *doc) splitAll() {
	var rs [][2]int
	add := func(lo, hi, para int) {
		rs = d.l.splitSentences(d.toks, lo, hi, rs[:0])
		for _, r := range rs {
			d.sents = append(d.sents, sentInfo{para: para, a: r[0], b: r[1]})
		}
	}
	add(d.title[0], d.title[1], TitlePara)
	for i, pr := range d.paras {
		add(pr[0], pr[1], i)
	}
	d.tokSent = make([]int32, len(d.toks))
	for si, s := range d.sents {
		end := s.b
		if si+1 < len(d.sents) && d.sents[si+1].para == s.para {
			// A token left between two sentences (a bullet dash, see
			// splitSentences) counts with the one before it.
			end = d.sents[si+1].a
		}
		for k := s.a; k < end; k++ {
			d.tokSent[k] = int32(si)
		}
	}
}

// emitSentences copies the sentences and their tokens to the output.
func (d *doc) emitSentences() {
	all := make([]Token, len(d.toks))
	for i := range d.toks {
		all[i] = d.toks[i].Token
	}
	d.out.Sentences = make([]Sentence, len(d.sents))
	for i, s := range d.sents {
		sp := d.span(s.a, s.b)
		d.out.Sentences[i] = Sentence{Span: sp, Text: d.text(s.para)[sp.Start:sp.End], Tokens: all[s.a:s.b:s.b]}
	}
}
