package reuseeval

import "github.com/parallax-news/parallax/internal/dedup"

// featureNames describe the values returned by features, in order.
var featureNames = []string{
	"tiled share (answer words in exact runs of 3+ words)",
	"passage share (answer words in passages of 10+ matched words)",
	"longest passage / answer words",
	"substitutions per 100 answer words",
	"source share",
}

// features returns the alignment features of an answer compared with its
// source. They are symmetric in which document the detector took as
// source.
func features(m dedup.Match) []float64 {
	ans, src := m.CopyWords, m.SourceWords
	if m.Copy != "answer" {
		ans, src = src, ans
	}
	if ans == 0 {
		return make([]float64, len(featureNames))
	}
	a := float64(ans)
	return []float64{
		float64(m.TiledWords) / a,
		float64(m.SharedWords) / a,
		float64(m.LongestPassage) / a,
		100 * float64(len(m.Substituted)) / a,
		float64(m.SharedWords) / float64(max(src, 1)),
	}
}
