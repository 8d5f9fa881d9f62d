package story

import (
	"testing"
	"unicode"
)

// gatedPatterns are the patterns classifyHeadline runs only behind their
// literals.
var gatedPatterns = map[string]gated{"explainerWords": explainerWords, "falseClaims": falseClaims,
	"roundUp": roundUp, "explainedForm": explainedForm, "anticipation": anticipationGate, "prediction": predictionGate,
	"future": futureGate, "intention": intentionGate, "speculation": speculationGate, "judgment": judgmentGate,
	"verdictLabel": verdictLabelGate, "prescription": prescriptionGate}

// TestGatedLiterals: every literal of a gated pattern is lower-case ASCII
// whose letters (?i) matches only in ASCII, so that the ASCII lower case
// of a text holds it wherever the pattern can match; and on invented
// headlines, matches and not, in any case, the gated match is the
// pattern's own.
func TestGatedLiterals(t *testing.T) {
	for name, g := range gatedPatterns {
		for _, n := range g.needs {
			for _, r := range n {
				if r > unicode.MaxASCII || unicode.IsUpper(r) {
					t.Errorf("%s: literal %q: %q is not lower-case ASCII", name, n, r)
				}
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					if f > unicode.MaxASCII {
						t.Errorf("%s: literal %q: (?i) matches %q as %q", name, n, f, r)
					}
				}
			}
		}
	}
	titles := []string{
		"Harbour council approves the ferry budget, 7-2",
		"Five takeaways from the harbour debate", "FIVE TAKEAWAYS FROM THE HARBOUR DEBATE",
		"What to watch in tonight's ferry vote", "The ferry levy: a cheat sheet", "Ferry levy preview",
		"Fact check: the mayor's ferry figures", "The harbour budget by the numbers",
		"Report offers insight into the ferry delays", "Audit sheds new light on harbour spending",
		"An exclusive look inside the new ferry terminal", "A LOOK AT the dockside plans",
		"Mayor makes 6 false claims in harbour speech", "Councillor repeats three misleading statements",
		"Dozens of dubious assertions in the ferry report", "TEN BOGUS CLAIMS about the levy",
		"Columnists of both camps React to the harbour levy", "Pundits weigh in on the ferry vote",
		"Reactions to the ferry vote", "Harbour week round-up", "Ferry ROUNDUP", "What the papers say about the harbour deal",
		"Twitter sounds off on the new levy", "Social media reacted to the strike",
		"The ferry levy, explained", "Ferry levy — explained", "The levy explained in 500 words", "Harbour strike explained.",
		"Mayor explained how the levy works", "Ferry levy, EXPLAINED",
		"Ferry round trip fares rise", "Council reacts quickly to dock fire", "What happened at the docks",
		"The Kelvin-rated boilers", "Claims court hears the ferry case", "Statement by the harbour board",
		"Ἁρβουρ council meets", "Ferry ſtatements and claimſ", "",
		// headlineRank's patterns (titlegates.go), matches and not.
		"Council poised to approve ferry levy", "Ferry vote EXPECTED TO pass", "Harbour ruling on the levy expected",
		"Brennholm gears up for the regatta", "Docks brace for the storm", "Mayor Prepares To Name Harbour Master",
		"Council is preparing to vote", "Ferry fares set to rise", "Moment of truth for the levy", "What to expect at the docks",
		"Insiders: Lind will win the harbour seat", "EXPERTS: ferry levy on track to pass", "Lind will face Solvik tonight",
		"Mayor looks to stall the inquiry", "Council eyeing a new pier", "Solvik goes for a clean sweep", "Lind guns for the seat",
		"Solvik could face inquiry", "Levy WOULD cost more", "Dredging might wait", "Harbour bill would fund a ferry",
		"A terrible week for the ferry", "The levy is devastating for Brennholm", "Disastrous harbour vote",
		"A disgraceful day", "Shameful silence at the docks", "PATHETIC: council delays again", "Absurd ferry rules",
		"Outrageous levy", "Ridiculous fares", "Awful weather", "Horrible delays", "Despicable smears against Lind",
		"Hypocrites on the council", "Levy nonsense", "Harbour madness", "Ferry fiasco", "Dredging debacle", "Pier farce",
		"Travesty at the docks", "Brilliant regatta", "Stupid rules", "Insane fares", "Lind rants about ferries",
		"Mayor ranting again", "Fake News about the levy", "The liberal media and the levy", "Mainstream media ignores the pier",
		"Lamestream coverage", "Unhinged councillor", "Levy hysteria", "Hit job on Lind", "Hit piece", "Lunatics run the docks",
		"Crazy fares", "Bizarre vote", "Idiotic plan", "Laughable levy", "Surprise: Council Wants a Dredging Delay",
		"Wow! The ferry is back", "Council should resign", "Lind MUST go", "Solvik ought to quit", "Mayor says leaders should stay",
		"Devaſtating levy", "Cra\u212Ay fares", "The levy Is Devastating", "Nonſenſe", "Muſt go",
	}
	for name, g := range gatedPatterns {
		for _, s := range titles {
			if got, want := g.match(s, asciiLower(s)), g.re.MatchString(s); got != want {
				t.Errorf("%s on %q: gated %v, pattern %v", name, s, got, want)
			}
		}
	}
}

// BenchmarkClassifyHeadline measures classifying invented headlines,
// most of them news, as Extract does for every article.
func BenchmarkClassifyHeadline(b *testing.B) {
	titles := []string{
		"Harbour council approves the ferry budget, 7-2", "Dock workers end three-day strike after pay deal",
		"Mayor Varga names new harbour master", "Storm closes the northern ferry route for a second day",
		"Police arrest two after dockside warehouse fire", "Five takeaways from the harbour debate",
		"Lakeside Post poll: most residents back the ferry levy", "Court blocks the harbour land sale",
		"Council votes to rebuild the old pier by 2030", "Ferry operator reports record summer crossings",
		"Governor signs the coastal fisheries bill into law", "What the papers say about the harbour deal",
		"Valley Courier: rail link to the port delayed again", "Harbour strike explained.",
		"Union leaders reject the port authority's latest offer", "Two injured as crane collapses at the container terminal",
	}
	docs := make([]Doc, len(titles))
	for i, t := range titles {
		docs[i] = Doc{Title: t, Outlet: "Harbour Gazette", URL: "https://harbour.example/news/2026/02/01/story"}
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		classifyHeadline(docs[n%len(docs)])
		n++
	}
}
