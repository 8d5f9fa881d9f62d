package nlp

// relayVerbs are the verbs with which a writer credits another
// publication or reporter with words it only passed on ("…," the Ostra
// Courier reported): the one who reported is a source, not the speaker.
var relayVerbs = map[string]bool{"reported": true, "reports": true}

// notOwnWords are attribution verbs that, before a quotation another
// outlet is credited with relaying, often introduce words someone else
// wrote or said: "Lund and Holt agreed:" (before an email one of them
// wrote), "Lund continued:" (before a rights group's words), "materials
// stating". The attribution after the closing mark stays then.
var notOwnWords = map[string]bool{"agreed": true, "agrees": true, "agree": true, "continued": true,
	"continues": true, "continue": true, "stating": true}

// saidThenRelayed returns the attribution written right before quotation
// q when q is introduced by a verb of saying (not one of notOwnWords) that stands against its
// opening mark (`Lund said: "…"`, `Lund said, "…"`) and the attribution
// after its closing mark only credits who reported the words (`…,"
// KXYZ reported.`, `…," according to the Courier.`): the one named
// before spoke the words, the one after relayed them. Nil when q reads
// otherwise; then after stays the attribution. after is the attribution
// read after the closing mark, s.a of q's sentence is lo. The one before
// must be named, or be a he or she.
func (d *doc) saidThenRelayed(q *quoteWork, after *attribution, lo int, inQuote []bool) *attribution {
	if after == nil || after.speakerA < 0 {
		return nil
	}
	if after.via != "according_to" && (after.verbTok < 0 || !relayVerbs[d.toks[after.verbTok].Norm]) {
		return nil
	}
	if q.open <= lo {
		return nil
	}
	before := d.beforeAttr(q.open, lo, inQuote)
	if before == nil || before.speakerA < 0 || before.verbTok < 0 || relayVerbs[d.toks[before.verbTok].Norm] || notOwnWords[d.toks[before.verbTok].Norm] {
		return nil
	}
	if !d.nameIn(before.speakerA, before.speakerB) && !d.heOrShe(before.speakerA, before.speakerB) {
		return nil // "the attack said": a phrase read as a subject that names no one
	}
	switch {
	case before.verbTok == q.open-1:
	case before.verbTok == q.open-2 && (d.toks[q.open-1].Surface == ":" || d.toks[q.open-1].Surface == ","):
	default:
		return nil // the verb before heads another clause
	}
	return before
}

// heOrShe reports whether tokens [a, b) are one "he" or "she".
func (d *doc) heOrShe(a, b int) bool {
	if b != a+1 {
		return false
	}
	g := d.l.pronouns[d.toks[a].Norm]
	return g == 'm' || g == 'f'
}
