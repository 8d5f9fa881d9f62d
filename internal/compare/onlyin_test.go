package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestOnlyInNotTheLede: the lede of a long article (its first three
// body sentences) tells the happening every report tells in its own
// words, so what it holds is possibly elsewhere, never claimed; the same
// sentence later in the article is claimed.
func TestOnlyInNotTheLede(t *testing.T) {
	other := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Travellers spent the afternoon stranded at the terminal. The port authority said talks would resume next week."
	filler := "Passengers were left waiting on the quays for hours. Some drivers turned back towards the mainland. " +
		"The crews listed their demands in a letter. Talks were due to resume. The harbour stayed quiet at night. " +
		"Cafes on the quay closed early. Buses ran a longer route around the bay. "
	detail := "Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest. "
	for _, c := range []struct {
		name, body string
		claimed    bool
	}{
		{"in the lede", "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " + detail + filler, false},
		{"after the lede", "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler + detail, true},
	} {
		r := run(t, mkArticles(c.body, other))
		found := false
		for _, f := range r.Facts {
			if f.Coverage == CoverageOne && strings.Contains(f.Sentences[0].Text, "Ines Varga") {
				found = true
				if f.OnlyIn() != c.claimed {
					t.Errorf("%s: claimed %v, want %v", c.name, f.OnlyIn(), c.claimed)
				}
			}
		}
		if !found {
			t.Errorf("%s: no fact of Ines Varga", c.name)
		}
	}
}

// TestOnlyInNeedsSomethingOfItsOwn: a fact of one article is claimed as
// only in it when it quotes a named speaker or holds two names or
// figures no other article has, or one that is a sum or a percentage; a sentence of common words that another
// article may tell in other words, one with a single detail of its own,
// and a lead-in to a list, are not.
func TestOnlyInNeedsSomethingOfItsOwn(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"The walkout began at dawn on the main quay. "+
			"Crews gathered outside the harbour office. "+
			"Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest. "+
			"The stoppage idled 37 vessels and 400 lorries in the outer basin. "+
			"Deckhand Ivo Berg slept in the cabin of his ferry. "+
			"The walkout cost the ferry line 3 million euros in lost fares. "+
			"Passengers were left waiting on the quays for hours. "+
			"\u201cWe will not sail tired crews into a winter storm,\u201d union leader Tomas Brennick said. "+
			"Ferry chief Lars Odegaard praised the harbour pilots for their calm during the evening crossing. "+
			"The crews listed their demands in a letter to Mayor Ana Ruiz:",
		"Ostra ferries halted as Lars Odegaard stays silent\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Travellers spent the afternoon stranded at the terminal. "+
			"The port authority said talks would resume next week. "+
			"Some drivers turned back towards the mainland.",
	))
	only := map[string]bool{}
	maybe := map[string]bool{}
	for _, f := range r.Facts {
		if f.Coverage != CoverageOne {
			continue
		}
		s := f.Sentences[0].Text
		if f.OnlyIn() {
			only[s] = true
		}
		if f.MaybeElsewhere {
			maybe[s] = true
		}
	}
	has := func(m map[string]bool, w string) bool {
		for s := range m {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"Ines Varga", "37 vessels", "tired crews", "3 million euros"} {
		if !has(only, w) {
			t.Errorf("%q: not only in its article; only-in facts %v", w, only)
		}
	}
	// A name the other article writes (here in its headline) is not the
	// sentence's own.
	for _, w := range []string{"waiting on the quays", "their demands", "praised the harbour pilots", "Ivo Berg"} {
		if has(only, w) {
			t.Errorf("%q: claimed only in its article", w)
		}
	}
	if !has(maybe, "their demands") {
		t.Errorf("a lead-in naming someone of its own is not marked maybe elsewhere: %v", maybe)
	}
	if !has(maybe, "waiting on the quays") {
		t.Errorf("the waiting passengers (told by the other as stranded travellers) are not marked maybe elsewhere: %v", maybe)
	}
}

// TestWrittenElsewhere: a name counts as written by the other articles
// in any case, as whole words only.
func TestWrittenElsewhere(t *testing.T) {
	seen := thingsSeen{all: &allSeen{lower: []string{"own text: ost, wanzhou meng", "the nazi party eagle\nships of the ostra line", "meng wanzhou"}}, self: 0}
	for _, c := range []struct {
		name string
		want bool
	}{{"Nazi Party", true}, {"Meng", true}, {"Ostra", true}, {"Nazi", true}, {"Ost", false}, {"Party Eagle", true}, {"Wanzhou Meng", false}, {"Line X", false}} {
		if got := seen.written(c.name); got != c.want {
			t.Errorf("written(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCreditLineAndHeadlineNotOnlyIn: an agency's credit line and a
// headline set in the body name people and places no other article
// names, yet neither is a fact only one article has.
func TestCreditLineAndHeadlineNotOnlyIn(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest.\n"+
			"Two Deckhands Killed, Captain Hurt In Collision Near Varnholm Lighthouse\n"+
			"Coastal News writers Pavel Marek in Trondheim and Lena Voss in Kiel contributed.",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Travellers spent the afternoon stranded at the terminal.",
	))
	for _, f := range r.Facts {
		if f.Coverage != CoverageOne || !f.OnlyIn() {
			continue
		}
		s := f.Sentences[0].Text
		if strings.Contains(s, "contributed") || strings.Contains(s, "Deckhands Killed") {
			t.Errorf("%q claimed only in its article", s)
		}
	}
	var varga bool
	for _, f := range r.Facts {
		varga = varga || f.OnlyIn() && strings.Contains(f.Sentences[0].Text, "Ines Varga")
	}
	if !varga {
		t.Errorf("the pilot's words are no longer only in their article")
	}
}

// TestPromoLine: a line in which the outlet asks its reader to
// subscribe, click, tune in or watch its other offers is furniture;
// facts about sign-ups, videos or subscriptions and someone's quoted
// words are not.
func TestPromoLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Subscribe on your phone's calendar.", true},
		{"Sign up for the Harbour Briefing newsletter.", true},
		{"Read more Ostra The ferry strike ends after a week of talks.", true},
		{"For more on the strike, listen to our reporter's piece on today's morning show.", true},
		{"For more harbour coverage, tune in to \"Coast Tonight\" at 7 weeknights.", true},
		{"To send the newsroom a tip, email tips@example.org or call the desk.", true},
		{"From 2019, here's a Coastal News video in which three pilots discuss the rota.", true},
		{"• Click here for the full list of sailings.", true},
		{"For more than 20 years, Varga has piloted ferries into Ostra.", false},
		{"To date, watch parties for the final have drawn thousands.", false},
		{"Crews have until May 1 to sign up for the new rota.", false},
		{"\u201cI subscribe to the union's view,\u201d Varga said.", false},
		{"Union leaders said a video showed the captain leaving the bridge.", false},
		{"Here's what the pilots want: more rest and a new rota.", false},
		{"The guild posted a video of the walkout on its website.", false},
	} {
		if got := promoLine(c.text); got != c.want {
			t.Errorf("promoLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCreditLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Coastal News writer Pavel Marek contributed from Trondheim.", true},
		{"• Coastal News writers Pavel Marek in Trondheim and Lena Voss in Kiel contributed.", true},
		{"Lena Voss contributed to this report.", true},
		{"• Lena Voss and Ivo Kral contributed to this article, which is based in part on wire service reports.", true},
		{"Additional reporting by Pavel Marek; editing by Lena Voss", true},
		{"— With assistance by Pavel Marek and Lena Voss", true},
		{"The harbour fund contributed 3 million euros to the new quay.", false},
		{"Ines Varga, a writer who lives in Ostra, said the strike contributed to the delays.", false},
		{"Writers at the paper said the union contributed.", false},
	} {
		if got := creditLine(c.text); got != c.want {
			t.Errorf("creditLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDurationOneScale: a duration is one value in any unit of its
// scale, so "14 days" told as "two weeks" is no figure of its own.
func TestDurationOneScale(t *testing.T) {
	d := func(v float64, unit string) nlp.Number {
		return nlp.Number{Kind: nlp.NumDuration, Value: v, Unit: unit}
	}
	for _, c := range []struct {
		a, b nlp.Number
		same bool
	}{
		{d(14, "day"), d(2, "week"), true},
		{d(18, "month"), d(1.5, "year"), true},
		{d(2, "hour"), d(120, "minute"), true},
		{d(14, "day"), d(14, "month"), false},
		{d(6, "month"), d(6, "year"), false},
		{d(2, "week"), nlp.Number{Kind: nlp.NumCount, Value: 2}, false},
	} {
		if got := numberFeature(c.a) == numberFeature(c.b); got != c.same {
			t.Errorf("%v %s and %v %s: same %v, want %v", c.a.Value, c.a.Unit, c.b.Value, c.b.Unit, got, c.same)
		}
	}
	r := run(t, mkArticles(
		"Clerk suspended\nThe ministry suspended clerk Ines Varga in January for 14 days without pay over the filing rules.",
		"Clerk punished\nVarga was suspended for two weeks without pay late in January, a penalty she says followed her complaints.",
	))
	for _, f := range r.Facts {
		if f.OnlyIn() && strings.Contains(f.Sentences[0].Text, "14 days") {
			t.Errorf("%q claimed only in its article", f.Sentences[0].Text)
		}
	}
}

// TestVideoCaptionNotOnlyIn: the caption of an embedded video ("Play
// Video 0:43 … – video") names people and places of its own, yet it is
// page furniture, not a fact only one article has.
func TestVideoCaptionNotOnlyIn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Play Video 0:43 Harbour pilots of the Marsk guild block the Varnholm quay – video", true},
		{"Play Video 12:05 Ines Varga on the Ostra ferry strike", true},
		{"Play video 1:20 Crews leave the Ostra terminal", true},
		{"Play Video", false},
		{"Play Video games kept the stranded travellers busy at Ostra for 3 hours.", false},
		{"The video shows Ines Varga at the Varnholm quay at 0:43 in the morning.", false},
	} {
		if got := videoCaption(c.text); got != c.want {
			t.Errorf("videoCaption(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	r := run(t, mkArticles(
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota.\n"+
			"Play Video 0:43 Harbour pilots of the Marsk guild block the Varnholm quay – video\n"+
			"Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest.",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Travellers spent the afternoon stranded at the terminal.",
	))
	for _, f := range r.Facts {
		if f.OnlyIn() && strings.Contains(f.Sentences[0].Text, "Play Video") {
			t.Errorf("%q claimed only in its article", f.Sentences[0].Text)
		}
	}
}

// TestSectionLabelAndHandOffNotOnlyIn: a section heading set in the
// body ("Harbour: The pilots win their rota"), a link to a radio piece
// and a transcript host's hand-off to a correspondent name people and
// places no other article names, yet none is a fact only one article
// has; a sentence that starts with a place and a colon, a heading with
// no label and a transcript speaker's own words are checked as any
// sentence.
func TestSectionLabelAndHandOffNotOnlyIn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harbour: The pilots win their rota", true},
		{"From 'Evening Tide': Ines Varga reports on the Ostra strike Listen", true},
		{"Varnholm Lighthouse Keepers: Close the Quay to the Marsk Guild, not the Ferries", true},
		{"Harbour: the pilots won their rota on Tuesday.", false},
		{"Ostra: “We will not sail,” said Ines Varga", false},
		{"Harbour pilots win their rota after Ostra strike", false},
		{"The guild gave its reasons: rest, pay and the new quay", false},
		{"Ines Varga, harbour pilot of the Marsk Pilots Guild at the Varnholm quay since 2009, on the strike: No rest", false},
	} {
		if got := sectionLabel(c.text); got != c.want {
			t.Errorf("sectionLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"MAREK: In a moment, we'll talk with the harbour master, but first Coastal Radio's Lena Voss, who covers the ferries.", true},
		{"PAVEL MAREK, HOST: Lena Voss joins us from Ostra.", true},
		{"MAREK: We turn to the Varnholm quay.", true},
		{"VOSS: The crews walked out at dawn and the pilots joined them by noon.", false},
		{"Marek: In a moment, we'll talk with the harbour master.", false},
		{"In a moment, we'll talk with the harbour master, Pavel Marek said.", false},
	} {
		if got := hostHandOff(c.text); got != c.want {
			t.Errorf("hostHandOff(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	r := run(t, mkArticles(
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota.\n"+
			"Harbour: The Marsk Pilots Guild wins its Varnholm rota\n"+
			"MAREK: In a moment, we'll talk with the harbour master, but first Coastal Radio's Lena Voss, who covers the ferries.\n"+
			"Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest.",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. "+
			"Travellers spent the afternoon stranded at the terminal.",
	))
	var varga bool
	for _, f := range r.Facts {
		s := f.Sentences[0].Text
		if f.OnlyIn() && (strings.Contains(s, "Harbour:") || strings.Contains(s, "MAREK:")) {
			t.Errorf("%q claimed only in its article", s)
		}
		varga = varga || f.OnlyIn() && strings.Contains(s, "Ines Varga")
	}
	if !varga {
		t.Errorf("the pilot's words are no longer only in their article")
	}
}

// TestSpeakerNamedByOffice: another article that names the quoted
// speaker only by the office her own article also calls her by ("the
// mayor told reporters …", with no name its linking could tie to her)
// tells what she said as much as one that names her; an article that
// has another office holder say it, or the mayor say something else,
// does not.
func TestSpeakerNamedByOffice(t *testing.T) {
	filler := "Travellers spent the afternoon stranded at the terminal. Some drivers turned back towards the mainland. " +
		"Cafes on the quay closed early. "
	quoting := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
		"Mayor Ida Brennick met the port authority on Monday evening. The mayor backed the crews. " +
		"\u201cWe will not sail in a winter gale,\u201d Brennick said."
	for _, c := range []struct {
		name, said string
		claimed    bool
	}{
		{"the office, same matter", "The mayor told reporters no ferry would leave port this winter.", false},
		{"another office, same matter", "The harbour master told reporters no ferry would leave port this winter.", true},
		{"the office, another matter", "The mayor told reporters the talks with the port authority had been friendly.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			other := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
				"The port authority met on Monday evening. " + c.said
			checkGaleClaim(t, run(t, mkArticles(quoting, other)), c.claimed)
		})
	}
}

// TestSpeakerSaysElsewhere: a named speaker's words are not claimed as
// only in their article when another article tells what the same
// speaker said on the same matter, in other words; they still are when
// the other article has the speaker say something else, or has someone
// else say it.
func TestSpeakerSaysElsewhere(t *testing.T) {
	filler := "Travellers spent the afternoon stranded at the terminal. Some drivers turned back towards the mainland. " +
		"Cafes on the quay closed early. Brennick met the port authority on Monday evening. " +
		"Brennick, who has led the union for six years, called the strike. "
	quoting := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
		"\u201cWe will not sail in a winter gale,\u201d Brennick said."
	for _, c := range []struct {
		name, other string
		claimed     bool
	}{
		{"same speaker, same matter", "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
			"Brennick told reporters no ferry would leave port this winter.", false},
		{"same speaker, another matter", "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
			"Brennick told reporters the talks with the port authority had been friendly.", true},
		{"another speaker, same matter", "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " + filler +
			"Port director Hanna Lidell said the forecast gale would keep every ferry in port.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkGaleClaim(t, run(t, mkArticles(quoting, c.other)), c.claimed)
		})
	}
}

// checkGaleClaim checks that the fact of one article holding Brennick's
// "winter gale" quote is claimed as only in its article when claimed.
func checkGaleClaim(t *testing.T, r *Report, claimed bool) {
	t.Helper()
	found := false
	for _, f := range r.Facts {
		if f.Coverage != CoverageOne || !strings.Contains(f.Sentences[0].Text, "winter gale") {
			continue
		}
		found = true
		if f.OnlyIn() != claimed {
			t.Errorf("claimed %v, want %v (stated by %v, maybe elsewhere %v)", f.OnlyIn(), claimed, f.StatedBy, f.MaybeElsewhere)
		}
	}
	if !found {
		t.Error("no fact of one article holds Brennick's quote")
	}
}

// TestOnlyInPartlyToldElsewhere: a sentence in the writer's own words,
// claimed for the names, sum and date of its own, is not claimed when a
// sentence of another article holds most of the weight of its other
// words (who gave is elsewhere, that a relief fund for the lorry drivers
// was filled is not); it is when the other article shares two of them
// or tells something else.
func TestOnlyInPartlyToldElsewhere(t *testing.T) {
	fund := "Kessel Bank, the Marsk Traders Guild and Mayor Ana Ruiz paid $48,250 into the relief fund for lorry drivers on 14 March. "
	body := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Passengers were left waiting on the quays for hours. Some cars turned back towards the mainland. " +
		"The crews listed their demands in a letter. Talks were due to resume. The harbour stayed quiet at night. " +
		"Cafes on the quay closed early. " + fund + "Buses ran a longer route around the bay."
	lead := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Travellers spent the afternoon at the terminal. The port authority said talks would resume next week. "
	for _, c := range []struct {
		name, other string
		claimed     bool
	}{
		{"told without the details", lead + "Shops on the quay collected coins for the relief of stranded lorry drivers.", false},
		{"two words shared", lead + "Shops on the quay collected coins for a relief fund.", true},
		{"not told", lead + "Fishing boats stayed out of the harbour to leave room for the idle ferries.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, f := range run(t, mkArticles(body, c.other)).Facts {
				if !strings.Contains(f.Sentences[0].Text, "48,250") {
					continue
				}
				found = true
				if f.Coverage != CoverageOne || f.OnlyIn() != c.claimed {
					t.Errorf("coverage %s, claimed %v, want one article, claimed %v (stated by %v)", f.Coverage, f.OnlyIn(), c.claimed, f.StatedBy)
				}
			}
			if !found {
				t.Error("no fact holds the relief fund")
			}
		})
	}
}
