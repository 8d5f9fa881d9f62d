package nlp

import "testing"

// BenchmarkReadVoice reads the invented column and report of
// voice_test.go six times over (about 1,000 words each).
func BenchmarkReadVoice(b *testing.B) {
	var col, rep []string
	for range 6 {
		col = append(col, column...)
		rep = append(rep, report...)
	}
	b.ReportAllocs()
	for b.Loop() {
		ReadVoice("The council has lost its nerve on the ferry", col)
		ReadVoice("Brennholm council delays harbour dredging to spring", rep)
	}
}
