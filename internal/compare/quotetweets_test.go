package compare

import (
	"strings"
	"testing"
)

// TestTweetFormsNotAltered: one post typed two ways — a tweet's short
// forms (w/, w/o, b/c, u, ur, &), a dash for a full stop, a case — is the
// same words, transcribed differently, never ALTERED (h/quotes58; ALTERED
// on main 3e71873). A word in the post changed still alters it.
func TestTweetFormsNotAltered(t *testing.T) {
	for _, c := range []struct {
		a, b, kind string
		heard      bool
	}{
		{"Shameful. The harbour board mocks our pilots. Stick w/ fighting me--the crews deserve better",
			"Shameful. The harbour board mocks our pilots. Stick with fighting me. The crews deserve better", QuoteIdentical, true},
		{"We will not reopen the south dock w/o a vote b/c the crews need a say in it",
			"We will not reopen the south dock without a vote because the crews need a say in it", QuoteIdentical, true},
		{"Thank u to every pilot & crew who kept ur harbour open tonight",
			"Thank you to every pilot and crew who kept your harbour open tonight", QuoteIdentical, true},
		// Precision: a word changed in the post.
		{"Shameful. The harbour board mocks our pilots. Stick w/ fighting me--the crews deserve better",
			"Shameful. The harbour board mocks our pilots. Stick with attacking me. The crews deserve better", QuoteAltered, false},
	} {
		got, heard := pairKindHeard(kindItem(c.a), kindItem(c.b))
		if got != c.kind || heard != c.heard && c.kind != QuoteIdentical {
			t.Errorf("%q / %q: %s (heard %v), want %s", c.a, c.b, got, heard, c.kind)
		}
	}
}

// TestTweetFormsTranscribed: a group of one post typed with a tweet's
// short forms in one outlet and written out in the other is identical
// and marked transcribed differently (h/quotes58; ALTERED on main
// 3e71873).
func TestTweetFormsTranscribed(t *testing.T) {
	r := run(t, mkArticles(
		"Mayor hits back\nMayor Ada Brennick answered the harbour board on Twitter on Monday.\nBrennick tweeted: \"Shameful. The harbour board mocks our pilots. Stick w/ fighting me--the crews deserve better.\"",
		"Brennick answers board\nThe harbour board drew a sharp reply from Mayor Ada Brennick on Monday.\nBrennick tweeted: \"Shameful. The harbour board mocks our pilots. Stick with fighting me. The crews deserve better.\"",
		"Board and mayor\nThe harbour board and Mayor Ada Brennick traded words on Monday over pilot fees.",
	))
	found := false
	for _, g := range r.Quotes {
		for _, u := range g.Quotes {
			if strings.Contains(u.Text, "Shameful") && g.Kind != QuoteOneOnly {
				found = true
				if g.Kind != QuoteIdentical || !g.Transcribed {
					t.Errorf("kind %s transcribed %v, want identical, transcribed", g.Kind, g.Transcribed)
				}
			}
		}
	}
	if !found {
		t.Fatal("no group of the post")
	}
}

// TestBracketedEndingNotAltered: a verb the writer fits to its own
// sentence with an ending in brackets ("mourn(s)", "call[s]") where the
// other version quotes the speaker's "I mourn" leaves a word out; it
// changes none (h/quotes58; ALTERED on main 3e71873).
func TestBracketedEndingNotAltered(t *testing.T) {
	r := run(t, mkArticles(
		"Mayor mourns\nMayor Ada Brennick spoke after the harbour fire on Friday.\nBrennick \"mourn(s) for the pilots lost while doing their duty to guard the bay, for their families & all who sail with them.\"",
		"Harbour fire\nMayor Ada Brennick spoke of the harbour fire on Friday.\n\"I mourn for the pilots lost while doing their duty to guard the bay, for their families and all who sail with them,\" Brennick said.",
		"Fire at the harbour\nA fire at the harbour killed three pilots on Friday, Mayor Ada Brennick said.",
	))
	found := false
	for _, g := range r.Quotes {
		for _, u := range g.Quotes {
			if strings.Contains(u.Text, "sail with them") && g.Kind != QuoteOneOnly {
				found = true
				if g.Kind == QuoteAltered {
					t.Errorf("kind %s, want not altered", g.Kind)
				}
			}
		}
	}
	if !found {
		t.Fatal("no group of the statement")
	}
}

// TestPossessiveSlipsNotAltered: a one-word possessive or contraction
// slip (its/it's, it/its, your/you're, their/there) is a slip, not a
// change of words; another pronoun still alters (h/quotes58).
func TestPossessiveSlipsNotAltered(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"The storm sank its hooks in the harbour and the crews felt it all winter.", "The storm sank it hooks in the harbour and the crews felt it all winter.", QuoteIdentical},
		{"The storm sank its hooks in the harbour and the crews felt it all winter.", "The storm sank it's hooks in the harbour and the crews felt it all winter.", QuoteIdentical},
		{"If you think your pilots will wait all winter, the board is wrong.", "If you think you're pilots will wait all winter, the board is wrong.", QuoteIdentical},
		{"The crews know their harbour better than the board ever will.", "The crews know there harbour better than the board ever will.", QuoteIdentical},
		{"Your pilots will wait all winter for the board to decide on the fees.", "You're pilots will wait all winter for the board to decide on the fees.", QuoteIdentical},
		// Precision.
		{"The crews know their harbour better than the board ever will.", "The crews know our harbour better than the board ever will.", QuoteAltered},
	} {
		if got := pairKind(kindItem(c.a), kindItem(c.b)); got != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, got, c.kind)
		}
	}
}

// TestCaptionNotCopyOfStatement: a short line nobody is said to speak (a
// cartoon's caption) whose words a speaker's longer statement holds in
// another order is not a version of that statement: the statement's
// group stays of its own versions (h/quotes58; joined as IDENTICAL on
// main 3e71873).
func TestCaptionNotCopyOfStatement(t *testing.T) {
	r := run(t, mkArticles(
		"Cartoon pulled\nThe Harbour Gazette pulled a cartoon of Mayor Ada Brennick's sons on Tuesday.\n\"When a mayor uses her sons as props at the harbour, as Ada Brennick did in her launch video last week, then I figure they are open to comment,\" Lena Osk, its cartoonist, wrote in a statement.",
		"Gazette drops cartoon\nThe Harbour Gazette dropped the cartoon of the mayor's sons on Tuesday.\nWith the caption \"Ada Brennick uses her sons as props at the harbour,\" the cartoon, drawn by Lena Osk, the paper's cartoonist, recalls a video the mayor's campaign ran last week.\n\"When a mayor uses her sons as props at the harbour, as Ada Brennick did in her launch video last week, then I figure they are open to comment,\" Osk wrote in a statement with the cartoon.",
		"Mayor and cartoon\nMayor Ada Brennick criticised the Harbour Gazette on Tuesday over a cartoon.",
	))
	for _, g := range r.Quotes {
		if g.Kind == QuoteOneOnly {
			continue
		}
		for _, u := range g.Quotes {
			if strings.HasPrefix(strings.Trim(u.Text, "\"“”"), "Ada Brennick uses") {
				t.Errorf("caption in a %s group of %d versions", g.Kind, len(g.Quotes))
			}
		}
	}
}
