package nlp

import (
	"math"
	"strconv"
	"strings"
)

// timeUnit maps a time word to its unit, or "".
func timeUnit(norm string) string {
	switch norm {
	case "year", "years", "yr", "yrs":
		return "year"
	case "month", "months":
		return "month"
	case "week", "weeks":
		return "week"
	case "day", "days":
		return "day"
	case "hour", "hours":
		return "hour"
	case "minute", "minutes":
		return "minute"
	case "decade", "decades":
		return "decade"
	case "century", "centuries":
		return "century"
	}
	return ""
}

func currencySymbol(s string) string {
	switch s {
	case "$":
		return "USD"
	case "£":
		return "GBP"
	case "€":
		return "EUR"
	case "¥":
		return "JPY"
	case "₽":
		return "RUB"
	case "₴":
		return "UAH"
	}
	return ""
}

func currencyWord(norm string) string {
	switch norm {
	case "dollar", "dollars":
		return "USD"
	case "pound", "pounds":
		return "GBP"
	case "euro", "euros":
		return "EUR"
	case "rouble", "roubles", "ruble", "rubles":
		return "RUB"
	case "yen":
		return "JPY"
	case "yuan":
		return "CNY"
	case "hryvnia", "hryvnias":
		return "UAH"
	}
	return ""
}

