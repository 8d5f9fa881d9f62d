package findingseval

import (
	"path/filepath"
	"testing"
)

// judgedDir holds the judged sample of ABP stories: the parts' stories
// files and findings labels (README.md there describes each part).
var judgedDir = filepath.Join("..", "..", "compare", "testdata", "abpjudged")

// judgedSet is one part of the judged sample: a file of stories whose
// findings TestABPJudged scores apart under the part's name.
type judgedSet struct {
	// name names the part in the harness's lines ("tuning", "fresh13").
	name string
	// stories is the part's stories file in judgedDir.
	stories string
	// labels is the part's own file of findings labels in judgedDir, or
	// "" when its labels are in the tuning part's findings.tsv.
	labels string
	// minStories is the least number of stories TestSampleFiles wants in
	// the part.
	minStories int
	// tuning marks the tuning part: the floors are checked on it alone,
	// its analyses score the entity mentions, and a story in no other
	// part counts in it.
	tuning bool
	// beforeOwn marks the parts judged before fresh25, whose only-in
	// ("O|") labels do not judge the claim's own part. Every other
	// part's only-in reasons end in "own: right" or "own: wrong"
	// (README.md, "Fresh stories, twenty-fifth set"), and
	// TestSampleFiles checks it, so a part appended to judgedSets is
	// checked too.
	beforeOwn bool
}

// judgedSets are the parts of the judged sample, in the order the harness
// compares their stories and logs their figures; TestABPJudged,
// TestSampleFiles and the readers of the labels (labelsPaths) take them
// from here. To add a fresh set, put its stories file and its labels file
// in judgedDir, describe it in README.md there, and append one line:
//
//	{name: "fresh57", stories: "fresh57.tsv", labels: "findings-fresh57.tsv"},
//
// which scores it apart under its name with no floors (only the tuning
// part has floors) and reads its labels with the others'.
var judgedSets = []judgedSet{
	{name: "tuning", stories: "stories.tsv", labels: "findings.tsv", minStories: 15, tuning: true, beforeOwn: true},
	{name: "held-out", stories: "heldout.tsv", minStories: 4, beforeOwn: true},
	{name: "fresh", stories: "fresh.tsv", beforeOwn: true},
	{name: "fresh2", stories: "fresh2.tsv", beforeOwn: true},
	{name: "fresh3", stories: "fresh3.tsv", beforeOwn: true},
	{name: "fresh4", stories: "fresh4.tsv", beforeOwn: true},
	{name: "fresh5", stories: "fresh5.tsv", beforeOwn: true},
	{name: "fresh6", stories: "fresh6.tsv", beforeOwn: true},
	{name: "fresh7", stories: "fresh7.tsv", beforeOwn: true},
	{name: "fresh8", stories: "fresh8.tsv", labels: "findings-fresh8.tsv", beforeOwn: true},
	{name: "fresh9", stories: "fresh9.tsv", labels: "findings-fresh9.tsv", beforeOwn: true},
	{name: "fresh13", stories: "fresh13.tsv", labels: "findings-fresh13.tsv", beforeOwn: true},
	{name: "fresh14", stories: "fresh14.tsv", labels: "findings-fresh14.tsv", beforeOwn: true},
	{name: "fresh15", stories: "fresh15.tsv", labels: "findings-fresh15.tsv", beforeOwn: true},
	{name: "fresh16", stories: "fresh16.tsv", labels: "findings-fresh16.tsv", beforeOwn: true},
	{name: "fresh17", stories: "fresh17.tsv", labels: "findings-fresh17.tsv", beforeOwn: true},
	{name: "fresh18", stories: "fresh18.tsv", labels: "findings-fresh18.tsv", beforeOwn: true},
	{name: "fresh19", stories: "fresh19.tsv", labels: "findings-fresh19.tsv", beforeOwn: true},
	{name: "fresh20", stories: "fresh20.tsv", labels: "findings-fresh20.tsv", beforeOwn: true},
	{name: "fresh21", stories: "fresh21.tsv", labels: "findings-fresh21.tsv", beforeOwn: true},
	{name: "fresh22", stories: "fresh22.tsv", labels: "findings-fresh22.tsv", beforeOwn: true},
	{name: "fresh23", stories: "fresh23.tsv", labels: "findings-fresh23.tsv", beforeOwn: true},
	{name: "fresh24", stories: "fresh24.tsv", labels: "findings-fresh24.tsv", beforeOwn: true},
	{name: "fresh25", stories: "fresh25.tsv", labels: "findings-fresh25.tsv"},
	{name: "fresh26", stories: "fresh26.tsv", labels: "findings-fresh26.tsv"},
	{name: "fresh27", stories: "fresh27.tsv", labels: "findings-fresh27.tsv"},
	{name: "fresh28", stories: "fresh28.tsv", labels: "findings-fresh28.tsv"},
	{name: "fresh29", stories: "fresh29.tsv", labels: "findings-fresh29.tsv"},
	{name: "fresh30", stories: "fresh30.tsv", labels: "findings-fresh30.tsv"},
	{name: "fresh31", stories: "fresh31.tsv", labels: "findings-fresh31.tsv"},
	{name: "fresh32", stories: "fresh32.tsv", labels: "findings-fresh32.tsv"},
	{name: "fresh33", stories: "fresh33.tsv", labels: "findings-fresh33.tsv"},
	{name: "fresh34", stories: "fresh34.tsv", labels: "findings-fresh34.tsv"},
	{name: "fresh35", stories: "fresh35.tsv", labels: "findings-fresh35.tsv"},
	{name: "fresh36", stories: "fresh36.tsv", labels: "findings-fresh36.tsv"},
	{name: "fresh37", stories: "fresh37.tsv", labels: "findings-fresh37.tsv"},
	{name: "fresh38", stories: "fresh38.tsv", labels: "findings-fresh38.tsv"},
	{name: "fresh39", stories: "fresh39.tsv", labels: "findings-fresh39.tsv"},
	{name: "fresh40", stories: "fresh40.tsv", labels: "findings-fresh40.tsv"},
	{name: "fresh41", stories: "fresh41.tsv", labels: "findings-fresh41.tsv"},
	{name: "fresh42", stories: "fresh42.tsv", labels: "findings-fresh42.tsv"},
	{name: "fresh43", stories: "fresh43.tsv", labels: "findings-fresh43.tsv"},
	{name: "fresh44", stories: "fresh44.tsv", labels: "findings-fresh44.tsv"},
	{name: "fresh45", stories: "fresh45.tsv", labels: "findings-fresh45.tsv"},
	{name: "fresh46", stories: "fresh46.tsv", labels: "findings-fresh46.tsv"},
	{name: "fresh47", stories: "fresh47.tsv", labels: "findings-fresh47.tsv"},
	{name: "fresh48", stories: "fresh48.tsv", labels: "findings-fresh48.tsv"},
	{name: "fresh49", stories: "fresh49.tsv", labels: "findings-fresh49.tsv"},
	{name: "fresh50", stories: "fresh50.tsv", labels: "findings-fresh50.tsv"},
	{name: "fresh51", stories: "fresh51.tsv", labels: "findings-fresh51.tsv"},
	{name: "fresh52", stories: "fresh52.tsv", labels: "findings-fresh52.tsv"},
	{name: "fresh53", stories: "fresh53.tsv", labels: "findings-fresh53.tsv"},
	{name: "fresh54", stories: "fresh54.tsv", labels: "findings-fresh54.tsv"},
	{name: "fresh55", stories: "fresh55.tsv", labels: "findings-fresh55.tsv"},
	{name: "fresh56", stories: "fresh56.tsv", labels: "findings-fresh56.tsv"},
}

