package dedup_test

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

func ExampleDetector() {
	ctx := context.Background()
	d, err := dedup.NewMemDetector(dedup.DefaultConfig())
	if err != nil {
		panic(err)
	}
	day := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	original := []string{
		"The harbour authority of Westport said on Thursday that the old lighthouse will reopen to visitors in June after two years of repairs to its stone tower and lamp room.",
		"Volunteers raised most of the money for the work, and the authority expects around forty thousand visitors in the first summer, double the number before the closure.",
	}
	spun := []string{
		"Experts revealed that the harbour authority of Westport stated on Thursday that the old lighthouse will reopen to visitors in June after two years of repairs to its stone tower and lamp room.",
		"Volunteers raised most of the funds for the work, and the authority expects around forty thousand visitors in the first summer, double the number before the closure.",
	}
	if _, err := d.Add(ctx, dedup.Doc{ID: "gazette-1", Outlet: "Gazette", Published: day, Paragraphs: original}); err != nil {
		panic(err)
	}
	ms, err := d.Add(ctx, dedup.Doc{ID: "farm-9", Outlet: "Farm", Published: day, Paragraphs: spun})
	if err != nil {
		panic(err)
	}
	for _, m := range ms {
		fmt.Printf("%s copied %s (%s, basis %s)\n", m.Copy, m.Source, m.Kind, m.Basis)
		fmt.Printf("inserted %q\n", m.Inserted)
		fmt.Printf("substituted %v\n", m.Substituted)
	}
	// Output:
	// farm-9 copied gazette-1 (near-duplicate, basis inserted-lead)
	// inserted ["Experts revealed that"]
	// substituted [{said stated} {money funds}]
}
