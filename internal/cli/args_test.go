package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageMessages checks that misuse exits 2 with a message that says
// what was expected, never cobra's raw "requires at least 1 arg(s)".
func TestUsageMessages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"shwo", "abcd"}, `unknown command "shwo"; did you mean 'show'?`},
		{[]string{"stoires"}, `did you mean 'stories'?`},
		{[]string{"serach", "x"}, `did you mean 'search'?`},
		{[]string{"sto"}, `did you mean 'stories', 'story', 'storyline' or 'storylines'?`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"feeds", "lsit"}, `unknown feeds command "lsit"; did you mean 'list'?`},
		{[]string{"eval", "quote"}, `unknown eval command "quote"; did you mean 'quotes'?`},
		{[]string{"articles", "--jsno"}, `unknown flag: --jsno; did you mean '--json'?`},
		{[]string{"show"}, "show needs an article id"},
		{[]string{"show", "a", "b"}, "show takes one argument"},
		{[]string{"story"}, "story needs a story id"},
		{[]string{"add"}, "add needs files or directories"},
		{[]string{"search"}, "search needs words to search for"},
		{[]string{"compare"}, "compare needs two or more article files"},
		{[]string{"analyze"}, "analyze needs files"},
		{[]string{"fetch"}, "fetch needs the URLs"},
		{[]string{"feeds", "add"}, "feeds add needs the URLs of feeds"},
		{[]string{"feeds", "import"}, "feeds import needs an OPML file"},
		{[]string{"feeds", "remove"}, "feeds remove needs the URLs or ids"},
		{[]string{"articles", "extra"}, `articles takes no arguments, not "extra"`},
		{[]string{"show", "12"}, `article "12": id prefix shorter than the 4-character minimum`},
		{[]string{"story", "s12"}, `story "s12": id prefix shorter than the 4-character minimum`},
		{[]string{"copies", "--article", "ab"}, `--article "ab": id prefix shorter than the 4-character minimum`},
	}
	for _, tc := range tests {
		code, out, errs := run(t, db, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("parallax %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(tc.args, " "), code, errs, tc.want)
		}
		if strings.Contains(errs, "arg(s)") {
			t.Errorf("parallax %s: cobra's raw message: %q", strings.Join(tc.args, " "), errs)
		}
	}
}

// TestLimitsAreCheckedAlike: every command refuses the same bad limits and
// offsets with the same words, before it opens the database.
func TestLimitsAreCheckedAlike(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"stories", "--limit", "-3"}, "--limit: want 0 (all) or a positive whole number, not -3"},
		{[]string{"articles", "--limit", "-1"}, "--limit: want 0 (all) or a positive whole number, not -1"},
		{[]string{"stories", "--offset", "-1"}, "--offset: want a whole number from 0 to 1073741824, not -1"},
		{[]string{"articles", "--offset", "-2"}, "--offset: want a whole number from 0 to 1073741824, not -2"},
		{[]string{"storylines", "--limit", "-4"}, "--limit: want 0 (all) or a positive whole number, not -4"},
		{[]string{"storylines", "--offset", "-1"}, "--offset: want a whole number from 0 to 1073741824, not -1"},
		{[]string{"blindspots", "--since", "yesterday"}, "--since:"},
		{[]string{"storylines", "--until", "2019-13-01"}, "--until:"},
		{[]string{"search", "--limit", "0", "word"}, "--limit: want a positive whole number, not 0"},
		{[]string{"search", "--limit", "-5", "word"}, "--limit: want a positive whole number, not -5"},
		{[]string{"stories", "--limit", "many"}, `invalid argument "many" for "--limit"`},
	}
	for _, tc := range tests {
		code, _, errs := run(t, db, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("parallax %s: exit %d, %q; want exit 2 and %q", strings.Join(tc.args, " "), code, errs, tc.want)
		}
	}
}

func TestCompareNeedsTwoArticles(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.txt")
	writeFile(t, one, "Harbour Cranes Idle\n\nThe cranes at the port of Vell stood idle on Monday as crews walked out.")
	code, out, errs := run(t, "", "compare", one)
	if code != 2 || out != "" || !strings.Contains(errs, "compare needs at least two articles") {
		t.Errorf("compare one file: exit %d, %q, %q; want exit 2 and a usage message", code, out, errs)
	}
	code, _, errs = run(t, "", "compare", dir)
	if code != 2 || !strings.Contains(errs, "holds only 1") {
		t.Errorf("compare a directory of one: exit %d, %q", code, errs)
	}
}

func TestNearest(t *testing.T) {
	names := []string{"add", "articles", "show", "search", "stories", "story", "serve", "copies", "compare", "watch", "fetch", "feeds"}
	tests := map[string]string{
		"shwo":     "show",
		"SHOW":     "show",
		"stroy":    "story",
		"artciles": "articles",
		"comapre":  "compare",
		"cop":      "copies",
		"zzzz":     "",
		"wtach":    "watch",
	}
	for typed, want := range tests {
		got := nearest(typed, names)
		if (want == "" && len(got) != 0) || (want != "" && (len(got) == 0 || got[0] != want)) {
			t.Errorf("nearest(%q) = %q, want %q first", typed, got, want)
		}
	}
}
