package story

import (
	"strings"
)

// TextExtractor is the default FeatureExtractor. It derives names from
// capitalised word sequences (or takes Doc.Entities when the analysis stage
// provided them), numbers from tokens with digits, terms from
// Snowball-stemmed content words, actions from a lexicon of the kinds of
// happening news reports, and days from the dates and weekdays of the
// title and lead. The title and the lead (the first paragraphs, about
// leadTokens words) weigh more than the rest, and text beyond bodyTokens
// words is not read: what an article reports is at its top, and its tail
// is background that other events share. It is safe for concurrent use.
type TextExtractor struct {
	pool scratchPool
}

// NewTextExtractor returns a TextExtractor with empty stem caches.
func NewTextExtractor() *TextExtractor { return &TextExtractor{} }

// Weights of a word by where it occurs, and how much text is read.
const (
	titleWeight = 3   // a title word, among the terms
	leadWeight  = 2   // a word of the lead
	leadTokens  = 90  // the lead: whole paragraphs until this many tokens
	firstTokens = 45  // the first sentences, read with the title as Lead
	bodyTokens  = 700 // tokens read in all
)

// Extract implements FeatureExtractor.
func (x *TextExtractor) Extract(d Doc) Features {
	sc := x.pool.get()
	defer x.pool.put(sc)
	toks := sc.toks
	lead := 0
	for i, p := range d.Paragraphs {
		if len(toks) >= bodyTokens {
			break
		}
		toks = tokenize(toks, p)
		if lead == 0 && (len(toks) >= leadTokens || i == len(d.Paragraphs)-1) {
			lead = len(toks)
		}
	}
	sc.toks = toks // the whole buffer, to be cleared when sc is put back
	if len(toks) > bodyTokens {
		toks = toks[:bodyTokens]
	}
	lead = min(lead, len(toks))
	titleToks := tokenize(sc.titleToks, d.Title)
	sc.titleToks = titleToks

	numbers := sc.numbers
	words := &sc.words
	countWords(words, toks[:lead], leadWeight, numbers)
	countWords(words, toks[lead:], 1, numbers)
	titleWords := &sc.titleWords
	countWords(titleWords, titleToks, 1, numbers)
	words.stems(sc)
	titleWords.stems(sc)
	terms, title, leadBag := sc.terms, sc.title, sc.lead
	for _, v := range words.stats {
		terms[v.stem] += int(v.n)
	}
	for _, v := range titleWords.stats {
		terms[v.stem] += titleWeight * int(v.n)
		title[v.stem] += int(v.n)
		leadBag[v.stem] += int(v.n)
	}
	first := &sc.first
	countWords(first, toks[:min(firstTokens, lead)], 1, nil)
	for _, v := range first.stats {
		leadBag[words.stemOf(sc, v.word)] += int(v.n)
	}

	names := sc.names
	if len(d.Entities) > 0 {
		for _, e := range d.Entities {
			if e.Key == "" {
				continue
			}
			names[e.Key] += max(e.Count, 1)
		}
	} else {
		deriveNames(names, toks[:lead], words, leadWeight)
		deriveNames(names, toks[lead:], words, 1)
	}
	phrases := sc.phrases
	addPhrases(phrases, titleToks, titleWords, sc)
	addPhrases(phrases, toks[:lead], words, sc)
	quotes := sc.quotes
	read := 0
	for _, p := range d.Paragraphs {
		if read >= bodyTokens*6 {
			break
		}
		addQuotes(quotes, p, sc)
		read += len(p)
	}
	f := Features{Terms: terms.features(), Phrases: phrases.features(), Quotes: quotes.features(), Names: names.features(), Numbers: numbers.features(), Title: title.features(), Lead: leadBag.features(),
		Actions: actionsOf(titleToks, toks[:lead]), Acts: actsOf(titleToks, toks[:lead]), Headline: headlineOf(d)}
	if d.HasTime {
		f.Days = mentionedDays(titleToks, toks[:lead], d.localTime())
		f.Ahead = namesNextDay(titleToks, toks[:lead], d.localTime()) || titleLooksAhead(titleToks)
	}
	return withHashes(f)
}

// wordStat is how a word occurs in a text: its weighted count, whether it
// occurs in lower case, or capitalised inside a sentence, and its stem
// once looked up.
type wordStat struct {
	word         string
	n            int32
	lower, midUp bool
	stem         string
}

// wordCounts are the word statistics of a text, in the order the words
// first occur.
type wordCounts struct {
	idx   map[string]int32 // word -> its index in stats
	stats []wordStat
}

// get returns the statistics of w (zero when w does not occur).
func (wc *wordCounts) get(w string) wordStat {
	if i, ok := wc.idx[w]; ok {
		return wc.stats[i]
	}
	return wordStat{}
}

// reset empties wc, keeping its memory.
func (wc *wordCounts) reset() {
	clear(wc.idx)
	clear(wc.stats)
	wc.stats = wc.stats[:0]
}

// stems looks up the stem of every word of wc.
func (wc *wordCounts) stems(sc *scratch) {
	for i := range wc.stats {
		wc.stats[i].stem = sc.stem(wc.stats[i].word)
	}
}

// stemOf returns the stem of w, a word of wc whose stems were looked up,
// or of any word through the cache.
func (wc *wordCounts) stemOf(sc *scratch, w string) string {
	if i, ok := wc.idx[w]; ok && wc.stats[i].stem != "" {
		return wc.stats[i].stem
	}
	return sc.stem(w)
}

// countWords adds the lower-cased content words of toks to words, each
// weighing weight, and the numbers to numbers (when not nil).
func countWords(words *wordCounts, toks []token, weight int32, numbers bag) {
	for _, t := range toks {
		if t.digit {
			if numbers != nil && !t.glued {
				numbers[normalizeNumber(t.text)] += int(weight)
			}
			continue
		}
		w := t.low
		if len(w) < 2 || noContent[w] {
			continue
		}
		i, ok := words.idx[w]
		if !ok {
			i = int32(len(words.stats))
			words.stats = append(words.stats, wordStat{word: w})
			words.idx[w] = i
		}
		v := &words.stats[i]
		v.n += weight
		if !t.upper {
			v.lower = true
		} else if !t.start {
			v.midUp = true
		}
	}
}

// normalizeNumber drops thousands separators and lower-cases suffixes.
func normalizeNumber(s string) string {
	if strings.IndexByte(s, ',') >= 0 {
		s = strings.ReplaceAll(s, ",", "")
	}
	return lower(s)
}

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
