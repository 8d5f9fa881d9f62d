package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Kinds of name variant. Flagged kinds carry editorial meaning; the others
// are listed quietly.
const (
	// VariantCharged is a politically charged choice between names of one
	// thing (Kiev/Kyiv, Burma/Myanmar), from the lexicon's naming sets.
	VariantCharged = "charged"
	// VariantSpelling is a transliteration or spelling choice
	// (Zelensky/Zelenskyy, Vladimir/Volodymyr).
	VariantSpelling = "spelling"
	// VariantDescriptor is a description that takes a stance: a loaded
	// position word where another outlet writes the office, "leader"
	// where the article withholds a title it gives others ("Ukrainian
	// leader" / "Ukrainian President"), or a loaded word the article
	// attaches to the name ("so-called", "embattled", "the Pyongyang
	// regime", "Joe Arpaio, the controversial former sheriff").
	VariantDescriptor = "descriptor"
	// VariantRole is a different office or role, stated neutrally. It is
	// no longer listed: a role word is not a name (h/noise53); each
	// article's roles are in its NameUse.
	VariantRole = "role"
	// VariantAbbreviation is an acronym or abbreviation (UK / United
	// Kingdom).
	VariantAbbreviation = "abbreviation"
	// VariantAlias is another name of the same thing (UK / Britain).
	VariantAlias = "alias"
	// VariantHonorific is a title or honorific added or left out (Keir
	// Starmer / Sir Keir Starmer, Sen. …).
	VariantHonorific = "honorific"
	// VariantShort is a shorter form of the name (Starmer / Keir Starmer).
	VariantShort = "short"
	// VariantPunctuation and VariantCase differ only in punctuation or
	// accents (F.B.I. / FBI), or in letter case.
	VariantPunctuation = "punctuation"
	VariantCase        = "case"
	// VariantOther is any other difference (names linked by a surname, a
	// form the reader cannot tell apart from another name).
	VariantOther = "other"
)

// variantWeight is how much a flagged kind counts toward a name's
// significance.
var variantWeight = map[string]float64{VariantCharged: 3, VariantSpelling: 2, VariantDescriptor: 2}

// nameSide is what one article calls an entity.
type nameSide struct {
	doc   int
	forms []nlp.Form
	roles []string
	// loaded are lexicon terms the article attaches to the entity's
	// mentions ("so-called", "embattled", "regime"); shown gives, for a
	// term in an apposition, how the article writes it after the name
	// (", the controversial former sheriff").
	loaded []string
	shown  map[string]string
	uses   int
	// titlesElsewhere are the head titles ("president") the article
	// gives, with a country, to another entity ("French President
	// Emmanuel Macron").
	titlesElsewhere map[string]bool
	// quotedOnly are the plain spellings of name words the article
	// writes only inside someone's quoted words: the speaker's or the
	// quoted paper's spelling, not the outlet's.
	quotedOnly map[string]bool
}

// names lists the entities that more than one article names, with the
// forms and roles each uses and every difference classified: flagged
// entities first, most significant first.
func names(docs []*doc, ents []nlp.GlobalEntity, nm *nlp.Naming) []Name {
	loaded := loadedNear(docs, ents, nm)
	// heads[doc][title] are the entities an article gives a head title
	// with a country ("French President").
	heads := map[int]map[string][]int{}
	for _, g := range ents {
		for _, m := range g.Members {
			for _, r := range m.Aliases {
				if q, t := headTitle(r); t != "" && nm.PlaceOf(q) != "" {
					if heads[m.Article] == nil {
						heads[m.Article] = map[string][]int{}
					}
					heads[m.Article][t] = append(heads[m.Article][t], g.ID)
				}
			}
		}
	}
	var out []Name
	for _, g := range ents {
		byDoc := map[int]*nameSide{}
		var order []int
		for _, m := range g.Members {
			s := byDoc[m.Article]
			if s == nil {
				s = &nameSide{doc: m.Article, titlesElsewhere: map[string]bool{}, shown: map[string]string{}, quotedOnly: map[string]bool{}}
				for t, ids := range heads[m.Article] {
					s.titlesElsewhere[t] = slices.ContainsFunc(ids, func(id int) bool { return id != g.ID })
				}
				byDoc[m.Article] = s
				order = append(order, m.Article)
			}
			for _, f := range m.Forms {
				s.forms = addForm(s.forms, f)
				s.uses += f.Count
			}
			for _, r := range m.Aliases {
				s.roles = appendNew(s.roles, r)
			}
			for w := range quotedOnlyWords(docs[m.Article].an, m.Entity, nm) {
				s.quotedOnly[w] = true
			}
			for _, u := range loaded[[2]int{m.Article, g.ID}] {
				if !hasLoaded(s, u.term) {
					s.loaded = append(s.loaded, u.term)
					s.shown[u.term] = u.after
				}
			}
		}
		if len(order) < 2 {
			continue
		}
		sort.Ints(order)
		n := Name{Entity: g.Name, Type: string(g.Type)}
		sides := make([]*nameSide, len(order))
		for i, d := range order {
			s := byDoc[d]
			sides[i] = s
			u := NameUse{Article: docs[d].art.ID, Roles: s.roles}
			for _, f := range s.forms {
				u.Forms = append(u.Forms, f.Text)
			}
			n.Uses = append(n.Uses, u)
		}
		n.Variants = classifyNames(docs, sides, g.ID, g.Type, nm)
		for _, v := range n.Variants {
			if !v.Flagged {
				continue
			}
			n.Flagged = true
			switch v.Kind {
			case VariantDescriptor:
				n.RolesDiffer = true
			default:
				n.FormsDiffer = true
			}
			n.Significance += variantWeight[v.Kind] * float64(len(v.Articles[0])+len(v.Articles[1]))
		}
		n.Significance = round(n.Significance)
		out = append(out, n)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Significance > out[j].Significance })
	return out
}

