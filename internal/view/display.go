package view

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/story"
	"github.com/parallax-news/parallax/internal/textcase"
)

// listDisplayFrom is how many of a listed story's articles are read
// (title and lead) to show its names and words.
const listDisplayFrom = 3

// listLeadParagraphs is how many paragraphs of each of those articles
// are read.
const listLeadParagraphs = 3

// StoryReader reads a story's members and their articles.
type StoryReader interface {
	Story(ctx context.Context, id string) (store.Story, []store.Assignment, error)
	Get(ctx context.Context, id string) (*article.Article, error)
}

// DisplayStories turns the listed stories' entity match keys ("mark
// pettibone") and term stems ("protest") into the names and words their
// articles write ("Mark Pettibone", "protests"), as Display does, reading
// the title and lead of each story's first articles. A key or stem those
// do not hold is left out: a listing shows no match keys or stems. The
// names are shown as displayNames shows them: each entity once, in full,
// without titles.
func DisplayStories(ctx context.Context, st StoryReader, an *nlp.Analyzer, list []outlets.Story) error {
	nm := an.Naming(nlp.DefaultLang)
	for i := range list {
		s := &list[i].Story
		if len(s.Entities) == 0 && len(s.Terms) == 0 {
			continue
		}
		_, as, err := st.Story(ctx, s.ID)
		if err != nil {
			return fmt.Errorf("story %s: %w", s.ID, err)
		}
		var all []*nlp.Analysis
		var texts []string
		for _, asg := range as[:min(listDisplayFrom, len(as))] {
			a, err := st.Get(ctx, asg.Article)
			if err != nil {
				return fmt.Errorf("story %s: article %s: %w", s.ID, asg.Article, err)
			}
			lead := a.Paragraphs[:min(listLeadParagraphs, len(a.Paragraphs))]
			all = append(all, an.Analyze(nlp.Input{Title: a.Title, Paragraphs: lead, Lang: a.Language}))
			texts = append(texts, lead...)
		}
		keys, stems, keyOK, stemOK := displayed(all, s.Entities, s.Terms, nm)
		cased := newCasedTexts(texts)
		for j, k := range keys {
			if !keyOK[j] {
				keys[j], keyOK[j] = cased.asWritten(k)
			}
		}
		s.Entities = displayNames(kept(keys, keyOK), nm)
		s.Terms = withoutNameWords(kept(stems, stemOK), s.Entities)
	}
	return nil
}

// casedTexts are texts with their lower-cased forms, made once for the
// many keys looked up in them (see asWritten).
type casedTexts struct {
	texts, lower []string
}

// newCasedTexts lower-cases texts once; a text in which lower-casing
// changes the length of a character (or meets a byte that is not UTF-8)
// is left out, as offsets into it would not match: the same length of
// the whole is not enough ("Ⱥ" grows by a byte, "ẞ" shrinks by one).
func newCasedTexts(texts []string) casedTexts {
	c := casedTexts{texts: make([]string, 0, len(texts)), lower: make([]string, 0, len(texts))}
	for _, t := range texts {
		if textcase.LowerKeepsOffsets(t) {
			c.texts, c.lower = append(c.texts, t), append(c.lower, strings.ToLower(t))
		}
	}
	return c
}

// asWritten finds a lower-cased key in the texts as a run of whole words
// and returns it as the first text that holds it writes it.
func (c casedTexts) asWritten(key string) (string, bool) {
	if key == "" {
		return "", false
	}
	out, found := key, false
	c.eachWriting(key, func(n, i int) bool {
		out, found = c.texts[n][i:i+len(key)], true
		return false
	})
	return out, found
}

// eachWriting calls fn with the text and byte offset of every run of
// whole words that writes the lower-cased key, in order, until fn returns
// false.
func (c casedTexts) eachWriting(key string, fn func(n, i int) bool) {
	for n, lt := range c.lower {
		for from := 0; ; {
			i := strings.Index(lt[from:], key)
			if i < 0 {
				break
			}
			i += from
			if wordEdge(lt, i-1) && wordEdge(lt, i+len(key)) && !fn(n, i) {
				return
			}
			from = i + 1
		}
	}
}

