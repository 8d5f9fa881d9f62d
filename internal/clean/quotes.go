package clean

import "strings"

// Stock-quote widgets. Business pages link each company or index they
// name to a live quote, and the page's text keeps the widget: a ticker
// symbol and the day's change as it stood when the page was saved, run
// into the sentence after the name. The change is not the article's
// figure (a report of a 2.2% gain of the Dow can carry the widget's
// -1.68%), and the symbol is not a name of the story, so both are cut.
// Two inline forms are known:
//
//   - the symbol, a comma and a signed change with two decimals or more
//     ("Acme Corp. ACME, -2.94% and …"), or an unsigned one with three
//     or more, as yields and currencies are given ("the 10-year note
//     TMUBMUSD10Y, 0.596% …");
//   - the symbol and a change with two decimals, signed or not, without
//     the comma ("Acme Corp. ACME -0.04% said …"): the symbol one to
//     five capitals (and a class letter after a point, "ACME.B") after a
//     word that opens with a capital (the name).
//
// A sentence that gives a stock's move in words ("shares of Acme (ACME)
// rose 2.94%", "ACME was up 2.94%") has no such widget and stays whole.
//
// Some pages also set a table of quotes between paragraphs (a header of
// ticker, security, last price and change, then a row a company); that
// paragraph is furniture whole (see quoteTable).

// quoteReason is the reason given for an inline widget.
const quoteReason = "a stock-quote widget: a ticker symbol and its live change"

// quoteTags returns the stock-quote widgets run into paragraph p, each
// with the space before it.
func quoteTags(p string) []Cut {
	var cuts []Cut
	for i := 0; i < len(p); {
		k := strings.IndexByte(p[i:], '%')
		if k < 0 {
			break
		}
		pct := i + k
		i = pct + 1
		if start, ok := quoteTagBefore(p, pct); ok {
			if start > 0 && p[start-1] == ' ' {
				start--
			}
			cuts = append(cuts, Cut{Start: start, End: pct + 1, Kind: KindNavigation, Reason: quoteReason})
		}
	}
	return cuts
}

// quoteTagBefore reports whether the percent sign at pct of p ends a
// stock-quote widget, and where its symbol starts.
func quoteTagBefore(p string, pct int) (int, bool) {
	if pct+1 < len(p) && (isLetterByte(p[pct+1]) || isDigitByte(p[pct+1])) {
		return 0, false
	}
	// The change: digits, a point, digits, and a sign or not.
	j, decimals := pct, 0
	for j > 0 && isDigitByte(p[j-1]) {
		j--
		decimals++
	}
	if decimals == 0 || j < 2 || p[j-1] != '.' || !isDigitByte(p[j-2]) {
		return 0, false
	}
	j--
	for j > 0 && isDigitByte(p[j-1]) {
		j--
	}
	signed := j > 0 && (p[j-1] == '+' || p[j-1] == '-')
	if signed {
		j--
	}
	// The separator: a comma and a space, or a space.
	comma := j >= 2 && p[j-1] == ' ' && p[j-2] == ','
	switch {
	case comma:
		j -= 2
	case j >= 1 && p[j-1] == ' ':
		j--
	default:
		return 0, false
	}
	// The symbol: capitals and digits, with points or colons inside
	// ("CL.1", "BRK.B"), opening with a capital, after a space.
	end := j
	for j > 0 && (isUpperByte(p[j-1]) || isDigitByte(p[j-1]) || p[j-1] == '.' || p[j-1] == ':') {
		j--
	}
	sym := p[j:end]
	if sym == "" || len(sym) > 12 || !isUpperByte(sym[0]) || sym[len(sym)-1] == '.' || sym[len(sym)-1] == ':' {
		return 0, false
	}
	if j > 0 && p[j-1] != ' ' {
		return 0, false // "WXYZ-TV, 47%", "(R-NC), 52.70%"
	}
	if comma {
		return j, signed && decimals >= 2 || decimals >= 3
	}
	if decimals != 2 || !shortSymbol(sym) || j < 2 {
		return 0, false
	}
	// The name before the symbol opens with a capital.
	w := p[:j-1]
	w = w[strings.LastIndexByte(w, ' ')+1:]
	return j, w != "" && isUpperByte(w[0])
}

// shortSymbol reports whether s is a ticker symbol of one to five
// capitals, with a class letter after a point or not ("BRK.B").
func shortSymbol(s string) bool {
	if n := len(s); n >= 3 && s[n-2] == '.' && isUpperByte(s[n-1]) {
		s = s[:n-2]
	}
	if s == "" || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isUpperByte(s[i]) {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// quoteTable reports whether p is a table of stock quotes set between
// paragraphs: a header naming the columns (ticker, security, last price,
// change) and a row a security, or a box headed "Stocks in this Article"
// with the price and change of each. Either way it holds a percentage.
func quoteTable(p string) bool {
	for _, head := range []string{"Ticker Security Last Change Change %", "Stocks in this Article "} {
		if rest, ok := strings.CutPrefix(p, head); ok {
			return strings.Contains(rest, "%")
		}
	}
	return false
}
