package compare

import (
	"strings"
	"unicode"
)

// Distinctive words: the log-odds ratio with an informative Dirichlet
// prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", §3.5). For
// word w, article i and the other articles j, with counts y and totals n
// and a prior α_w proportional to w's frequency in all the articles
// (α_0 = priorWeight),
//
//	δ_w = log((y_iw+α_w)/(n_i+α_0−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α_0−y_jw−α_w))
//	σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w)
//
// and a word is distinctive when δ_w/σ_w ≥ minZ. The statistic means
// nothing on a few sentences, so it is computed only when every article
// and the rest each have at least minDistinctiveWords content words.
const (
	priorWeight         = 500.0
	minZ                = 1.96
	minDistinctiveWords = 150
	minDistinctiveCount = 2
	maxDistinctive      = 10
)

// distinctive returns each article's distinctive words, or nil when
// there is too little text or only one article.
func distinctive(docs []*doc) [][]Word {
	if len(docs) < 2 {
		return nil
	}
	counts := make([]*WordCounts, len(docs))
	all := NewWordCounts()
	for i, d := range docs {
		counts[i] = NewWordCounts()
		counts[i].Add(d.an)
		for w, n := range counts[i].Counts {
			all.Counts[w] += n
		}
		all.Total += counts[i].Total
	}
	for _, c := range counts {
		if c.Total < minDistinctiveWords || all.Total-c.Total < minDistinctiveWords {
			return nil
		}
	}
	skip := storyFurniture(docs)
	out := make([][]Word, len(docs))
	for i, c := range counts {
		for w := range c.Counts {
			if sf := strings.ToLower(c.Surface[w]); skip[sf] || clitic(sf) || houseJunk(sf) {
				delete(c.Counts, w) // not a word of the article's telling
			}
		}
		rest := func(w string) int { return all.Counts[w] - c.Counts[w] }
		out[i] = logOdds(c, rest, all.Total-c.Total, maxDistinctive)
	}
	return out
}

// houseWords are words every news report writes in its own house
// style, not its telling of the story: a neutral verb of saying (a loaded
// one, "claimed", "admitted", stays) and a courtesy title ("Mr.", one
// paper's style).
var houseWords = []string{"said", "says", "say", "told", "tells", "added", "adds", "according", "mr", "mrs", "ms", "dr"}

// storyFurniture returns the lower-case words no article's distinctive
// words show: houseWords and the outlet names of one word ("cnn" of a
// dateline's "(CNN)", "reuters"), which set an article apart by who
// published it, not by how it tells the story.
func storyFurniture(docs []*doc) map[string]bool {
	skip := map[string]bool{}
	for _, w := range houseWords {
		skip[w] = true
	}
	for _, d := range docs {
		var name []string
		for _, w := range strings.FieldsFunc(strings.ToLower(d.art.Outlet), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			switch w {
			case "www", "com", "org", "net", "co", "uk", "the":
			default:
				name = append(name, w)
			}
		}
		if len(name) == 1 {
			// "cnn", "reuters": a name of one word is the outlet's own.
			// The words of a longer one ("new", "york", "times";
			// "washington", "post") are words of other things too.
			skip[name[0]] = true
		}
	}
	return skip
}

// houseJunkWords are words any telling uses that the stop list lets through:
// a bare "no" or "yes", adverbs of degree and time ("still", "really",
// "already") and nouns of no subject ("time", "way", "thing"); and
// titleAbbrevs the abbreviated titles before a name ("Sen.", "Rep.",
// "Gov."), one paper's style as "Mr." is. On pages read in session 58
// (s444a8976ab99408d, s06fda9a72c9c07e1) they stood as an outlet's
// distinctive words: "no", "sen", "time".
var (
	houseJunkWords = setOf("no", "yes", "still", "really", "rather", "quite", "perhaps", "maybe", "already", "ever", "ago",
		"well", "like", "get", "got", "going", "one", "time", "times", "way", "thing", "things", "lot")
	titleAbbrevs = setOf("sen", "sens", "rep", "reps", "gov", "govs", "gen", "gens", "lt", "col", "maj", "capt", "cmdr", "adm",
		"sgt", "cpl", "pvt", "atty", "supt", "insp", "det", "hon", "pres", "amb", "prof", "rev", "fr", "st", "jr", "sr", "drs", "messrs")
)

// houseJunk reports whether w (in lower case) is no word of an outlet's
// telling: a plain word or title (houseJunkWords, titleAbbrevs), a word with
// a full stop inside ("u.s.", an abbreviation written in one paper's
// style) or a contraction ("aren't", "doesn't", "we're", "it's": the
// negation or verb of any telling, written short).
func houseJunk(w string) bool {
	if houseJunkWords[w] || titleAbbrevs[w] || strings.Contains(w, ".") {
		return true
	}
	w = strings.ReplaceAll(w, "\u2019", "'")
	for _, s := range []string{"n't", "'re", "'ve", "'ll", "'d", "'m", "'s"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