// quotedOnlyWords are the plain spellings of the words of entity ent's
// names in a that stand only inside quoted words (a quotation or a
// passage attributed to another paper), never in the writer's own text.
func quotedOnlyWords(a *nlp.Analysis, ent int, nm *nlp.Naming) map[string]bool {
	if ent < 0 || ent >= len(a.Entities) {
		return nil
	}
	quoted, own := map[string]bool{}, map[string]bool{}
	for _, mn := range a.Entities[ent].Mentions {
		if mn.Kind != nlp.MentionName {
			continue
		}
		in := quotedWords(a, mn.Span)
		for _, w := range strings.Fields(mn.Text) {
			if in {
				quoted[nm.Plain(w)] = true
			} else {
				own[nm.Plain(w)] = true
			}
		}
	}
	for w := range own {
		delete(quoted, w)
	}
	return quoted
}

// onlyQuoted reports whether every word of form x stands, in side s's
// article, only inside someone's quoted words.
func onlyQuoted(s *nameSide, x string, nm *nlp.Naming) bool {
	ws := strings.Fields(x)
	for _, w := range ws {
		if !s.quotedOnly[nm.Plain(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// addForm adds f to forms, summing the counts of one text.
func addForm(forms []nlp.Form, f nlp.Form) []nlp.Form {
	for i := range forms {
		if forms[i].Text == f.Text {
			forms[i].Count += f.Count
			return forms
		}
	}
	return append(forms, f)
}

// appendNew appends s unless list holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// loadedVerbs are the loaded terms that are verbs: before a name they
// say what someone did to it ("the union blasted Arizona's law", "he has
// slammed the Mueller probe"), not how the article describes it.
var loadedVerbs = map[string]bool{
	"slammed": true, "slams": true, "blasted": true, "blasts": true, "lashed out": true,
	"claimed": true, "claims": true, "claiming": true, "admitted": true, "admits": true,
	"insisted": true, "insists": true, "revealed": true,
}

// loadedUse is a loaded term an article attaches to an entity: the term,
// lower-cased, and for a term in an apposition the words after the name
// as written (", the embattled US ambassador").
type loadedUse struct {
	term, after string
}

// loadedNear finds the loaded lexicon terms each article attaches to an
// entity: a term right before a mention (with at most a determiner or a
// quotation mark between: "the so-called 'Board of Peace'", "embattled
// Mayor Reed"), right after it ("the Assad regime") or opening an
// apposition ("Joe Arpaio, the controversial former sheriff"). Keys are
// {article, global entity}.
func loadedNear(docs []*doc, ents []nlp.GlobalEntity, nm *nlp.Naming) map[[2]int][]loadedUse {
	out := map[[2]int][]loadedUse{}
	for _, d := range docs {
		for _, t := range d.an.Terms {
			if t.Category != nlp.TermLoaded || t.Sentence < 0 || t.Sentence >= len(d.mentions) || nm.SpeechVerb(t.Text) || loadedVerbs[strings.ToLower(t.Text)] {
				continue
			}
			// Words inside a quotation are the speaker's, not the
			// outlet's ("give the Castro regime…", Rubio said).
			if quotedWords(d.an, t.Span) {
				continue
			}
			s := d.an.Sentences[t.Sentence]
			for _, m := range d.mentions[t.Sentence] {
				if m.entity < 0 || m.entity >= len(ents) {
					continue
				}
				typ := ents[m.entity].Type
				// A word before a place describes what the place
				// starts ("disgraced New York Attorney General …"),
				// not the place; a noun of government after a
				// person's name ("the Castro regime") names his
				// government, not the man.
				if typ == nlp.Place && t.End <= m.start || typ == nlp.Person && t.Start >= m.end && afterName(t.Text) {
					continue
				}
				// A time word before an organisation's "regime"
				// ("the previous DNC regime", "the current Harbour
				// Board regime") makes it the body's management of a
				// period, no stance on the body.
				if typ == nlp.Org && t.Start >= m.end && afterName(t.Text) && periodWords[wordBefore(s, m.start)] {
					continue
				}
				// "So-called" before the name of a thing (a law, a
				// doctrine, a document: "the so-called Johnson
				// Amendment") gives its informal name; before a group,
				// a movement or an event it takes a distance.
				if strings.EqualFold(t.Text, "so-called") && typ == nlp.Other {
					continue
				}
				// A word before a party's members ("far-left Democrats",
				// "hardline Tories"; see partyMembers) picks out a wing
				// of the party, no stance on the party.
				if t.End <= m.start && partyMembers[lastWordOf(s, m)] {
					continue
				}
				ok, after := adjacentTerm(s, t, m, nm)
				// A comma after a place closes an opening phrase ("In
				// Italy, the far-right has gained"), not an apposition.
				if ok && after != "" && typ == nlp.Place {
					continue
				}
				// "So-called" opening an apposition after a person's
				// name before a capitalised word ("Ivo Velmar, the
				// so-called “Harbour Strangler”") gives the nickname
				// the press or the public gave him, no distance from
				// him; before common words ("the so-called “expert”")
				// it keeps one.
				if ok && after != "" && typ == nlp.Person && strings.EqualFold(t.Text, "so-called") && nicknameAfter(after) {
					continue
				}
				if ok {
					k := [2]int{d.idx, m.entity}
					out[k] = append(out[k], loadedUse{strings.ToLower(t.Text), after})
				}
			}
		}
	}
	return out
}

// periodWords set a body's "regime" in time: its management of a period.
var periodWords = map[string]bool{"previous": true, "current": true, "former": true, "new": true, "old": true,
	"present": true, "last": true, "outgoing": true, "incoming": true}

// wordBefore is the lower-case word of sentence s right before offset at
// (a quotation mark between is skipped), or "".
func wordBefore(s nlp.Sentence, at int) string {
	w := ""
	for _, tk := range s.Tokens {
		if tk.End > at {
			break
		}
		switch {
		case tk.Kind == nlp.KindWord:
			w = tk.Norm
		case !isJoiner(tk.Surface):
			w = ""
		}
	}
	return w
}

// nicknameAfter reports whether an apposition holding "so-called" (",
// the so-called “Harbour Strangler”") has a capitalised word after it.
func nicknameAfter(after string) bool {
	i := strings.Index(lowerASCII(after), "so-called") // offsets in after
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(after[i+len("so-called"):]) {
		w = strings.TrimLeft(w, "\"'“‘«")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lastWordOf returns the last word of mention m, lower-cased.
func lastWordOf(s nlp.Sentence, m mention) string {
	lo, hi := m.start-s.Start, m.end-s.Start
	if lo < 0 || hi > len(s.Text) || lo >= hi {
		return ""
	}
	f := strings.Fields(s.Text[lo:hi])
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ".,;:\"'’”“"))
}

// apposition reports whether [a, b) of sentence s is a comma and a
// determiner: the words from b on describe the name that ends at a.
func apposition(s nlp.Sentence, a, b int) bool {
	var between []string
	for _, tk := range s.Tokens {
		if tk.Start >= a && tk.End <= b {
			between = append(between, tk.Norm)
		}
	}
	return len(between) == 2 && between[0] == "," && (between[1] == "the" || between[1] == "a" || between[1] == "an")
}

// appositionText is the apposition that starts at a, after a name, and
// holds a loaded term ending at end, as sentence s writes it: the term
// and at most four words after it, up to a lower-case stop word or
// punctuation other than quotation marks (", a self-proclaimed
// “socialist”", ", the controversial former sheriff"), with a
// quotation it opens closed.
func appositionText(s nlp.Sentence, a, end int) string {
	last, words := end, 0
	for _, tk := range s.Tokens {
		if tk.Start < end {
			continue
		}
		if tk.Kind != nlp.KindWord && tk.Kind != nlp.KindNumber {
			if isJoiner(tk.Surface) {
				last = tk.End
				continue
			}
			break
		}
		if tk.Stop && tk.Surface == tk.Norm || words == 4 {
			break
		}
		words++
		last = tk.End
	}
	lo, hi := a-s.Start, last-s.Start
	if lo < 0 || hi > len(s.Text) || lo >= hi {
		return ""
	}
	out := strings.TrimRight(s.Text[lo:hi], " ")
	if strings.Count(out, "\"")%2 == 1 {
		out += "\""
	}
	if strings.Count(out, "“") > strings.Count(out, "”") {
		out += "”"
	}
	return out
}

// quotedWords reports whether span sp lies inside a quotation of a that
// is someone's words: a quoted statement, or a fragment the text
// attributes to a speaker or a publication. An unattributed fragment in
// the writer's own sentence (a scare quote) stays the writer's.
func quotedWords(a *nlp.Analysis, sp nlp.Span) bool {
	for _, q := range a.Quotes {
		if q.Partial && q.Speaker == nil && q.Source == nil {
			continue
		}
		for _, p := range q.Parts {
			if p.Para == sp.Para && p.Start <= sp.Start && sp.End <= p.End {
				return true
			}
		}
	}
	return false
}

// adjacentTerm reports whether term t stands right before or after
// mention m in sentence s, and for a term in an apposition the words
// after the name as the article writes them.
func adjacentTerm(s nlp.Sentence, t nlp.Term, m mention, nm *nlp.Naming) (bool, string) {
	if t.Para != s.Para {
		return false, ""
	}
	// between reports whether [a, b) holds only quotation marks, a
	// determiner and the capitalised words of a title ("embattled
	// Ukrainian President Volodymyr Zelenskyy", "hardline Republican
	// Ann Coulter"). Another capitalised word makes the mention part of
	// a longer name ("the so-called Rockefeller Republicans"), which the
	// term describes instead.
	between := func(a, b int) bool {
		words := 0
		for _, tk := range s.Tokens {
			if tk.Start < a || tk.End > b {
				continue
			}
			switch {
			case tk.Kind == nlp.KindWord && (tk.Norm == "the" || tk.Norm == "a" || tk.Norm == "an"):
			case tk.Kind == nlp.KindWord && tk.Surface != tk.Norm && words < 3 && titleWord(tk.Surface, nm):
				words++
			case tk.Kind != nlp.KindWord && isJoiner(tk.Surface):
			default:
				return false
			}
		}
		return true
	}
	switch {
	case t.End <= m.start:
		return between(t.End, m.start) && !modifiesNoun(s, m, nm), ""
	case t.Start >= m.end:
		// After the name a noun of government ("the Assad regime"),
		// or any term that opens an apposition ("Susan Rice, the
		// embattled US ambassador").
		if t.Start-m.end <= 1 && afterName(t.Text) {
			return true, ""
		}
		if apposition(s, m.end, t.Start) {
			return true, appositionText(s, m.end, t.End)
		}
	}
	return false, ""
}

// described returns a name with the loaded term an outlet attaches to
// it, in the order outlets write them: an apposition after the name as
// written ("Joe Arpaio, the controversial former sheriff"), a noun of
// government after it ("Tehran regime"), any other term before it
// ("embattled Brett Kavanaugh").
func described(term, name, after string) string {
	if after != "" {
		return name + after
	}
	if afterName(term) {
		return name + " " + term
	}
	return term + " " + name
}

// afterName reports whether a loaded term stands after the name it
// describes: a noun of government ("regime", "junta").
func afterName(term string) bool {
	return strings.HasPrefix(strings.ToLower(term), "regime") || strings.EqualFold(term, "junta")
}

// titleWord reports whether a capitalised word may stand between a
// loaded word and the name it describes as part of a title: an honorific
// or office ("President", "Sen."), a party or faith ("Republican"), a
// descriptor ("Leader"), a place or its adjective ("Ukrainian") or a
// compass word of one ("North Korean"), or an acronym of the body the
// office belongs to ("embattled FBI Director James Comey").
func titleWord(w string, nm *nlp.Naming) bool {
	switch strings.ToLower(w) {
	case "north", "south", "east", "west", "former", "new":
		return true
	}
	if strings.ToUpper(w) == w {
		return true
	}
	return nm.Honorific(w) || nm.Title(w) || nm.Affiliation(w) || nm.Descriptor(w) || nm.PlaceOf(w) != ""
}

// modifiesNoun reports whether mention m of sentence s modifies the
// noun right after it, inside the quotation marks that close on it or
// past them ("the embattled FBI director", "the controversial Comey
// memo", "the so-called “Steele dossier”", "the so-called
// “Brexit” vote"): a word before the name then describes what
// that noun names, not the entity. A verb, an adverb or a function word
// after a name ("Zelenskyy met", "Kavanaugh to the full Senate") keeps
// the word the entity's.
func modifiesNoun(s nlp.Sentence, m mention, nm *nlp.Naming) bool {
	for i := 0; i < len(s.Tokens); i++ {
		tk := s.Tokens[i]
		if tk.Start < m.end {
			continue
		}
		if tk.Kind != nlp.KindWord && closesOnName(tk.Surface) {
			continue
		}
		// A quoted word or phrase between the name and the noun they
		// both qualify ("the infamous White House “ferry” meeting"):
		// the word after the closing mark decides.
		if tk.Kind != nlp.KindWord && opensAfterName(tk.Surface) {
			j := i + 1
			for j < len(s.Tokens) && !(s.Tokens[j].Kind != nlp.KindWord && closesOnName(s.Tokens[j].Surface)) {
				j++
			}
			if j+1 >= len(s.Tokens) || j-i > 4 {
				return false
			}
			i = j
			continue
		}
		if tk.Surface == "/" {
			return true // "the bombshell Trump/Russia leak story"
		}
		if tk.Kind != nlp.KindWord {
			return false
		}
		if tk.Surface != tk.Norm {
			// A title after a name ("the embattled U.N.
			// Ambassador Susan Rice") is the office the name
			// qualifies.
			return nm.Title(tk.Norm) || nm.Honorific(tk.Surface)
		}
		return headNouns[tk.Norm] || nounAfterName(tk, nm) || pluralBeforeClose(s.Tokens, i, nm)
	}
	return false
}

// opensAfterName reports whether s is an opening quotation mark.
func opensAfterName(s string) bool {
	switch s {
	case "“", "„", "«", "‘":
		return true
	}
	return false
}

// pluralBeforeClose reports whether the -s word toks[i] after a name is a
// plural noun the name qualifies rather than the name's verb: the
// phrase ends on it (a comma, a period, a semicolon, a colon, a dash or a
// closing parenthesis follows: "the most controversial Velmar cases, he
// said", "the so-called Velmar bros — as sexist"), a role noun follows
// ("the Velmar elections chief") or
// a plural verb follows ("the Velmar rulings were"). A verb of a name
// seldom ends its clause; "the embattled Velmar says he will stay" keeps
// "says" a verb.
func pluralBeforeClose(toks []nlp.Token, i int, nm *nlp.Naming) bool {
	w := toks[i].Norm
	// A possessive ending ("Velmar's.") is no word of its own.
	if r, _ := utf8.DecodeRuneInString(w); len(w) < 4 || !unicode.IsLetter(r) {
		return false
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || nm.SpeechVerb(w) || verbsAfterName[w] || i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1]; next.Surface {
	case ",", ".", ";", ":", ")", "—", "–", "are", "were", "have", "remain":
		return true
	default:
		// A role noun after it makes the two one compound the name
		// qualifies ("the controversial Velmar elections chief").
		return next.Kind == nlp.KindWord && next.Surface == next.Norm && headNouns[next.Norm]
	}
}

// closesOnName reports whether s is a quotation mark that may close on a
// name.
func closesOnName(s string) bool {
	switch s {
	case "”", "\"", "’", "'", "»":
		return true
	}
	return false
}

// nounAfterName reports whether the lower-case word tk after a name reads
// as a noun the name modifies ("memo", "dossier", "vote") rather than a
// verb, adverb or function word ("met", "said", "quickly", "to"). Without
// parts of speech it errs toward a verb: words ending in -ed, -ly or -s
// and the common irregular verbs are verbs.
func nounAfterName(tk nlp.Token, nm *nlp.Naming) bool {
	w := tk.Norm
	switch {
	case tk.Stop, nm.SpeechVerb(w), verbsAfterName[w], len(w) < 3:
		return false
	case strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ly"):
		return false
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return false
	}
	return true
}

// verbsAfterName are verbs, in the forms that follow a subject, that do
// not end in -ed or -s: irregular pasts, bases after a plural name that
// are seldom nouns ("Democrats want"; not "vote" or "plan", which follow
// a name as nouns as often), and modals the stop words leave out.
var verbsAfterName = map[string]bool{
	"met": true, "made": true, "took": true, "went": true, "came": true, "gave": true, "won": true, "lost": true,
	"left": true, "led": true, "ran": true, "sent": true, "spoke": true, "held": true, "kept": true, "saw": true,
	"got": true, "put": true, "set": true, "let": true, "cut": true, "hit": true, "beat": true, "began": true,
	"became": true, "brought": true, "bought": true, "built": true, "caught": true, "chose": true, "drew": true,
	"drove": true, "fell": true, "felt": true, "fought": true, "found": true, "flew": true, "grew": true, "heard": true,
	"hid": true, "knew": true, "meant": true, "paid": true, "quit": true, "rose": true, "sat": true, "sold": true,
	"shot": true, "sought": true, "stood": true, "struck": true, "swore": true, "taught": true, "thought": true,
	"threw": true, "withdrew": true, "upheld": true, "overcame": true, "forgot": true, "wore": true, "woke": true,
	"wrote": true, "told": true, "said": true, "read": true, "will": true, "would": true, "shall": true, "won't": true,
	"can't": true, "say": true, "want": true, "need": true, "think": true, "hope": true, "see": true, "know": true,
	"agree": true, "oppose": true, "remain": true, "seek": true, "get": true, "go": true, "come": true, "take": true,
	"make": true, "give": true, "keep": true, "win": true, "lose": true, "appear": true, "seem": true, "become": true,
}

// headNouns are nouns of a person's role or an organisation's part that a
// name before them modifies ("FBI director", "GOP nominee").
var headNouns = map[string]bool{"director": true, "nominee": true, "nominees": true, "candidate": true, "candidates": true,
	"chairman": true, "chairwoman": true, "chair": true, "chief": true, "leader": true, "leaders": true, "head": true,
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "pick": true,
	"agent": true, "agents": true, "lawyer": true, "lawyers": true, "attorney": true, "adviser": true, "advisor": true,
	"aide": true, "aides": true, "member": true, "members": true, "staff": true, "staffer": true, "officer": true,
	"officers": true, "employee": true, "employees": true, "secretary": true, "commissioner": true, "investigator": true,
	"investigators": true, "investigation": true, "probe": true, "administration": true, "campaign": true,
	"nomination": true, "hopeful": true, "hopefuls": true, "lawmaker": true, "lawmakers": true, "donor": true, "donors": true,
	// plural heads and things a name qualifies ("controversial Obama
	// nominations", "hard-line GOP conservatives", "hardline Brexit
	// views", "controversial CNN report"), which nounAfterName would read
	// as verbs for their -s
	"nominations": true, "conservatives": true, "liberals": true, "moderates": true, "progressives": true,
	"supporters": true, "voters": true, "allies": true, "critics": true, "loyalists": true, "backers": true,
	"policies": true, "policy": true, "views": true, "report": true, "reports": true, "remarks": true,
	"comments": true, "meeting": true, "rally": true, "rallies": true, "deal": true, "plan": true,
	// a writing the name's paper ran, which the -ed rule of
	// nounAfterName would read as a verb ("the bombshell Times op-ed")
	"op-ed": true, "op-eds": true, "editorial": true,
	// plural nouns of rules that are never verbs ("the so-called Common
	// Core standards as ...")
	"standards": true, "guidelines": true, "regulations": true, "principles": true, "protocols": true}

// classifyNames lists the differences between the sides' names of one
// entity (global id ent), each variant once.
func classifyNames(docs []*doc, sides []*nameSide, ent int, typ nlp.EntityType, nm *nlp.Naming) []Variant {
	var out []Variant
	seen := map[string]int{}
	add := func(kind string, flagged bool, x, y string, a, b int) {
		if y < x {
			x, y, a, b = y, x, b, a
		}
		// One pair of forms is listed once, under its weightiest kind
		// ("Vladimir Zelensky" / "Volodymyr Zelenskyy" is charged for
		// its first name and a spelling for its last).
		k := x + "\x00" + y
		i, ok := seen[k]
		if !ok {
			i = len(out)
			seen[k] = i
			out = append(out, Variant{Kind: kind, Flagged: flagged, Forms: [2]string{x, y}, Articles: [2][]string{{}, {}}})
		} else if variantWeight[kind] > variantWeight[out[i].Kind] {
			out[i].Kind, out[i].Flagged = kind, flagged || out[i].Flagged
		}
		out[i].Articles[0] = appendNew(out[i].Articles[0], docs[a].art.ID)
		out[i].Articles[1] = appendNew(out[i].Articles[1], docs[b].art.ID)
	}
	head := headNoun(sides, typ)
	for i, sa := range sides {
		for _, sb := range sides[i+1:] {
			// Two articles of one outlet naming one entity two ways
			// are no choice between outlets.
			if docs[sa.doc].art.Outlet != "" && docs[sa.doc].art.Outlet == docs[sb.doc].art.Outlet {
				continue
			}
			// Spelling: a name word that the two articles spell
			// differently, each never using the other's spelling.
			wa, wb := spellings(sa, nm), spellings(sb, nm)
			for fold, xs := range wa {
				ys := wb[fold]
				if len(ys) == 0 || intersects(xs, ys) {
					continue
				}
				for x, fx := range xs {
					for y, fy := range ys {
						kind := VariantSpelling
						if nm.ChargedNaming(x, y) || nm.ChargedNaming(fx, fy) {
							kind = VariantCharged
						}
						add(kind, true, fx, fy, sa.doc, sb.doc)
					}
				}
			}
			// Whole forms the other article never uses. A place written
			// in capitals ("WASHINGTON" of a dateline) is the wire's
			// typography, not a name the outlet chooses.
			for _, x := range fullForms(sa.forms) {
				if usesForm(sb, x) || onlyQuoted(sa, x, nm) || typ == nlp.Place && datelineForm(x) {
					continue
				}
				for _, y := range fullForms(sb.forms) {
					if usesForm(sa, y) || onlyQuoted(sb, y, nm) || typ == nlp.Place && datelineForm(y) {
						continue
					}
					kind := formKind(x, y, typ, nm)
					if kind == VariantSpelling {
						continue // already listed word by word
					}
					if kind == VariantAlias && nm.ChargedNaming(x, y) {
						add(VariantCharged, true, x, y, sa.doc, sb.doc)
						continue
					}
					add(kind, false, x, y, sa.doc, sb.doc)
				}
			}
			roleVariants(sa, sb, nm, func(kind string, flagged bool, x, y string, a, b int) { add(kind, flagged, x, y, a, b) })
			for _, t := range sa.loaded {
				if !hasLoaded(sb, t) && !saysNear(docs[sb.doc], ent, head, t) && !callsThe(docs[sb.doc], t, typ) {
					add(VariantDescriptor, true, described(t, longestForm(sa.forms), sa.shown[t]), longestForm(sb.forms), sa.doc, sb.doc)
				}
			}
			for _, t := range sb.loaded {
				if !hasLoaded(sa, t) && !saysNear(docs[sa.doc], ent, head, t) && !callsThe(docs[sa.doc], t, typ) {
					add(VariantDescriptor, true, described(t, longestForm(sb.forms), sb.shown[t]), longestForm(sa.forms), sb.doc, sa.doc)
				}
			}
		}
	}
	// The spellings come from maps: forms break ties so that one story
	// lists its variants in one order, run after run.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Flagged != out[j].Flagged {
			return out[i].Flagged
		}
		if wi, wj := variantWeight[out[i].Kind], variantWeight[out[j].Kind]; wi != wj {
			return wi > wj
		}
		if out[i].Forms[0] != out[j].Forms[0] {
			return out[i].Forms[0] < out[j].Forms[0]
		}
		return out[i].Forms[1] < out[j].Forms[1]
	})
	return out
}

// saysNear reports whether d writes the loaded term t, a word of its
// stem or one of its group of personNouns ("despot" for "dictator"),
// outside quotation marks in a sentence that mentions entity ent or,
// for a thing or a body, holds the head noun of its name in lower case
// (head, see headNoun): "Gadhafi's dictatorship", "…, a disgraced former
// congressman" or "the standards have become highly controversial" take
// the stance of "dictator Gadhafi", "disgraced Weiner" or "the Common
// Core State Standards, a controversial effort" in another form, so the
// other article's descriptor is no difference.
func saysNear(d *doc, ent int, head, t string) bool {
	for _, x := range stanceSynonyms(t) {
		if saysNearTerm(d, ent, head, x) {
			return true
		}
	}
	return false
}

// personNouns group the loaded nouns that call a person one thing: a
// "despot" and a "dictator" take one stance.
var personNouns = map[string]string{"dictator": "ruler", "despot": "ruler", "tyrant": "ruler", "autocrat": "ruler",
	"strongman": "ruler", "terrorist": "terrorist"}

// stanceSynonyms are t and the loaded nouns of its group.
func stanceSynonyms(t string) []string {
	t = strings.ToLower(t)
	out := []string{t}
	if g, ok := personNouns[t]; ok {
		for w, h := range personNouns {
			if h == g && w != t {
				out = append(out, w)
			}
		}
		sort.Strings(out[1:])
	}
	return out
}

// callsThe reports whether d refers to a person as "the" loaded noun t or
// one of its group, outside quotation marks, with at most three words
// between ("the North Korean dictator", "the rogue regime's dictator",
// "the terrorist who"): a description that stands for the person without naming him,
// so an article writing "despot Kim Jong Un" or "terrorist Khalid Masood"
// takes no other stance than d. Only for persons and the nouns of
// personNouns, and for places and the nouns of government after a name
// ("regime", "junta": "the Pyongyang regime" and "the rogue regime").
func callsThe(d *doc, t string, typ nlp.EntityType) bool {
	switch typ {
	case nlp.Person:
		if _, ok := personNouns[strings.ToLower(t)]; !ok {
			return false
		}
	case nlp.Place:
		// A place's government: "the Pyongyang regime" against "the
		// rogue regime" takes one stance.
		if !afterName(t) {
			return false
		}
	default:
		return false
	}
	syn := map[string]bool{}
	for _, x := range stanceSynonyms(t) {
		syn[x] = true
	}
	for _, sn := range d.an.Sentences {
		for i, tk := range sn.Tokens {
			if tk.Kind != nlp.KindWord || !syn[tk.Norm] || quotedWords(d.an, nlp.Span{Para: sn.Para, Start: tk.Start, End: tk.End}) {
				continue
			}
			for j, words := i-1, 0; j >= 0 && words <= 3; j-- {
				p := sn.Tokens[j]
				if p.Kind == nlp.KindWord && p.Norm == "the" {
					return true
				}
				if p.Kind != nlp.KindWord {
					break
				}
				words++
			}
		}
	}
	return false
}

// headNoun is the last word of the longest name the sides give a thing
// or a body of two words or more, lower-cased, when it is a word of at
// least five letters ("standards" of "Common Core State Standards",
// "foundation" of "Clinton Foundation"): written in lower case, the
// noun that refers back to the name. Persons and places have none.
func headNoun(sides []*nameSide, typ nlp.EntityType) string {
	if typ == nlp.Person || typ == nlp.Place {
		return ""
	}
	long := ""
	for _, s := range sides {
		if f := longestForm(s.forms); len(f) > len(long) {
			long = f
		}
	}
	f := strings.Fields(long)
	if len(f) < 2 {
		return ""
	}
	w := strings.ToLower(f[len(f)-1])
	if utf8.RuneCountInString(w) < 5 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return ""
	}
	return w
}

