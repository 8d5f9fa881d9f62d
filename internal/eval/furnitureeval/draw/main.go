// Command draw prints the paragraphs of the judged furniture sample, drawn
// from the ABP corpus by the procedure in ../SAMPLING.md: one line each,
// tab-separated, abp_id, url, para_index, stratum, outlet, class, weight.
// It prints no article text. With -population it prints instead how many
// outlets and paragraphs the corpus has per outlet class and stratum. From the module root:
//
//	go run ./internal/eval/furnitureeval/draw -design sample
//	go run ./internal/eval/furnitureeval/draw -design heldout
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/parallax-news/parallax/internal/eval/furnitureeval"
)

func main() {
	abp := flag.String("abp", "../shared/data/abp/articles.jsonl.gz", "the ABP corpus")
	design := flag.String("design", "sample", "which design: sample or heldout")
	population := flag.Bool("population", false, "print the corpus's paragraphs per class and stratum instead")
	flag.Parse()
	var d furnitureeval.Design
	switch *design {
	case "sample":
		d = furnitureeval.SampleDesign()
	case "heldout":
		d = furnitureeval.HeldoutDesign()
	default:
		fmt.Fprintf(os.Stderr, "draw: unknown design %q (want sample or heldout)\n", *design)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	docs, err := furnitureeval.ReadABP(ctx, *abp)
	if err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if *population {
		for _, c := range furnitureeval.Population(docs, d) {
			fmt.Fprintf(w, "%s\t%s\t%d\t%d\n", c.Class, c.Stratum, c.Outlets, c.Paragraphs)
		}
	} else if err := furnitureeval.WriteDrawn(w, furnitureeval.Draw(docs, d)); err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(1)
	}
}
