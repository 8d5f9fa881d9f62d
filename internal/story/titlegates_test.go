package story

import "testing"

// BenchmarkHeadlineRank measures ranking invented news headlines as
// titles, as withTitle does for every article: most of them match none
// of anticipates' and judges' expressions.
func BenchmarkHeadlineRank(b *testing.B) {
	titles := []string{
		"Harbour council approves the ferry budget, 7-2", "Dock workers end three-day strike after pay deal",
		"Mayor Varga names new harbour master", "Storm closes the northern ferry route for a second day",
		"Police arrest two after dockside warehouse fire", "Court blocks the harbour land sale",
		"Council votes to rebuild the old pier by 2030", "Ferry operator reports record summer crossings",
		"Governor signs the coastal fisheries bill into law", "Union leaders reject the port authority's latest offer",
		"Two injured as crane collapses at the container terminal", "Council poised to approve ferry levy",
		"Solvik could face inquiry over harbour testimony", "A disastrous week for the ferry",
		"Lind says the council should resign", "Brennholm braces for the storm",
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		headlineRank(News, titles[n%len(titles)])
		n++
	}
}