// saysNearTerm is saysNear for one term.
func saysNearTerm(d *doc, ent int, head, t string) bool {
	stem := strings.ToLower(t)
	// The stem: all but the last three letters, at least seven
	// ("controversial" → "controvers", "dictator" → "dictato").
	if r := []rune(stem); !strings.ContainsAny(stem, " -") && len(r) > 7 {
		stem = string(r[:max(7, len(r)-3)])
	}
	for si, ms := range d.mentions {
		if si >= len(d.an.Sentences) {
			continue
		}
		sn := d.an.Sentences[si]
		if !slices.ContainsFunc(ms, func(m mention) bool { return m.entity == ent }) &&
			(head == "" || !slices.ContainsFunc(sn.Tokens, func(tk nlp.Token) bool { return tk.Norm == head && tk.Surface == tk.Norm })) {
			continue
		}
		for _, tk := range sn.Tokens {
			if tk.Kind == nlp.KindWord && strings.HasPrefix(tk.Norm, stem) && !quotedWords(d.an, nlp.Span{Para: sn.Para, Start: tk.Start, End: tk.End}) {
				return true
			}
		}
		if strings.ContainsAny(stem, " -") && strings.Contains(strings.ToLower(sn.Text), stem) {
			return true
		}
	}
	return false
}

