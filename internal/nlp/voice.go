package nlp

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Voice counts the signs of a piece's own voice in its text: how far its
// writer speaks as a writer (first person singular, second person
// address, questions asked in the writer's own voice, an argument's
// phrases), against how far the piece reports (attributions such as
// "said" and "according to", days of the week). Words inside quotation
// marks are another speaker's and count for neither voice; attributions
// count wherever they are.
type Voice struct {
	// Read is the number of words read outside quotations (the text is
	// read up to voiceWords words).
	Read int
	// FirstPerson counts I (capitalised, and its contractions), me, my,
	// mine and myself outside quotations.
	FirstPerson int
	// SecondPerson counts you, your, yours and yourself outside
	// quotations.
	SecondPerson int
	// Questions counts the questions that end outside quotations.
	Questions int
	// Argument counts an argument's phrases outside quotations: "I
	// think", "let me", "we should", "ought to", "the problem is" ...
	Argument int
	// Reported counts the words of attribution and report: said, says,
	// told, according to, reported, announced.
	Reported int
	// Weekdays counts the days of the week the text names, capitalised
	// ("Sunday", not "his sunday best"), inside quotations too.
	Weekdays int
	// Spoken reports whether the text is a speaker's words set down
	// rather than a writer's: a title that names remarks, an interview or
	// a transcript or quotes someone, a text that says it holds a
	// transcript, an excerpt or a video's soundbites, or three speaker's
	// labels ("Q:", "MAYOR LUND:") opening paragraphs or inside them.
	Spoken bool
}

// voiceWords is how much of a text ReadVoice reads.
const voiceWords = 1000

// Thresholds of Voice.Commentary, per thousand words read outside
// quotations: at least voiceStyle signs of the writer's voice, of which
// voiceFirst in the first person singular, and at most voiceReports
// attributions and weekdays; and voiceMinRead words read at least.
const (
	voiceStyle   = 10.0
	voiceFirst   = 2.0
	voiceReports = 8.0
	voiceMinRead = 150
)

// spokenTitle matches a title that announces a speaker's words set
// down (a transcript, remarks, an interview) or quotes them: "Lund:
// 'We will not close the ferry'", "Read the mayor's remarks". Not
// "speech" or "address" alone: a column may argue about free speech.
var spokenTitle = regexp.MustCompile(`(?i)\b(?:transcripts?|full text|remarks|interview|q\s?&\s?a|annotated|in (?:his|her|their) own words)\b|["“”‘]\p{L}+(?:\s+\p{L}+){2}|(?:^|\s)'\p{L}+(?:\s+\p{L}+){2}`)

// speakerLabel matches a paragraph that opens with a speaker's label, as
// transcripts and interviews set them: "Q:", "MAYOR LUND:", "Lund:".
// inlineLabel matches such a label inside a paragraph ("... the
// vote. Q: And the ferry? LUND: We keep it."), as a transcript run into
// one paragraph sets them.
var (
	speakerLabel = regexp.MustCompile(`^\s*(?:Q|A|[A-Z][A-Z.'’ -]{1,30}|[A-Z][a-z]+)\s?:\s`)
	inlineLabel  = regexp.MustCompile(`(?:^|\s)(?:Q|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s`)
)

// setDown matches the words with which a piece says that what follows is
// a speaker's words set down, not the writer's: "the following excerpt
// from the mayor's speech", "this transcript has been generated", "the
// full text", "remarks as prepared", a video's shot list marking its
// "(SOUNDBITE)"s.
var setDown = regexp.MustCompile(`(?i)\b(?:transcripts?|excerpts?|full text|remarks as prepared|prepared remarks|soundbites?)\b`)

