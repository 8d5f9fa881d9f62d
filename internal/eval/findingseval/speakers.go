package findingseval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// SpeakerLabel is one judged quote of abp-speakers.tsv: a direct quote of
// one article, the speaker the judged build gave it and who truly speaks.
type SpeakerLabel struct {
	// Article is the article id; Para, Start and End locate the quote
	// (the paragraph and start of its first part, the end of its last).
	Article          string
	Para, Start, End int
	// Given is the speaker the judged build gave ("-" for none): an
	// entity's name, else the mention as written.
	Given string
	// True is who speaks ("-" when nobody can be named).
	True string
	// Verdict is right, wrong, none-knowable or none-ok.
	Verdict string
	// Reason is the judge's short reason, in the judge's own words.
	Reason string
}

// speakerVerdicts are the verdicts of a judged quote.
var speakerVerdicts = map[string]bool{"right": true, "wrong": true, "none-knowable": true, "none-ok": true}

// ReadSpeakerLabels reads abp-speakers.tsv (see its header comment).
func ReadSpeakerLabels(path string) ([]SpeakerLabel, error) {
	var out []SpeakerLabel
	seen := map[string]bool{}
	err := readTSV(path, 6, func(f []string) error {
		l := SpeakerLabel{Article: f[0], Given: f[2], True: f[3], Verdict: f[4], Reason: f[5]}
		var err error
		if l.Para, l.Start, l.End, err = parseQuoteSpan(f[1]); err != nil {
			return err
		}
		switch {
		case l.Article == "" || l.Given == "" || l.True == "":
			return fmt.Errorf("want an article id, a given and a true speaker (- for none)")
		case !speakerVerdicts[l.Verdict]:
			return fmt.Errorf("verdict %q: want right, wrong, none-knowable or none-ok", l.Verdict)
		case l.Verdict == "right" && l.Given == "-" || l.Verdict == "none-ok" && (l.Given != "-" || l.True != "-") ||
			l.Verdict == "none-knowable" && (l.Given != "-" || l.True == "-"):
			return fmt.Errorf("verdict %s does not fit given %q, true %q", l.Verdict, l.Given, l.True)
		case l.Reason == "":
			return fmt.Errorf("want a reason")
		}
		k := l.Article + " " + f[1]
		if seen[k] {
			return fmt.Errorf("%s judged twice", k)
		}
		seen[k] = true
		out = append(out, l)
		return nil
	})
	return out, err
}

// parseQuoteSpan reads "para:start-end".
func parseQuoteSpan(s string) (para, start, end int, err error) {
	p, rest, ok := strings.Cut(s, ":")
	a, b, ok2 := strings.Cut(rest, "-")
	if !ok || !ok2 {
		return 0, 0, 0, fmt.Errorf("quote span %q: want para:start-end", s)
	}
	if para, err = strconv.Atoi(p); err == nil {
		if start, err = strconv.Atoi(a); err == nil {
			end, err = strconv.Atoi(b)
		}
	}
	if err != nil {
		return 0, 0, 0, fmt.Errorf("quote span %q: %w", s, err)
	}
	return para, start, end, nil
}

// QuoteSpeaker is the speaker an analysis gives the direct quote at a
// judged quote's place: an entity's name, else the mention as written,
// "-" for none. found is false when the analysis holds no direct quote
// there any more.
func QuoteSpeaker(a *nlp.Analysis, l SpeakerLabel) (speaker string, found bool) {
	q := quoteAt(a, l)
	switch {
	case q == nil:
		return "", false
	case q.Speaker == nil:
		return "-", true
	}
	if e := speakerOf(a, q); e != nil {
		return e.Name, true
	}
	return q.Speaker.Mention, true
}

// quoteAt is the direct quote of a at a judged quote's place, nil when
// there is none.
func quoteAt(a *nlp.Analysis, l SpeakerLabel) *nlp.Quote {
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.Partial || len(q.Parts) == 0 {
			continue
		}
		first, last := q.Parts[0], q.Parts[len(q.Parts)-1]
		if first.Para == l.Para && first.Start == l.Start && last.End == l.End {
			return q
		}
	}
	return nil
}

