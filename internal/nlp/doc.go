// Package nlp turns the text of one article into sentences, tokens,
// entities with their aliases, quotations with speakers, numbers and
// lexicon terms, and links entities across articles.
//
// # Offsets
//
// Every position in an [Analysis] is a [Span]: a paragraph index and a
// half-open range of BYTE offsets into that paragraph's UTF-8 text, so that
// in.Paragraphs[s.Para][s.Start:s.End] is the covered text. The title, when
// analysed, has paragraph index [TitlePara] (-1). Byte offsets are cheap and
// exact in Go; callers that need code points (for example the quote
// evaluation, or a JavaScript client) convert with [RuneOffset].
//
// # Languages
//
// Language data (abbreviations, stop words, attribution verbs, titles,
// gazetteers, number words and the term lexicon) lives in embedded text
// files under data/LANG/. English ("en") is the only language shipped; an
// [Input] with another or no language is read with the English data and
// [Analysis.Lang] says which data was used.
//
// # Method
//
// Everything is rule-based with gazetteers: a single pass tokenizer, an
// abbreviation-aware sentence splitter, a quotation-mark pairing automaton
// with paragraph continuation, clause-level attribution rules and a
// title/role chunker for names. There is no statistical model: rules run at
// thousands of articles per second per core, are deterministic, and can be
// extended per language by editing data files.
package nlp