// wordEdge reports whether the byte at i of s is outside the text or is
// not a letter or digit.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// kept returns the entries of xs whose ok is true, without repeats.
func kept(xs []string, ok []bool) []string {
	out := []string{}
	seen := map[string]bool{}
	for i, x := range xs {
		if ok[i] && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// StorylineReader reads a storyline with its events.
type StorylineReader interface {
	Storyline(ctx context.Context, id string) (store.Storyline, []store.Story, error)
}

// DisplayStorylines turns the listed storylines' entity match keys into
// names as their events' titles write them ("donald trump" gives "Donald
// Trump"), shown as displayNames shows them: each entity once, in full,
// without titles, and their term stems into the words the titles write
// ("deleg" gives "delegates"). A key or stem no event title holds is left
// out, and a word of a name shown is not shown again, so that a listing
// shows no match keys or stems.
func DisplayStorylines(ctx context.Context, st StorylineReader, an *nlp.Analyzer, list []store.Storyline) error {
	nm := an.Naming(nlp.DefaultLang)
	for i := range list {
		l := &list[i]
		if len(l.Entities) == 0 && len(l.Terms) == 0 {
			continue
		}
		_, evs, err := st.Storyline(ctx, l.ID)
		if err != nil {
			return fmt.Errorf("storyline %s: %w", l.ID, err)
		}
		ta := titleAnalysis(an, evs)
		l.Entities = storylineNames(l.Entities, newTitleNames([]*nlp.Analysis{ta}, l.Entities, evs, nm))
		l.Terms = newTitleVocab(ta, l.Terms, nm).words(l.Terms, l.Entities)
	}
	return nil
}

// titleVocab maps term stems to the words a storyline's event titles
// write them as (see newTitleVocab).
type titleVocab map[string]string

// storylineKeys returns the match keys of a storyline's names, keys,
// and of its events' names, each once, lower-cased.
func storylineKeys(keys []string, evs []store.Story) []string {
	var out []string
	seen := map[string]bool{}
	for _, ks := range append([][]string{keys}, storyEntities(evs)...) {
		for _, k := range ks {
			if k = strings.ToLower(k); !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// storyEntities returns the entity keys of each of evs.
func storyEntities(evs []store.Story) [][]string {
	out := make([][]string, len(evs))
	for i, e := range evs {
		out[i] = e.Entities
	}
	return out
}

// titleAnalysis analyses the titles of evs together, once, for the
// names and words of their storyline (see newTitleNames, newTitleVocab).
func titleAnalysis(an *nlp.Analyzer, evs []store.Story) *nlp.Analysis {
	titles := make([]string, 0, len(evs))
	for _, e := range evs {
		if e.Title != "" {
			titles = append(titles, e.Title)
		}
	}
	return an.Analyze(nlp.Input{Paragraphs: titles, Lang: nlp.DefaultLang})
}

// newTitleVocab finds in ta, the analysis of a storyline's event titles
// (see titleAnalysis), the word each of stems is written as, the most
// used form; headlines capitalise most words, so a word some title writes
// in small letters is kept so ("delegates", not "Delegates") while a name
// no title writes small keeps its capital ("Klobuchar"). A stem no title
// holds is not in it.
func newTitleVocab(ta *nlp.Analysis, stems []string, nm *nlp.Naming) titleVocab {
	if len(stems) == 0 {
		return nil
	}
	all := []*nlp.Analysis{ta}
	_, words, _, found := displayed(all, nil, stems, nm)
	small := smallWords(all)
	v := make(titleVocab, len(stems))
	for i, st := range stems {
		if !found[i] {
			continue
		}
		w := words[i]
		if lw := strings.ToLower(w); small[lw] {
			w = lw
		}
		v[st] = w
	}
	return v
}

// words returns the stems as the titles write them, each once, without
// those no title holds and the words of the names shown.
func (v titleVocab) words(stems, names []string) []string {
	if len(stems) == 0 {
		return stems
	}
	out := []string{}
	seen := map[string]bool{}
	for _, st := range stems {
		if w, ok := v[st]; ok && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return withoutAbbreviations(withoutNameWords(out, names), names)
}

// withoutAbbreviations returns the words that are no abbreviation of a
// name shown ("AOC" beside "Alexandria Ocasio-Cortez", see standsFor).
func withoutAbbreviations(words, names []string) []string {
	return slices.DeleteFunc(words, func(w string) bool {
		return abbreviation(w) && slices.ContainsFunc(names, func(n string) bool { return standsFor(w, n, nil) })
	})
}

// storylineNames returns a storyline's (or one of its events') entity
// match keys, strongest first, as the whole names its event titles write
// (see titleNames.name), shown as threadNames shows them. A key no title
// writes within a name is left out.
func storylineNames(keys []string, tn *titleNames) []string {
	shown := make([]string, 0, len(keys))
	for _, k := range keys {
		if n := tn.name(k); n != "" {
			shown = append(shown, n)
		}
	}
	return threadNames(shown, tn.nm)
}

// threadNames returns a storyline's names as displayNames shows them,
// each entity once, an abbreviation shown beside the name it stands for
// ("NSA" and "National Security Agency") being that name, in the
// abbreviation's place.
func threadNames(shown []string, nm *nlp.Naming) []string {
	names := displayNames(shown, nm)
	out := make([]string, 0, len(names))
	for _, n := range names {
		if abbreviation(n) {
			if i := slices.IndexFunc(names, func(o string) bool { return standsFor(n, o, nm) }); i >= 0 {
				n = names[i]
			}
		}
		if nm != nil {
			// "ISIS" and "ISIL" beside "Islamic State": names of one
			// group in the lexicon's naming sets, shown as the first.
			if i := slices.IndexFunc(names, func(o string) bool { return nm.ChargedNaming(n, o) }); i >= 0 && i < slices.Index(names, n) {
				n = names[i]
			}
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// abbreviation reports whether name is one word of two to six capitals,
// maybe with full stops ("NSA", "U.N.").
func abbreviation(name string) bool {
	a := strings.ReplaceAll(name, ".", "")
	if len(a) < 2 || len(a) > 6 {
		return false
	}
	for _, r := range a {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// standsFor reports whether the abbreviation a stands for name, a name of
// several words: the initials of its words but "of", "for", "and", "the"
// ("National Security Agency" for "NSA", "Alexandria Ocasio-Cortez" for
// "AOC"), or the organisation nm knows by both.
func standsFor(a, name string, nm *nlp.Naming) bool {
	ws := nameWords(name)
	if len(ws) < 2 {
		return false
	}
	if nm != nil && nm.OrgKey(strings.ToLower(strings.ReplaceAll(a, ".", ""))) == nm.OrgKey(strings.Join(ws, " ")) && nm.OrgKey(strings.Join(ws, " ")) != strings.Join(ws, " ") {
		return true
	}
	var initials strings.Builder
	for _, w := range ws {
		switch w {
		case "of", "for", "and", "the":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(unicode.ToUpper(r))
	}
	return initials.String() == strings.ReplaceAll(a, ".", "")
}

// titleNames are the names a storyline's event titles write, by which a
// match key of the clusterer is shown as the whole name it is part of
// (see name). Only a name whose every word the clusterer keys in the
// storyline's or its events' names (or never keys, as "New" of "New
// Hampshire") is one: headlines capitalise most words, and a run of them
// ("Times Proved Trump", "Xi Meeting") is no name the articles write.
type titleNames struct {
	nm      *nlp.Naming
	forms   []titleForm
	written map[string]bool // the demonyms of the keys the texts write
	byWords map[string]int  // the form's lower-cased words, joined by spaces -> its index
}

// titleForm is one name as the titles write it: its words (lower-cased),
// the text written most often, how many times they write it, and the
// canonical gazetteer name of the place it names ("" for none).
type titleForm struct {
	words  []string
	text   string
	count  int
	place  string
	person bool
	texts  map[string]int
}

// newTitleNames reads the names of as, the analysis of the titles of a
// storyline's events evs (see titleAnalysis) or of the articles of one of
// them, that the words of the events' match keys and of own, the
// storyline's, vouch for. A key of several words that the titles write
// is a name of its own, as written ("Qassim Suleimani" where the analysis
// finds only "Killing Qassim Suleimani"), and so is a key of one word
// they write where the analysis finds no name ("Trump fires Flynn"),
// unless some title writes it in small letters (a word, as "deal").
func newTitleNames(as []*nlp.Analysis, own []string, evs []store.Story, nm *nlp.Naming) *titleNames {
	tn := &titleNames{nm: nm, byWords: map[string]int{}}
	keys := storylineKeys(own, evs)
	keyWords := map[string]bool{}
	for _, k := range keys {
		for _, w := range nameWords(k) {
			keyWords[w] = true
		}
	}
	seen := map[string]bool{} // the words of every name the analysis finds
	for _, e := range slices.Concat(entitiesOf(as)...) {
		for _, f := range e.Forms {
			for _, w := range nameWords(f.Text) {
				seen[w] = true
			}
			ws := nameForm(f.Text, nm)
			if ws == nil {
				continue
			}
			text := strings.Join(ws, " ")
			words := nameWords(text)
			if len(words) == 0 || !capitalised(text) || endsOnFunctionWord(words) || !slices.ContainsFunc(words, func(w string) bool { return keyWords[w] }) ||
				slices.ContainsFunc(words, func(w string) bool { return !keyWords[w] && story.NameWord(w) }) {
				continue
			}
			place := ""
			if e.Type == nlp.Place && nm != nil {
				place = nm.Place(text)
			}
			tn.add(words, text, f.Count, place, e.Type == nlp.Person)
		}
	}
	titles := eventTitles(evs)
	// A key's writings are read up to three times (digitJoined,
	// noWrittenName, then the forms' abbreviated and calendarTail), each
	// a walk over every title: read once per word.
	writings := map[string][]writing{}
	writingsOf := func(w string) []writing {
		ws, ok := writings[w]
		if !ok {
			ws = titles.writings(w)
			writings[w] = ws
		}
		return ws
	}
	joined := hyphenated(titles.texts)
	small := smallWords(as)
	tn.written = map[string]bool{}
	for _, k := range keys {
		if tn.demonymPlace(k) != "" && (seen[k] || titles.holds(k)) {
			tn.written[k] = true
		}
	}
	for _, k := range keys {
		kw := nameWords(k)
		if len(kw) == 1 && !small[kw[0]] {
			if _, own := tn.byWords[kw[0]]; !own {
				if text, n := digitJoined(writingsOf(kw[0])); n >= 2 && 2*tn.longerCount(kw) <= n {
					// "COVID-19" for "covid", where the analysis finds
					// only a headline's longer run ("COVID-19 News").
					tn.add(kw, text, n, "", false)
					continue
				}
			}
		}
		if len(kw) == 0 || len(kw) == 1 && (small[kw[0]] || seen[kw[0]]) {
			continue
		}
		if slices.ContainsFunc(tn.forms, func(f titleForm) bool { return runIn(kw, f.words) }) {
			continue // a name the titles write, or a piece of one ("kim jong")
		}
		if len(kw) == 1 {
			if j := joined[kw[0]]; j.n >= 2 && !slices.ContainsFunc(nameWords(j.text), func(w string) bool { return !keyWords[w] || !story.NameWord(w) }) {
				// "Ocasio-Cortez" for "cortez", written twice or more,
				// every part of it a word of a key.
				tn.add(nameWords(j.text), j.text, j.n, "", false)
				continue
			}
		}
		if len(kw) == 1 && noWrittenName(kw[0], writingsOf(kw[0]), nm) {
			continue
		}
		if text, n := titles.written(k); n > 0 {
			if ws := nameForm(text, nm); ws != nil && capitalised(strings.Join(ws, " ")) {
				text = strings.Join(ws, " ")
				tn.add(nameWords(text), text, n, "", false)
			}
		}
	}
	for i := range tn.forms {
		tf := &tn.forms[i]
		if len(tf.words) != 1 {
			continue
		}
		ws := writingsOf(tf.words[0])
		if abbreviated(ws, nm) {
			tf.text = "" // "Mo." of "Ferguson, Mo.": a state's abbreviation, no name
		} else if day := calendarTail(ws); day != "" {
			tf.text += " " + day // "Super Tuesday", of which the clusterer keys "super"
		}
	}
	return tn
}

// writing is one place where a text writes a key as a run of whole
// words: the text before it, the key as written and the text after it.
type writing struct {
	before, text, after string
}

// writings returns every writing of the lower-cased key in the texts.
func (c casedTexts) writings(key string) []writing {
	if key == "" {
		return nil
	}
	var out []writing
	c.eachWriting(key, func(n, i int) bool {
		t := c.texts[n]
		out = append(out, writing{before: t[:i], text: t[i : i+len(key)], after: t[i+len(key):]})
		return true
	})
	return out
}

// noWrittenName reports whether the writings ws of the one-word key w,
// which the analysis of the titles finds in no name, show no name of the
// storyline: an adjective of a faith or party ("Muslim"; its plural,
// "Muslims", names a group) or of a people ("Kurdish", the "-ish" of
// "Kurdish fighters", when no place is its own), a state's abbreviation
// ("Mo." of "Ferguson, Mo.").
func noWrittenName(w string, ws []writing, nm *nlp.Naming) bool {
	if nm != nil && (nm.Affiliation(w) && !strings.HasSuffix(w, "s") || len(w) >= 6 && strings.HasSuffix(w, "ish") && nm.PlaceOf(w) == "") {
		return true
	}
	return abbreviated(ws, nm)
}

// abbreviated reports whether every one of the writings ws, one at
// least, is an abbreviation nm knows followed by its full stop ("Mo.").
func abbreviated(ws []writing, nm *nlp.Naming) bool {
	if nm == nil || len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !strings.HasPrefix(w.after, ".") || !nm.Abbreviation(w.text) {
			return false
		}
	}
	return true
}

// calendarTail returns the weekday or month, as first written, that
// follows more than half of the writings ws with a capital ("Tuesday" of
// "Super Tuesday", though a title also writes "Super PACs"): the name
// runs on into it, though the clusterer keys no calendar word
// (story.CalendarWord). "May" is none: more often the verb ("Iran May
// Strike") than the month. "" when there is none.
func calendarTail(ws []writing) string {
	count := map[string]int{}
	first := map[string]string{}
	for _, w := range ws {
		rest, ok := strings.CutPrefix(w.after, " ")
		if !ok {
			continue
		}
		next := strings.TrimRightFunc(strings.Fields(rest + " x")[0], notWordRune)
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) || !story.CalendarWord(strings.ToLower(next)) || strings.EqualFold(next, "may") {
			continue
		}
		k := strings.ToLower(next)
		if count[k] == 0 {
			first[k] = next
		}
		count[k]++
	}
	for k, c := range count {
		if 2*c > len(ws) {
			return first[k]
		}
	}
	return ""
}

// digitJoined returns the word joined by a hyphen to digits that the
// writings ws write most ("COVID-19" for the writings of "covid") and how
// many of them write such a word; the clusterer keys no word with a
// digit, so its key is the word before them alone.
func digitJoined(ws []writing) (string, int) {
	count := map[string]int{}
	n := 0
	for _, w := range ws {
		rest, ok := strings.CutPrefix(w.after, "-")
		if !ok {
			continue
		}
		digits := rest[:len(rest)-len(strings.TrimLeft(rest, "0123456789"))]
		if digits == "" || !wordEdge(strings.ToLower(rest), len(digits)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w.text); !unicode.IsUpper(r) {
			continue
		}
		count[w.text+"-"+digits]++
		n++
	}
	best := ""
	for t, c := range count {
		if best == "" || c > count[best] || c == count[best] && t < best {
			best = t
		}
	}
	return best, n
}

// longerCount returns how many times the titles write the names that
// hold the words kw and more, together.
func (tn *titleNames) longerCount(kw []string) int {
	n := 0
	for _, f := range tn.forms {
		if len(f.words) > len(kw) && runIn(kw, f.words) {
			n += f.count
		}
	}
	return n
}

// endsOnFunctionWord reports whether the last of the words is a verb or
// a particle that no name ends with: a headline's run of capitals that
// goes on past the name ("John Roberts Is", "Nikki Haley As"). Others
// that the clusterer never keys do end names ("Theresa May", "Plan B",
// "Memorial Day", "Medicare for All").
func endsOnFunctionWord(words []string) bool {
	return headlineTails[words[len(words)-1]]
}

// headlineTails are the words of endsOnFunctionWord.
var headlineTails = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "does": true, "did": true,
	"been": true, "as": true, "again": true, "went": true, "with": true, "to": true, "says": true, "said": true}

// capitalised reports whether every word of text that the clusterer may
// key opens with a capital or a digit ("Dallas hospital" is no name).
func capitalised(text string) bool {
	for _, w := range strings.Fields(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && story.NameWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// add counts n writings of the name of words as text, a person's name
// when person.
func (tn *titleNames) add(words []string, text string, n int, place string, person bool) {
	id := strings.Join(words, " ")
	i, ok := tn.byWords[id]
	if !ok {
		i = len(tn.forms)
		tn.byWords[id] = i
		tn.forms = append(tn.forms, titleForm{words: words, texts: map[string]int{}, place: place})
	}
	tf := &tn.forms[i]
	tf.person = tf.person || person
	tf.count += n
	tf.texts[text] += n
	if c := tf.texts[text]; c > tf.texts[tf.text] || c == tf.texts[tf.text] && text < tf.text {
		tf.text = text
	}
}

// entitiesOf returns the entities of each analysis of as (nil ones have
// none).
func entitiesOf(as []*nlp.Analysis) [][]nlp.Entity {
	out := make([][]nlp.Entity, 0, len(as))
	for _, a := range as {
		if a != nil {
			out = append(out, a.Entities)
		}
	}
	return out
}

// smallWords returns the words that the analysed texts write in small
// letters.
func smallWords(as []*nlp.Analysis) map[string]bool {
	small := map[string]bool{}
	for _, a := range as {
		if a == nil {
			continue
		}
		for _, sn := range a.Sentences {
			for _, t := range sn.Tokens {
				if t.Kind == nlp.KindWord && t.Surface == t.Norm {
					small[t.Norm] = true
				}
			}
		}
	}
	return small
}

// eventTitles returns the titles of evs, lower-cased once.
func eventTitles(evs []store.Story) casedTexts {
	titles := make([]string, len(evs))
	for i, e := range evs {
		titles[i] = e.Title
	}
	return newCasedTexts(titles)
}

// holds reports whether some text holds the lower-cased key as a run of
// whole words.
func (c casedTexts) holds(key string) bool {
	_, ok := c.asWritten(key)
	return ok
}

// hyphenated maps each lower-cased part of the capitalised words joined
// by hyphens that texts write ("cortez" of "Ocasio-Cortez") to the first
// such word as written and the number of texts that write one, leaving
// out a part some text writes alone: then the joined word pairs two
// names ("Trump-Putin") or puts a prefix before one ("Pro-Morsi").
func hyphenated(texts []string) map[string]joinedWord {
	out := map[string]joinedWord{}
	alone := map[string]bool{}
	for _, t := range texts {
		counted := map[string]bool{}
		for _, f := range strings.Fields(t) {
			f = strings.TrimFunc(f, notWordRune)
			parts := strings.Split(f, "-")
			if len(parts) == 1 {
				alone[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"))] = true
				continue
			}
			if slices.ContainsFunc(parts, func(p string) bool { r, _ := utf8.DecodeRuneInString(p); return !unicode.IsUpper(r) }) {
				continue
			}
			for _, p := range parts {
				p = strings.ToLower(p)
				if counted[p] {
					continue
				}
				counted[p] = true
				j := out[p]
				if j.n == 0 {
					j.text = f
				}
				j.n++
				out[p] = j
			}
		}
	}
	for w := range alone {
		delete(out, w)
	}
	return out
}

// joinedWord is a word joined by hyphens as a text writes it and how many
// texts write it (see hyphenated).
type joinedWord struct {
	text string
	n    int
}

// written returns a lower-cased key as the first text that holds it as a
// run of whole words writes it, and how many texts hold it.
func (c casedTexts) written(key string) (string, int) {
	first, n := "", 0
	for i := range c.lower {
		if w, ok := (casedTexts{texts: c.texts[i : i+1], lower: c.lower[i : i+1]}).asWritten(key); ok {
			if n == 0 {
				first = w
			}
			n++
		}
	}
	return first, n
}

// nameWords returns the lower-cased words of a name, split where the
// clusterer's words split: at spaces, hyphens, full stops and any other
// character that is not a letter, a digit or an apostrophe.
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// name returns the name the titles give the entity of match key k, ""
// when they name none:
//
//   - a demonym the texts write ("russian", "iranians") is its place, as
//     they name it ("Russia"), else as the gazetteer does: the storyline
//     concerns the country, which the demonym beside it would name twice;
//   - a key the titles write as a whole name ("kim") is that name, and a
//     key whose words the titles write only inside longer names, a piece
//     of a name ("hampshire", "jong", "cortez"), is the name written most,
//     when it is written at least twice as often as any other that holds
//     the key ("New Hampshire");
//   - that name is the fuller name that holds it when the titles write
//     that twice or more, twice as often as any other such, and at least
//     half as often as the shorter, or when both are a person's and the
//     fuller ends with the shorter: a surname alone ("Ocasio-Cortez",
//     "Kim") is the person the thread names in full ("Alexandria
//     Ocasio-Cortez", "Kim Jong Un");
//   - any other key is left out: no title writes it as a name, or it is a
//     word of several names ("carolina").
func (tn *titleNames) name(k string) string {
	k = strings.ToLower(k)
	if c := tn.demonymPlace(k); c != "" && tn.written[k] {
		best := -1
		for i, f := range tn.forms {
			if f.place == c && (best < 0 || f.count > tn.forms[best].count) {
				best = i
			}
		}
		if best >= 0 {
			return tn.forms[best].text
		}
		return c
	}
	kw := nameWords(k)
	if len(kw) == 0 {
		return ""
	}
	f, ok := tn.byWords[strings.Join(kw, " ")]
	if !ok {
		if f = tn.mostWritten(kw, 0); f < 0 {
			return ""
		}
	}
	if g := tn.mostWritten(tn.forms[f].words, len(tn.forms[f].words)+1); g >= 0 && tn.forms[g].count >= 2 &&
		(2*tn.forms[g].count >= tn.forms[f].count || tn.forms[f].person && tn.forms[g].person && endsWith(tn.forms[g].words, tn.forms[f].words)) {
		f = g
	}
	return tn.forms[f].text
}

// mostWritten returns the index of the form of at least minWords words
// that holds the words kw in a row and is written most, when it is
// written at least twice as often as any other such form it does not
// hold; -1 when there is none.
func (tn *titleNames) mostWritten(kw []string, minWords int) int {
	best := -1
	for i, f := range tn.forms {
		if len(f.words) >= minWords && runIn(kw, f.words) && (best < 0 || f.count > tn.forms[best].count ||
			f.count == tn.forms[best].count && len(f.words) > len(tn.forms[best].words)) {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	for i, f := range tn.forms {
		if i != best && len(f.words) >= minWords && runIn(kw, f.words) && !runIn(f.words, tn.forms[best].words) && tn.forms[best].count < 2*f.count {
			return -1
		}
	}
	return best
}

// demonymPlace returns the canonical gazetteer name of the place whose
// demonym k is ("iranian" and "iranians" give "Iran"), "" when k is none
// (a place's own name is none).
func (tn *titleNames) demonymPlace(k string) string {
	if tn.nm == nil || tn.nm.Place(k) != "" {
		return ""
	}
	if c := tn.nm.PlaceOf(k); c != "" {
		return c
	}
	if s, ok := strings.CutSuffix(k, "s"); ok && tn.nm.Place(s) == "" {
		return tn.nm.PlaceOf(s)
	}
	return ""
}

// endsWith reports whether the words ws end with the words tail.
func endsWith(ws, tail []string) bool {
	return len(tail) <= len(ws) && slices.Equal(ws[len(ws)-len(tail):], tail)
}

// runIn reports whether the words kw stand in ws one after another.
func runIn(kw, ws []string) bool {
	for i := 0; i+len(kw) <= len(ws); i++ {
		if slices.Equal(kw, ws[i:i+len(kw)]) {
			return true
		}
	}
	return false
}
