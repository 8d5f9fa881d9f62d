package dedup

import (
	"strings"
	"time"
)

// The fixtures are written for these tests: fictional reports, no
// third-party text.

var bridgeReport = []string{
	"The town council of Millbrook voted on Monday evening to build a new footbridge across the river Wend, ending a dispute that had divided residents for more than three years.",
	"Councillors approved the plan by eleven votes to four after a debate that lasted almost five hours. The bridge will connect the old market square with the railway station on the northern bank.",
	"Mayor Helen Ostrander said the decision was a win for common sense. \"People have waited long enough for a safe way to cross the river on foot,\" she told reporters outside the town hall.",
	"Opponents had argued that the bridge would spoil the view of the medieval mill and bring more traffic to the narrow streets around the square. A petition against the plan gathered some two thousand signatures last spring.",
	"The project is expected to cost about four million euros, most of it paid by a regional transport fund. Construction should begin next summer and take eighteen months.",
	"Engineers from the firm that designed the bridge said the structure would be made of weathering steel and timber, and would be lit at night by lamps set into the handrails.",
}

var floodReport = []string{
	"Heavy rain caused flooding in several villages along the coast on Saturday, forcing dozens of families to leave their homes as water rose in the streets.",
	"Emergency crews used boats to reach residents trapped on upper floors, and a school gymnasium was opened as a shelter for those who could not stay with relatives.",
	"The weather service had issued an orange warning on Friday, predicting up to eighty millimetres of rain in twenty four hours. By Saturday afternoon some stations had recorded more than a hundred.",
	"Local officials said no one had been seriously hurt, but several roads remained closed and the regional railway line was suspended between the two largest towns.",
	"Farmers reported damage to crops and fences, and the agriculture ministry said it would send inspectors next week to assess claims for compensation.",
}

var day = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)

func doc(id, outlet, url string, published time.Time, paras []string) Doc {
	return Doc{ID: id, Outlet: outlet, URL: url, Published: published, Paragraphs: paras}
}

// edit returns a copy of paras with every occurrence of each old word
// replaced (whole words, case-sensitive).
func edit(paras []string, pairs ...string) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		words := strings.Fields(p)
		for j, w := range words {
			for k := 0; k+1 < len(pairs); k += 2 {
				if w == pairs[k] {
					words[j] = pairs[k+1]
				}
			}
		}
		out[i] = strings.Join(words, " ")
	}
	return out
}
