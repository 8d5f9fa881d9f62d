package eventeval

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestLeadVerbFigures measures whether what the lead says happened (the
// main verb of the headline and of the first sentence, with the named
// participant before it and the one after it) tells the joined judged
// pairs that report one happening from those that report another event of
// the same topic. It reads the grouping and texts of the Parallax
// database PARALLAX_LEADVERB_DB (built from ../shared/data/abp, read
// only) and logs, for each test, how many right and wrong joins it keeps,
// on the split PARALLAX_LEADVERB_SPLIT (default dev):
//
//	PARALLAX_LEADVERB_DB=/path/abp.db go test ./internal/eval/eventeval -run LeadVerbFigures -v
//
// The verb is read without a part-of-speech tagger: the first word after
// the subject name that is neither a stop word, an auxiliary or adverb,
// nor part of a name. No article text is logged unless
// PARALLAX_LEADVERB_SHOW is set (for reading, never for committing).
func TestLeadVerbFigures(t *testing.T) {
	dbPath := os.Getenv("PARALLAX_LEADVERB_DB")
	if dbPath == "" {
		t.Skip("set PARALLAX_LEADVERB_DB to a Parallax database built from ../shared/data/abp")
	}
	split := os.Getenv("PARALLAX_LEADVERB_SPLIT")
	if split == "" {
		split = Dev
	}
	pairs, err := ReadPairsFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := ReadDB(ctx, dbPath, false)
	if err != nil {
		t.Fatal(err)
	}
	type joined struct {
		p    Pair
		a, b *Article
	}
	var js []joined
	var ids []string
	for _, p := range pairs {
		if p.Split != split || p.Label == Unlabelled || strings.HasSuffix(p.Stratum, "/s44") {
			continue
		}
		a, oka := c.Find(p.A)
		b, okb := c.Find(p.B)
		if !oka || !okb || a.Event == "" || a.Event != b.Event {
			continue
		}
		js = append(js, joined{p, a, b})
		ids = append(ids, a.ID, b.ID)
	}
	bodies, err := ReadBodies(ctx, dbPath, ids)
	if err != nil {
		t.Fatal(err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	leads := map[string]leadFacts{}
	for _, j := range js {
		for _, x := range []*Article{j.a, j.b} {
			if _, ok := leads[x.ID]; !ok {
				leads[x.ID] = readLead(an, x.Title, bodies[x.ID])
			}
		}
	}
	show := os.Getenv("PARALLAX_LEADVERB_SHOW") != ""
	type test struct {
		name string
		keep func(x, y leadFacts) bool
	}
	tests := []test{
		{"same subject+verb (title or lead)", func(x, y leadFacts) bool { return x.shareSV(y) }},
		{"same verb (title or lead)", func(x, y leadFacts) bool { return x.shareVerb(y) }},
		{"same lead verb", func(x, y leadFacts) bool { return x.lead.verb != "" && x.lead.verb == y.lead.verb }},
		{"same title verb", func(x, y leadFacts) bool { return x.title.verb != "" && x.title.verb == y.title.verb }},
		{"shared subject (title or lead)", func(x, y leadFacts) bool { return x.shareSubject(y) }},
		{"shared participant (subj/obj, title or lead)", func(x, y leadFacts) bool { return x.shareParticipant(y) }},
		{"verb in the other's title+lead stems", func(x, y leadFacts) bool { return x.verbInOther(y) || y.verbInOther(x) }},
		{"subject and verb both in the other's title+lead", func(x, y leadFacts) bool { return x.svInOther(y) || y.svInOther(x) }},
		{"any of: same verb, shared subject", func(x, y leadFacts) bool { return x.shareVerb(y) || x.shareSubject(y) }},
		// Conflict tests: part only when both sides have the part and
		// they share none of it.
		{"unless both have verbs, none shared", func(x, y leadFacts) bool {
			return len(x.verbs()) == 0 || len(y.verbs()) == 0 || x.shareVerb(y)
		}},
		{"unless both have subjects, none shared", func(x, y leadFacts) bool {
			return len(x.subjects()) == 0 || len(y.subjects()) == 0 || x.shareSubject(y)
		}},
		{"unless both have participants, none shared", func(x, y leadFacts) bool {
			return len(x.participants()) == 0 || len(y.participants()) == 0 || x.shareParticipant(y)
		}},
		{"unless both have subj+verb, neither shared", func(x, y leadFacts) bool {
			return len(x.verbs()) == 0 || len(y.verbs()) == 0 || len(x.subjects()) == 0 || len(y.subjects()) == 0 ||
				x.shareVerb(y) || x.shareSubject(y)
		}},
		{"unless both lead svs complete and differ in both", func(x, y leadFacts) bool {
			return x.lead.subj == "" || x.lead.verb == "" || y.lead.subj == "" || y.lead.verb == "" ||
				x.lead.subj == y.lead.subj || x.lead.verb == y.lead.verb
		}},
	}
	var right, wrong int
	for _, j := range js {
		if j.p.Label == SameEvent {
			right++
		} else {
			wrong++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "split %s: %d joined pairs, %d right (same event), %d wrong\n", split, len(js), right, wrong)
	noVerb := 0
	for _, j := range js {
		x, y := leads[j.a.ID], leads[j.b.ID]
		if x.lead.verb == "" || y.lead.verb == "" {
			noVerb++
		}
	}
	fmt.Fprintf(&b, "pairs with a side lacking a lead verb: %d\n", noVerb)
	var full [2][2]int // [right/wrong][share lead verb]
	for _, j := range js {
		x, y := leads[j.a.ID], leads[j.b.ID]
		if x.lead.subj == "" || x.lead.verb == "" || y.lead.subj == "" || y.lead.verb == "" {
			continue
		}
		r := 1
		if j.p.Label == SameEvent {
			r = 0
		}
		sv := 0
		if x.lead.verb == y.lead.verb || x.lead.subj == y.lead.subj {
			sv = 1
		}
		full[r][sv]++
	}
	fmt.Fprintf(&b, "both leads with subject and verb: right %d (%d share subject or verb), wrong %d (%d share)\n",
		full[0][0]+full[0][1], full[0][1], full[1][0]+full[1][1], full[1][1])
	fmt.Fprintf(&b, "%-50s %9s %9s %9s %9s %6s %6s\n", "test", "rightKept", "rightLost", "wrongKept", "wrongLost", "w/r", "AUC")
	for _, tc := range tests {
		var rk, rl, wk, wl int
		for _, j := range js {
			k := tc.keep(leads[j.a.ID], leads[j.b.ID])
			switch {
			case j.p.Label == SameEvent && k:
				rk++
			case j.p.Label == SameEvent:
				rl++
			case k:
				wk++
			default:
				wl++
			}
		}
		ratio := "-"
		if rl > 0 {
			ratio = fmt.Sprintf("%.2f", float64(wl)/float64(rl))
		}
		auc := 0.5 * (float64(rk)/float64(max(right, 1)) + float64(wl)/float64(max(wrong, 1)))
		fmt.Fprintf(&b, "%-50s %9d %9d %9d %9d %6s %6.3f\n", tc.name, rk, rl, wk, wl, ratio, auc)
	}
	// A graded score: how many of the parts agree.
	grade := func(x, y leadFacts) float64 {
		s := 0.0
		if x.shareSV(y) {
			s += 2
		}
		if x.shareVerb(y) {
			s++
		}
		if x.shareSubject(y) {
			s++
		}
		if x.shareParticipant(y) {
			s += 0.5
		}
		return s
	}
	var pos, neg []float64
	for _, j := range js {
		g := grade(leads[j.a.ID], leads[j.b.ID])
		if j.p.Label == SameEvent {
			pos = append(pos, g)
		} else {
			neg = append(neg, g)
		}
	}
	fmt.Fprintf(&b, "graded (2 same subj+verb, 1 same verb, 1 shared subject, 0.5 shared participant): AUC %.3f\n", aucOf(pos, neg))
	hist := map[float64][2]int{}
	for _, v := range pos {
		h := hist[v]
		h[0]++
		hist[v] = h
	}
	for _, v := range neg {
		h := hist[v]
		h[1]++
		hist[v] = h
	}
	var keys []float64
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  grade %.1f: right %d wrong %d\n", k, hist[k][0], hist[k][1])
	}
	t.Logf("\n%s", b.String())
	if show {
		for _, j := range js {
			x, y := leads[j.a.ID], leads[j.b.ID]
			t.Logf("%s %s | %v | %v", j.p.Label, j.p.Stratum, x, y)
		}
	}
}

// aucOf is the probability that a random positive scores above a random
// negative, ties counting half.
func aucOf(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0.5
	}
	s := 0.0
	for _, p := range pos {
		for _, n := range neg {
			switch {
			case p > n:
				s++
			case p == n:
				s += 0.5
			}
		}
	}
	return s / float64(len(pos)*len(neg))
}

// svo is what one sentence says happened: the key of the named subject,
// the verb's stem, and the key of the first name after the verb.
type svo struct{ subj, verb, obj string }

// leadFacts are the headline's and the first sentence's svo, and the
// stems of both (for looser tests).
type leadFacts struct {
	title, lead svo
	stems       map[string]bool
	keys        map[string]bool
}

func (l leadFacts) String() string {
	return fmt.Sprintf("T(%s|%s|%s) L(%s|%s|%s)", l.title.subj, l.title.verb, l.title.obj, l.lead.subj, l.lead.verb, l.lead.obj)
}

func (l leadFacts) verbs() []string    { return nonEmpty(l.title.verb, l.lead.verb) }
func (l leadFacts) subjects() []string { return nonEmpty(l.title.subj, l.lead.subj) }
func (l leadFacts) participants() []string {
	return nonEmpty(l.title.subj, l.lead.subj, l.title.obj, l.lead.obj)
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func (l leadFacts) shareVerb(o leadFacts) bool    { return overlap(l.verbs(), o.verbs()) }
func (l leadFacts) shareSubject(o leadFacts) bool { return overlap(l.subjects(), o.subjects()) }
func (l leadFacts) shareParticipant(o leadFacts) bool {
	return overlap(l.participants(), o.participants())
}

func (l leadFacts) shareSV(o leadFacts) bool {
	for _, x := range []svo{l.title, l.lead} {
		for _, y := range []svo{o.title, o.lead} {
			if x.subj != "" && x.verb != "" && x.subj == y.subj && x.verb == y.verb {
				return true
			}
		}
	}
	return false
}

func (l leadFacts) verbInOther(o leadFacts) bool {
	for _, v := range l.verbs() {
		if o.stems[v] {
			return true
		}
	}
	return false
}

func (l leadFacts) svInOther(o leadFacts) bool {
	for _, x := range []svo{l.title, l.lead} {
		if x.subj != "" && x.verb != "" && o.keys[x.subj] && o.stems[x.verb] {
			return true
		}
	}
	return false
}

// readLead analyses the headline and the opening paragraphs of body and
// reads the svo of the headline and of the first body sentence of eight
// words or more (shorter ones are bylines and datelines).
func readLead(an *nlp.Analyzer, title, body string) leadFacts {
	var paras []string
	for p := range strings.SplitSeq(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
		if len(paras) == 4 {
			break
		}
	}
	a := an.Analyze(nlp.Input{Title: title, Paragraphs: paras})
	l := leadFacts{stems: map[string]bool{}, keys: map[string]bool{}}
	titleDone, leadDone := false, false
	for i, s := range a.Sentences {
		words := 0
		for _, tk := range s.Tokens {
			if tk.Kind == nlp.KindWord {
				words++
			}
		}
		switch {
		case s.Para == nlp.TitlePara && !titleDone:
			l.title, titleDone = readSVO(a, i), true
		case s.Para != nlp.TitlePara && !leadDone && words >= 8:
			l.lead, leadDone = readSVO(a, i), true
		default:
			continue
		}
		for _, tk := range s.Tokens {
			if tk.Kind == nlp.KindWord && !tk.Stop {
				l.stems[tk.Stem] = true
			}
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Sentence == i && m.Kind == nlp.MentionName {
					l.keys[e.Key] = true
				}
			}
		}
	}
	return l
}

// name is one name mention in a sentence: byte range and entity key.
type name struct {
	start, end int
	key        string
}

// readSVO reads the subject, verb and object of sentence i of a.
func readSVO(a *nlp.Analysis, i int) svo {
	s := a.Sentences[i]
	var names []name
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Sentence == i && m.Kind != nlp.MentionRole && m.Para == s.Para {
				key := e.Key
				if m.Kind == nlp.MentionPronoun {
					key = ""
				}
				names = append(names, name{m.Start, m.End, key})
			}
		}
	}
	sort.Slice(names, func(x, y int) bool { return names[x].start < names[y].start })
	in := func(tk nlp.Token) (name, bool) {
		for _, n := range names {
			if tk.Start >= n.start && tk.End <= n.end {
				return n, true
			}
		}
		return name{}, false
	}
	var out svo
	k := 0
	// The subject: the first name not inside a leading clause; a
	// sentence that opens with a clause ("In a rally on Tuesday, Trump
	// mocked…") has its subject after the first comma.
	toks := s.Tokens
	start := 0
	if len(toks) > 0 && toks[0].Kind == nlp.KindWord && isOpener(toks[0].Norm) {
		for j, tk := range toks {
			if tk.Surface == "," {
				start = j + 1
				break
			}
		}
	}
	// A dateline ("WASHINGTON —", "(CNN)") goes before the sentence.
	for j := start; j < len(toks) && j < start+8; j++ {
		if w := toks[j].Surface; w == "—" || w == "–" || w == "--" || w == ")" || w == "-" && j > start {
			start = j + 1
			break
		}
	}
	k = start
	subjEnd := -1
	for ; k < len(toks); k++ {
		if n, ok := in(toks[k]); ok {
			out.subj = n.key
			subjEnd = n.end
			break
		}
	}
	if subjEnd < 0 {
		return out
	}
	for k < len(toks) && toks[k].Start < subjEnd {
		k++
	}
	// Skip an apposition or relative clause between commas.
	if k < len(toks) && toks[k].Surface == "," {
		for k++; k < len(toks) && toks[k].Surface != ","; k++ {
		}
		k++
	}
	skipped := 0
	for ; k < len(toks); k++ {
		tk := toks[k]
		if tk.Kind != nlp.KindWord {
			continue
		}
		if _, ok := in(tk); ok {
			continue
		}
		if tk.Stop || isAuxWord(tk.Norm) || tk.Norm == "s" {
			continue
		}
		if s.Para != nlp.TitlePara && startsUpper(tk.Surface) {
			continue
		}
		if !verbShaped(tk.Norm) {
			if skipped++; skipped > 3 {
				break
			}
			continue
		}
		out.verb = tk.Stem
		break
	}
	for k++; k < len(toks); k++ {
		if n, ok := in(toks[k]); ok && n.key != "" && n.key != out.subj {
			out.obj = n.key
			break
		}
	}
	return out
}

