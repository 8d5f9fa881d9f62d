package story

// The expressions headlineRank tries on every news headline (anticipates,
// judges), each behind literals one of which every match of it holds in
// ASCII lower case (see gated): a headline holding none of them is not
// run through the expression. No literal holds a "k" or an "s", which
// (?i) also matches in the Kelvin sign and the long s.
var (
	anticipationGate = gated{re: anticipation, needs: []string{"poi", "expect", "to watch", "gear", "brace", "prepar", "et to", "moment"}}
	predictionGate   = gated{re: prediction, needs: []string{":"}}
	futureGate       = gated{re: future, needs: []string{"will"}}
	intentionGate    = gated{re: intention, needs: []string{"loo", "eye", "for"}}
	speculationGate  = gated{re: speculation, needs: []string{"ould", "might"}}
	judgmentGate     = gated{re: judgment, needs: []string{"terrible", "tating", "trou", "grace", "hameful", "pathetic",
		"urd", "outrageou", "ridiculou", "awful", "horrible", "picable", "hypocri", "non", "madne", "fia", "debacle",
		"farce", "trave", "brilliant", "tupid", "ane", "rant", "e new", "liberal media", "tream", "unhinged", "teri",
		"mear", "hit ", "lunatic", "crazy", "bizarre", "idiotic", "laughable"}}
	verdictLabelGate = gated{re: verdictLabel, needs: []string{":", "!"}}
	prescriptionGate = gated{re: prescription, needs: []string{"hould", "mu", "ought"}}
)
