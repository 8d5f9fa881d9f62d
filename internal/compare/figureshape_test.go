package compare

import "testing"

func TestRangeEnd(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"Officials said between 40 and 50 boats sank in the harbour.", "40", true},
		{"Officials said between 40 and 50 boats sank in the harbour.", "50", true},
		{"Turnout was estimated at between 20 percent and 30 percent of voters.", "20 percent", true},
		{"The fleet grew from 12 to 19 ferries last year.", "12", true},
		{"The fleet grew from 12 to 19 ferries last year.", "19", true},
		{"Some 300-400 volunteers joined the cleanup.", "300", true},
		{"Some 300-400 volunteers joined the cleanup.", "400", true},
		{"The council voted 7 to 2 to approve the plan.", "7", true},
		{"About 40 boats sank and 50 sailors were rescued.", "40", false},
		{"The town sent 40 boats to the harbour.", "40", false},
		{"The ferry carried 140 passengers.", "40", false},
		{"A 36-year-old captain steered 12 boats.", "12", false},
		{"The mayor gave $5 million to the fund.", "$5 million", false},
		{"\"Most of the town -- 90, 95% of it -- backs the port,\" she said.", "90", true},
		{"She put the backing at 90 or 95 percent of the town.", "90", true},
		{"She put the backing at 95% of the town.", "95%", false},
		{"The ferry carried 90, and 40% of them were children.", "90", false},
	}
	for _, tt := range tests {
		if got := rangeEnd(tt.sentence, tt.text); got != tt.want {
			t.Errorf("rangeEnd(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}

func TestAgeFigure(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"Applicants must be under the age of 27 to join the guild.", "27", true},
		{"Members who arrived before turning 14 may stay.", "14", true},
		{"The plan raises the pension age for clerks, to 70 from 68.", "68", true},
		{"Pilots aged 60 or older must retire.", "60", true},
		{"Drivers 75 years old must renew their licence.", "75", true},
		{"Mayor Quill, 81, stepped down on Friday.", "81", true},
		{"The guild admitted 27 new members this year.", "27", false},
		{"In the harbour, 40 boats sank.", "40", false},
	}
	for _, tt := range tests {
		if got := ageFigure(tt.sentence, tt.text); got != tt.want {
			t.Errorf("ageFigure(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}

func TestSpelledPart(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"Two hundred and sixty-one bakers signed the letter.", "sixty-one", true},
		{"Two hundred and sixty-one bakers signed the letter.", "Two hundred", true},
		{"Three thousand lanterns lit the square.", "Three thousand", false},
		{"Sixty-one bakers signed the letter.", "Sixty-one", false},
		{"Two hundred and 61 bakers signed the letter.", "61", false},
	}
	for _, tt := range tests {
		if got := spelledPart(tt.sentence, tt.text); got != tt.want {
			t.Errorf("spelledPart(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}

func TestQuotedQuantity(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"several thousand", true},
		{"dozens", true},
		{"12,000", true},
		{"forty-two", true},
		{"one nation", false},
		{"charm offensive", false},
		{"some people", false},
	}
	for _, tt := range tests {
		if got := quotedQuantity(tt.text); got != tt.want {
			t.Errorf("quotedQuantity(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestClaimNoun(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"The guild claimed responsibility for the blockade.", "claimed", true},
		{"The rebels were quick to claim credit for the truce.", "claim", true},
		{"The minister compared them to the claims that the dam had cracked.", "claims", true},
		{"Inspectors checked his claims against the ledger.", "claims", true},
		{"The mayor claimed the ferry was safe.", "claimed", false},
		{"The mayor claims the ferry was safe.", "claims", false},
		{"Aides knew the explosive claims in the ledger were unverified.", "claims", true},
		{"Courts will not adjudicate claims for lost wages.", "claims", true},
		{"Varn resigned amid claims that he lost the ledger.", "claims", true},
		{"Varn claims in his memoir that the ferry was safe.", "claims", false},
		{"The clerk, who claims of the ledger that it is lost, resigned.", "claims", false},
		{"Thousands wait in Sorn while their asylum claims are heard.", "claims", true},
		{"Varn claims 43% of the harbour vote in the latest poll.", "claims", true},
		{"Varn claims the poll is wrong.", "claims", false},
		// A possessive or an adjective before it makes it the noun; a
		// name, a pronoun or an adverb before it, the verb.
		{"The ruling gave new life to the dockers' claims the port was sold cheaply.", "claims", true},
		{"The mayor’s claims the ferry was safe were heard again.", "claims", true},
		{"These strong claims—a sold port!", "claims", true},
		{"He repeated unfounded claims that the ferry sank twice.", "claims", true},
		{"Varn indeed claims the ferry sank twice.", "claims", false},
		{"Varn, who was fired, claims the ferry sank twice.", "claims", false},
		{"Few pilots have due process claims against the port.", "claims", true},
		// A filing states its party's ground.
		{"The lawsuit claims the port board broke its charter.", "claims", true},
		{"The complaint claimed that the ferry was unsafe.", "claimed", true},
		// Owning an act in another form; a denial stays a claim.
		{"A rebel band claimed it was partly responsible for the blockade of the pass.", "claimed", true},
		{"The guild claimed it was not responsible for the blockade.", "claimed", false},
		{"Varn claimed the guild was responsible.", "claimed", false},
		// A graded adjective, a particle, "own" before it: the noun.
		{"Among the pilot's most striking claims: a second ferry.", "claims", true},
		{"He tweeted again, backing up claims he had made about the ferry.", "claims", true},
		{"The pilots pointed to their own claims to seniority.", "claims", true},
		{"The more he claims the ferry was safe, the less they believe.", "claims", false},
		// A claim the sentence vouches for after it casts no doubt.
		{"Varn claimed \u2014 and the clerk later confirmed \u2014 that the ferry was late.", "claimed", true},
		{"Varn claimed he never said it, and we agree that the clerk misread him.", "claimed", true},
		{"Varn confirmed the meeting but claimed the ferry was safe.", "claimed", false},
		// The object of a verb.
		{"The sale sparked claims the mayor was paid off.", "claims", true},
		{"Varn directly refuted claims he sold the ferry.", "claims", true},
		{"The letter contradicts claims Varn would stay on the board.", "claims", true},
		{"The clerk quit, given claims he was paid off.", "claims", true},
		{"The port board investigates the bias claims.", "claims", true},
		{"Varn refuted it, and Osk claims he sold the ferry.", "claims", false},
		// Before a preposition only a noun takes, or before its own verb.
		{"Pilots may bring Harbour Act claims of unfair dismissal.", "claims", true},
		{"An official said the Estrian claims were false.", "claims", true},
		{"They said harbour-wide claims can be heard in May.", "claims", true},
		{"It is a levy which she claims would raise a million.", "claims", false},
		{"It fixed problems the board claims have since gone.", "claims", false},
		// At the end of its clause: the noun, unless a subject stands before it.
		{"It would be hard to check all of these individual claims.", "claims", true},
		{"Pilots spar over the levy claims \u2013 and wait.", "claims", true},
		{"Five reasons why Varn\u2019s levy claims aren\u2019t wrong", "claims", true},
		{"The ferry was late, as he claims.", "claims", false},
		{"The ferry was late, Varn claims.", "claims", false},
		{"\u201cThe ferry was late,\u201d she claims.", "claims", false},
	}
	for _, tt := range tests {
		if got := claimNoun(tt.sentence, tt.text); got != tt.want {
			t.Errorf("claimNoun(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}
