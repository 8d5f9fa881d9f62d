package main

import (
	"maps"
	"slices"
	"strings"
)

// actClasses are the news acts a happening of the day is read for: a
// class name and the lemmas (verbs, as written in their base form) that
// say it. Regular forms (-s, -es, -ies, -ed, -d, -ied, a doubled last
// consonant) are made from the lemma; irregular past forms are listed in
// irregular. A lemma may be listed in more than one class.
var actClasses = map[string][]string{
	"vote":        {"vote", "pass", "approve", "adopt", "ratify", "override"},
	"reject":      {"reject", "defeat", "veto", "block", "kill", "sink"},
	"shoot":       {"shoot", "kill", "stab", "murder", "wound", "injure", "gun"},
	"die":         {"die"},
	"attack":      {"attack", "bomb", "strike", "raid", "invade", "shell", "hit"},
	"arrest":      {"arrest", "detain", "apprehend", "capture", "seize"},
	"charge":      {"charge", "indict", "accuse", "prosecute"},
	"convict":     {"convict", "sentence", "acquit", "plead", "jail"},
	"rule":        {"rule", "uphold", "overturn", "strike", "dismiss", "reverse", "decide"},
	"sue":         {"sue", "file"},
	"announce":    {"announce", "unveil", "launch", "introduce", "release", "publish", "propose", "declare", "roll"},
	"resign":      {"resign", "quit", "retire", "step"},
	"fire":        {"fire", "oust", "sack", "remove", "suspend", "expel"},
	"sign":        {"sign", "enact"},
	"testify":     {"testify", "appear", "depose"},
	"meet":        {"meet", "visit", "host", "hold", "travel", "tour"},
	"nominate":    {"nominate", "appoint", "name", "pick", "choose", "select", "tap", "hire"},
	"confirm":     {"confirm"},
	"win":         {"win", "beat", "lose", "clinch", "sweep"},
	"elect":       {"elect", "reelect"},
	"endorse":     {"endorse", "back"},
	"criticize":   {"criticize", "criticise", "slam", "blast", "condemn", "denounce", "rebuke", "attack", "lambaste", "chide", "mock"},
	"deny":        {"deny", "refute", "dispute"},
	"apologize":   {"apologize", "apologise"},
	"investigate": {"investigate", "probe", "subpoena", "question", "interview"},
	"protest":     {"protest", "march", "rally", "demonstrate", "riot"},
	"raise":       {"raise", "hike", "increase", "boost"},
	"cut":         {"cut", "lower", "reduce", "slash"},
	"report":      {"report", "find", "show", "reveal", "disclose", "leak"},
	"threaten":    {"threaten", "warn", "vow", "pledge", "promise"},
	"ban":         {"ban", "bar", "halt", "prohibit", "restrict"},
	"order":       {"order", "direct", "instruct", "command"},
	"agree":       {"agree", "settle", "reach", "strike"},
	"impeach":     {"impeach"},
	"pardon":      {"pardon", "commute", "free"},
	"withdraw":    {"withdraw", "leave", "exit", "pull", "drop", "end", "abandon"},
	"crash":       {"crash", "explode", "collapse", "burn", "sink"},
	"endorse2":    {"support", "join"},
	"debate":      {"debate", "spar", "clash"},
	"campaign":    {"campaign", "speak", "address", "rally"},
	"say":         {"say", "tell", "tweet", "write", "state", "claim", "argue", "insist", "add", "note", "stress", "respond", "reply", "post", "explain", "acknowledge", "admit", "suggest", "ask", "urge", "call"},
}

// irregular are irregular past forms (and past participles) of lemmas.
var irregular = map[string]string{
	"shot": "shoot", "struck": "strike", "stricken": "strike", "hit": "hit", "won": "win", "lost": "lose",
	"beaten": "beat", "held": "hold", "met": "meet", "quit": "quit", "cut": "cut", "said": "say",
	"told": "tell", "wrote": "write", "written": "write", "found": "find", "shown": "show",
	"chose": "choose", "chosen": "choose", "left": "leave", "froze": "freeze", "spoke": "speak", "spoken": "speak",
	"sank": "sink", "sunk": "sink", "burnt": "burn", "swept": "sweep", "drew": "draw", "led": "lead",
	"withdrew": "withdraw", "withdrawn": "withdraw", "upheld": "uphold", "overrode": "override", "overridden": "override",
	"bet": "bet", "put": "put", "set": "set", "freed": "free", "pled": "plead", "sued": "sue", "died": "die",
	"dies": "die", "tied": "tie", "lied": "lie", "spat": "spar", "agreed": "agree", "agrees": "agree",
}