// parseNum parses a numeral such as "1,000" or "2.5".
func parseNum(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// scaled returns v times m, a multiplier word's value ("billion"), read
// as the decimal the text writes: "8.2 billion" is 8.2e9, as "8,200
// million" is, where the float product would be 8199999999.999999. A
// multiplier that is no power of ten multiplies as is.
func scaled(v, m float64) float64 {
	e := math.Log10(m)
	if e < 1 || e > 15 || e != math.Trunc(e) {
		return v * m
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(int(e)), 64)
	if err != nil {
		return v * m
	}
	return f
}

// numReader reads the numbers of one sentence.
type numReader struct {
	d    *doc
	a, b int // sentence token range
	si   int
	// phraseAt is where the counted phrase phrase, the last countsAfter
	// read, begins.
	phraseAt int
	phrase   string
}

func (r *numReader) tok(k int) *tok {
	if k < r.a || k >= r.b {
		return nil
	}
	return &r.d.toks[k]
}

func (r *numReader) norm(k int) string {
	if t := r.tok(k); t != nil {
		return t.Norm
	}
	return ""
}

// findNumbers finds the numeric expressions of every sentence.
func (d *doc) findNumbers() {
	for si, s := range d.sents {
		r := &numReader{d: d, a: s.a, b: s.b, si: si}
		prevEnd := -1 // the end of the sentence's last figure
		for k := s.a; k < s.b; {
			n, end := r.read(k)
			if end <= k {
				k++
				continue
			}
			if r.idiom(n, end) {
				k = end
				continue
			}
			if n.kind == NumMoney && n.counts == "" && r.norm(end) == "in" && r.contentAt(end+1) {
				// "$600 billion in tax increases" (h/numbers56); a name
				// ends the phrase ("in wall funding Trump asked for").
				n.counts = lowerHead(r.countsAfter(end + 1))
			}
			if n.counts != "" && n.counts == r.phrase && r.verbOpens(r.phraseAt, n) {
				n.counts = "" // "hundreds marched": a verb, nothing counted is named
			}
			if n.kind == NumAge && prevEnd >= 0 && n.a == prevEnd+1 && (d.toks[prevEnd].Norm == "and" || d.toks[prevEnd].Norm == "or") {
				// "14 and 15 years old": the figure before is an age too.
				if last := &d.out.Numbers[len(d.out.Numbers)-1]; last.Kind == NumCount && last.Counts == "" {
					last.Kind, last.Unit = NumAge, n.unit
				}
			}
			prevEnd = end
			if n.a-1 >= s.a && d.leadingPoint(n.a) {
				// ".026 percent": the point before the digits is the
				// number's own (h/numbers57b).
				n.value /= math.Pow(10, float64(len(d.toks[n.a].Norm)))
				if n.high != nil {
					// The high end has its own point or none (".5 to
					// 1 percent": the high is 1 percent; review57c).
					for h := end - 1; h > n.a; h-- {
						if d.toks[h].Kind == KindNumber {
							if d.leadingPoint(h) {
								v := *n.high / math.Pow(10, float64(len(d.toks[h].Norm)))
								n.high = &v
							}
							break
						}
					}
				}
				n.a--
			}
			sp := d.span(n.a, end)
			d.out.Numbers = append(d.out.Numbers, Number{
				Span: sp, Text: d.text(sp.Para)[sp.Start:sp.End], Kind: n.kind, Value: n.value,
				High: n.high, Approx: n.approx, Unit: n.unit, Counts: n.counts, Sentence: si,
				Ranked: r.rankedShare(n),
			})
			k = end
		}
	}
}

// idiom reports whether the number n read up to token end is a word of
// an idiom rather than a figure: "in the first place", "at first", a
// "first" before a verb in the past with no determiner before it ("the
// paper first reported", not "the first reported case"), "a day or two",
// "a time or two".
func (r *numReader) idiom(n numRead, end int) bool {
	if r.idiomOf(n, end) {
		return true
	}
	if end != n.a+1 {
		return false
	}
	w := r.norm(n.a)
	switch w {
	case "first":
		if r.norm(n.a-1) == "at" || r.norm(n.a-1) == "the" && r.norm(n.a-2) == "in" && r.norm(end) == "place" {
			return true
		}
		switch r.norm(n.a - 1) {
		case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "my", "your", "whose", "each", "every":
			return false // "the first reported case": an ordinal before its noun
		}
		next := r.tok(end)
		if next != nil && next.Kind == KindWord && next.is(fLower) && countPasts[next.Norm] {
			return true // "she first made the claim": an adverb
		}
		if r.firstAfterVerb(n.a, end) {
			return true
		}
		return next != nil && next.Kind == KindWord && next.is(fLower) && len(next.Norm) > 4 && strings.HasSuffix(next.Norm, "ed")
	case "two":
		return r.norm(n.a-1) == "or" && r.norm(n.a-3) == "a" && n.counts == ""
	}
	return false
}

// numRead is a number being read.
type numRead struct {
	a      int
	kind   NumberKind
	value  float64
	high   *float64
	approx bool
	unit   string
	counts string
}

// wordValue reads a number word or a hyphenated compound ("twenty-five",
// "two-thirds"); kind is the numbers.txt kind of the last part.
func (r *numReader) wordValue(norm string) (float64, byte, bool) {
	if w, ok := r.d.l.numbers[norm]; ok {
		return w.value, w.kind, true
	}
	x, y, ok := strings.Cut(norm, "-")
	if !ok {
		return 0, 0, false
	}
	wx, okx := r.d.l.numbers[x]
	wy, oky := r.d.l.numbers[y]
	if !okx || !oky || wx.kind != 'n' {
		return 0, 0, false
	}
	switch wy.kind {
	case 'n':
		return wx.value + wy.value, 'n', true
	case 'f':
		return wx.value * wy.value, 'f', true
	}
	return 0, 0, false
}

// read reads a number starting at token k; it returns end <= k when
// there is none.
func (r *numReader) read(k int) (numRead, int) {
	t := &r.d.toks[k]
	n := numRead{a: k, kind: NumCount}
	switch {
	case currencySymbol(t.Surface) != "" && r.tok(k+1) != nil && r.tok(k+1).Kind == KindNumber:
		n.unit = currencySymbol(t.Surface)
		n.kind = NumMoney
		v, end, ok := r.numeral(k + 1)
		if !ok {
			return n, k
		}
		n.value = v
		if hi, e2, ok := r.rangeHigh(k, k+1, end, &n.value); ok && r.norm(k-1) != "from" {
			n.high, end = &hi, e2 // "$100 to $150 billion"
		} // "from $7 to $15": two amounts of a change, the first scaled as the second

		n.counts = r.countsAfter(end)
		return n, end
	case t.Kind == KindNumber:
		return r.share(r.readNumeral(k))
	case t.Kind == KindWord && t.is(fLower) || t.Kind == KindWord && r.d.initialPos(k):
		return r.share(r.readWords(k))
	}
	return n, k
}

// share reads a count followed by "in 10" or "out of 100" as the share it
// is: "six in 10 voters" is 60 % of voters, not six of something and ten
// voters.
func (r *numReader) share(n numRead, end int) (numRead, int) {
	if end <= n.a || n.kind != NumCount || n.high != nil {
		return n, end
	}
	at := end
	switch {
	case r.norm(at) == "in":
		at++
	case r.norm(at) == "out" && r.norm(at+1) == "of":
		at += 2
	default:
		return n, end
	}
	var base float64
	if t := r.tok(at); t != nil && t.Kind == KindNumber {
		base, _ = parseNum(t.Norm)
	} else if w, ok := r.d.l.numbers[r.norm(at)]; ok && w.kind == 'n' {
		base = w.value
	}
	if (base != 10 && base != 100) || n.value <= 0 || n.value > base {
		return n, end
	}
	n.kind, n.value, n.unit = NumPercent, n.value/base, "share"
	n.counts = r.countsAfter(at + 1)
	return n, at + 1
}

// numeral reads a numeral at k with an optional multiplier word after it.
func (r *numReader) numeral(k int) (float64, int, bool) {
	t := r.tok(k)
	if t == nil || t.Kind != KindNumber {
		return 0, k, false
	}
	v, ok := parseNum(t.Norm)
	if !ok {
		return 0, k, false
	}
	end := k + 1
	if w, ok := r.d.l.numbers[r.norm(end)]; ok && w.kind == 'm' {
		v = scaled(v, w.value)
		end++
	} else if m, _, ok := strings.Cut(r.norm(end), "-"); ok {
		if w, ok := r.d.l.numbers[m]; ok && w.kind == 'm' {
			v = scaled(v, w.value) // "a $226 billion-a-year business"
			end++
		}
	}
	return v, end, true
}

// readNumeral reads an expression that starts with digits.
func (r *numReader) readNumeral(k int) (numRead, int) {
	t := &r.d.toks[k]
	n := numRead{a: k, kind: NumCount}
	norm := t.Norm
	if isIdentifier(norm) || norm == "911" || r.slashed(k) || r.numberSign(k) || r.clockAt(k+1) || r.codeAt(k) || r.listMarker(k) || r.yearRangeEnd(k) {
		return n, k // "911" is the emergency number, no count
	}
	// Compounds: "28-point", "45-year-old", "10-20", "20th", "1990s".
	if len(norm) == 10 && norm[4] == '-' && norm[7] == '-' && isYear(norm[:4]) {
		if v, ok := parseNum(strings.ReplaceAll(norm, "-", "")); ok {
			n.kind, n.value, n.unit = NumDate, v, "date"
			return n, k + 1
		}
	}
	if x, y, ok := strings.Cut(norm, "-"); ok {
		v, okx := parseNum(x)
		if !okx {
			return n, k
		}
		n.value = v
		if len(x) == 3 && len(y) == 3 && strings.HasSuffix(y, "00") && r.afterName(k) {
			return n, k // a model: "Boeing 737-800", "the Airbus 330-200"
		}
		if z, ok := strings.CutPrefix(y, "to-"); ok {
			if hi, ok := parseNum(z); ok && hi < v {
				// "a 5-to-4 decision" is the tally "5-4", not five of a
				// unit "to-4" (h/numbers55); "a 195-to-234 vote" is
				// left as it was read.
				y = z
			}
		}
		if hi, ok := parseNum(y); ok {
			n.kind, n.high = NumRange, &hi
			end := k + 1
			if w, ok := r.d.l.numbers[r.norm(end)]; ok && w.kind == 'm' && n.value < hi {
				// "10-12 million": the scale word is on both ends.
				n.value, hi = scaled(n.value, w.value), scaled(hi, w.value)
				n.high = &hi
				end++
			}
			if r.isPercentAt(end) {
				n.value, hi = n.value/100, hi/100
				n.high = &hi
				end = r.skipPercent(end)
				n.unit = "percent"
			}
			n.counts = r.countsAfter(end)
			return n, end
		}
		switch {
		case strings.HasPrefix(y, "year-old") || strings.HasPrefix(y, "years-old"):
			n.kind, n.unit = NumAge, "year"
		case timeUnit(y) != "":
			n.kind, n.unit = NumDuration, timeUnit(y)
		case y == "percent":
			n.kind, n.value = NumPercent, v/100
		default:
			// "the roughly 18,000-vote deficit" is as rough as "roughly
			// 18,000 votes" (h/numbers68).
			n.unit, n.approx = y, r.approxBefore(k)
		}
		n.counts = r.countsAfter(k + 1)
		return n, k + 1
	}
	if i := strings.IndexFunc(norm, func(c rune) bool { return c >= 'a' && c <= 'z' }); i > 0 {
		v, ok := parseNum(norm[:i])
		if !ok {
			return n, k
		}
		switch suf := norm[i:]; suf {
		case "st", "nd", "rd", "th":
			n.kind, n.value = NumOrdinal, v
			if m := r.monthNear(k); m > 0 {
				n.kind, n.value, n.unit = NumDate, float64(m*100)+v, "month-day"
			} else if r.namedOrdinal(k) {
				return n, k // "the 5th Circuit", "the 467th Combat Support Group": a name
			}
		case "s":
			n.kind, n.value, n.unit = NumDate, v, "decade"
		case "m", "bn", "k":
			n.value = scaled(v, map[string]float64{"m": 1e6, "bn": 1e9, "k": 1e3}[suf])
			if r.tok(k-1) != nil && currencySymbol(r.tok(k-1).Surface) != "" {
				n.a, n.kind, n.unit = k-1, NumMoney, currencySymbol(r.tok(k-1).Surface)
			}
		default:
			return n, k
		}
		n.counts = r.countsAfter(k + 1)
		return n, k + 1
	}
	v, end, ok := r.numeral(k)
	if !ok {
		return n, k
	}
	if f, e2, ok := r.mixedFraction(end); ok && end == k+1 {
		v, end = v+f, e2 // "4 1/2 years" is one quantity
	}
	n.value = v
	if r.alone(k, end) {
		return n, k // "1." standing as its own sentence numbers a list item
	}
	if len(norm) == 2 && end == k+1 && r.apostropheBefore(k) && !r.isPercentAt(end) && r.norm(end) != "percent" {
		// "in ’87", "the class of '04": a year written short.
		n.kind, n.unit = NumDate, "year"
		n.value = 1900 + v
		if v < 40 {
			n.value = 2000 + v
		}
		n.a = k - 1
		return n, end
	}
	// Dates: "February 2022", "6 January 2026", "Jan. 5".
	if end == k+1 && (isYear(t.Norm) || r.earlyYear(k)) {
		n.kind, n.unit = NumDate, "year"
		if m := r.monthNear(k); m > 0 {
			n.value = v*100 + float64(m)
			n.unit = "year-month"
			if r.tok(k-1) != nil && r.d.l.months[r.norm(k-1)] > 0 {
				n.a = k - 1
			}
		}
		return n, end
	}
	if m := r.monthNear(k); m > 0 && v >= 1 && v <= 31 && !strings.Contains(t.Norm, ".") {
		n.kind, n.value, n.unit = NumDate, float64(m*100)+v, "month-day"
		switch {
		case r.d.l.months[r.norm(k-1)] > 0:
			n.a = k - 1
		case r.norm(k-1) == "." && r.d.l.months[r.norm(k-2)] > 0:
			n.a = k - 2
		case r.d.l.months[r.norm(k+1)] > 0:
			end = k + 2 // "6 January"
			if isYear(r.norm(end)) {
				n.value += 10000 * mustNum(r.norm(end))
				n.unit = "date"
				end++
			}
		}
		return n, end
	}
	if end == k+1 && r.endsName(k) {
		return n, k // "the FTSE 100", "Flight 370", "Number 10"
	}
	// Ranges: "10 to 20", "between 10 and 12 million"; "10-20" handled above.
	if hi, e2, ok := r.rangeHigh(k, k, end, &v); ok {
		n.value = v
		n.kind, n.high, end = NumRange, &hi, e2
	}
	if r.isPercentAt(end) {
		if n.kind == NumRange {
			hi := *n.high / 100
			n.high = &hi
			n.unit = "percent"
		} else {
			n.kind = NumPercent
		}
		n.value /= 100
		end = r.skipPercent(end)
		if n.kind == NumPercent && (r.norm(end) == "to" || r.norm(end) == "\u2013" || r.norm(end) == "-") && r.isPercentAt(end+2) {
			if hi, e2, ok := r.numeral(end + 1); ok && e2 == end+2 {
				// "5% to 10%": one range, not two shares
				hi /= 100
				n.kind, n.high, n.unit = NumRange, &hi, "percent"
				end = r.skipPercent(e2)
			}
		}
		n.approx = r.approxBefore(k)
		n.counts = r.countsAfter(end)
		return n, end
	}
	if c := r.tok(k - 1); c != nil && currencySymbol(c.Surface) != "" {
		n.a, n.kind, n.unit = k-1, NumMoney, currencySymbol(c.Surface)
	} else if cw := currencyWord(r.norm(end)); cw != "" && (cw != "GBP" || r.sterling(end)) {
		n.kind, n.unit = NumMoney, cw
		end++
	} else if u := timeUnit(r.norm(end)); u != "" {
		n.kind, n.unit = NumDuration, u
		end++
		if r.norm(end) == "old" {
			n.kind = NumAge
			end++
		}
	} else if r.norm(k-1) == "aged" || r.norm(k-1) == "age" || r.norm(k-1) == "of" && r.norm(k-2) == "age" || r.ageAfterName(k, end, v) || r.ageSaid(k, end, v) {
		// "aged 50", "age 7", "at the age of 2"
		n.kind, n.unit = NumAge, "year"
	} else if r.norm(k-1) == "no" && r.tok(k-2) != nil {
		return n, k // "No. 10" is a name
	}
	n.approx = r.approxBefore(k)
	n.counts = r.countsAfter(end)
	return n, end
}

// sterling reports whether the "pound" or "pounds" at k is money rather
// than weight: no "of" follows ("12 pounds of salt" is weighed), and a
// conversion in brackets follows ("10 million pounds ($12 million)",
// "(about $12 million)"), "sterling" follows, or the sentence holds a £
// sign or names Britain, its parts or capital (so "the Bank of
// England"), or pence (sterlingCues). Most pounds in American news are
// weights: "weighed 244 pounds". Cost: one pass over the sentence's
// tokens for each "pound" not followed by "of".
func (r *numReader) sterling(k int) bool {
	if r.norm(k+1) == "of" {
		return false
	}
	if r.norm(k+1) == "sterling" {
		return true
	}
	if t := r.tok(k + 1); t != nil && t.Surface == "(" {
		for j := k + 2; j <= k+3; j++ {
			if t := r.tok(j); t != nil && currencySymbol(t.Surface) != "" {
				return true
			}
		}
	}
	for j := r.a; j < r.b; j++ {
		if sterlingCues[r.norm(j)] || r.d.toks[j].Surface == "£" {
			return true
		}
	}
	return false
}

// sterlingCues are the words of a sentence that make its pounds money:
// Britain, its parts and capital, Brexit and the EU it paid into, and
// sterling, its pence and "quid".
var sterlingCues = map[string]bool{"britain": true, "british": true, "uk": true, "u.k.": true, "england": true,
	"english": true, "london": true, "scotland": true, "scottish": true, "wales": true, "welsh": true, "brexit": true,
	"sterling": true, "eu": true, "pence": true, "quid": true}

// rangeHigh reads the high end of a range after a low end whose numeral
// is at k and whose expression (with a currency symbol, from at) ends at
// end: "10 to 20", "10 – 20", "between 10 and 20", "$100 to $150". A
// scale word written on the high end only is the low end's too: "$100 to
// $150 billion" runs from $100 billion, "between 10 and 12 million" from
// 10 million; *low is scaled then. A low end that is no smaller than the
// high one's numeral keeps its value ("900 to 1.2 million").
func (r *numReader) rangeHigh(at, k, end int, low *float64) (float64, int, bool) {
	j := end
	switch r.norm(j) {
	case "to", "\u2013", "-":
	case "and":
		if r.norm(at-1) != "between" {
			return 0, end, false
		}
	default:
		return 0, end, false
	}
	j++
	if at < k {
		// the low end has a currency symbol; the high end may repeat it
		if r.tok(j) != nil && r.tok(j).Surface == r.d.toks[at].Surface {
			j++
		}
	} else if r.tok(j) != nil && currencySymbol(r.tok(j).Surface) != "" {
		return 0, end, false // "10 to $20": not one range
	}
	hi, e2, ok := r.numeral(j)
	if !ok || r.clockAt(e2) {
		return 0, end, false // "between 10 and 11 a.m." is a time
	}
	if end == k+1 && e2 > j+1 {
		raw, _ := parseNum(r.norm(j))
		if *low < raw && raw > 0 {
			*low = scaled(*low, math.Round(hi/raw)) // the scale word's value, whole: 2.5 to 2.7 trillion
		}
	}
	return hi, e2, true
}

// isIdentifier reports whether a numeral is an identifier, not a quantity:
// nine or more digits in a row with no separator ("5086910426001", a
// video's id, also as a file name "5086910426001-vs.jpg"). Quantities that
// long are written with separators or words ("1,200,000,000", "1.2
// billion").
func isIdentifier(norm string) bool {
	run := 0
	for i := 0; i < len(norm); i++ {
		if norm[i] < '0' || norm[i] > '9' {
			break
		}
		run++
	}
	return run >= 9
}

func mustNum(s string) float64 {
	v, _ := parseNum(s)
	return v
}

// earlyYear reports whether the numeral at k is a year before 1800 by
// its preposition: "in 1776", "since 1648", "until 1789". Without one,
// such a figure may be a count ("1500 homes").
func (r *numReader) earlyYear(k int) bool {
	s := r.norm(k)
	if len(s) != 4 || s[0] != '1' {
		return false
	}
	switch r.norm(k - 1) {
	case "in", "since", "until", "till":
		v, err := strconv.Atoi(s)
		return err == nil && v >= 1000
	}
	return false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	v, err := strconv.Atoi(s)
	return err == nil && v >= 1800 && v <= 2100
}

// monthNear returns the month named right before or after token k.
func (r *numReader) monthNear(k int) int {
	if m := r.d.l.months[r.norm(k-1)]; m > 0 {
		return m
	}
	if r.norm(k-1) == "." {
		if m := r.d.l.months[r.norm(k-2)]; m > 0 {
			return m
		}
	}
	return r.d.l.months[r.norm(k+1)]
}

func (r *numReader) isPercentAt(k int) bool {
	switch r.norm(k) {
	case "%", "percent", "pct":
		return true
	case "per":
		return r.norm(k+1) == "cent"
	}
	return false
}

func (r *numReader) skipPercent(k int) int {
	if r.norm(k) == "per" {
		k++
	}
	k++
	if r.norm(k) == "points" || r.norm(k) == "point" {
		k++
	}
	return k
}

func (r *numReader) approxBefore(k int) bool {
	switch r.norm(k - 1) {
	case "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more", "up", "than", "estimated", "potentially", "~":
		return true
	}
	return false
}

// countsAfter reads what a number counts: the words after it, skipping
// "of" and determiners ("20% of Ukrainian territory").
func (r *numReader) countsAfter(k int) string {
	if t := r.tok(k); t != nil && t.Kind == KindPunct && isCloser(t.Surface) {
		k++
	}
	whole := false // a word skipped before the counted noun, which must then be a plural
	if w := r.beforeCounted(k); w > k {
		k, whole = w, true
	}
	of := false
	if r.norm(k) == "out" && r.norm(k+1) == "of" {
		k++ // "65 out of the 3,979 delegates"
	}
	if r.norm(k) == "of" {
		k++
		of = true
	}
	for r.norm(k) == "the" || r.norm(k) == "its" || r.norm(k) == "their" || r.norm(k) == "all" || of && wholeOpens[r.norm(k)] {
		if k > r.a && r.d.toks[k].is(fCap) && r.d.toks[k-1].Kind == KindWord {
			return "" // "… two years The crowd…": a sentence whose full stop is missing ends here
		}
		whole = whole || wholeOpens[r.norm(k)]
		k++
	}
	wholeAt := -1 // the figure of the whole, kept in the phrase ("of 12 jurors")
	if of {
		if w := r.skipWhole(k); w > k {
			wholeAt, k, whole = k, w, true
		}
	}
	if w := r.skipAdverb(k); w > k {
		k, whole = w, true
	}
	a, poss := k, 0
	for k < r.b && k-a-poss < 3 {
		t := &r.d.toks[k]
		if t.Kind != KindWord || t.Stop || r.d.verbAt(k) && !(k == a && r.participleBefore(k)) || r.d.l.numbers[t.Norm].kind == 'm' ||
			(t.is(fLower) && strings.HasSuffix(t.Norm, "ly")) || isAux(t) || k > a && (r.nounEnded(k) || r.phraseEnds(k)) ||
			phraseBreaks[t.Norm] {
			break
		}
		k++
		if possessive(t.Norm) {
			poss++
			continue // "two of Ford's lawyers": the lawyers are counted
		}
		if k-a >= 1 && (strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && !singularS[t.Norm] ||
			irregularPlurals[t.Norm] && r.norm(k) != "'s" && r.norm(k) != "\u2019s") {
			if pluralModifiers[t.Norm] && r.pluralAt(k) && r.contentAt(k) && !r.d.verbAt(k) && k-a-poss < 3 {
				continue // "two rights groups": a plural names the kind of the next
			}
			break // a plural noun ends the phrase: "two regions", "ten people"
		}
	}
	if k == a || whole && (!r.pluralAt(k-1) || strings.HasSuffix(r.norm(k-1), "ous")) {
		// After a skipped word the counted noun is a plural ("of those
		// senators", "three other people"); "of those surveyed", "seven
		// of his presidency", "six most populous states" read as
		// "populous" say nothing counted (h/numbers56).
		return ""
	}
	k = r.listAfter(a, k)
	// A rate: "miles per hour", "barrels a day", "gallons an hour" count
	// another quantity than "miles" or "barrels" alone ("a week ago" is
	// no rate).
	if p := r.norm(k); (p == "per" || p == "a" || p == "an") && k+1 < r.b && timeUnit(r.norm(k+1)) != "" && !timeAfter[r.norm(k+2)] {
		k += 2
	}
	if wholeAt >= 0 {
		a = wholeAt
	}
	r.phraseAt, r.phrase = a, r.d.spanText(a, k)
	return r.phrase
}

// nounEnded reports whether the counted phrase has ended before token k,
// a word after its first: a capitalised word after a word in small letters
// of the body opens a name ("… five people Mr Ruiz said"), and a word in
// small letters in -ed is a verb or a participle after the noun ("one
// gunman fired", "two ferries impounded"), not a word of what is counted,
// unless a word in small letters follows it ("two planned bills");
// nor is a number word, which begins another figure.
// Adverbs ("still", "also") are caught by isAux.
func (r *numReader) nounEnded(k int) bool {
	t := &r.d.toks[k]
	if t.is(fCap) && r.d.toks[k-1].is(fLower) && t.para != TitlePara {
		if r.d.l.honorifics[t.Norm] != 0 {
			return true
		}
		if mi := r.d.mentionAt[k]; mi >= 0 && r.d.mentions[mi].etype == Person {
			return true // a place stays: "99% of neighbouring Luhansk"
		}
	}
	if w, ok := r.d.l.numbers[t.Norm]; ok && w.kind == 'n' {
		return true // another figure: "a gunman two doors down"
	}
	if !t.is(fLower) || len(t.Norm) <= 4 || !strings.HasSuffix(t.Norm, "ed") || strings.Contains(t.Norm, "-") {
		return false
	}
	// A participle before a noun describes it: "80 active registered
	// voters", "two planned bills".
	n := r.tok(k + 1)
	return n == nil || n.Kind != KindWord || !n.is(fLower) || n.Stop || r.d.l.numbers[n.Norm].kind != 0
}

// irregularPlurals are plural nouns without -s: they end a counted phrase
// as "regions" does ("ten people", "two men").
var irregularPlurals = map[string]bool{"people": true, "children": true, "men": true, "women": true}

// singularS are nouns in -s that are no plurals: they do not end a
// counted phrase ("six news organizations", "10 Fake News Awards").
var singularS = map[string]bool{"news": true, "series": true, "species": true, "means": true, "status": true, "virus": true,
	"bus": true, "gas": true, "campus": true, "census": true, "crisis": true, "basis": true, "analysis": true}

// timeAfter are words after "a week", "a day" that make it a point in
// time, not the period of a rate ("a week ago", "a day later").
var timeAfter = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true, "from": true, "since": true}