// storiesPath is the path of the set's stories file.
func (s judgedSet) storiesPath() string { return filepath.Join(judgedDir, s.stories) }

// labelsPath is the path of the set's own labels file, or "" if it has
// none.
func (s judgedSet) labelsPath() string {
	if s.labels == "" {
		return ""
	}
	return filepath.Join(judgedDir, s.labels)
}

// labelsPaths returns the files of findings labels the scorers read: the
// sets' own files in table order, then the judgments of the own part of
// only-in facts.
func labelsPaths() []string {
	var paths []string
	for _, s := range judgedSets {
		if p := s.labelsPath(); p != "" {
			paths = append(paths, p)
		}
	}
	return append(paths, ownLabelsPath)
}

// freshLabelsPaths returns the own labels files of the sets other than
// tuning, in table order: the files the "What differs" scorer reads beside
// its own (a set appended to judgedSets is read too).
func freshLabelsPaths() []string {
	var paths []string
	for _, s := range judgedSets {
		if p := s.labelsPath(); p != "" && !s.tuning {
			paths = append(paths, p)
		}
	}
	return paths
}

// readJudgedSets reads the stories of every judged set, in table order, or
// fails the test.
func readJudgedSets(t *testing.T) [][]Story {
	t.Helper()
	parts := make([][]Story, len(judgedSets))
	for i, s := range judgedSets {
		parts[i] = readStories(t, s.storiesPath())
	}
	return parts
}