func hasLoaded(s *nameSide, t string) bool {
	for _, x := range s.loaded {
		if x == t {
			return true
		}
	}
	return false
}

// spellings maps the folded key of every name word a side uses to its
// plain spellings, each with the fullest form that shows it. A spelling
// the side writes only inside someone's quoted words is not its own.
func spellings(s *nameSide, nm *nlp.Naming) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, f := range s.forms {
		for _, w := range strings.Fields(f.Text) {
			if !hasUpper(w) || nm.Honorific(w) {
				continue
			}
			fold, plain := nm.Fold(w), nm.Plain(w)
			if len(plain) < 2 || s.quotedOnly[plain] {
				continue
			}
			m := out[fold]
			if m == nil {
				m = map[string]string{}
				out[fold] = m
			}
			if old, ok := m[plain]; !ok || len(f.Text) > len(old) {
				m[plain] = f.Text
			}
		}
	}
	return out
}

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func intersects(a, b map[string]string) bool {
	for k := range a {
		if _, ok := b[k]; ok {
			return true
		}
	}
	return false
}

// usesForm reports whether the side writes form x (ignoring case).
func usesForm(s *nameSide, x string) bool {
	for _, f := range s.forms {
		if strings.EqualFold(f.Text, x) {
			return true
		}
	}
	return false
}

