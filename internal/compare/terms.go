package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// terms lists each article's lexicon terms and distinctive words.
func terms(docs []*doc) []ArticleTerms {
	dist := distinctive(docs)
	quoted := make([]string, len(docs)) // per article, the words inside its quotation marks, lower-cased
	for i, d := range docs {
		var b strings.Builder
		for _, q := range d.an.Quotes {
			b.WriteString(" " + strings.Join(keys(words(q.Text)), " ") + " ")
		}
		for _, p := range d.art.Paragraphs {
			for _, q := range marked(p) {
				b.WriteString(" " + strings.Join(keys(words(q)), " ") + " ")
			}
		}
		quoted[i] = b.String()
	}
	out := make([]ArticleTerms, len(docs))
	for i, d := range docs {
		at := ArticleTerms{Article: d.art.ID, Lexicon: []TermUse{}}
		for _, t := range d.an.Terms {
			u := TermUse{Term: t.Term, Text: t.Text, Category: string(t.Category), Sentence: sentenceText(d.an, t.Sentence)}
			if t.Category == nlp.TermScareQuote {
				u.QuotedElsewhere = quotedByOther(docs, quoted, i, t.Text)
			} else {
				// An embedded post's words are its account's, quoted.
				u.Quoted = inQuote(d.an, t.Span) || d.posts[t.Span.Para]
			}
			u.NamedAfter = t.Category == nlp.TermVagueAttribution && namedRightAfter(d.an, t)
			u.Own = ownVoice(u) && !u.NamedAfter
			if u.Own && t.Category == nlp.TermLoaded && strings.EqualFold(t.Text, "so-called") {
				u.Own = !namedByOther(docs, i, soCalledPhrase(u.Sentence))
			}
			at.Lexicon = append(at.Lexicon, u)
		}
		if dist != nil {
			at.Distinctive, at.DistinctiveShown = dist[i], true
		}
		out[i] = at
	}
	return out
}

// inQuote reports whether sp lies inside one of the article's quotations.
func inQuote(an *nlp.Analysis, sp nlp.Span) bool {
	for _, q := range an.Quotes {
		for _, p := range q.Parts {
			if p.Para == sp.Para && p.Start <= sp.Start && sp.End <= p.End {
				return true
			}
		}
	}
	return false
}

// quotedByOther reports whether an article of another outlet than
// docs[i]'s has the words of text, in order, inside quotation marks
// (quoted holds each article's quoted words).
func quotedByOther(docs []*doc, quoted []string, i int, text string) bool {
	ws := keys(words(text))
	if len(ws) == 0 {
		return false
	}
	phrase := " " + strings.Join(ws, " ") + " "
	for j, d := range docs {
		if j != i && d.art.Outlet != docs[i].art.Outlet && strings.Contains(quoted[j], phrase) {
			return true
		}
	}
	return false
}

// namedByOther reports whether an article of another outlet than
// docs[i]'s has the words of phrase, in order, anywhere in its text: the
// phrase is then the common name of the thing, which "so-called" only
// introduces ("the so-called “fiscal cliff”", "the so-called “nuclear
// option”": fresh40, 5 of 5 uses of "so-called" before marks wrong on
// three draws, all names other outlets of the event also use). A phrase
// no other outlet uses ("the so-called “coalition of the willing”" in
// the seeds, "the so-called “social justice left”") keeps its distance.
func namedByOther(docs []*doc, i int, phrase string) bool {
	ws := keys(words(phrase))
	if len(ws) == 0 {
		return false
	}
	want := " " + strings.Join(ws, " ") + " "
	for j, d := range docs {
		if j == i || d.art.Outlet == docs[i].art.Outlet {
			continue
		}
		for _, p := range d.art.Paragraphs {
			if strings.Contains(" "+strings.Join(keys(words(p)), " ")+" ", want) {
				return true
			}
		}
	}
	return false
}

// sentenceText returns the text of sentence i, or "".
func sentenceText(an *nlp.Analysis, i int) string {
	if i < 0 || i >= len(an.Sentences) {
		return ""
	}
	return shown(an.Sentences[i].Text)
}

// shown is a sentence as a reader sees it. Page furniture blanked out of
// an article's text (package clean keeps offsets by writing spaces over
// it) leaves runs of spaces inside a sentence; they are shown as one.
func shown(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// marked returns the passages of a paragraph inside double quotation
// marks (“…” or "…"), quotations in passing included: words a sentence
// quotes in passing ("unable to “verify the substance” of it, she said")
// are no quotation of the analysis, but they are someone's words.
func marked(p string) []string {
	var out []string
	open := -1
	for i, r := range p {
		switch {
		case r == '“' || r == '"' && open < 0:
			open = i + len(string(r))
		case (r == '”' || r == '"') && open >= 0:
			out = append(out, p[open:i])
			open = -1
		}
	}
	return out
}
