package nlp

import "testing"

// TestPronounAfterCountedSpanLead: "A week after accusing Ivo Lund and
// Ana Ruiz of …, Mr. Kray detailed …" is about Kray; the he of the next
// quotation is his, not that of the man the leading clause names.
func TestPronounAfterCountedSpanLead(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a week after",
			"Tom Kray spoke in Ostend on Monday.\n\nA week after accusing Mr. Lund and Mrs. Ruiz of being founders of the gang, Mr. Kray detailed how the gang spread on Mrs. Ruiz\u2019s watch.\n\n\u201cTime after time the record proves again: Ana Ruiz lacks the judgment to lead this city,\u201d he said.",
			[]speakerWant{{"he", "Tom Kray"}}},
	})
}