// verbShaped reports words shaped like a finite verb of a news lead: a
// past or third-person form, or a common irregular past.
func verbShaped(w string) bool {
	if irregular[w] {
		return true
	}
	if len(w) < 4 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "'s") {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")
}

// irregular are common irregular verb forms of news leads.
var irregular = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said told took made won lost gave went came left met sent spent held hit
		struck shot fought bought sold brought thought found ran beat began broke chose drew drove fell flew forgot
		froze grew hid knew led lay paid put quit rose saw sought set shook shut sat spoke stood stole swore threw
		understood wrote wore set cut let read split spread sank sang sprang stuck stung swung upheld withdrew
		overturn overtook undid unveil get make win lose give go come leave meet send hold beat sue ban back
		hits beats says puts cuts sets lets quits sues bans backs slams rips blasts eyes vows urges warns`) {
		irregular[w] = true
	}
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// isOpener reports words that open a leading clause before the subject.
func isOpener(w string) bool {
	switch w {
	case "in", "on", "at", "after", "before", "as", "when", "while", "with", "during", "amid", "despite", "for", "following", "since", "if", "although", "though", "less", "more", "just", "days", "hours", "weeks", "months", "over", "by", "from", "under", "facing", "speaking", "once", "until", "without", "even", "nearly", "almost", "two", "three", "one", "a", "the", "an", "last", "this", "earlier", "late", "early":
		return true
	}
	return false
}

// isAuxWord reports auxiliaries, linking verbs and adverbs that may stand
// between a subject and its verb.
func isAuxWord(w string) bool {
	switch w {
	case "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
		"also", "later", "then", "again", "still", "once", "never", "not", "already", "too", "first", "just", "now",
		"recently", "previously", "earlier", "further", "often", "always", "simply", "since", "publicly", "privately",
		"separately", "repeatedly", "reportedly", "allegedly", "clearly", "quickly", "is", "are", "was", "were", "be",
		"been", "being", "to", "'s", "’s", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "yesterday", "today", "tonight", "who", "which", "that":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4
}
