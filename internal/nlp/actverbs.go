package nlp

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// actVerbsFile lists the verbs of measured acts (see actVerbForms).
const actVerbsFile = "data/" + DefaultLang + "/act_verbs.txt"

// actVerbForms maps each written form of a verb that tells a measured act
// (a result, a market move, a levy, a sum spent) to the act it tells:
// "beat" and "defeated" tell one result, "fell", "slid" and "sank" one
// fall (data/en/act_verbs.txt, whose comment says which verbs are left
// out and why). It is read once from the embedded data and never written
// after; the data is built into the binary, so a file that fails to read
// is a broken build and panics.
var actVerbForms = func() map[string]string {
	m, err := readActVerbs(dataFS, actVerbsFile)
	if err != nil {
		panic(err)
	}
	return m
}()

// readActVerbs reads the file of act verbs name of fsys: on each line an
// act, then the written forms of its verbs (the act's own name is listed
// again when it is a form). It returns each form, lower case, mapped to
// its act, and fails on a line with no form or a form listed under two
// acts.
func readActVerbs(fsys fs.FS, name string) (map[string]string, error) {
	m := map[string]string{}
	err := readData(fsys, name, func(line string) error {
		f := strings.Fields(strings.ToLower(line))
		if len(f) < 2 {
			return errors.New("want an act and its verb forms")
		}
		for _, form := range f[1:] {
			if act, dup := m[form]; dup && act != f[0] {
				return fmt.Errorf("%q listed under %q and %q", form, act, f[0])
			}
			m[form] = f[0]
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("act verbs: %w", err)
	}
	return m, nil
}

// ActVerb returns the act a verb form tells (see actVerbForms), or ""
// when word, read in lower case, is no verb of a measured act.
func ActVerb(word string) string {
	return actVerbForms[strings.ToLower(word)]
}

// SentenceActs returns the acts the verbs of sentence s tell (see
// ActVerb), each once, in the order they are written.
func SentenceActs(s Sentence) []string {
	var acts []string
	for _, t := range s.Tokens {
		if a := ActVerb(t.Surface); a != "" && !slices.Contains(acts, a) {
			acts = append(acts, a)
		}
	}
	return acts
}
