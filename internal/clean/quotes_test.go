package clean

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestQuoteTags: a ticker symbol and its live change run into a sentence
// after a company's or an index's name are cut, with the comma (a signed
// change, or a yield with three decimals) or without it (two decimals,
// after a capitalised name); a stock's move told in prose, a poll's
// figures and a station's call sign before a comma stay.
func TestQuoteTags(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want []string
	}{
		{"Shares of Acme Corp. ACME, -2.94% and Brightwater Inc. BRW, +1.32% both rose after the news.",
			[]string{" ACME, -2.94%", " BRW, +1.32%"}},
		{"The Harbor Industrial Average HBX, -1.68% closed up 469 points, or 2.2%, at 21,413.",
			[]string{" HBX, -1.68%"}},
		{"Crude for May CLK20, -7.86% rose $5.01 and the note TNOTE10Y, 0.596% fell.",
			[]string{" CLK20, -7.86%", " TNOTE10Y, 0.596%"}},
		{"The dollar rose against the basket, as the index RDX, +0.15% .", []string{" RDX, +0.15%"}},
		{"The crude marker CL.1, -7.86% slid through March.", []string{" CL.1, -7.86%"}},
		{"Other markets BUXX, +1.00% TNOTE10Y, 0.981% GC00, +0.80% were quick to react.",
			[]string{" BUXX, +1.00% TNOTE10Y, 0.981% GC00, +0.80%"}},
		{"An executive at Vell Gadget GDG -0.04% Co., who raised money, said so.", []string{" GDG -0.04%"}},
		{"The head of Northfield Ltd. NFL 0.17% ; and a lawyer joined them.", []string{" NFL 0.17%"}},
		{"The pledges include Sorn Holdings SRN.B 0.13% Energy and Vell Power.", []string{" SRN.B 0.13%"}},
		{"The group Sorn Holdings SR.BB 0.13% and Vell Power.", nil},
		{"Shares of Acme (ACME) rose 2.94% on Monday.", nil},
		{"ACME was up 2.94% and BRW fell 1.32%.", nil},
		{"The index rose 1.25%, its best day since May.", nil},
		{"Among the gainers, Acme, +2.9%, led the way.", nil},
		{"In the U.S., +2.50% was the forecast.", nil},
		{"A survey for the Free Press and WXYZ-TV, 47% of voters back him.", nil},
		{"Roe (R-NC), 52.75% to 44.25%, won the seat.", nil},
		{"The poll found Roe at 45.50% and Doe at 40.25%.", nil},
		{"The jobless rate UR -0.25% moved little.", nil},
		{"Prices rose 2.25%. GDP 2.25%a", nil},
	} {
		var got []string
		for _, c := range mergedCuts(quoteTags(tc.p)) {
			got = append(got, tc.p[c.Start:c.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: cut %q, want %q", tc.p, got, tc.want)
		}
	}
}

func mergedCuts(cs []Cut) []Cut {
	if len(cs) < 2 {
		return cs
	}
	return mergeCuts(cs)
}

// TestQuoteWidgetsInArticle: through Clean, a table of quotes between
// paragraphs is furniture whole, a paragraph with inline widgets is
// mixed and keeps its sentence, and prose about a stock's move is text.
func TestQuoteWidgetsInArticle(t *testing.T) {
	c := newCleaner(t)
	paras := []string{
		"Stocks on Wall Street rose on Monday as oil climbed, and the Harbor index gained 2.2%.",
		"Ticker Security Last Change Change % ACME ACME CORP. 43.52 +1.67 +3.98% BRW BRIGHTWATER INC. 84.78 +4.11 +5.09%",
		"Shares of Acme Corp. ACME, -2.94% rose 4% after the company raised its forecast.",
		"Stocks in this Article I:HBX HARBOR INDEX $2000.10 -12.31 (-0.61%) ACME ACME CORP. $43.52 +1.67 (+3.98%)",
		"Brightwater's shares fell 1.32% on the news, and Acme (ACME) rose 4%.",
	}
	a := &article.Article{Outlet: "Valley Markets", Language: "en", Paragraphs: paras}
	v := c.Clean(a, nil)
	want := []Verdict{Text, Furniture, Mixed, Furniture, Text}
	for i, w := range want {
		if v.Paras[i].Verdict != w {
			t.Errorf("%q: verdict %s (%s), want %s", paras[i], v.Paras[i].Verdict, v.Paras[i].Reason, w)
		}
	}
	kept := v.Kept()
	if len(kept) != 3 || kept[1] != "Shares of Acme Corp. rose 4% after the company raised its forecast." {
		t.Errorf("kept %q", kept)
	}
}
