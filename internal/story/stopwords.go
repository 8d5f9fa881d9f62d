package story

// stopwords (read-only) are English function words and news boilerplate that carry no
// information about which event an article reports. Keys are lower case.
var stopwords = setOf(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
	"are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "don", "down",
	"during", "each", "even", "ever", "every", "few", "for", "from", "further", "get", "gets",
	"got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "however", "i", "if", "in", "into", "is", "isn't", "it", "it's",
	"its", "itself", "just", "like", "many", "may", "me", "might", "more", "most", "much", "must",
	"my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
	"other", "our", "ours", "ourselves", "out", "over", "own", "per", "s", "said", "same", "say",
	"says", "she", "should", "since", "so", "some", "still", "such", "t", "than", "that", "the",
	"their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
	"though", "through", "to", "told", "too", "under", "until", "up", "upon", "us", "very", "via",
	"was", "wasn't", "we", "well", "were", "what", "when", "where", "whether", "which", "while",
	"who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
	"your", "yours", "yourself", "yourselves", "mr", "mrs", "ms", "dr", "according", "told",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last",
	"new", "year", "years", "week", "day", "days", "time", "another", "around", "among",
	"across", "along", "back", "come", "came", "make", "made", "take", "took", "went", "go",
	"going", "know", "known", "see", "seen", "way", "want", "think", "including", "include",
	"image", "photo", "caption", "copyright", "read", "click", "share", "email", "advertisement",
	"updated", "posted", "am", "pm", "et", "gmt", "'s", "'",
)

// calendarWords (read-only) are capitalised words that are not names: weekdays and
// months. They stay as terms but never become names.
var calendarWords = setOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// noContent (read-only) is stopwords and calendarWords together: the
// words that are neither terms read as content nor parts of names, looked
// up once per token where both lists are.
var noContent = union(stopwords, calendarWords)

// union returns a set of the words of both sets.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// setOf builds a lookup set.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