// fullForms keeps the forms that are not the last words of a longer form
// ("Starmer" of "Keir Starmer").
func fullForms(forms []nlp.Form) []string {
	var out []string
	for _, f := range forms {
		lf := strings.ToLower(f.Text)
		short := false
		for _, g := range forms {
			lg := strings.ToLower(g.Text)
			if len(lg) > len(lf) && strings.HasSuffix(lg, " "+lf) {
				short = true
				break
			}
		}
		if !short {
			out = appendNew(out, f.Text)
		}
	}
	return out
}

// longestForm is the longest of the forms; of two as long, the one the
// text writes in its own case rather than shouted in capitals, as a
// dateline writes a place ("PYONGYANG, North Korea (AP) —" before "the
// Pyongyang regime").
func longestForm(forms []nlp.Form) string {
	best := ""
	for _, f := range forms {
		if len(f.Text) > len(best) || len(f.Text) == len(best) && shouted(best) && !shouted(f.Text) {
			best = f.Text
		}
	}
	return best
}

// formKind classifies two forms of one name that two articles use.
func formKind(x, y string, typ nlp.EntityType, nm *nlp.Naming) string {
	switch {
	case strings.EqualFold(x, y):
		return VariantCase
	case plainJoin(x, nm) == plainJoin(y, nm):
		return VariantPunctuation
	}
	bx, by := bareWords(x, nm), bareWords(y, nm)
	switch {
	case len(bx) > 0 && strings.Join(bx, " ") == strings.Join(by, " "):
		return VariantHonorific
	case acronymOf(x, y, nm) || acronymOf(y, x, nm):
		return VariantAbbreviation
	case typ == nlp.Place && nm.Place(x) != "" && nm.Place(x) == nm.Place(y):
		return VariantAlias
	case subset(bx, by) || subset(by, bx):
		return VariantShort
	case typ == nlp.Person && givenShortForm(foldAll(bx, nm), foldAll(by, nm), nm):
		return VariantShort
	}
	fx, fy := foldAll(bx, nm), foldAll(by, nm)
	if strings.Join(fx, " ") == strings.Join(fy, " ") {
		return VariantSpelling
	}
	if subset(fx, fy) || subset(fy, fx) {
		return VariantShort
	}
	if nm.Place(x) != "" && nm.Place(x) == nm.Place(y) {
		return VariantAlias
	}
	return VariantOther
}