// readWords reads number words: "thousands of troops", "two-thirds",
// "a fifth of", "three million".
func (r *numReader) readWords(k int) (numRead, int) {
	t := &r.d.toks[k]
	n := numRead{a: k, kind: NumCount}
	v, kind, ok := r.wordValue(t.Norm)
	if !ok {
		return n, k
	}
	end := k + 1
	switch kind {
	case 'n':
		if f, e2, ok := r.spacedFraction(k, v); ok {
			// "three quarters of the riders": a share, as "three-quarters".
			n.kind, n.value = NumPercent, f
			n.counts = r.countsAfter(e2)
			return n, e2
		}
		if t.Norm == "one" && r.d.l.numbers[r.norm(end)].kind != 'm' && !r.isPercentAt(end) {
			return n, k // "one percent" is a share; "one of them" no figure
		}
		if u, ok := r.unitAfterTens(t.Norm, v, end); ok {
			v += u // "twenty two percent", written as "twenty-two"
			end++
		}
		if w, ok := r.d.l.numbers[r.norm(end)]; ok && (w.kind == 'm' || w.kind == 'v' || r.norm(end) == "dozen") {
			v *= w.value // "three million", "three dozen"
			end++
			if w.value == 100 {
				// "One hundred ninety-three", "two hundred and five".
				at := end
				if r.norm(at) == "and" {
					at++
				}
				if rest, kind, ok := r.wordValue(r.norm(at)); ok && kind == 'n' && rest < 100 {
					v += rest
					end = at + 1
				}
			}
		}
		n.value = v
		n.approx = r.approxBefore(k)
		if t.Norm == "dozen" && r.norm(k-1) == "a" && r.norm(k-2) == "half" {
			n.a, n.value = k-2, 6 // "half a dozen"
			n.approx = r.approxBefore(n.a)
		}
		if end == k+1 && r.norm(k-1) == "in" && r.norm(k-2) == "one" && v > 1 {
			// "one in five voters": a share, not five voters.
			n.a, n.kind, n.value = k-2, NumPercent, 1/v
			return n, end
		}
		if r.isPercentAt(end) {
			// "Seventy-eight percent": a share written in words
			n.kind, n.value = NumPercent, v/100
			end = r.skipPercent(end)
		} else if u := timeUnit(r.norm(end)); u != "" {
			n.kind, n.unit = NumDuration, u
			end++
		}
	case 'm':
		if r.norm(k-1) != "a" {
			return n, k
		}
		n.a, n.value = k-1, v
	case 'v':
		if t.Norm == "scores" && r.norm(end) != "of" {
			return n, k // "he scores well": the verb
		}
		n.value, n.approx = v, true
		if r.norm(k-1) == "tens" || r.norm(k-2) == "tens" {
			n.a = k - 2
			n.value *= 10
		}
		if r.norm(end) == "of" && r.norm(end+1) != "" {
			if w, ok := r.d.l.numbers[r.norm(end+1)]; ok && w.kind == 'v' {
				n.value *= w.value
				end += 2
			}
		}
	case 'f':
		before := r.norm(k - 1)
		_, _, whole := strings.Cut(t.Norm, "-")
		if !whole && before != "a" && before != "one" && t.Norm != "half" {
			if t.Norm == "third" || strings.HasSuffix(t.Norm, "th") {
				if r.enumerator(k, end) {
					return n, k
				}
				// "finished third", "the fifth round": an ordinal.
				n.kind, n.value = NumOrdinal, math.Round(1/v)
				n.counts = r.countsAfter(end)
				return n, end
			}
			return n, k
		}
		if t.Norm == "half" && (r.norm(end) != "of" && r.norm(end) != "the" || periodParts[before]) {
			return n, k // "the first half of the year": a part of a period
		}
		if before == "a" && !whole && (t.Norm == "third" || strings.HasSuffix(t.Norm, "th")) && !roughBefore[r.norm(k-2)] &&
			(r.nounAt(end) || r.ordinalAlone(k, end)) {
			// "a third term", "a fifth rifle": an ordinal before its
			// noun, and "A third, a sergeant, …" one whose noun the
			// sentence before gave; the fraction is "a third of", "by a
			// third", "about a third said".
			n.kind, n.value = NumOrdinal, math.Round(1/v)
			n.counts = r.countsAfter(end)
			return n, end
		}
		if before == "a" || before == "one" {
			n.a = k - 1
		}
		n.kind, n.value = NumPercent, v
	case 'o':
		if r.enumerator(k, end) || t.Norm == "first" && firstTitles[r.norm(end)] {
			return n, k
		}
		n.kind, n.value = NumOrdinal, v
		n.counts = r.countsAfter(end)
		return n, end
	}
	n.counts = r.countsAfter(end)
	return n, end
}