// upperColon reports whether p holds a colon after a capital letter, as
// every inline speaker's label does ("Q:", "LUND:"): a cheap test before
// inlineLabel.
func upperColon(p string) bool {
	for i := strings.IndexByte(p, ':'); i >= 0; {
		if i > 0 && p[i-1] >= 'A' && p[i-1] <= 'Z' {
			return true
		}
		j := strings.IndexByte(p[i+1:], ':')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// maySetDown reports whether p may match setDown: it holds the tail of
// one of its words, a cheap test before the expression.
func maySetDown(p string) bool {
	for _, w := range []string{"ranscript", "xcerpt", "ull text", "emarks", "oundbite"} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return strings.Contains(p, "RANSCRIPT") || strings.Contains(p, "XCERPT") || strings.Contains(p, "ULL TEXT") || strings.Contains(p, "EMARKS") || strings.Contains(p, "OUNDBITE")
}

// voiceWordBytes bounds the length in bytes of the words ReadVoice
// looks up (the longest are "according", "announced" and "wednesday",
// 9; "you’re" with its curly apostrophe is 8): a longer word is counted
// as read and not looked up.
const voiceWordBytes = 10

// ReadVoice reads the voice of a piece from its title and paragraphs.
func ReadVoice(title string, paragraphs []string) Voice {
	v := Voice{Spoken: spokenTitle.MatchString(title)}
	labels := 0
	total := 0
	for _, p := range paragraphs {
		if total >= voiceWords {
			break
		}
		if upperColon(p) {
			if speakerLabel.MatchString(p) {
				labels++
			}
			labels += len(inlineLabel.FindAllStringIndex(p, 4))
		} else if strings.IndexByte(p, ':') >= 0 && speakerLabel.MatchString(p) {
			labels++ // "Lund: ..."
		}
		if maySetDown(p) && setDown.MatchString(p) {
			v.Spoken = true
		}
		total += v.readParagraph(p)
	}
	if labels >= 3 {
		v.Spoken = true
	}
	return v
}

// readParagraph counts the signs of p into v and returns its number of
// words. A quotation left open runs to the paragraph's end, as a
// quotation continued into the next paragraph does.
func (v *Voice) readParagraph(p string) int {
	quoted := false
	words := 0
	// low holds the word read last in lower case, with straight
	// apostrophes (see lowerVoiceWord), and prev the one read before it
	// outside quotations: arrays, so that reading allocates nothing.
	var low, prev [voiceWordBytes]byte
	prevLen := 0       // 0 for no previous word (a quotation mark or a sentence's end came between)
	prevOpens := false // prev opens one of argumentPairs
	for i := 0; i < len(p); {
		r, w := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case r == '"':
			quoted = !quoted
			i += w
			prevLen = 0
			continue
		case r == '“':
			quoted = true
			i += w
			prevLen = 0
			continue
		case r == '”':
			quoted = false
			i += w
			prevLen = 0
			continue
		case r == '?':
			if !quoted {
				v.Questions++
			}
			i += w
			prevLen = 0
			continue
		case !isLetter(r):
			if r == '.' || r == '!' || r == ';' || r == ':' {
				prevLen = 0
			}
			i += w
			continue
		}
		j := i + w
		for j < len(p) {
			if c := p[j]; c < utf8.RuneSelf {
				if !asciiLetter(c) && c != '\'' {
					break
				}
				j++
				continue
			}
			r2, w2 := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsLetter(r2) && r2 != '’' {
				break
			}
			j += w2
		}
		word := trimApostrophes(p[i:j])
		i = j
		words++
		if len(word) > voiceWordBytes {
			if !quoted {
				v.Read++
				prevLen = 0
			}
			continue
		}
		n, upper, ok := lowerVoiceWord(&low, word)
		var class voiceClass
		if ok {
			class = voiceClasses[string(low[:n])]
		} else {
			// Another letter than ASCII's: as strings.ToLower has it.
			s := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
			class = voiceClasses[s]
			// No word of the lists is longer than voiceWordBytes, so
			// one that lower-cases longer is no word of them.
			n = copy(low[:], s)
			upper = s != word
			if len(s) > voiceWordBytes {
				class = 0
			}
		}
		lw := low[:n]
		if class&voiceReport != 0 {
			v.Reported++
		}
		if class&voiceWeekday != 0 && upper {
			v.Weekdays++
		}
		if quoted {
			continue
		}
		v.Read++
		switch {
		case class&voiceFirst1 != 0 && (string(lw) != "i" && !bytes.HasPrefix(lw, []byte("i'")) || word[0] == 'I'):
			v.FirstPerson++
		case class&voiceSecond != 0:
			v.SecondPerson++
		}
		if prevLen > 0 && prevOpens && argumentPair(prev[:prevLen], lw) || string(lw) == "let's" {
			v.Argument++
		}
		prevLen, prevOpens = copy(prev[:], lw), class&voiceOpensArgument != 0
	}
	return words
}

// isLetter is unicode.IsLetter with ASCII's letters told without its
// tables.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiLetter(byte(r))
	}
	return unicode.IsLetter(r)
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// lowerVoiceWord writes word into low in lower case with its curly
// apostrophes made straight (strings.ToLower(strings.ReplaceAll(word,
// "’", "'"))), returning its length and whether that changed the word;
// ok is false, and low unwritten, when word holds another letter than
// ASCII's (strings.ToLower then knows more than ASCII's cases). word is
// at most voiceWordBytes long, and a curly apostrophe becomes shorter.
func lowerVoiceWord(low *[voiceWordBytes]byte, word string) (n int, changed, ok bool) {
	for i := 0; i < len(word); {
		c := word[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			low[n] = c
			n++
			i++
		case strings.HasPrefix(word[i:], "’"):
			low[n] = '\''
			n++
			i += len("’")
			changed = true
		default:
			return 0, false, false
		}
	}
	return n, changed, true
}