// speakerOf is the entity a quote's speaker resolves to, nil for none.
func speakerOf(a *nlp.Analysis, q *nlp.Quote) *nlp.Entity {
	if q == nil || q.Speaker == nil || q.Speaker.Entity < 0 || q.Speaker.Entity >= len(a.Entities) {
		return nil
	}
	return &a.Entities[q.Speaker.Entity]
}

// EntityNamed reports whether the judged speaker want is one of the
// names the text gives the entity e: one of its forms as written, its
// key, or the key of a shorter name of it (Entity.Keys: an abbreviation
// the text defines), compared in lower case with a leading "the" left
// out ("the INSS" for the institute whose full name the entity shows).
// It is no looser than that: a part of a name or a like name is not
// enough.
func EntityNamed(e *nlp.Entity, want string) bool {
	w := bareName(want)
	if w == "" || w == "-" {
		return false
	}
	if bareName(e.Name) == w || bareName(e.Key) == w {
		return true
	}
	for _, f := range e.Forms {
		if bareName(f.Text) == w {
			return true
		}
	}
	for _, k := range e.Keys {
		if bareName(k) == w {
			return true
		}
	}
	return false
}

// bareName is a name in lower case with single spaces and no leading
// "the".
func bareName(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// SameSpeaker reports whether a speaker name an analysis gives names the
// judged speaker want: the same words, or the one a run of the other's
// whole words ("Weld" for "Bill Weld", "Sen. Ivo Lund" for "Ivo Lund").
func SameSpeaker(got, want string) bool {
	if got == want {
		return true
	}
	if got == "-" || want == "-" {
		return false
	}
	g, w := strings.Fields(strings.ToLower(got)), strings.Fields(strings.ToLower(want))
	return wordRun(g, w) || wordRun(w, g)
}

// wordRun reports whether the words a appear as a run in b.
func wordRun(a, b []string) bool {
	for i := 0; i+len(a) <= len(b); i++ {
		if strings.Join(b[i:i+len(a)], " ") == strings.Join(a, " ") {
			return true
		}
	}
	return false
}

// SpeakerScore is how the code under test names the speakers of the
// judged quotes.
type SpeakerScore struct {
	// Attributed quotes get a speaker, Right of them the true one.
	Attributed, Right int
	// NoneKnowable quotes get no speaker though the text names one;
	// NoneOK get none and need none.
	NoneKnowable, NoneOK int
	// Lost judged quotes the analysis no longer holds as direct quotes.
	Lost int
	// Changed are the judged quotes whose speaker differs from the judged
	// build's, with what the code under test gives: to be read.
	Changed []SpeakerChange
}

// SpeakerChange is a judged quote whose speaker the code under test
// changed: Got is the new speaker, Right whether it is the true one.
type SpeakerChange struct {
	Label SpeakerLabel
	Got   string
	Right bool
}

// Precision is Right over Attributed (0 when nothing is attributed).
func (s SpeakerScore) Precision() float64 {
	if s.Attributed == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Attributed)
}

// ScoreSpeakers scores the analyses (by article id) against the judged
// quotes. A quote's speaker is right when it names the true speaker (see
// SameSpeaker) or is an entity the text also calls by the true speaker's
// name (see EntityNamed); a document the words come from ("the
// statement") is right only as judged.
func ScoreSpeakers(analyses map[string]*nlp.Analysis, labels []SpeakerLabel) SpeakerScore {
	var s SpeakerScore
	for _, l := range labels {
		a := analyses[l.Article]
		if a == nil {
			s.Lost++
			continue
		}
		got, ok := QuoteSpeaker(a, l)
		if !ok {
			s.Lost++
			continue
		}
		right := got == l.Given && l.Verdict == "right" || SameSpeaker(got, l.True)
		if e := speakerOf(a, quoteAt(a, l)); !right && e != nil {
			right = EntityNamed(e, l.True)
		}
		if got != l.Given {
			s.Changed = append(s.Changed, SpeakerChange{Label: l, Got: got, Right: right && got != "-"})
		}
		switch {
		case got == "-" && l.True == "-":
			s.NoneOK++
		case got == "-":
			s.NoneKnowable++
		default:
			s.Attributed++
			if right {
				s.Right++
			}
		}
	}
	return s
}
