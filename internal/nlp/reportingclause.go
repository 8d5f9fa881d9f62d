package nlp

import (
	"slices"
	"strings"
)

// maxReporterTail is how many tokens may follow the verb of a reporting
// clause that closes a sentence (", Lund said on Tuesday in Leeds.").
const maxReporterTail = 6

// reporterAmong returns, of the person mentions cands of the sentence
// toks[lo:hi], the one of a reporting clause that closes it: a comma,
// the name (the person's titles may stand between), a lower-case verb of
// saying and at most maxReporterTail tokens of its own to the sentence's
// end, no punctuation among them ("While the theft was grave, Ivo Lund
// had kept a clean record, Kray wrote."); or a comma, the verb, the name
// and at most an apposition set off by a comma ("…, said Ana Ruiz, a
// professor at the university."). The sentence tells what that person
// said, so a he or she that says something in the next sentence ("he
// said", "said he") goes on with them rather than with a person the
// reported clause is about. Else -1, as when cands holds fewer than two
// persons.
func (d *doc) reporterAmong(lo, hi int, cands []int) int {
	if len(cands) < 2 || hi != d.sents[d.tokSent[lo]].b {
		return -1
	}
	end := hi
	for end > lo && d.toks[end-1].Kind == KindPunct && d.toks[end-1].Surface == "." {
		end--
	}
	for i := len(cands) - 1; i >= 0; i-- {
		mi := cands[i]
		m := &d.mentions[mi]
		if m.a <= lo+1 || m.b > end {
			continue
		}
		if d.nameThenVerb(m, lo, end) || d.verbThenName(m, end) {
			return mi
		}
	}
	return -1
}

// reportingVerb reports whether token k is a lower-case verb of saying
// that has its speaker for subject ("wrote", not "told" or "asked").
func (d *doc) reportingVerb(k int) bool {
	t := &d.toks[k]
	return t.Kind == KindWord && t.is(fLower) && d.l.verbs[t.Norm] && !addresseeVerbs[t.Norm]
}

// nameThenVerb reports whether mention m closes its sentence (ending at
// end) as ", [titles] NAME verb [a few words]".
func (d *doc) nameThenVerb(m *mention, lo, end int) bool {
	v := m.b
	if v >= end || !d.reportingVerb(v) || end-(v+1) > maxReporterTail {
		return false
	}
	k := d.titlesBefore(m.a-1, lo) // ", Judge Kray wrote.", ", Sen. Kray wrote."
	if d.toks[k].Surface != "," {
		return false
	}
	for j := v + 1; j < end; j++ {
		if t := &d.toks[j]; t.Kind == KindPunct || d.mentionAt[j] >= 0 && d.personMention(d.mentionAt[j]) {
			return false
		}
	}
	return true
}

// verbThenName reports whether mention m closes its sentence (ending at
// end) as ", verb [titles] NAME" with at most an apposition after a comma
// that holds no other punctuation and no verb of saying; the verb is no
// participle.
func (d *doc) verbThenName(m *mention, end int) bool {
	k := d.titlesBefore(m.a-1, 0)
	if k < 1 || !d.reportingVerb(k) || strings.HasSuffix(d.toks[k].Norm, "ing") || d.toks[k-1].Surface != "," {
		return false // ", saying Lund, who …, has been …": what was said
	}
	if m.b == end {
		return true
	}
	if d.toks[m.b].Surface != "," {
		return false
	}
	for j := m.b + 1; j < end; j++ {
		// One apposition to the end: a second comma may open what the
		// sentence goes on to say (", said Ana Ruiz, a biographer, and
		// Ivo Lund.").
		if t := &d.toks[j]; t.Kind == KindPunct && t.Surface != "-" || d.verbAt(j) {
			return false
		}
	}
	return true
}

// titlesBefore walks back from token k over the words of a person's
// title ("Judge", "former", "Sen" and the full stop after it), no further
// than lo, and returns the first token before them.
func (d *doc) titlesBefore(k, lo int) int {
	for k > lo {
		switch {
		case d.toks[k].Kind == KindWord && d.titleWord(k):
			k--
		case d.toks[k].Surface == "." && k-1 > lo && d.toks[k-1].Kind == KindWord && d.titleWord(k-1):
			k -= 2 // "Sen." is two tokens
		default:
			return k
		}
	}
	return k
}

