package nlp

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles", "Mr. Grant met Sir Alan Park on Monday. They talked.", []string{"Mr. Grant met Sir Alan Park on Monday.", "They talked."}},
		{"us", "The U.S. President spoke first. The U.S. team left early.", []string{"The U.S. President spoke first.", "The U.S. team left early."}},
		{"us end", "Prices rose in the U.S. They fell elsewhere.", []string{"Prices rose in the U.S.", "They fell elsewhere."}},
		{"month", "The vote is on Jan. 12 in the hall. Nobody expects surprises.", []string{"The vote is on Jan. 12 in the hall.", "Nobody expects surprises."}},
		{"number", "She lives at No. 10 and works at No. 4. Her office is small.", []string{"She lives at No. 10 and works at No. 4.", "Her office is small."}},
		{"initials", "The novel by J. R. Tolland sold 2.5 million copies. Critics agreed.", []string{"The novel by J. R. Tolland sold 2.5 million copies.", "Critics agreed."}},
		{"initial P", "Attorney General Ada P. Tolland spoke. Critics agreed.", []string{"Attorney General Ada P. Tolland spoke.", "Critics agreed."}},
		{"quote question", "\u201cIs it done?\u201d she asked. \u201cYes.\u201d", []string{"\u201cIs it done?\u201d she asked.", "\u201cYes.\u201d"}},
		{"quote sentences", "\u201cWe came. We saw. We left,\u201d the mayor said.", []string{"\u201cWe came.", "We saw.", "We left,\u201d the mayor said."}},
		{"quote question, name", "\u201cIs it done?\u201d Ana Ruiz asked the council. \u201cYes.\u201d", []string{"\u201cIs it done?\u201d Ana Ruiz asked the council.", "\u201cYes.\u201d"}},
		{"quote exclamation, name", "\u201cRun!\u201d Lund shouted. The crowd ran.", []string{"\u201cRun!\u201d Lund shouted.", "The crowd ran."}},
		{"quote question, new sentence", "\u201cIs it done?\u201d Ana Ruiz laughed off the question. She left.", []string{"\u201cIs it done?\u201d", "Ana Ruiz laughed off the question.", "She left."}},
		{"quote question, pronoun", "\u201cIs it done?\u201d She said nothing more.", []string{"\u201cIs it done?\u201d", "She said nothing more."}},
		{"quote question, an answer", "She asked: \u201cWhy?\u201d Ruiz answered: \u201cBecause.\u201d", []string{"She asked: \u201cWhy?\u201d", "Ruiz answered: \u201cBecause.\u201d"}},
		{"ellipsis in a quotation", "\u201cFrom the new year\u2026 Fees will fall,\u201d Ruiz said. The board agreed.", []string{"\u201cFrom the new year\u2026 Fees will fall,\u201d Ruiz said.", "The board agreed."}},
		{"ellipsis, no quotation", "The fees were cut\u2026 Nobody complained.", []string{"The fees were cut\u2026", "Nobody complained."}},
		{"question, no quote", "Is it done? Ana Ruiz asked herself that.", []string{"Is it done?", "Ana Ruiz asked herself that."}},
		{"decimal", "Growth was 3.4 per cent. That is high.", []string{"Growth was 3.4 per cent.", "That is high."}},
		{"lower", "It costs 5 dollars. or so they say.", []string{"It costs 5 dollars. or so they say."}},
		{"dr", "Dr. Amina Rossi of St. Jude Hospital agreed. The board did not.", []string{"Dr. Amina Rossi of St. Jude Hospital agreed.", "The board did not."}},
		{"plural titles", "Sens. Mara Lind and Tomas Berg wrote to Reps. Ivo Kral and Eva Ruda. Both replied.", []string{"Sens. Mara Lind and Tomas Berg wrote to Reps. Ivo Kral and Eva Ruda.", "Both replied."}},
		{"glued", "The council met on Monday.The vote was close.", []string{"The council met on Monday.", "The vote was close."}},
		{"glued after quote", "\u201cIt is over.\u201dThe mayor left.", []string{"\u201cIt is over.\u201d", "The mayor left."}},
		{"not glued", "She uses Node.js and lives in St.Louis now. Mr.Lee agreed.", []string{"She uses Node.js and lives in St.Louis now.", "Mr.Lee agreed."}},
		// h/split48: sentences run together around a straight quotation
		// mark, after a number or a capitalised abbreviation, or after a
		// question mark; names, addresses and figures stay whole.
		{"glued, mark closes", "Ruiz said the file \"was never opened.\"Now the board wants it.", []string{"Ruiz said the file \"was never opened.\"", "Now the board wants it."}},
		{"glued, mark opens", "The board met on Monday, Ruiz said.\"We are done here,\" she added.", []string{"The board met on Monday, Ruiz said.", "\"We are done here,\" she added."}},
		{"glued, quotation over sentences", "\"We came. We stayed for hours.\"Then the hall closed.", []string{"\"We came.", "We stayed for hours.\"", "Then the hall closed."}},
		{"glued, a mark lost before", "The mayor spoke first.\"The fees will fall,\" Ruiz said.\"Nobody asked why.\"", []string{"The mayor spoke first.", "\"The fees will fall,\" Ruiz said.", "\"Nobody asked why.\""}},
		{"glued, capital word after mark", "Ruiz left at noon.\"I am tired,\" she said.", []string{"Ruiz left at noon.", "\"I am tired,\" she said."}},
		{"glued after a year", "The law passed in 2014.The court upheld it.", []string{"The law passed in 2014.", "The court upheld it."}},
		{"glued after a year, mark", "He said so on March 23.\"It is time,\" he added.", []string{"He said so on March 23.", "\"It is time,\" he added."}},
		{"glued after capitals", "The files went to the FBI.Agents read them.", []string{"The files went to the FBI.", "Agents read them."}},
		{"glued after a hyphenated age", "The man was 17-year-old.He left.", []string{"The man was 17-year-old.", "He left."}},
		{"glued, curly opening mark", "The board met on Monday, Ruiz said.\u201cWe are done,\u201d she added.", []string{"The board met on Monday, Ruiz said.", "\u201cWe are done,\u201d she added."}},
		{"glued question", "Who pays for it?Nobody knows.", []string{"Who pays for it?", "Nobody knows."}},
		{"glued question, mark", "She asked \"who pays for it?\"The board said nothing.", []string{"She asked \"who pays for it?\"", "The board said nothing."}},
		{"glued exclamation", "We won the vote!Now the work starts.", []string{"We won the vote!", "Now the work starts."}},
		{"brand exclamation", "He wrote for Yahoo!News until 2012.", []string{"He wrote for Yahoo!News until 2012."}},
		{"glued initials stay", "Troops of the U.S.Army and staff of J.P.Morgan met at 3.5 p.m. on No.1 Main Street.", []string{"Troops of the U.S.Army and staff of J.P.Morgan met at 3.5 p.m. on No.1 Main Street."}},
		{"glued, initials then mark", "He works for the U.S.\"But not for long,\" he said.", []string{"He works for the U.S.", "\"But not for long,\" he said."}},
		{"glued, title then mark", "She phoned Mr.\"Lund\" at home.", []string{"She phoned Mr.\"Lund\" at home."}},
		{"addresses stay", "Write to ana.Ruiz@mail.example or visit news.Example.com for more. See also www.Example.org.", []string{"Write to ana.Ruiz@mail.example or visit news.Example.com for more.", "See also www.Example.org."}},
		{"address query stays", "Open page.php?Id=4 to vote.", []string{"Open page.php?Id=4 to vote."}},
		{"ellipsis glued stays", "The fees were cut\u2026Nobody complained.", []string{"The fees were cut\u2026Nobody complained."}},
		{"decimal and domain", "Growth was 3.5 per cent, Yahoo.com said.", []string{"Growth was 3.5 per cent, Yahoo.com said."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := a.Analyze(Input{Paragraphs: []string{tc.text}})
			var got []string
			for _, s := range an.Sentences {
				got = append(got, s.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	a := newTestAnalyzer(t)
	an := a.Analyze(Input{Paragraphs: []string{"The so-called U.S. deal’s terms don’t add up: 1,200 troops."}})
	var surf []string
	for _, tk := range an.Sentences[0].Tokens {
		surf = append(surf, tk.Surface)
	}
	want := []string{"The", "so-called", "U.S.", "deal", "’s", "terms", "don’t", "add", "up", ":", "1,200", "troops", "."}
	if len(surf) != len(want) {
		t.Fatalf("tokens %q, want %q", surf, want)
	}
	for i := range want {
		if surf[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, surf[i], want[i])
		}
	}
	tk := an.Sentences[0].Tokens
	if tk[0].Norm != "the" || !tk[0].Stop {
		t.Errorf("The: norm %q stop %v", tk[0].Norm, tk[0].Stop)
	}
	if tk[11].Stem != "troop" {
		t.Errorf("stem of troops = %q", tk[11].Stem)
	}
	if tk[6].Norm != "don't" {
		t.Errorf("norm of don’t = %q", tk[6].Norm)
	}
	p := "The so-called U.S. deal’s terms don’t add up: 1,200 troops."
	for _, x := range tk {
		if p[x.Start:x.End] != x.Surface {
			t.Errorf("offsets of %q point at %q", x.Surface, p[x.Start:x.End])
		}
	}
}

// TestColonBeforeCapital: a colon glued between a word and a capital
// ("Verdict:Mayor Ruiz", a subheading run into its sentence) ends the
// word, so the name after it stands alone; times and verses keep theirs.
func TestColonBeforeCapital(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Verdict:Mayor Ana Ruiz left at 10:30.", []string{"Verdict", ":", "Mayor", "Ana", "Ruiz", "left", "at", "10:30", "."}},
		{"MORE:Tomas Brennick spoke.", []string{"MORE", ":", "Tomas", "Brennick", "spoke", "."}},
		{"Psalm 23:4 was read at re:invent.", []string{"Psalm", "23:4", "was", "read", "at", "re:invent", "."}},
	} {
		an := a.Analyze(Input{Paragraphs: []string{c.text}})
		var surf []string
		for _, tk := range an.Sentences[0].Tokens {
			surf = append(surf, tk.Surface)
		}
		if !slices.Equal(surf, c.want) {
			t.Errorf("%q: tokens %q, want %q", c.text, surf, c.want)
		}
	}
	an := a.Analyze(Input{Paragraphs: []string{"Verdict:Mayor Ana Ruiz said the port would reopen."}})
	for _, e := range an.Entities {
		if strings.Contains(e.Name, ":") {
			t.Errorf("entity %q holds the colon", e.Name)
		}
	}
}
