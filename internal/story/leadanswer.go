package story

import (
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A lead that answers: the first sentence of an article's text whose main
// clause is someone answering ("Mayor Ardell on Sunday slammed the port
// board's plan", "Lund fired back at ..."), read with the nlp analysis
// (nlp.Naming.MainClause). A reaction told in the lead, on another day
// than what it answers, is no report of that happening (see
// Config.LeadAnswersApart).

// pastAnswers are the past forms of the singular answer verbs of titles
// (answerVerbs: "slams", "fires" of "fires back"), mapped to them: a lead
// tells in the past what a title tells in the present.
var pastAnswers = map[string]string{
	"slammed": "slams", "blasted": "blasts", "defended": "defends", "responded": "responds",
	"reacted": "reacts", "ripped": "rips", "mocked": "mocks", "condemned": "condemns",
	"refuted": "refutes", "denied": "denies", "rejected": "rejects", "criticized": "criticizes",
	"criticised": "criticises", "dismissed": "dismisses", "scolded": "scolds", "chided": "chides",
	"taunted": "taunts", "decried": "decries", "blamed": "blames", "disputed": "disputes",
	"accused": "accuses", "fired": "fires", "pushed": "pushes", "hit": "hits", "doubled": "doubles",
	"lashed": "lashes",
}

// leadAnswerVerb reports whether a lead's main verb, with its particle,
// answers someone: a singular answer verb of titles (answerVerbs) or its
// past form (pastAnswers), a phrasal one only with its particle
// (statementPhrases: "fired back" answers, "fired the director" does not).
func leadAnswerVerb(verb, particle string) bool {
	if !answerWord(verb) {
		return false
	}
	if present, ok := pastAnswers[verb]; ok {
		verb = present
	}
	ps, phrasal := statementPhrases[verb]
	return !phrasal || slices.Contains(ps, particle)
}

// answerWord reports whether w is a singular answer verb of titles or its
// past form, whatever follows it.
func answerWord(w string) bool {
	if present, ok := pastAnswers[w]; ok {
		w = present
	}
	return answerVerbs[w] && !statementVerbs[w] && !statementPhrasePlural[w]
}

// leadParagraphs is how many paragraphs are read for a lead's first
// sentence.
const leadParagraphs = 4

// leadWords is the fewest words of a sentence read as a lead's first
// sentence: shorter ones are captions, credits and labels.
const leadWords = 6

// leadReader reads leads with nlp: a Clusterer loads one on its first
// lead reading (Clusterer.leads) and keeps it, so articles that never
// reach the check cost no language data.
type leadReader struct {
	an *nlp.Analyzer
	nm *nlp.Naming
}

// newLeadReader loads the language data the lead reading uses.
func newLeadReader() (*leadReader, error) {
	a, err := nlp.NewAnalyzer()
	if err != nil {
		return nil, fmt.Errorf("story: load the lead reader's language data: %w", err)
	}
	return &leadReader{an: a, nm: a.Naming(nlp.DefaultLang)}, nil
}

// leads returns c's lead reader, loaded on first use. The language data
// is embedded in the binary, so failing to load it is a broken build,
// not bad input: it panics rather than turn the rule off unseen.
func (c *Clusterer) leads() *leadReader {
	if c.lead == nil {
		r, err := newLeadReader()
		if err != nil {
			panic(err)
		}
		c.lead = r
	}
	return c.lead
}

func (r *leadReader) answer(d Doc) []string {
	paras := d.Paragraphs
	if len(paras) > leadParagraphs {
		paras = paras[:leadParagraphs]
	}
	if !mayAnswer(paras) {
		return nil
	}
	an, nm := r.an, r.nm
	a := an.Analyze(nlp.Input{Paragraphs: paras})
	link := -1 // the paragraph a link line opens
	for i, s := range a.Sentences {
		if s.Para == link {
			continue
		}
		words := 0
		for _, t := range s.Tokens {
			if t.Kind == nlp.KindWord {
				words++
			}
		}
		if words < leadWords {
			continue
		}
		if linkLine(s.Tokens) {
			// A link line: its paragraph runs on with the linked
			// page's title or more links ("Read more: He is running.
			// Related: ..."), so the lead is the next paragraph's.
			link = s.Para
			continue
		}
		c := nm.MainClause(a, i)
		if !leadAnswerVerb(c.Verb, c.Particle) || c.Rules() {
			// No answer, or a ruling on a matter ("The Senate rejected
			// the bill", "Judge Falk dismissed the lawsuit"): the act
			// itself, not a reply to it.
			return nil
		}
		subject := tokenize(nil, c.Subject)
		if len(subject) == 0 || !subject[len(subject)-1].upper {
			// A common noun heads the subject ("A senior Velmar
			// official", "Velmar's mayor"): a capitalised word before it
			// names a place or a body the answerer belongs to, not who
			// answers.
			return nil
		}
		if c.Entity >= 0 {
			return speakerKey(tokenize(nil, a.Entities[c.Entity].Key))
		}
		var caps []token
		for _, t := range subject {
			if t.upper && !stopwords[t.low] {
				caps = append(caps, t)
			}
		}
		return speakerKey(caps)
	}
	return nil
}

// linkMarks are the openings of a body line that is a link to another
// article ("Read more: ...", "Related ...", "See also ..."), whose words
// are another page's title or a promotion, not a sentence of the
// article's own. A line opening with "Watch" is one only when it points
// to something to watch (watchLine). Photo and video captions ("Image
// caption ...", "Hide caption ...", "CLOSE ...") are not listed: the
// clusterer reads an article's cleaned text (stories.ClusterDoc), from
// which internal/clean sets them aside (on all of ABP's cleaned text,
// the first four paragraphs hold no sentence that opens with one). A
// link line glued to the text after it, or longer than clean's
// related-links phrases allow, is kept as text, and is read here.
var linkMarks = [][]string{
	{"read", "more"}, {"read", "also"}, {"see", "also"}, {"related"}, {"recommended"},
	{"click", "here"},
}

// watchPointers are the words by which a line opening with "Watch" points
// to a video, a broadcast or a page's player rather than tells something:
// where on the page it is ("above", "below", "here"), what is shown
// ("video", "interview", "hearing"), how or when it airs ("TV",
// "tonight", "9 p.m. ET"; not "live", also the verb of "where you
// live"). On ABP's cleaned text, 33 of the 44 such lines of six words
// or more in an article's first four paragraphs name one, and so do
// three promotions glued to the sentence after them; of the
// eight sentences of the writer's own ("Watch this also be spun as his
// fault", "Watch where you swim"), two do ("Watch the video of ..., and
// you get a sense", "Watch Senate speeches and politicians interview on
// television").
var watchPointers = map[string]bool{
	"above": true, "below": true, "here": true, "following": true,
	"video": true, "videos": true, "clip": true, "footage": true, "interview": true, "episode": true,
	"segment": true, "hearing": true,
	"tonight": true, "tv": true, "youtube": true, "streaming": true,
	"p.m.": true, "a.m.": true, "pm": true, "et": true, "e.t.": true, "edt": true, "est": true,
}

// watchLine reports whether ts, a sentence whose first word is "watch",
// is a link line: it holds a colon ("WATCH: ...", "Watch his remarks:")
// or a word of watchPointers. Other lines opening with the verb are the
// writer's own sentences ("Watch out for ...", "Watch this space").
// Cost: one walk of the sentence's tokens, only for such a sentence.
func watchLine(ts []nlp.Token) bool {
	for _, t := range ts {
		if t.Kind == nlp.KindPunct && t.Norm == ":" || t.Kind == nlp.KindWord && watchPointers[t.Norm] {
			return true
		}
	}
	return false
}

// linkLine reports whether a sentence opens with a link mark (linkMarks)
// or is a "Watch" line that points to something to watch (watchLine): it
// is not the lead's first sentence, and the other sentences of its
// paragraph are not read as one either.
func linkLine(ts []nlp.Token) bool {
	var words []string
	for _, t := range ts {
		if t.Kind == nlp.KindWord {
			words = append(words, t.Norm)
			if len(words) == 2 {
				break
			}
		}
	}
	for _, m := range linkMarks {
		if len(words) >= len(m) && slices.Equal(words[:len(m)], m) {
			return true
		}
	}
	return len(words) > 0 && words[0] == "watch" && watchLine(ts)
}

// mayAnswer reports whether some paragraph holds a word of
// leadAnswerVerb, in the past or the present: the cheap test before the
// nlp reading.
func mayAnswer(paras []string) bool {
	for _, p := range paras {
		for _, t := range tokenize(nil, p) {
			if answerWord(t.low) {
				return true
			}
		}
	}
	return false
}

// leadSpeaker returns p's lead answerer (leadReader.answer), read once
// with r.
func (p *prepared) leadSpeaker(r *leadReader) []string {
	if !p.leadRead {
		p.leadRead = true
		p.leadAnswerer = r.answer(p.doc)
	}
	return p.leadAnswerer
}

// leadAnswers reports whether p answers, in its lead, a happening e
// reports on another day (see Config.LeadAnswersApart): p is a dated
// straight-news piece whose lead's first sentence is someone answering
// (leadAnswer), every member of e is dated and reports on a day other
// than p's, and no member's title names p's answerer. A reply the day's
// reports lead with is often judged one event with them, so a member on
// p's own day keeps the join; one titled by the answerer's name keeps it
// too (the answerer's own event).
func (c *Clusterer) leadAnswers(p *prepared, e *event) bool {
	if !c.cfg.LeadAnswersApart || !p.doc.HasTime || p.headline != News {
		return false
	}
	for _, m := range e.members {
		if !m.dated || m.eday == p.eday {
			return false
		}
	}
	k := p.leadSpeaker(c.leads())
	if k == nil {
		return false
	}
	for _, m := range e.members {
		for _, t := range tokenize(nil, m.title) {
			if _, ok := slices.BinarySearch(k, t.low); ok {
				return false
			}
		}
	}
	return true
}