// argumentPair reports whether first and second, lower-cased words,
// make one of argumentPairs.
func argumentPair(first, second []byte) bool {
	var pair [2*voiceWordBytes + 1]byte
	n := copy(pair[:], first)
	pair[n] = ' '
	n++
	n += copy(pair[n:], second)
	return argumentPairs[string(pair[:n])]
}

// Commentary reports whether v reads as a commentary's voice rather than
// a report's: per thousand words read outside quotations, at least
// voiceStyle signs of the writer's voice (first and second person, with
// questions and argument phrases counting twice), of which at least
// voiceFirst in the first person singular (the writer speaking as
// "I"), and at most voiceReports attributions and weekdays. A text set
// down from a speaker (Spoken) or too short to judge (voiceMinRead
// words read) is no commentary by its voice. Precision first: a report
// read as a column would be kept out of its event, so second person and
// questions alone (a guide's "you", an explainer's questions) are not
// enough.
func (v Voice) Commentary() bool {
	if v.Spoken || v.Read < voiceMinRead {
		return false
	}
	k := 1000 / float64(v.Read)
	style := float64(v.FirstPerson+v.SecondPerson+2*v.Questions+2*v.Argument) * k
	return style >= voiceStyle && float64(v.FirstPerson)*k >= voiceFirst && float64(v.Reported+v.Weekdays)*k <= voiceReports
}

// trimApostrophes returns w without its trailing straight and curly
// apostrophes (strings.TrimRight(w, "'’") without its cutset's cost).
func trimApostrophes(w string) string {
	for {
		switch {
		case strings.HasSuffix(w, "'"):
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
		}
	}
}

// A voiceClass marks what a lower-cased word signals to readParagraph, so
// one look-up (voiceClasses) stands for the word lists below.
type voiceClass uint8

const (
	voiceFirst1        voiceClass = 1 << iota // firstPersonSingular
	voiceSecond                               // secondPerson
	voiceReport                               // reportWords
	voiceWeekday                              // voiceWeekdays
	voiceOpensArgument                        // the first word of one of argumentPairs
)

// voiceClasses gives each word of the lists below its classes.
var voiceClasses = func() map[string]voiceClass {
	m := map[string]voiceClass{}
	for _, l := range []struct {
		words map[string]bool
		class voiceClass
	}{{firstPersonSingular, voiceFirst1}, {secondPerson, voiceSecond}, {reportWords, voiceReport}, {voiceWeekdays, voiceWeekday}} {
		for w := range l.words {
			m[w] |= l.class
		}
	}
	for pair := range argumentPairs {
		first, _, _ := strings.Cut(pair, " ")
		m[first] |= voiceOpensArgument
	}
	return m
}()

var (
	firstPersonSingular = map[string]bool{"i": true, "i'm": true, "i've": true, "i'd": true, "i'll": true, "me": true,
		"my": true, "mine": true, "myself": true}
	secondPerson = map[string]bool{"you": true, "your": true, "you're": true, "yours": true, "yourself": true,
		"you've": true, "you'll": true, "you'd": true}
	reportWords = map[string]bool{"said": true, "says": true, "told": true, "according": true, "reported": true,
		"announced": true}
	voiceWeekdays = setOfWords(weekdayNames...)
	// argumentPairs are two-word phrases of an argument in the writer's
	// own voice.
	argumentPairs = map[string]bool{"i think": true, "i believe": true, "my view": true, "let me": true,
		"we should": true, "we must": true, "we need": true, "should be": true, "must be": true, "ought to": true,
		"truth is": true, "problem is": true, "no mistake": true, "of course": true}
)
