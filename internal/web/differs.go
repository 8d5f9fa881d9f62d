package web

import (
	"fmt"

	"github.com/parallax-news/parallax/internal/compare"
)

// differView is one entry of a story page's "What differs": the
// report's sentence, an altered quote's word diff, and a link to the
// detail on the page (or to the fact's own page).
type differView struct {
	Kind string
	Text string
	Ops  []compare.DiffOp
	// Legend says whose words a quote's diff strikes and adds.
	Legend string
	// Href and HrefText link the detail.
	Href, HrefText string
}

// newDiffers turns the report's differences into the page's, linking
// each to the entry of the page that holds its detail.
func newDiffers(p *storyPage) []differView {
	anchors := map[string]bool{}
	for _, q := range p.Quotes.All() {
		anchors[fmt.Sprintf("quote-%d", q.Index)] = true
	}
	for _, n := range p.Names.All() {
		anchors[fmt.Sprintf("name-%d", n.Index)] = true
	}
	for _, n := range p.Numbers.All() {
		anchors[fmt.Sprintf("number-%d", n.Index)] = true
	}
	for _, c := range p.Copies.All() {
		anchors[fmt.Sprintf("copy-%d", c.Index)] = true
	}
	for _, r := range p.Rows.All() {
		anchors[fmt.Sprintf("fact-%d", r.Index)] = true
	}
	for _, t := range p.Terms.All() {
		anchors[fmt.Sprintf("words-%d", t.Outlet.N)] = true
	}
	out := make([]differView, 0, len(p.Report.Differences))
	for _, d := range p.Report.Differences {
		v := differView{Kind: d.Kind, Text: d.Text, Ops: d.Ops}
		if len(d.Ops) > 0 {
			v.Legend = fmt.Sprintf("struck: as %s quotes it; added: as %s does", p.col(d.From).Label, p.col(d.To).Label)
		}
		anchor, section, what := "", "", ""
		switch d.Section {
		case "quotes":
			anchor, section, what = fmt.Sprintf("quote-%d", d.Index), "quotes", "the quotes"
		case "names":
			anchor, section, what = fmt.Sprintf("name-%d", d.Index), "names", "the names"
		case "numbers":
			anchor, section, what = fmt.Sprintf("number-%d", d.Index), "numbers", "the figures"
		case "copies":
			anchor, section, what = fmt.Sprintf("copy-%d", d.Index), "copies", "the copy"
			if d.Index >= 0 && d.Index < len(p.Report.Copies) && unknownDirection(p.Report.Copies[d.Index]) != "" {
				what = "the shared text"
			}
		case "terms":
			if len(d.Articles) > 0 {
				anchor = fmt.Sprintf("words-%d", p.col(d.Articles[0]).OutletN)
			}
			section, what = "terms", "the words"
		case "facts":
			anchor, section, what = fmt.Sprintf("fact-%d", d.Index), "facts", "the fact"
			if !anchors[anchor] {
				v.Href, v.HrefText = fmt.Sprintf("/stories/%s/facts/%d", urlPath(p.Report.ID), d.Index), what
			}
		default:
			if len(d.Articles) > 0 {
				v.Href, v.HrefText = fmt.Sprintf("#lens-%d", p.col(d.Articles[0]).OutletN), "through "+p.col(d.Articles[0]).Label
				if o := p.col(d.Articles[0]).OutletN; o > 0 {
					v.HrefText = "through " + p.Outlets[o-1].Name
				}
			}
		}
		if v.Href == "" && section != "" {
			v.Href, v.HrefText = "#"+section, what
			if anchors[anchor] {
				v.Href = "#" + anchor
			}
		}
		out = append(out, v)
	}
	return out
}
