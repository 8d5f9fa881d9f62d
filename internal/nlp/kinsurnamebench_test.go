package nlp

import "testing"

// BenchmarkKinSurnameLong analyses a long invented article in which many
// persons share one surname, relatives are brought in by kin noun and
// the bare surname speaks often: the work of matchName, kinSurname and
// relativeOnlyLater per bare surname (review59d).
func BenchmarkKinSurnameLong(b *testing.B) {
	firsts := []string{"Ada", "Carl", "Mira", "Ivo", "Greta", "Anton", "Vera", "Oleg", "Ana", "Tim", "Ema", "Ann"}
	paras := []string{"Lund spoke first at the hall on Monday."}
	for i := 0; i < 120; i++ {
		f, g := firsts[i%len(firsts)], firsts[(i+5)%len(firsts)]
		paras = append(paras, f+" Lund, a teacher, came to the hall on Monday.")
		if i%3 == 0 {
			paras = append(paras, "Her father, "+g+" Lund, was there too.")
		}
		paras = append(paras, "\u201cWe will stay in the valley,\u201d Lund said. \u201cThe river is ours,\u201d Lund added.")
	}
	in := Input{Title: "Family", Paragraphs: paras, Lang: "en"}
	a := newTestAnalyzer(b)
	a.Analyze(in)
	b.ResetTimer()
	for b.Loop() {
		a.Analyze(in)
	}
}