// unitAfterTens returns the value of a unit word (one to nine) written
// at token end after the tens word norm of value v with a space, not a
// hyphen: "twenty two percent" is 22 percent, as "twenty-two" is, not
// 20 of "two percent" and 2 percent.
func (r *numReader) unitAfterTens(norm string, v float64, end int) (float64, bool) {
	if v < 20 || v > 90 || math.Mod(v, 10) != 0 || strings.Contains(norm, "-") {
		return 0, false
	}
	w, ok := r.d.l.numbers[r.norm(end)]
	if !ok || w.kind != 'n' || w.value < 1 || w.value > 9 {
		return 0, false
	}
	return w.value, true
}

// spacedFraction reads a fraction written as two words at token k, a
// number word of value v and a plural fraction ("three quarters", "two
// thirds", as "three-quarters" and "two-thirds"): it returns the share
// and the token after it. A numerator no smaller than the denominator
// or a count after a determiner or a word of time ("the last two
// quarters", "its first three quarters") is a count of periods, no share.
func (r *numReader) spacedFraction(k int, v float64) (float64, int, bool) {
	w, ok := r.d.l.numbers[r.norm(k+1)]
	if !ok || w.kind != 'f' || !strings.HasSuffix(r.norm(k+1), "s") || v < 1 || v != math.Trunc(v) || v*w.value >= 1 {
		return 0, k, false
	}
	if periodCountBefore[r.norm(k-1)] {
		return 0, k, false
	}
	return v * w.value, k + 2, true
}

