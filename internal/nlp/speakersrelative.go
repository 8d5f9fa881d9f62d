package nlp

// A verb of saying whose subject is a relative "who" ("… Holt, who
// replied, “…”", "Holt who, when asked by Lee whether …, answered:
// “…”"): the person named right before "who" speaks, and the quotation
// is no continuation of the last speaker's words.

// relativeWho returns the index of a lower-case "who" that is the
// subject of the verb at v (past auxiliaries, a time phrase and one
// aside set off by commas, as subjectBefore reads them), or -1.
func (d *doc) relativeWho(v, lo int, inQuote []bool) int {
	j := v - 1
	for j >= lo && isAux(&d.toks[j]) {
		j--
	}
	if j < lo {
		return -1
	}
	j = d.timeBefore(j, lo)
	if j >= lo && d.toks[j].Surface == "," {
		// "who, when asked by Lee whether …, replied": skip the aside.
		p := j - 1
		for p >= lo && j-p < 40 && d.toks[p].Surface != "," && !inQuote[p] {
			p--
		}
		if p < lo || d.toks[p].Surface != "," {
			return -1
		}
		j = p - 1
		for j >= lo && isAux(&d.toks[j]) {
			j--
		}
	}
	if j < lo || inQuote[j] || d.toks[j].Surface != "who" {
		return -1
	}
	return j
}

// relativeAntecedent returns the span of the person's name that ends
// right before the "who" at w, past a comma and a short parenthesis
// ("Holt (D-Ore.), who") or a short apposition ("Holt, the mayor,
// who"); else the noun phrase before "who", which names no one ("a
// neighbor who"), or -1, -1.
func (d *doc) relativeAntecedent(w, lo int, inQuote []bool) (int, int) {
	k := w - 1
	if k >= lo && d.toks[k].Surface == "," {
		k--
	}
	if k >= lo && d.toks[k].Surface == ")" {
		p := k - 1
		for p > lo && k-p <= 6 && d.toks[p].Surface != "(" && !inQuote[p] {
			p--
		}
		if p <= lo || d.toks[p].Surface != "(" {
			return -1, -1
		}
		k = p - 1
	}
	if k < lo || inQuote[k] {
		return -1, -1
	}
	if a, b := d.personNameEndingAt(k, lo); a >= 0 {
		return a, b
	}
	if d.toks[w-1].Surface == "," {
		// "Mr. Reid, Nevada Democrat, who vowed": the name before a
		// short apposition set off by commas.
		for p := k - 1; p >= lo && k-p <= 6 && !inQuote[p]; p-- {
			if d.toks[p].Surface == "," {
				if a, b := d.personNameEndingAt(p-1, lo); a >= 0 {
					return a, b
				}
				break
			}
		}
	}
	// "a man in a T-shirt who shouted", "a New Hampshire Republican, who
	// conceded": the phrase before "who", unnamed.
	return d.npBackward(k, lo)
}

// personNameEndingAt returns the span of the person's name mention that
// ends at token k (and starts at or after lo), else -1, -1.
func (d *doc) personNameEndingAt(k, lo int) (int, int) {
	if k < lo {
		return -1, -1
	}
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].b != k+1 || d.mentions[mi].a < lo || !d.personMention(mi) || d.mentions[mi].kind != MentionName {
		return -1, -1
	}
	return d.mentions[mi].a, d.mentions[mi].b
}

// quotedWords counts the words of the quotation opening at token open,
// up to two more than needed: enough to tell a word or two in quotation
// marks from a quotation.
func (d *doc) quotedWords(open int, inQuote []bool) int {
	n := 0
	for k := open + 1; k < len(d.toks) && inQuote[k] && n < 4; k++ {
		if d.toks[k].Kind == KindWord {
			n++
		}
	}
	return n
}
