package reuseeval

// The tree sizes: a depth-1 tree (one threshold) decides derived, as the
// README's floor does, and a depth-3 tree (at most 8 leaves for 4 grades)
// decides the grade. A leaf holds at least 4 of the ~90 training answers.
var (
	derivedTree = treeParams{maxDepth: 1, minLeaf: 4}
	gradeTree   = treeParams{maxDepth: 3, minLeaf: 4}
)

// crossValidate predicts each answer's grade and derived label with trees
// fitted on the answers of all other writers.
func crossValidate(as []answer) (grade, derived []string) {
	grade = make([]string, len(as))
	derived = make([]string, len(as))
	writers := []string{}
	seen := map[string]bool{}
	for _, a := range as {
		if !seen[a.writer] {
			seen[a.writer] = true
			writers = append(writers, a.writer)
		}
	}
	for _, w := range writers {
		var x [][]float64
		var yg, yd []string
		for _, a := range as {
			if a.writer != w {
				x = append(x, a.x)
				yg = append(yg, a.grade)
				yd = append(yd, derivedLabel(a.grade != catNon))
			}
		}
		tg := fitTree(x, yg, gradeLabels, gradeTree)
		td := fitTree(x, yd, derivedLabels, derivedTree)
		for i, a := range as {
			if a.writer == w {
				grade[i] = tg.predict(a.x)
				derived[i] = td.predict(a.x)
			}
		}
	}
	return grade, derived
}
