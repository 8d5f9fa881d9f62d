package nlp

import (
	"slices"
	"strings"
)

// actVerbForms maps each written form of a verb that tells a measured act
// (a result, a market move, a levy, a sum spent) to the act it tells:
// "beat" and "defeated" tell one result, "fell", "slid" and "sank" one
// fall. Two reports of one event that give the same percentage or sum
// with verbs of one act tell one fact in their own words ("Voss beat
// Marren 53%-44%" beside "Voss defeated Marren by 53 to 44 percent").
// Verbs that also tell another act are left out ("decline" also
// refuses, "gain" and "win" take other objects), and so are verbs of
// saying and thinking.
var actVerbForms = func() map[string]string {
	groups := map[string]string{
		"defeat": "beat beats beaten beating defeat defeats defeated defeating",
		"fall":   "fall falls fell fallen falling drop drops dropped dropping sink sinks sank sunk sinking slide slides slid sliding plunge plunges plunged plunging tumble tumbles tumbled tumbling slump slumps slumped slumping",
		"rise":   "rise rises rose risen rising climb climbs climbed climbing jump jumps jumped jumping soar soars soared soaring surge surges surged surging",
		"impose": "impose imposes imposed imposing levy levies levied levying",
		"spend":  "spend spends spent spending",
		"cut":    "cut cuts cutting slash slashes slashed slashing reduce reduces reduced reducing",
		"raise":  "raise raises raised raising hike hikes hiked hiking increase increases increased increasing",
	}
	m := map[string]string{}
	for act, forms := range groups {
		for _, f := range strings.Fields(forms) {
			m[f] = act
		}
	}
	return m
}()

// ActVerb returns the act a verb form tells (see actVerbForms), or ""
// when word, read in lower case, is no verb of a measured act.
func ActVerb(word string) string {
	return actVerbForms[strings.ToLower(word)]
}

// SentenceActs returns the acts the verbs of sentence s tell (see
// ActVerb), each once, in the order they are written.
func SentenceActs(s Sentence) []string {
	var acts []string
	for _, t := range s.Tokens {
		if a := ActVerb(t.Surface); a != "" && !slices.Contains(acts, a) {
			acts = append(acts, a)
		}
	}
	return acts
}
