package clustereval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/story"
)

// TestAblation is a diagnosis, run by hand: it scores ECB+ with the
// default setting and with one rule of the event level turned off at a
// time, to show which rule costs the most recall.
//
//	PARALLAX_CLUSTER_ABLATION=1 go test -count=1 -run 'TestAblation$' -v ./internal/eval/clustereval
func TestAblation(t *testing.T) {
	if os.Getenv("PARALLAX_CLUSTER_ABLATION") == "" {
		t.Skip("set PARALLAX_CLUSTER_ABLATION=1 to print the ablation")
	}
	needFile(t, ecbPath)
	arts, err := ReadFile(ecbPath)
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		name string
		set  func(*story.Config)
	}{
		{"default", func(*story.Config) {}},
		{"MaxPubSpan 0 (no span bound)", func(c *story.Config) { c.MaxPubSpan = 0 }},
		{"PubSpanFrom 10", func(c *story.Config) { c.PubSpanFrom = 10 }},
		{"MaxPubSpan 2", func(c *story.Config) { c.MaxPubSpan = 2 }},
		{"MaxPubSpan 0, MaxSpan 30", func(c *story.Config) { c.MaxPubSpan = 0; c.MaxSpan = 30 }},
		{"Window 60d", func(c *story.Config) { c.Window = 60 * 24 * time.Hour; c.SmallWindow = 60 * 24 * time.Hour }},
		{"NameSpread off", func(c *story.Config) { c.NameSpread = 0 }},
		{"SpecificMargin 0", func(c *story.Config) { c.SpecificMargin = 0 }},
		{"ActReading off", func(c *story.Config) { c.ActReading = false }},
		{"SpeakersApart off", func(c *story.Config) { c.SpeakersApart = false }},
		{"CommentaryWords 0", func(c *story.Config) { c.CommentaryWords = 0; c.CommentaryHead = 0 }},
		{"NewDayFactor 1", func(c *story.Config) { c.NewDayFactor = 1 }},
		{"YearConflict 1", func(c *story.Config) { c.YearConflict = 1 }},
		{"CrossFactor 1", func(c *story.Config) { c.CrossFactor = 1 }},
		{"HeadGate 0", func(c *story.Config) { c.HeadGate = 0 }},
		{"GrowthStep 0", func(c *story.Config) { c.GrowthStep = 0 }},
		{"NextDayMargin 0", func(c *story.Config) { c.NextDayMargin = 0 }},
		{"UndatedMargin 0", func(c *story.Config) { c.UndatedMargin = 0 }},
		{"UndatedSpan 30", func(c *story.Config) { c.UndatedSpan = 30 }},
		{"Threshold 0.18", func(c *story.Config) { c.Threshold = 0.18 }},
	}
	for _, v := range variants {
		cfg := story.DefaultConfig()
		v.set(&cfg)
		r, err := Run(context.Background(), ecbPath, "", Config{Story: cfg})
		if err != nil {
			t.Fatal(err)
		}
		gold := map[string]string{}
		for _, a := range arts {
			gold[a.Doc.ID] = a.Event
		}
		sub := map[bool][2][]string{}
		for _, d := range r.Decisions {
			g := gold[d.Article]
			k := strings.HasSuffix(g, "plus")
			x := sub[k]
			x[0] = append(x[0], r.Events[d.Article])
			x[1] = append(x[1], g)
			sub[k] = x
		}
		e, p := BCubed(sub[false][0], sub[false][1]), BCubed(sub[true][0], sub[true][1])
		fmt.Printf("%-32s P %.3f R %.3f F1 %.3f  storylines/events F1 %.3f | ecb P %.3f R %.3f | ecbplus P %.3f R %.3f\n", v.name, r.BCubed.Precision, r.BCubed.Recall, r.BCubed.F1, r.Storylines.ByEvent.F1, e.Precision, e.Recall, p.Precision, p.Recall)
	}
}
