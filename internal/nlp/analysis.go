package nlp

// TitlePara is the paragraph index used for spans in the title.
const TitlePara = -1

// Span locates text: paragraph index (TitlePara for the title) and a
// half-open range of byte offsets into that paragraph.
type Span struct {
	Para  int `json:"para"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Analysis is everything read from one article. Its JSON field names are
// stable: `parallax analyze --json` prints it and the store keeps it.
type Analysis struct {
	// Lang is the language whose data was used ("en").
	Lang string `json:"lang"`
	// Sentences in reading order; the title's sentences come first.
	Sentences []Sentence `json:"sentences"`
	// Entities are the names found, with their in-article aliases merged.
	Entities []Entity `json:"entities"`
	// Quotes are the quotations in the body, in order.
	Quotes []Quote `json:"quotes"`
	// Numbers are the numeric expressions, in order.
	Numbers []Number `json:"numbers"`
	// Terms are occurrences of lexicon entries, in order.
	Terms []Term `json:"terms"`
}

// Sentence is one sentence of one paragraph.
type Sentence struct {
	Span
	// Text is the sentence text.
	Text string `json:"text"`
	// Tokens are the sentence's tokens, punctuation included.
	Tokens []Token `json:"tokens"`
}

// TokenKind says what a token is.
type TokenKind string

// Token kinds.
const (
	KindWord   TokenKind = "word"
	KindNumber TokenKind = "number"
	KindPunct  TokenKind = "punct"
)

// Token is one word, number or punctuation mark. Start and End are byte
// offsets in the sentence's paragraph.
type Token struct {
	Surface string    `json:"surface"`
	Norm    string    `json:"norm"`
	Stem    string    `json:"stem"`
	Kind    TokenKind `json:"kind"`
	Stop    bool      `json:"stop,omitempty"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
}

// EntityType is the kind of a named entity.
type EntityType string

// Entity types.
const (
	Person EntityType = "person"
	Org    EntityType = "org"
	Place  EntityType = "place"
	Event  EntityType = "event"
	Other  EntityType = "other"
)

// Entity is one real-world thing named in the article, with every mention.
type Entity struct {
	// ID is the entity's index in Analysis.Entities.
	ID int `json:"id"`
	// Name is the display name: the most complete form the text writes,
	// without a title or honorific before it.
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Key is the normalised, transliteration-folded name used for linking
	// across articles.
	Key string `json:"key"`
	// Keys are the keys of shorter names of the same entity the text
	// also writes (an abbreviation it stands for, "aca"; the tail of a
	// department's name, "homeland security"), matched across articles
	// as Key is.
	Keys []string `json:"keys,omitempty"`
	// Forms are the distinct surface forms of the name, with counts.
	Forms []Form `json:"forms"`
	// Aliases are the role descriptions the text ties to the entity, as
	// written ("UK Prime Minister", "Ukrainian leader").
	Aliases []string `json:"aliases,omitempty"`
	// Mentions are all places the entity is mentioned.
	Mentions []Mention `json:"mentions"`
}

// Form is one surface form of an entity and how often it occurs.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// MentionKind says how an entity was mentioned.
type MentionKind string

// Mention kinds.
const (
	MentionName    MentionKind = "name"
	MentionRole    MentionKind = "role"
	MentionPronoun MentionKind = "pronoun"
)

// Mention is one occurrence of an entity.
type Mention struct {
	Span
	Text     string      `json:"text"`
	Kind     MentionKind `json:"kind"`
	Sentence int         `json:"sentence"`
}

// Quote is one quotation. Parts are the text strictly inside the marks;
// a quote interrupted by its attribution, or continued over paragraphs,
// has several parts.
type Quote struct {
	// Text is the quoted text, parts joined by a space.
	Text  string `json:"text"`
	Parts []Span `json:"parts"`
	// Mark is the opening quotation mark as written (“ " « „ ‘ '' …).
	Mark string `json:"mark"`
	// FirstSentence and LastSentence are indexes into Analysis.Sentences.
	FirstSentence int `json:"first_sentence"`
	LastSentence  int `json:"last_sentence"`
	// Partial is true for a quoted fragment inside the writer's own
	// sentence (a partial or scare quote) rather than a quoted statement.
	Partial bool `json:"partial"`
	// Speaker is who the text says spoke, when found.
	Speaker *Speaker `json:"speaker,omitempty"`
	// Source is the publication the text says reported the words ("The
	// Hill reported", "according to CNN"): a source of reporting, never
	// the speaker.
	Source *Speaker `json:"source,omitempty"`
	// Verb is the attribution verb as written ("said", "warned"), or "".
	Verb     string `json:"verb,omitempty"`
	VerbSpan *Span  `json:"verb_span,omitempty"`
}

