package nlp

import (
	"fmt"
	"testing"
)

// hashtagPage is a page of n paragraphs of our own, each naming a
// different hashtag and a plain capitalised word.
func hashtagPage(n int) Input {
	paras := make([]string, 0, n)
	for i := range n {
		s := fmt.Sprintf("%c%c%c", 'a'+i%26, 'a'+(i/26)%26, 'a'+(i/676)%26)
		paras = append(paras, fmt.Sprintf("Fans of #Save%s met at the port on Monday. The Quay%s crew cheered.", s, s))
	}
	return Input{Title: "Port", Paragraphs: paras, Lang: "en"}
}

// BenchmarkHashtags: a page of 3,000 paragraphs, each with a hashtag
// (hashtagAt asks whether the article writes the tag's word without the
// mark: once per word's positions, not over every token of the page).
func BenchmarkHashtags(b *testing.B) {
	az := newTestAnalyzer(b)
	in := hashtagPage(3000)
	b.ResetTimer()
	for range b.N {
		az.Analyze(in)
	}
}

// TestHashtagsOnLongPage: on a long page every hashtag is still a thing
// with its mark, and a tag whose word the page also writes bare is not.
func TestHashtagsOnLongPage(t *testing.T) {
	az := newTestAnalyzer(t)
	in := hashtagPage(300)
	in.Paragraphs = append(in.Paragraphs, "The Saveaaa group said so.")
	types := entityTypes(az.Analyze(in))
	for _, s := range []string{"#Savebaa", "#Savekla", "#Saveaca"} {
		if ty, ok := types[s]; !ok || ty != Other {
			t.Errorf("%s: %v %v, want Other", s, ty, ok)
		}
	}
	if _, ok := types["#Saveaaa"]; ok {
		t.Errorf("#Saveaaa is a hashtag though the page writes its word bare")
	}
}