// titleWord reports whether token k is a word of a person's title
// ("Judge", "Sen.", "former"); a title the list holds only with its
// full stop ("Dr.", "Prof.") counts too.
func (d *doc) titleWord(k int) bool {
	w := d.toks[k].Norm
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	return d.l.titles[w] || d.l.titleFirst[w] > 0 || d.l.titleFirst[w+"."] > 0 || w == "former"
}

// coordinators open a main clause after a comma: ", but Ruiz made …".
var coordinators = map[string]bool{"but": true, "and": true, "yet": true}

// coordinatedSubject returns the mention of the person who opens the last
// main clause joined by a comma and a coordinator (", but Ruiz made a
// late push …") in toks[lo:hi], followed by a verb of its own, with no
// other person's name starting between it and hi-1 outside quotation
// marks (a name that ends right before hi, the object of the verb there,
// is not looked at: "… thanked Berg and predicted"); else -1. The verb at hi that an "and" joins to that clause ("… made a push
// and predicted …") is that person's, not the sentence's first subject's.
func (d *doc) coordinatedSubject(lo, hi int, inQuote []bool) int {
	for k := hi - 2; k > lo+1; k-- {
		if inQuote[k] {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].a == k && d.personMention(mi) && !coordinators[d.toks[k-1].Norm] {
			return -1 // a person named later in the sentence: not this clause's subject alone
		}
		if !coordinators[d.toks[k].Norm] || d.toks[k-1].Surface != "," || d.toks[k].Kind != KindWord {
			continue
		}
		mi := d.mentionAt[k+1]
		if mi < 0 || d.mentions[mi].a != k+1 || !d.personMention(mi) || d.mentions[mi].kind != MentionName {
			return -1
		}
		m := &d.mentions[mi]
		if m.b >= hi || !d.clauseVerbAt(m.b) && !d.verbLike(m.b) && !d.plainWordAt(m.b) {
			return -1
		}
		return int(mi)
	}
	return -1
}

// quotingClauseSubject returns, of the person mentions cands of the
// sentence toks[lo:hi], the subject of its last coordinated main clause
// (coordinatedSubject) when that clause holds the sentence's last
// quotation, which closes the sentence ("…, but Ruiz made a late push
// and predicted a \"very big win.\""): the writer has just quoted that
// person, whose words a he or she of the next sentence goes on with. Else
// -1.
func (d *doc) quotingClauseSubject(lo, hi int, cands []int, inQuote []bool) int {
	if hi != d.sents[d.tokSent[lo]].b {
		return -1
	}
	end := hi - 1
	for end > lo && d.toks[end].Kind == KindPunct && !inQuote[end] {
		end--
	}
	if end <= lo || !inQuote[end] {
		return -1 // the sentence does not close on a quotation
	}
	open := end
	for open > lo && inQuote[open-1] {
		open--
	}
	mi := d.coordinatedSubject(lo, open, inQuote)
	if mi < 0 || !slices.Contains(cands, mi) {
		return -1
	}
	return mi
}

// plainWordAt reports whether token k is a lower-case word that is no
// stop word nor preposition, as a verb after a subject is ("Ruiz made").
func (d *doc) plainWordAt(k int) bool {
	t := &d.toks[k]
	return t.Kind == KindWord && t.is(fLower) && !t.Stop && !isPreposition(t.Norm) && !isDeterminer(t.Norm)
}

// sayWords are the plain verbs of saying that a he or she who goes on
// with a source's words stands beside ("he said", "said he", "she wrote").
var sayWords = setOfWords("said", "says", "say", "wrote", "writes", "added", "adds", "told", "tells", "explained",
	"explains", "continued", "continues", "noted", "notes", "argued", "argues", "recalled", "insisted", "insists")

// saysBeside reports whether the pronoun at token pos stands right before
// or after a plain verb of saying (sayWords) in lower case: the he says
// something ("he said", "said he"), and is not told doing something else
// ("He threatened …").
func (d *doc) saysBeside(pos int) bool {
	for _, k := range []int{pos + 1, pos - 1} {
		if k >= 0 && k < len(d.toks) && d.tokSent[k] == d.tokSent[pos] && d.toks[k].is(fLower) && sayWords[d.toks[k].Norm] {
			return true
		}
	}
	return false
}