// givenShortForm reports whether two folded person names differ in their
// given name as a short form does (Ash Carter / Ashton B. Carter, Bernie /
// Bernard Sanders): one surname, given names nm takes for one name
// (nlp.Naming.SameGiven), and the other words of one among the other's.
func givenShortForm(x, y []string, nm *nlp.Naming) bool {
	if len(x) < 2 || len(y) < 2 || x[0] == y[0] || x[len(x)-1] != y[len(y)-1] || !nm.SameGiven(x[0], y[0]) {
		return false
	}
	rx, ry := x[1:], y[1:]
	return slices.Equal(rx, ry) || subset(rx, ry) || subset(ry, rx)
}

// plainJoin is a form without case, accents, punctuation or spaces.
func plainJoin(s string, nm *nlp.Naming) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		b.WriteString(nm.Plain(w))
	}
	return b.String()
}

// bareWords are a form's plain words without honorifics, titles and a
// leading "the".
func bareWords(s string, nm *nlp.Naming) []string {
	var out []string
	for i, w := range strings.Fields(s) {
		if nm.Honorific(w) || i == 0 && strings.EqualFold(w, "the") {
			continue
		}
		if p := nm.Plain(w); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func foldAll(ws []string, nm *nlp.Naming) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = nm.Fold(w)
	}
	return out
}