// Speaker is the mention a quote is attributed to.
type Speaker struct {
	// Entity is the entity ID, or -1 when the mention is not a named entity
	// (for example "a source").
	Entity int `json:"entity"`
	// Mention is the exact text the speaker was taken from ("he", "Starmer").
	Mention string `json:"mention"`
	Span    Span   `json:"span"`
	// Via says which rule found the speaker: "after" (`"…," X said`),
	// "before" (`X said: "…"`), "according_to", "colon" (`X: "…"`),
	// "previous_paragraph" (a lead-in paragraph ending in a colon),
	// "previous_sentence" (the writer's sentence before reports the
	// speaker's words: `Lund said the fees were too high. "…"`),
	// "continued" (the speaker of the quote before).
	Via string `json:"via"`
	// With lists the entity IDs of the other persons named in one list
	// with the speaker, who speak together ("Ivo Lund and Ana Ruiz said
	// in a joint statement"): the first named is Entity, the others are
	// here in text order. Empty for one speaker.
	With []int `json:"with,omitempty"`
}

// NumberKind is the kind of a numeric expression.
type NumberKind string

// Number kinds.
const (
	NumPercent  NumberKind = "percent"
	NumCount    NumberKind = "count"
	NumMoney    NumberKind = "money"
	NumAge      NumberKind = "age"
	NumDate     NumberKind = "date"
	NumDuration NumberKind = "duration"
	NumOrdinal  NumberKind = "ordinal"
	NumRange    NumberKind = "range"
)

// Number is one numeric expression. Percentages and fractions are
// normalised to a ratio: "20%", "20 per cent" and "a fifth" all have Value
// 0.2.
type Number struct {
	Span
	Text  string     `json:"text"`
	Kind  NumberKind `json:"kind"`
	Value float64    `json:"value"`
	// High is the upper bound of a range.
	High *float64 `json:"high,omitempty"`
	// Approx is true for vague quantities ("thousands", "about 20%").
	Approx bool `json:"approx,omitempty"`
	// Unit is the currency (USD, GBP, EUR…), the time unit, or the
	// measure word of "28-point".
	Unit string `json:"unit,omitempty"`
	// Counts is what the number counts or measures ("troops",
	// "Donetsk region"), when it can be read from the text.
	Counts string `json:"counts,omitempty"`
	// Ranked is true for a share of a group ranked by wealth or rank: a
	// percentage written after "the" and a superlative or "top" or
	// "bottom" ("the wealthiest 1 percent", "the top 5 percent of
	// earners"), a group, not a share of all (see rankedShare).
	Ranked   bool `json:"ranked,omitempty"`
	Sentence int  `json:"sentence"`
}

// TermCategory is the category of a lexicon term.
type TermCategory string

// Term categories shipped in the English lexicon; user lexicons may add
// others.
const (
	TermLoaded           TermCategory = "loaded"
	TermHedging          TermCategory = "hedging"
	TermVagueAttribution TermCategory = "vague-attribution"
	// TermScareQuote is a short phrase in quotation marks that no one is
	// said to have spoken: the writer's distance from a word ("so-called
	// 'peace plan'"), not a quotation.
	TermScareQuote TermCategory = "scare-quote"
	// TermNaming entries of a lexicon are sets of names of one thing whose
	// choice is politically charged ("naming<TAB>Kiev | Kyiv"); they are
	// not searched in text (see Analyzer.ChargedNaming).
	TermNaming TermCategory = "naming"
	// TermBrand entries of a lexicon are makers' names ("brand<TAB>Ford",
	// "brand<TAB>Land Rover"): a name that opens with one and goes on
	// with a model ("a white Ford Fusion", "the Airbus A320") is a
	// product, typed other, not a person. They are not searched in text.
	TermBrand TermCategory = "brand"
)

// Term is one occurrence of a lexicon entry.
type Term struct {
	Span
	// Term is the lexicon entry; Text is the text as written.
	Term     string       `json:"term"`
	Text     string       `json:"text"`
	Category TermCategory `json:"category"`
	Sentence int          `json:"sentence"`
}