// periodCountBefore are the words before "two quarters", "three thirds"
// that make them a count of periods or of parts ("the past two
// quarters"), not a share.
var periodCountBefore = map[string]bool{"the": true, "last": true, "past": true, "next": true, "first": true, "previous": true,
	"consecutive": true, "final": true, "those": true, "these": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "this": true, "that": true, "straight": true, "remaining": true, "coming": true, "recent": true}

// roughBefore are the words before "a third", "a fifth" that make it a
// rough share ("about a third", "more than a fifth"), never a position.
var roughBefore = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true, "than": true}

// ordinalAlone reports whether "a third" at k-1..end, with a comma after
// it, opens its sentence or a clause after "and", "but" or "while" ("Two
// were hurt. A third, a guard, …", "… and a third, a guard, …"): the
// next one of what the text has just counted, not a share; "by a third,"
// and "nearly a third," stay fractions.
func (r *numReader) ordinalAlone(k, end int) bool {
	if r.norm(end) != "," {
		return false
	}
	switch r.norm(k - 2) {
	case "and", "but", "while", "yet":
		return true
	}
	for j := r.a; j < k-1; j++ {
		if r.d.toks[j].Kind != KindPunct {
			return false
		}
	}
	return true
}

// periodParts are the words before "half" that make it a part of a
// period ("the first half of the year", "the back half of the term"),
// not a share of anything counted.
var periodParts = map[string]bool{"first": true, "second": true, "latter": true, "former": true, "final": true, "last": true, "back": true, "front": true}

