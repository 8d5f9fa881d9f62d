package compare

import "strings"

// segmentVerbs are the verbs with which a page says that someone was
// heard on a broadcast with its host ("talked with host …").
var segmentVerbs = []string{"talked", "spoke", "talks", "speaks", "chatted", "sat down"}

// maxSegmentWords is the most words a segment note holds.
const maxSegmentWords = 25

// segmentNote reports whether text is a note on a broadcast segment the
// page pairs with its story: someone "talked with host" (or "spoke with
// host", …) a capitalised name, in a line of at most maxSegmentWords
// words with no quotation mark and no "that" after the host's name
// ("On Morning Tide, Ostra Radio's Bo Park talked with host Ana Lind
// about the closure."). It tells that a conversation was aired, no fact
// of the story, and its names are in no other article (a wrong only-in
// claim of the judged ABP sample, fresh26). What was said, reported
// with "that", is read as any sentence.
func segmentNote(text string) bool {
	if !strings.Contains(text, " with host ") { // most sentences: no word split
		return false
	}
	t := strings.ReplaceAll(strings.TrimSpace(text), "’", "'")
	if strings.ContainsAny(t, "\"“”") || len(strings.Fields(t)) > maxSegmentWords {
		return false
	}
	for _, v := range segmentVerbs {
		_, after, ok := strings.Cut(t, " "+v+" with host ")
		if !ok {
			continue
		}
		words := strings.Fields(after)
		if len(words) == 0 || !capitalised(words[0]) || strings.Contains(" "+after+" ", " that ") {
			return false
		}
		return true
	}
	return false
}
