package compare

import (
	"strings"
	"testing"
)

// TestWindowOfFragment: a few words an outlet quotes of a long statement
// are compared with the words around them in the statement, not with
// nothing (a sentence with ten words or more for each word it shares
// with the fragment scored under the start and left the window empty,
// so the whole fragment showed as added, as in a judged Rubio quote of
// the Alan Gross event) nor with the whole sentence.
func TestWindowOfFragment(t *testing.T) {
	long := "It is one more gift to the harbour board by the city council rather than a defence of every fisher and every family " +
		"that this town was built by and still lives from, and every crew that sails at dawn from the old stone quay in every kind of weather the north sea sends … " +
		"It will set back the hopes of the docks for a generation, … " +
		"It is shameful for a mayor who says he treasures the working port. This mayor is the weakest bargainer the hall has had in my lifetime."
	short := "one more gift to harbour board."
	w := window(long, short)
	if w == "" {
		t.Fatalf("window of a fragment is empty")
	}
	if n := len(words(w)); n > len(words(short))+3 {
		t.Errorf("window %q has %d words for a fragment of %d", w, n, len(words(short)))
	}
	ops, inline := wordDiff(w, short)
	if changedWords(ops) != 1 || !strings.Contains(inline, "[-the-]") {
		t.Errorf("diff of the fragment: %s (want only the dropped \"the\")", inline)
	}
	// A short quote of one whole sentence still gets that sentence.
	if w := window(long, "This mayor is the weakest bargainer the hall has had in my lifetime."); !strings.HasPrefix(w, "This mayor") {
		t.Errorf("window of a whole sentence: %q", w)
	}
}