// subset reports whether every word of a is in b (a not empty).
func subset(a, b []string) bool {
	if len(a) == 0 || len(a) >= len(b) {
		return false
	}
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// acronymOf reports whether short is the initials of long ("UK" of
// "United Kingdom", "F.B.I." of "Federal Bureau of Investigation").
func acronymOf(short, long string, nm *nlp.Naming) bool {
	s := plainJoin(short, nm)
	if strings.ContainsRune(strings.TrimSpace(short), ' ') || len(s) < 2 {
		return false
	}
	var ini []byte
	for _, w := range strings.Fields(long) {
		p := nm.Plain(w)
		switch p {
		case "", "of", "the", "and", "for", "&":
			continue
		}
		ini = append(ini, p[0])
	}
	return len(ini) >= 2 && string(ini) == s
}

// datelineForm reports whether a form is a word of five letters or more
// written all in capitals ("WASHINGTON", "BAGHDAD"), as a dateline or a
// shouted chant writes a place; acronyms ("USA", "U.K.") are shorter or
// dotted.
func datelineForm(x string) bool {
	n := 0
	for _, r := range x {
		switch {
		case unicode.IsLower(r), r == '.':
			return false
		case unicode.IsUpper(r):
			n++
		}
	}
	return n >= 5
}

// roleVariants compares the roles two articles give an entity. A loaded
// position word ("strongman", "dictator") where the other article gives
// an office ("President") takes a stance and is flagged; so does a plain
// one ("Ukrainian leader") when the office is the head of that same
// country ("Ukrainian President") and the article gives that title to
// another country's head ("French President Emmanuel Macron"): it
// withholds the title from this one. Other differences of role ("de
// facto leader" / "advisor", "ISIS chief" / "ISIS leader", "majority
// leader" / "Sen.", "Judge" / "nominee", "Sen" / "Senator") are house
// style or another office, not another name, and are not listed: the
// roles stay in each article's NameUse (session 53, h/noise53).
func roleVariants(sa, sb *nameSide, nm *nlp.Naming, add func(kind string, flagged bool, x, y string, a, b int)) {
	if len(sa.roles) == 0 || len(sb.roles) == 0 {
		return
	}
	heads := func(s *nameSide) (desc, office []string) {
		for _, r := range s.roles {
			// "Ukrainian leader" takes a stance; "Supreme Leader",
			// capitalised, is the name of an office.
			if roleHead(r, nm.Descriptor) && roleTitle(r) == lastWord(r) {
				desc = append(desc, r)
			} else {
				office = append(office, r)
			}
		}
		return desc, office
	}
	da, oa := heads(sa)
	db, ob := heads(sb)
	// An article that also gives the other's office makes no choice: the
	// descriptor is a second way of naming, not a stance.
	flag := func(desc, office, otherDesc, ownOffice []string, s *nameSide, a, b int) {
		for _, o := range office {
			for _, x := range ownOffice {
				if roleTitle(x) == roleTitle(o) {
					return
				}
			}
		}
		for _, d := range desc {
			if hasFold(otherDesc, d) {
				continue
			}
			// "leader" for "Majority Leader" is the same office in
			// another house style, not a stance.
			if slices.ContainsFunc(office, func(o string) bool { return roleTitle(o) == roleTitle(d) }) {
				continue
			}
			for _, o := range office {
				if plainDescriptors[roleTitle(d)] && !withholdsTitle(d, o, s, nm) {
					continue // a plain description, no stance
				}
				add(VariantDescriptor, true, d, o, a, b)
			}
		}
	}
	if len(da) > 0 && len(ob) > 0 {
		flag(da, ob, db, oa, sa, sa.doc, sb.doc)
	}
	if len(db) > 0 && len(oa) > 0 {
		flag(db, oa, da, ob, sb, sb.doc, sa.doc)
	}
}

// plainDescriptors are the position words that are a plain description
// as often as a stance ("leader"): only a title withheld makes them one.
var plainDescriptors = map[string]bool{"leader": true, "ruler": true}

// headTitles are the titles of a head of state or government.
var headTitles = []string{"prime minister", "president", "premier", "chancellor"}

// headTitle splits a role into a head of state's or government's title
// and the words before it, lower-cased ("ukrainian", "president" of
// "Ukrainian President"), or returns "" for the title.
func headTitle(r string) (qualifier, title string) {
	l := strings.ToLower(strings.Join(strings.Fields(r), " "))
	for _, t := range headTitles {
		if l == t {
			return "", t
		}
		if strings.HasSuffix(l, " "+t) {
			return strings.TrimSuffix(l, " "+t), t
		}
	}
	return "", ""
}

// withholdsTitle reports whether side s, writing descriptor d ("Ukrainian
// leader") where another article writes office o ("Ukrainian President"),
// withholds the title: o is the head title of the country d names, and s
// gives that title with a country to another entity.
func withholdsTitle(d, o string, s *nameSide, nm *nlp.Naming) bool {
	q, t := headTitle(o)
	if t == "" || q == "" {
		return false
	}
	f := strings.Fields(d)
	p := nm.PlaceOf(strings.Join(f[:len(f)-1], " "))
	return p != "" && p == nm.PlaceOf(q) && s.titlesElsewhere[t]
}

// roleTitle is the last word of a role, lower-cased: "president" of
// "Ukrainian President".
func roleTitle(r string) string {
	f := strings.Fields(r)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// lastWord is the last word of s as written.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// roleHead reports whether the last word of a role satisfies is.
func roleHead(r string, is func(string) bool) bool {
	f := strings.Fields(r)
	return len(f) > 0 && is(strings.ToLower(f[len(f)-1]))
}

func hasFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