// nounAt reports whether token k is a word that can head a noun phrase
// after an ordinal: a word that is no function word and no "of" ("a
// third term", not "a third of", "by a third in"). A capitalised word
// counts ("a third Democrat", "a fourth Senate seat"): a fraction is
// not followed by a name.
func (r *numReader) nounAt(k int) bool {
	t := r.tok(k)
	return t != nil && t.Kind == KindWord && (t.is(fLower) || t.is(fCap)) && !t.Stop && t.Norm != "of"
}

// slashed reports whether the numeral at k is one side of two numerals
// joined by a slash ("9/11", "24/7", "3/4"): a date, a name or a ratio,
// no count of anything.
func (r *numReader) slashed(k int) bool {
	num := func(i int) bool {
		t := r.tok(i)
		return t != nil && (t.Kind == KindNumber || i < k && prefixedNumeral(t.Norm))
	}
	adjacent := func(i, j int) bool { return r.tok(i) != nil && r.tok(j) != nil && r.tok(i).End == r.tok(j).Start }
	return r.norm(k+1) == "/" && num(k+2) && adjacent(k, k+1) && adjacent(k+1, k+2) ||
		r.norm(k-1) == "/" && num(k-2) && adjacent(k-2, k-1) && adjacent(k-1, k)
}

// prefixedNumeral reports whether norm is a word glued by a hyphen to the
// numeral it ends with: "post-9" of "post-9/11", "pre-9" of "pre-9/11".
func prefixedNumeral(norm string) bool {
	i := strings.LastIndexByte(norm, '-')
	if i <= 0 || i == len(norm)-1 {
		return false
	}
	for _, c := range norm[i+1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// numberSign reports whether the numeral at k follows the abbreviation
// "No." written with its capital ("No. 10 Downing St.", "the No. 3
// seed"): a name or a rank, no count. A lower-case "no." ends a sentence
// ("she said no.") more often than it numbers anything.
func (r *numReader) numberSign(k int) bool {
	no, dot := r.tok(k-2), r.tok(k-1)
	return no != nil && dot != nil && dot.Surface == "." && no.End == dot.Start &&
		(no.Surface == "No" || no.Surface == "NO")
}

// clockAt reports whether token k marks a clock time ("11 a.m.", "7
// pm"): the numeral before it is an hour, not a count.
func (r *numReader) clockAt(k int) bool {
	switch r.norm(k) {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm":
		return true
	}
	return false
}

// labelHeads are nouns a numeral labels rather than counts ("article
// 50", "section 230", "flight 93"), in any case.
var labelHeads = map[string]bool{"article": true, "section": true, "chapter": true, "clause": true, "paragraph": true,
	"flight": true, "route": true, "room": true, "platform": true, "gate": true, "precinct": true,
	"bill": true} // "Assembly bill 450" (h/numbers47)

// endsName reports whether the bare numeral at k ends a name: right
// after a capitalised word of the body that is no month or function
// word and does not merely open the sentence ("the FTSE 100 fell",
// "Flight 370", "outside Number 10"), or after a word in capitals
// anywhere ("FTSE 100 falls") or a noun a numeral labels ("article 50"). A headline capitalises its words, so its
// numerals are read as ever.
func (r *numReader) endsName(k int) bool {
	if strings.Contains(r.norm(k), ".") {
		return false // "Trump 47.8 to 45": a figure; names carry whole numbers
	}
	p := r.tok(k - 1)
	if p == nil || p.Kind != KindWord || p.para == TitlePara || r.d.l.months[p.Norm] > 0 ||
		r.isPercentAt(k+1) || currencyWord(r.norm(k+1)) != "" || timeUnit(r.norm(k+1)) != "" {
		return false // "Labour 40%", "Brent 80 dollars": a figure of the name
	}
	if p.is(fUpper) || labelHeads[p.Norm] {
		return true
	}
	return p.is(fCap) && !p.Stop && k-1 > r.a && !r.d.l.stop[p.Norm]
}

// codeAt reports whether the numeral at k opens a code with a bracketed
// letter glued to it ("401(k)", "501(c)(3)"): a name, no count.
func (r *numReader) codeAt(k int) bool {
	o, l := r.tok(k+1), r.tok(k+2)
	return o != nil && l != nil && o.Surface == "(" && o.Start == r.tok(k).End && l.Kind == KindWord && len(l.Norm) == 1 && r.norm(k+3) == ")"
}

// ageAfterName reports whether the whole number v at token k (ending at
// end) is set off by commas after a capitalised word, as news writing
// gives a person's age: "Ana Ruiz, 53, said", also after a generation
// suffix with its point ("Ana Ruiz Jr., 17, said").
func (r *numReader) ageAfterName(k, end int, v float64) bool {
	if v < 1 || v > 115 || v != math.Trunc(v) || end != k+1 || r.norm(k-1) != "," || r.norm(end) != "," {
		return false
	}
	p := r.tok(k - 2)
	if p != nil && p.Surface == "." && nameSuffixes[r.norm(k-3)] {
		p = r.tok(k - 3)
	}
	return p != nil && p.Kind == KindWord && p.is(fCap) && !p.Stop && !r.d.l.stop[p.Norm] && r.d.l.months[p.Norm] == 0
}

// alone reports whether the numeral from k to end is all its sentence
// holds but punctuation: "1." or "2)" over an item of the writer's own
// list, which counts nothing.
func (r *numReader) alone(k, end int) bool {
	for j := r.a; j < r.b; j++ {
		if (j < k || j >= end) && r.d.toks[j].Kind != KindPunct {
			return false
		}
	}
	return true
}

// nameSuffixes are the generation suffixes that may end a person's name
// with a point: "Jr.", "Sr.".
var nameSuffixes = map[string]bool{"jr": true, "sr": true}

// firstTitles are the words "first" names a title or a body with, not a
// position: "the first lady", "the First Amendment", "first responders".
var firstTitles = map[string]bool{"lady": true, "ladies": true, "gentleman": true, "amendment": true,
	"responders": true, "responder": true, "baseman": true, "minister": true, "secretary": true, "nations": true}

// enumerator reports whether the ordinal word from k to end opens its
// sentence as a marker of the writer's own sequence, which ranks nothing
// counted: "First, the levy…", "Second, and more to the point…", a
// quotation's "Third, we will…", and "First reported by…". "First
// responders" and "the second blast" are positions.
func (r *numReader) enumerator(k, end int) bool {
	for j := r.a; j < k; j++ {
		if r.d.toks[j].Kind != KindPunct {
			return false
		}
	}
	next := r.tok(end)
	if next == nil {
		return false
	}
	if next.Norm == "of" && r.norm(end+1) == "all" {
		return true // "First of all, …"
	}
	switch next.Surface {
	case ",", ";", ":":
		return true
	}
	return r.d.toks[k].Norm == "first" && next.is(fLower) && strings.HasSuffix(next.Norm, "ed")
}

// afterName reports whether the numeral at k follows a capitalised word
// inside its sentence (not its first word): with a hundreds series after
// the hyphen, a maker's model ("Boeing 737-800"), not a count ("Biden
// leads Sanders 786-645" stays one).
func (r *numReader) afterName(k int) bool {
	p := r.tok(k - 1)
	return p != nil && k-1 > r.a && p.Kind == KindWord && p.is(fCap) && !p.is(fUpper) && r.d.l.months[p.Norm] == 0
}

// apostropheBefore reports whether an apostrophe is written right against
// the numeral at k ("’87").
func (r *numReader) apostropheBefore(k int) bool {
	p := r.tok(k - 1)
	return p != nil && (p.Surface == "\u2019" || p.Surface == "'") && p.End == r.d.toks[k].Start
}

// leadingPoint reports whether the figure starting at token k is written
// with a leading decimal point (".026 percent", "a .300 hitter"): digits
// alone, right after a "." that follows a space, an opening bracket or
// quote ("(.5 percent)", review57c), or opens the paragraph.
func (d *doc) leadingPoint(k int) bool {
	if k < 1 || d.toks[k].Kind != KindNumber || strings.Trim(d.toks[k].Norm, "0123456789") != "" {
		return false
	}
	p := d.toks[k-1]
	if p.Norm != "." || p.para != d.toks[k].para || p.End != d.toks[k].Start {
		return false
	}
	if k < 2 || d.toks[k-2].para != p.para || d.toks[k-2].End < p.Start {
		return true
	}
	switch d.toks[k-2].Surface {
	case "(", "[", "“", "‘":
		return true
	}
	return false
}
