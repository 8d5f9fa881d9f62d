package nlp

import "testing"

// TestCountedPhraseIsNoVerb: what a figure counts is a noun phrase, so a
// verb right after the figure ("hundreds marched", "the two talked") leaves
// it with no counted phrase, and a verb, a preposition, a pronoun or a
// weekday ends the phrase (h/numbers48, issue 15). The sentences are our
// own.
func TestCountedPhraseIsNoVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []countCase{
		// A verb after the figure: nothing is named.
		{"Hundreds marched quietly past the dock.", "Hundreds", ""},
		{"Dozens gathered on Sunday at the pier.", "Dozens", ""},
		{"Later the two talked about the ferry.", "two", ""},
		{"Over $40 million moved through shell firms.", "$40 million", ""},
		{"Thousands turning out to cheer her were turned away.", "Thousands", ""},
		{"She spent six days checking Ruiz's claims.", "six days", ""},
		{"He spent two weeks holed up with aides.", "two weeks", ""},
		{"Millions sold into debt never recover.", "Millions", ""},
		// Kept: a participle before its noun, a plural noun in -ed words'
		// place, a noun in -ing.
		{"Police met 12 armed men at the pier.", "12", "armed men"},
		{"The fire left 30 injured and two dead.", "30", "injured"},
		{"The town has three buildings left.", "three", "buildings"},
		{"They held two hearings in May.", "two", "hearings"},
		{"Five missing sailors were found.", "Five", "missing sailors"},
		{"The other two missing are brothers.", "two", "missing"},
		// A verb, a preposition, a pronoun or a weekday after the noun
		// ends the phrase.
		{"A 20-year-old man marching in the town was hurt.", "20-year-old", "man"},
		{"It is the first storm we've seen of this kind.", "first", "storm"},
		{"It is the 3 show among older viewers.", "3", "show"},
		{"The ferry docked for the first time Monday night.", "first", "time"},
		{"He joined before the first Super Tuesday vote.", "first", "Super Tuesday vote"},
		{"The sixth juror wasn't sure.", "sixth", "juror"},
		// A possessive leads to the noun counted; nouns joined by "and"
		// or "or" are counted together, a verb after "and" is not.
		{"Two of Velt's three lawyers quit.", "Two", "Velt's"},
		{"Two of the city's top officials quit.", "Two", "city's top officials"},
		{"Some 40% of Ohio's ferry riders paid.", "40%", "Ohio's ferry riders"},
		{"Five black and Latino men were charged.", "Five", "black and Latino men"},
		{"The blast killed 30 men, women, and children.", "30", "men, women, and children"},
		{"It sent 12 drones or missiles.", "12", "drones or missiles"},
		{"The poll asked 900 voters and carries a margin of error.", "900", "voters"},
		{"Two rights groups sued.", "Two", "rights groups"},
		{"About 6% of men ages 30 to 39 voted.", "6%", "men"},
		{"The man who shot 12 people comes from Ohio.", "12", "people"},
		{"It covers firms of 500 employees, and allows smaller firms out.", "500", "employees"},
		{"The board ended a 63-day hearing.", "63-day", "hearing"},
		{"Lund takes 23 percent of the vote and walks off with the seat.", "23 percent", "vote"},
		{"The 19th century took its toll.", "19th", "century"},
	}
	checkCounts(t, a, tests)
}

// TestOrdinalAdverbsAndIdioms: "first" as an adverb, an ordinal before a
// figure of its own, and idioms are no figures (h/numbers48, issue 15).
// The sentences are our own.
func TestOrdinalAdverbsAndIdioms(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	tests := []numCase{
		{"The mayor first wrote to the board in May.", nil},
		{"Mara Velt first became known as a singer.", nil},
		{"She asked first for a review of the ferry.", nil},
		{"They want the captain to speak first, then the crew.", nil},
		{"That takes admitting it first.", nil},
		{"The fund raised money in its first 48 hours.", []want{{"48 hours", NumDuration, 48, 0, "hour", ""}}},
		{"He spoke during the first three days of the trial.", []want{{"three days", NumDuration, 3, 0, "day", "trial"}}},
		{"She led for the first couple of weeks.", nil},
		{"The mayor had second thoughts.", nil},
		{"He rents out a second home.", nil},
		{"The colonel was second in command.", nil},
		{"Her brother may be the first one to leave.", []want{{"first", NumOrdinal, 1, 0, "", "one"}}},
		{"That was my first thought on it.", []want{{"first", NumOrdinal, 1, 0, "", ""}}},
		{"First things first: the ferry.", nil},
		{"He was not 100 percent certain of it.", nil},
		{"He was not \"100 percent\" sure.", nil},
		// Kept: ranks.
		{"Velt finished first in the race.", []want{{"first", NumOrdinal, 1, 0, "", ""}}},
		{"She came in first, ahead of Ruiz.", []want{{"first", NumOrdinal, 1, 0, "", ""}}},
		{"It was the first time the ferry sank.", []want{{"first", NumOrdinal, 1, 0, "", "time"}}},
		{"The second ferry sank.", []want{{"second", NumOrdinal, 2, 0, "", "ferry"}}},
		{"Shares fell after the second 747 Jumbo crash.", []want{{"second", NumOrdinal, 2, 0, "", ""}, {"747", NumCount, 747, 0, "", "Jumbo crash"}}},
		{"The first 2020 debate was in Ohio.", []want{{"first", NumOrdinal, 1, 0, "", ""}, {"2020", NumDate, 2020, 0, "year", ""}}},
		{"Turnout was 100 percent in the town.", []want{{"100 percent", NumPercent, 1, 0, "", ""}}},
	}
	checkNumbers(t, a, tests)
}

// TestCountedPhraseKeepsNounsInIng: a noun in -ing after an adjective
// stays in the counted phrase (h/numbers48).
func TestCountedPhraseKeepsNounsInIng(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	checkNumbers(t, a, []numCase{
		{"The panel holds its first open hearing on Monday.", []want{{"first", NumOrdinal, 1, 0, "", "open hearing"}}},
		{"They held a 40-minute private meeting on Friday.", []want{{"40-minute", NumDuration, 40, 0, "minute", "private meeting"}}},
	})
}
