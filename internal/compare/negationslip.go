package compare

// slipModals are the auxiliaries after which a verb must come: "would
// not nothing more" lacks one.
var slipModals = map[string]bool{
	"would": true, "will": true, "could": true, "can": true, "should": true,
	"shall": true, "might": true, "may": true, "must": true,
}

// slipNegatives are the negative words that take the place of an
// object, so that "not" right before them leaves two negations and no
// verb ("would not nothing more than …").
var slipNegatives = map[string]bool{"nothing": true, "nobody": true, "none": true, "no-one": true}

// negationSlip reports whether the lone word a[i], written where the
// other version has b[j] alone, is a slip of the keyboard that leaves
// the sentence without its verb: one version writes "not" between a
// modal and a negative word that both versions give around it ("They
// would not nothing more than …"), the other a verb there ("would like
// nothing more"). Read as written, the slip says nothing; it is no
// other word the speaker said (as typoOfIs, h/speakers70).
func negationSlip(a []string, i int, b []string, j int) bool {
	if i < 1 || j < 1 || i+1 >= len(a) || j+1 >= len(b) || a[i-1] != b[j-1] || a[i+1] != b[j+1] {
		return false
	}
	if !slipModals[a[i-1]] || !slipNegatives[a[i+1]] {
		return false
	}
	x, y := a[i], b[j]
	if y == "not" {
		x, y = y, x
	}
	return x == "not" && y != "not" && !slipModals[y]
}
