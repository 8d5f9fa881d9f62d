package nlp

import "testing"

// TestSpeakersBodyPronoun: a bare "it" that speaks after the writer's
// sentence about a writing or a body stands for it ("The memo says ….
// It says …"), a body named after "from" speaks for its report, and a
// "they" after an unnamed speaker's quotation goes on with that speaker.
func TestSpeakersBodyPronoun(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a memo goes on",
			"The council met on Monday.\n\nThe memo says the harbour fees will rise in May. It says the new fees \u201cwill fall on the smallest boats first.\u201d",
			[]speakerWant{{"The memo", ""}}},
		{"a named body goes on",
			"The council met on Monday.\n\nThe Quay Workers Guild thanked the council for the vote. It said the plan was \u201ca fair deal for the docks.\u201d",
			[]speakerWant{{"It", "Quay Workers Guild"}}},
		{"a report from a body",
			"The council met on Monday.\n\nA report from the Harbour Institute in May said the port was losing trade. It argued, \u201cThe docks cannot compete without a second dredging.\u201d",
			[]speakerWant{{"It", "Harbour Institute"}}},
		{"a network's statement",
			"The council met on Monday.\n\nThe network issued a short statement. \u201cWe stand by our reporting on the docks,\u201d it said.",
			[]speakerWant{{"The network", ""}}},
		{"the writing that tells the sentence before",
			"The council met on Monday.\n\nAn internal audit found that six clerks had read the harbour file, the affidavit says. \u201cA further audit showed that one clerk wrote to the paper,\u201d it says.",
			[]speakerWant{{"the affidavit", ""}}},
		{"an unnamed official goes on",
			"The council met on Monday.\n\n\u201cThe file names no one in the harbour office,\u201d the official wrote.\n\n\u201cThe agency will say otherwise,\u201d they added.",
			[]speakerWant{{"the official", ""}, {"the official", ""}}},
	})
}

// TestSpeakersBodyPronounLimits: a person as the subject before, a
// second clause with a subject of its own, another body or a writer
// ("by Mayor Ivo Lund") named between, a place that does not say, a
// "they" deep in the writer's sentence or a plural writing leave the
// pronoun as it was.
func TestSpeakersBodyPronounLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a person read the memo",
			"The council met on Monday.\n\nMayor Ivo Lund read the memo on Tuesday. \u201cThe fees will rise in May,\u201d it said.",
			[]speakerWant{{"it", ""}}},
		{"a second clause with its own subject",
			"The council met on Monday.\n\nThe government of Norland demanded an apology, and the government of Sudria lodged a protest. \u201cSudria demands respect for its people,\u201d it said in a statement.",
			[]speakerWant{{"it", ""}}},
		{"another body named before",
			"The council met on Monday.\n\nThe Harbour Institute released a letter sent today by the Quay Workers Guild. It says: \u201cThe docks need a second dredging.\u201d",
			[]speakerWant{{"It", ""}}},
		{"a they deep in the writer's sentence",
			"The council met on Monday.\n\n\u201cThe file names no one in the harbour office,\u201d the official wrote. Quay unions backed the plan, which would end what they call the \u201cdock loophole.\u201d",
			[]speakerWant{{"the official", ""}, {"they", ""}}},
		{"a clause of cause with its own subject",
			"The council met on Monday.\n\nThe Harbour Board blocked the fee because the mayor didn\u2019t meet its standard as to when it believes a boat is \u201ctoo large for the dock.\u201d",
			[]speakerWant{{"it", ""}}},
		{"a letter by a person",
			"The council met on Monday.\n\nThe Harbour Office has now published a note written on Monday by Mayor Ivo Lund to the board. It says: \u201cThe docks need a second dredging.\u201d",
			[]speakerWant{{"It", ""}}},
		{"a place that does not say",
			"The council met on Monday.\n\nNorland also agreed to provide \u201cfull access to its harbour records,\u201d it said.",
			[]speakerWant{{"it", ""}}},
		{"plural papers",
			"The council met on Monday.\n\nThe papers also \u201cpoint to a second dredging,\u201d it reported.",
			[]speakerWant{{"it", ""}}},
	})
}
