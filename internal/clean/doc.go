// Package clean sets page furniture aside from the text of an article:
// captions and photo credits, related-link boxes and promos, share widgets,
// newsletter and subscription pitches, bylines and datelines at the top,
// a live report's sign-offs (a dash and its reporters' names),
// author bios, contact lines and book plugs at the end, embedded social
// posts, stock-quote widgets (a ticker symbol and its live change run into
// a sentence, a table of quotes), update notes, copyright
// lines and disclaimers. Everything that reads an article's text (analysis,
// copy detection, story clustering, comparison, search snippets) reads the
// cleaned view instead of the stored text, which is never changed.
//
// # Two sources of evidence
//
// By form: patterns that furniture has on any site, kept as data in
// data/LANG/ (see data/README.md) and read with the language of the
// article, plus a few recognisers of structure (an inline related-link box
// run into a sentence, a tweet's signature line, a credit made of a name
// and an agency).
//
// By repetition within one outlet: a [Model] counts, per outlet, in how
// many distinct articles each normalised paragraph occurs. A paragraph that
// recurs across many articles of the same outlet (a newsletter pitch, a
// columnist's bio, a standing disclaimer) is furniture for that outlet.
// Repetition across outlets is copying and is never counted: each outlet
// has its own model, so a wire story carried by a hundred outlets is not
// furniture for any of them.
//
// # The view
//
// [Cleaner.Clean] returns a [View]: a verdict for each paragraph (text,
// furniture, or mixed when only parts of it are furniture), with the kind
// of furniture, a one-line reason and the byte ranges set aside. It is
// deterministic: the same article and the same model give the same view.
// [View.Masked] gives the paragraphs with every furniture byte replaced by
// a space, so that byte offsets computed on it are offsets into the stored
// text; [View.Kept] gives the text that is left, furniture removed.
package clean