// acts is the form table of actClasses.
type acts struct {
	class map[string][]string // lemma -> its classes
	forms map[string]form     // inflected form -> lemma and shape
}

// form is how a verb form is written.
type form struct {
	lemma string
	// past is a past form (or participle); third is a third-person
	// present (-s); base is the base form.
	past, third, base bool
}

// newActs builds the form table of actClasses. A lemma may say acts of
// more than one class ("strike": attack, rule, agree); two acts agree
// when their classes meet.
func newActs() *acts {
	a := &acts{class: map[string][]string{}, forms: map[string]form{}}
	names := slices.Sorted(maps.Keys(actClasses))
	for _, c := range names {
		for _, l := range actClasses[c] {
			if !slices.Contains(a.class[l], c) {
				a.class[l] = append(a.class[l], c)
			}
		}
	}
	put := func(w string, f form) {
		if old, ok := a.forms[w]; ok {
			if old.lemma != f.lemma {
				return
			}
			f.past, f.third, f.base = f.past || old.past, f.third || old.third, f.base || old.base
		}
		a.forms[w] = f
	}
	for _, l := range slices.Sorted(maps.Keys(a.class)) {
		put(l, form{lemma: l, base: true})
		put(thirdOf(l), form{lemma: l, third: true})
		for _, p := range pastOf(l) {
			put(p, form{lemma: l, past: true})
		}
	}
	for _, w := range slices.Sorted(maps.Keys(irregular)) {
		l := irregular[w]
		if _, ok := a.class[l]; !ok {
			continue
		}
		f := form{lemma: l, past: true}
		if w == thirdOf(l) {
			f = form{lemma: l, third: true}
		}
		put(w, f)
	}
	return a
}

// thirdOf is the third-person present of a regular lemma.
func thirdOf(l string) string {
	switch {
	case strings.HasSuffix(l, "y") && len(l) > 2 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		return l[:len(l)-1] + "ies"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "sh"), strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"):
		return l + "es"
	}
	return l + "s"
}

// pastOf are the regular past forms of a lemma (with and without a
// doubled last consonant when the lemma ends consonant-vowel-consonant).
func pastOf(l string) []string {
	switch {
	case strings.HasSuffix(l, "e"):
		return []string{l + "d"}
	case strings.HasSuffix(l, "y") && len(l) > 2 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		return []string{l[:len(l)-1] + "ied"}
	}
	out := []string{l + "ed"}
	n := len(l)
	if n >= 3 && !strings.ContainsRune("aeiouwxy", rune(l[n-1])) && strings.ContainsRune("aeiou", rune(l[n-2])) &&
		!strings.ContainsRune("aeiou", rune(l[n-3])) {
		out = append(out, l+l[n-1:]+"ed")
	}
	return out
}

// roleWords are the unnamed actors a happening may have ("police said",
// "the jury found"), read when no entity stands before the verb.
var roleWords = map[string]bool{
	"police": true, "officials": true, "official": true, "authorities": true, "prosecutors": true, "prosecutor": true,
	"investigators": true, "jury": true, "judge": true, "court": true, "lawmakers": true, "senators": true,
	"legislators": true, "voters": true, "protesters": true, "demonstrators": true, "gunman": true, "suspect": true,
	"shooter": true, "officer": true, "officers": true, "troops": true, "forces": true, "militants": true,
	"president": true, "governor": true, "mayor": true, "senate": true, "house": true, "committee": true,
	"panel": true, "administration": true, "government": true, "agency": true, "department": true, "company": true,
	"campaign": true, "democrats": true, "republicans": true, "leaders": true, "ministers": true, "council": true,
	"board": true, "students": true, "workers": true, "residents": true, "justices": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "witnesses": true, "rebels": true, "regulators": true,
}
