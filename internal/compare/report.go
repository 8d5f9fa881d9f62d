package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// Report is the comparison of a set of articles. Its JSON field names are
// stable; README.md documents them.
type Report struct {
	// SameStory is true when the articles report one event (story
	// clustering put them all in one story).
	SameStory bool `json:"same_story"`
	// Story says why SameStory was decided.
	Story StoryCheck `json:"story"`
	// Articles are the articles compared, in input order.
	Articles []Article `json:"articles"`
	// Differences are the differences between the articles that matter
	// most, best first: the "What differs" summary (see Differences).
	Differences []Difference `json:"differences"`
	// Facts are the fact groups, most widely reported first.
	Facts []Fact `json:"facts"`
	// Quotes are the quotations grouped by speaker and wording.
	Quotes []QuoteGroup `json:"quotes"`
	// Names are the entities named by more than one article, with the
	// forms and roles each article uses.
	Names []Name `json:"names"`
	// Terms are the loaded, hedging and vague-attribution terms and the
	// distinctive words of each article.
	Terms []ArticleTerms `json:"terms"`
	// Numbers are the quantities, matched across articles by what they
	// count.
	Numbers []Quantity `json:"numbers"`
	// Copies are the copy relations between the articles.
	Copies []Copy `json:"copies"`
	// Timeline lists the articles in order of publication.
	Timeline []TimelineEntry `json:"timeline"`
	// unshownNumbers are the quantities the Numbers table leaves out
	// (shownQuantities); What differs still asks of them whether a
	// figure is given elsewhere.
	unshownNumbers []Quantity
}

// StoryCheck explains the same-story decision.
type StoryCheck struct {
	// Score is the lowest similarity with which an article joined the
	// story of the others (0 when one article started a second story).
	Score float64 `json:"score"`
	// Reason is a sentence for people.
	Reason string `json:"reason"`
	// Shared are the terms and names that tied the articles together.
	Shared []string `json:"shared,omitempty"`
	// Groups lists the article ids of each story found when there are
	// several.
	Groups [][]string `json:"groups,omitempty"`
}

// Article is one compared article.
type Article struct {
	ID string `json:"id"`
	// Outlet is the article's outlet as the caller names it (a stored
	// story's report names it by its outlet record), or its file name when
	// it has none.
	Outlet    string       `json:"outlet"`
	Title     string       `json:"title"`
	Published article.Date `json:"published"`
	// Source is where the article was read from.
	Source string `json:"source,omitempty"`
	// Words is the length of the body in words.
	Words int `json:"words"`
	// OnlyNames are the people this article alone names among the
	// compared articles, by full name, most mentioned first (at most
	// five; see onlyNames).
	OnlyNames []string `json:"only_names,omitempty"`
	// Kind is KindOpinion for a column, an editorial or a commentary,
	// KindAnalysis for a piece its outlet labels an analysis, "" for a
	// report (see ArticleKind).
	Kind string `json:"kind,omitempty"`
	// Preview marks a piece written before the happening it is about,
	// telling it as still to come (see article.Preview): it belongs to
	// the event, but its forecasts are no report of the outcome.
	Preview bool `json:"preview,omitempty"`
}

// Coverage classes of a fact.
const (
	CoverageAll  = "all"  // every article reports it
	CoverageMost = "most" // more than half, not all
	CoverageSome = "some" // two or more, at most half
	CoverageOne  = "one"  // one article alone
)

// Fact is a fact group: sentences of different articles that state the
// same fact.
type Fact struct {
	// Coverage is CoverageAll, CoverageMost, CoverageSome or CoverageOne,
	// counted in independent accounts: an article that copies another
	// (see Copies) counts with its source as one, in the group and in
	// the story, so that a fact whose only other article is a copy of
	// the first is CoverageOne.
	Coverage string `json:"coverage"`
	// ReportedBy and MissingFrom are article ids: the articles whose
	// sentences the group holds, and those that do not state the fact in
	// any words (an article of StatedBy is in neither).
	ReportedBy  []string `json:"reported_by"`
	MissingFrom []string `json:"missing_from,omitempty"`
	// Copies are the articles of ReportedBy that are copies of another
	// article of ReportedBy (by the report's Copies, shares-quotes
	// aside), each with the source it repeats: their sentences repeat
	// the fact, they do not confirm it (see Sources).
	Copies []FactCopy `json:"copies,omitempty"`
	// Shared are the words, names and numbers the sentences have in common.
	Shared []string `json:"shared,omitempty"`
	// Sentences are the sentences of each reporting article.
	Sentences []FactSentence `json:"sentences"`
	// Conflict holds the words with which the articles state opposite
	// outcomes of the same thing ("passed", "dropped"): the group is a
	// difference between the outlets, not a fact they agree on.
	Conflict []string `json:"conflict,omitempty"`
	// StatedBy lists the other articles that state the fact in other
	// words: a fact one article gives in these words is then not "only
	// in" it, and no article of StatedBy leaves the fact out.
	StatedBy []string `json:"stated_by,omitempty"`
	// ToldBy are the articles of StatedBy that surely state it: a
	// sentence of theirs quotes its statement in bits, passes the test
	// that pairs two sentences into one fact, or alone holds half its
	// weight (see statesSurely). StatedBy is the looser search, enough to
	// claim of no article that it leaves the fact out; a page that says
	// an article tells the fact in other words names ToldBy.
	ToldBy []string `json:"told_by,omitempty"`
	// Tentative says that the group's best pair scores below
	// sureCosine: its sentences share a few phrases, names or numbers
	// rather than most of their words, so the group is possibly one
	// fact, not surely (about six such groups in ten were one fact on
	// the judged sample, against nine in ten of the others).
	Tentative bool `json:"tentative,omitempty"`
	// MaybeElsewhere marks a fact of one article, stated by no other in
	// words paraphrase search finds, that holds too little the others
	// lack: no quote of a named speaker, fewer than two names or figures
	// of its own (a percentage, sum or measured count is enough alone;
	// see claimable). Other articles may state it in other words, so it
	// is not claimed as only in its article (see OnlyIn).
	MaybeElsewhere bool `json:"maybe_elsewhere,omitempty"`
	// Own is, for a fact claimed as only in its article (OnlyIn), what
	// of its sentence no other article of the comparison has, in the
	// order the sentence gives it: names of people, organisations and
	// places that no other article names or writes, figures and dates
	// that no other article gives (an age or a rank aside), and the
	// words it quotes of a named speaker when they are most of the
	// sentence (a name or figure inside those words is left to the
	// quote, and a name another article gives by its last words,
	// "Warren" for "Elizabeth Warren", is left out; so are the article's
	// own outlet and what follows its possessive, when anything else is
	// listed, and a person the sentence names by the surname alone is
	// given by the article's full form of the name). It is the part of the claim that rests on the articles'
	// words and figures rather than on their meaning: another article
	// may tell the rest of the sentence in other words (the paraphrase
	// search finds only what shares most of its words), so a reader
	// should take the sentence as context and these as what only this
	// article gives. Empty for every other fact, and for a fact only a
	// source and its copies give (no detail was needed to claim it).
	Own []OwnDetail `json:"own,omitempty"`
	// QuoteOnly names the speaker when a fact claimed as only in its
	// article (OnlyIn) is mostly words it quotes of that speaker (Own
	// holds them, kind OwnQuote): what the claim can promise is that no
	// other article quotes these words of theirs, not that no other
	// tells their point. Other articles often make it in words of their
	// own, through the same speaker or another ("a setback for the
	// harbour" from one official beside another's "trade at the docks
	// will suffer"), and no
	// word-level test tells those apart (README of testdata/abpjudged,
	// "Only-in by what it is"): on the judged ABP parts fresh27 to fresh32
	// such claims were right as facts only one article gives 117 times
	// in 167, and as words only one article quotes 163 times. The pages
	// show them as quotes only their outlet gives (QuoteOnlyIn), apart
	// from the facts only it reports.
	QuoteOnly string `json:"quote_only,omitempty"`
	// PartElsewhere marks a fact claimed as only in its article (OnlyIn),
	// not a quote (QuoteOnly empty), with details of its own (Own), whose
	// sentence another article may tell in part: a sentence there, body
	// or headline, shares a pair of consecutive content words with it
	// and at least two words of its predicate (verbs of saying aside;
	// see the part result of toldElsewhere). What the claim can promise is then what
	// the article adds, its Own details, not that no other article
	// reports the fact: the pages show it as details only its outlet
	// adds to a fact others may tell in part (AddsOnlyIn), the sentence
	// beside them. On the judged ABP parts fresh25 to fresh32 such
	// claims were right as facts only one article gives 73 times in 107,
	// and as the details it adds 93 times (README of
	// testdata/abpjudged, "Only-in details").
	PartElsewhere bool `json:"part_elsewhere,omitempty"`
	// PartBasis is what PartElsewhere rests on: the other article's
	// sentence that the test found and what it shares with the fact's
	// sentence. A page says this, not that the other article tells the
	// fact: the shared words are often the story's topic ("unemployment
	// rate"), and the other sentence another point (three such lines of
	// fresh51, README of testdata/abpjudged, session 68). Nil for every
	// fact not PartElsewhere.
	PartBasis *PartBasis `json:"part_basis,omitempty"`
}

// PartBasis is the sentence of another article that made a fact told in
// part elsewhere (Fact.PartElsewhere), and what the two share: either
// words (Phrase, two consecutive content words of the fact's sentence as
// it writes them, and at least two of its predicate's words), or a figure
// (Figure, as the fact's sentence writes it) that the other sentence
// gives too, outside quotations, with a participant both name and a verb
// of the same act.
type PartBasis struct {
	// Article is the other article.
	Article string `json:"article"`
	// Phrase is the pair of words both sentences hold ("relief fund"),
	// as the fact's sentence writes them; empty when Figure is set.
	Phrase string `json:"phrase,omitempty"`
	// Figure is the figure both sentences give ("53%"), as the fact's
	// sentence writes it; empty when Phrase is set.
	Figure string `json:"figure,omitempty"`
}

// Statement is what b establishes, with the other article named as
// named: "a sentence of Harbour Post shares words with it (“relief
// fund”)" or "a sentence of Harbour Post gives “53%” too, with a
// participant it names and a verb of the same act". It says what the
// test found, not that the other article tells the fact.
func (b PartBasis) Statement(named string) string {
	if b.Figure != "" {
		return "a sentence of " + named + " gives “" + b.Figure + "” too, with a participant it names and a verb of the same act"
	}
	if b.Phrase == "" {
		return "a sentence of " + named + " shares words with it"
	}
	return "a sentence of " + named + " shares words with it (“" + b.Phrase + "”)"
}

// OnlyFact reports whether f is claimed as a fact only its article
// gives: OnlyIn, and neither a speaker's words whose point others may
// make (QuoteOnly) nor details added to a fact others tell in part
// (PartElsewhere).
func (f Fact) OnlyFact() bool {
	return f.OnlyIn() && f.QuoteOnly == "" && !f.PartElsewhere
}

// AddsOnlyIn reports whether f is shown as details only its article
// adds to a fact other articles tell in part (see PartElsewhere).
func (f Fact) AddsOnlyIn() bool {
	return f.OnlyIn() && f.PartElsewhere
}

// QuoteOnlyIn reports whether f is shown as a speaker's words that only
// its article quotes (see QuoteOnly).
func (f Fact) QuoteOnlyIn() bool {
	return f.OnlyIn() && f.QuoteOnly != ""
}

// Kinds of OwnDetail.
const (
	OwnName   = "name"   // a name as the sentence writes it
	OwnFigure = "figure" // a figure or date as written
	OwnQuote  = "quote"  // the words the sentence quotes of a named speaker
)

// OwnDetail is one detail of a fact that only its article gives (see
// Fact.Own).
type OwnDetail struct {
	// Kind is OwnName, OwnFigure or OwnQuote.
	Kind string `json:"kind"`
	// Text is the detail as the sentence writes it: a name in its most
	// complete form there (a person's surname alone in the article's
	// full form of the name), a figure or date, or the quoted words
	// inside the sentence (parts joined by " … ").
	Text string `json:"text"`
	// Speaker is whose words a quote's are (OwnQuote only): no other
	// article quotes these words of theirs.
	Speaker string `json:"speaker,omitempty"`
}

// Label is the detail as a list of what only one article gives shows
// it: a name or figure in quotation marks (“Oskar Lund”, “$48,250”), a
// quote by its speaker ("Oskar Lund's quoted words"): its words are
// most of the sentence shown beside the list.
func (o OwnDetail) Label() string {
	if o.Kind == OwnQuote {
		return o.Speaker + "'s quoted words"
	}
	return "“" + o.Text + "”"
}

// OnlyIn reports whether f is a fact only one article gives, in any
// words.
func (f Fact) OnlyIn() bool {
	return f.Coverage == CoverageOne && len(f.StatedBy) == 0 && !f.MaybeElsewhere
}

// FactSentence is one article's sentence in a fact group.
type FactSentence struct {
	Article string `json:"article"`
	// Text is the sentence, or two consecutive sentences of one
	// paragraph, one space between, when another article of the group
	// gives in one sentence what this one cuts at a full stop (a quoted
	// statement or a tweet): the member stands for both. Paragraph,
	// Speaker and the judged key (README of testdata/abpjudged) go by
	// the first of the two.
	Text string `json:"text"`
	// Paragraph is the paragraph of its article the sentence stands in
	// (-1: the title).
	Paragraph int `json:"paragraph"`
	// OnlyHere are phrases of this sentence that the other articles'
	// sentences of the group do not have: details this article alone gives.
	OnlyHere []string `json:"only_here,omitempty"`
	// Whole is the member's whole sentence (or two) when Text shows only
	// the clause that states the group's fact, the rest cut ("…"):
	// what a summary quotes, which must read as the article wrote it.
	// Empty when Text is whole.
	Whole string `json:"whole,omitempty"`
	// Adds is, for a member shown whole (Whole empty), the clause of Text
	// that no other member of the group gives, as Text reads it: its
	// tail after "…" where the sentence runs on past the shared point,
	// or its first clause before "…" where only the clause after it
	// tells the shared point, or one half of a quotation whose other half
	// alone the others give (without its quotation marks, session 61),
	// or a relative clause set between commas ("…who postponed her
	// visit…", "…" after it where the sentence goes on, session 66).
	// The member holds more than the point the group shares, and this is
	// the more (session 60). Empty when the member says no more than the
	// others.
	Adds string `json:"adds,omitempty"`
	// Speaker names who says the sentence when it is the words of a
	// quotation whose speaker the article names elsewhere ("“We cannot
	// imagine this.”" after "His father said:"), so that a reader can
	// place a quoted line; empty for the writer's own sentences and for
	// sentences that name their speaker.
	Speaker string `json:"speaker,omitempty"`
}

// Kinds of quote group.
const (
	QuoteIdentical = "identical" // same words in every article
	QuoteAltered   = "altered"   // overlapping but different words
	QuoteShortened = "shortened" // one quote is a part of another
	QuoteExcerpts  = "excerpts"  // overlapping parts of one statement, neither holds the other
	QuoteOneOnly   = "one-outlet"
)

// QuoteGroup is one statement as the articles quote it.
type QuoteGroup struct {
	// Speaker is the linked speaker's name, or "" when unknown.
	Speaker string `json:"speaker"`
	// Kind is QuoteIdentical, QuoteAltered, QuoteShortened, QuoteExcerpts or
	// QuoteOneOnly.
	Kind string `json:"kind"`
	// Quotes are the quotes of the group, in article order.
	Quotes []QuoteUse `json:"quotes"`
	// Diffs compare the first article's quote with each differing one.
	Diffs []QuoteDiff `json:"diffs,omitempty"`
	// Transcribed is true for a group not altered whose versions still
	// differ inside what both quote as two transcripts of one passage do
	// (a small word heard one way or the other, "he have" for "we
	// have"): the same words, transcribed differently, no outlet's
	// change of what the speaker said.
	Transcribed bool `json:"transcribed,omitempty"`
	// Translated is true for a group not altered whose versions render,
	// in other English words, a remark made in another language (an
	// article says it was translated, or names the speaker by a
	// nationality of another language): two translations, not an
	// outlet's change of what the speaker said (h/quotes57b).
	Translated bool `json:"translated,omitempty"`
}

// QuoteUse is one article's quotation.
type QuoteUse struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	// Verb is the attribution verb the article chose ("said", "claimed").
	Verb string `json:"verb,omitempty"`
	// Mention is how the article named the speaker there.
	Mention string `json:"mention,omitempty"`
	// Partial is true for a fragment quoted inside the writer's sentence.
	Partial bool `json:"partial"`
}

// phraseWords is the length under which a fragment quoted inside the
// writer's sentence is a phrase the writer marks ("quid pro quo", "a
// complete charade"), not a statement of its speaker.
const phraseWords = 5

// Phrase reports whether u is a few words the writer quotes inside a
// sentence of their own: a label or a scare-quoted term, which a list of
// what a speaker said leaves out. A term of at most maxTermWords words
// that opens in lower case is such a fragment too, even where the
// analysis saw no sentence of the writer's around it: a word in brackets
// ('the same language ("essential")'), a short answer without its
// question ("yes.") (h/quotes59).
func (u QuoteUse) Phrase() bool {
	n := len(strings.Fields(u.Text))
	if u.Partial || n > maxTermWords {
		return u.Partial && n < phraseWords
	}
	for _, r := range u.Text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// QuoteDiff is a word-level diff between two articles' versions of a quote.
type QuoteDiff struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Kind is QuoteAltered, QuoteShortened or QuoteExcerpts.
	Kind string `json:"kind"`
	// FromText and ToText are the compared passages (for a long quote,
	// the sentences that correspond to the other one).
	FromText string `json:"from_text"`
	ToText   string `json:"to_text"`
	// Ops turn FromText into ToText.
	Ops []DiffOp `json:"ops"`
	// Inline is the diff as text: [-removed-] {+inserted+}.
	Inline string `json:"inline"`
}

// Diff operations.
const (
	OpEqual  = "equal"
	OpDelete = "delete"
	OpInsert = "insert"
)

// DiffOp is a run of words kept, deleted or inserted.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Name is one entity and how each article names it.
type Name struct {
	// Entity is the entity's display name: its most complete form as the
	// articles write it.
	Entity string `json:"entity"`
	Type   string `json:"type"`
	// Flagged is true when a difference carries editorial meaning: a
	// charged or transliterated spelling, or a descriptor that takes a
	// stance (see Variants).
	Flagged bool `json:"flagged"`
	// Significance ranks flagged names (charged naming weighs most, then
	// spelling and descriptors, times the articles involved); 0 when not
	// flagged.
	Significance float64 `json:"significance"`
	// FormsDiffer is true when articles make a flagged spelling choice
	// (Kiev/Kyiv, Vladimir/Volodymyr); abbreviations, aliases, titles,
	// punctuation and case are listed in Variants but not flagged.
	FormsDiffer bool `json:"forms_differ"`
	// RolesDiffer is true when an article describes the entity with a
	// stance-bearing descriptor the others do not use ("Ukrainian
	// leader"/"Ukrainian President", "so-called", "embattled").
	RolesDiffer bool `json:"roles_differ"`
	// Variants are the pairs of forms or roles that differ between
	// articles, each classified; flagged ones first.
	Variants []Variant `json:"variants,omitempty"`
	Uses     []NameUse `json:"uses"`
}

// Variant is one difference in how two sets of articles name an entity.
type Variant struct {
	// Kind is one of VariantCharged, VariantSpelling, VariantDescriptor
	// (flagged) or VariantRole, VariantAbbreviation, VariantAlias,
	// VariantHonorific, VariantShort, VariantPunctuation, VariantCase,
	// VariantOther (listed quietly).
	Kind    string `json:"kind"`
	Flagged bool   `json:"flagged"`
	// Forms are the two forms (or descriptions); Articles[i] are the
	// articles that write Forms[i].
	Forms    [2]string   `json:"forms"`
	Articles [2][]string `json:"articles"`
}

// NameUse is the forms and roles one article uses for an entity.
type NameUse struct {
	Article string   `json:"article"`
	Forms   []string `json:"forms"`
	Roles   []string `json:"roles,omitempty"`
}

// ArticleTerms are one article's lexicon terms and distinctive words.
type ArticleTerms struct {
	Article string `json:"article"`
	// Lexicon lists loaded, hedging and vague-attribution terms.
	Lexicon []TermUse `json:"lexicon"`
	// Distinctive are the words that set this article apart from the
	// others (log-odds ratio with an informative Dirichlet prior, z ≥
	// 1.96); empty unless DistinctiveShown.
	Distinctive []Word `json:"distinctive,omitempty"`
	// DistinctiveShown is false when there is too little text for the
	// statistic to mean anything.
	DistinctiveShown bool `json:"distinctive_shown"`
}

// TermUse is one lexicon term as an article wrote it.
type TermUse struct {
	Term     string `json:"term"`
	Text     string `json:"text"`
	Category string `json:"category"`
	Sentence string `json:"sentence"`
	// Quoted is true for a term inside a quotation: the speaker's word,
	// not the writer's (a scare quote is never Quoted).
	Quoted bool `json:"quoted,omitempty"`
	// QuotedElsewhere is true for a scare quote whose words an article
	// of another outlet has inside a quotation: words the story's
	// speakers said, which the marks attribute rather than distance.
	QuotedElsewhere bool `json:"quoted_elsewhere,omitempty"`
	// NamedAfter is true for a vague attribution ("experts said") whose
	// experts the article names in a quotation right after it
	// (namedRightAfter): it hides no one, and is not the outlet's own
	// unnamed sourcing.
	NamedAfter bool `json:"named_after,omitempty"`
	// Own is true when the term is the outlet's own wording (ownVoice):
	// not a speaker's word in a quotation, not marks that attribute words
	// others quote, not a neutral sense of the word ("claimed
	// responsibility", "admitted to hospital", "so it could be
	// reported"). Only own terms are shown as the outlet's word choice.
	Own bool `json:"own"`
}

// Word is a distinctive word with its count in the article and z-score.
type Word struct {
	Word  string  `json:"word"`
	Count int     `json:"count"`
	Z     float64 `json:"z"`
}

// Quantity is one thing counted or measured, with each article's value.
type Quantity struct {
	// What is what the number counts ("troops", "Donetsk region").
	What string `json:"what"`
	Kind string `json:"kind"`
	Unit string `json:"unit,omitempty"`
	// Discrepancy is true when articles give different values.
	Discrepancy bool        `json:"discrepancy"`
	ReportedBy  []string    `json:"reported_by"`
	Values      []NumberUse `json:"values"`
}

// Rank orders quantities for a reader: 0 for a discrepancy, 1 for a
// figure several articles give, 2 for the rest: a figure one article
// gives, and a position ("first", "30th"), which marks a rank rather than
// measures and is never disputed (several reports' "first" are mostly
// firsts of different things).
func (q Quantity) Rank() int {
	switch {
	case q.Discrepancy:
		return 0
	case len(q.ReportedBy) > 1 && q.Kind != string(nlp.NumOrdinal):
		return 1
	}
	return 2
}

// NumberUse is one article's number.
type NumberUse struct {
	Article  string  `json:"article"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Approx   bool    `json:"approx,omitempty"`
	Sentence string  `json:"sentence"`
	// Source is who the sentence credits the figure to ("media
	// reports"), set on the values of a discrepancy only.
	Source string `json:"source,omitempty"`
}

// Copy is a copy relation between two of the articles.
type Copy struct {
	Source string `json:"source"`
	Copy   string `json:"copy"`
	// Kind is duplicate, near-duplicate, derived or revision, or
	// KindSharesQuotes for two articles that are no copy but quote the
	// same statements (Share is then the later one's share of words in
	// them).
	Kind   string `json:"kind"`
	Extent string `json:"extent,omitempty"`
	// Share is the fraction of the copy taken from the source.
	Share float64 `json:"share"`
	// Basis says how the source was told from the copy.
	Basis string `json:"basis,omitempty"`
	// DirectionKnown is false when the basis is only a guess at which
	// article came first (dedup.DirectionKnown) and for shares-quotes:
	// the two then share text, and Source and Copy are only an order.
	DirectionKnown bool     `json:"direction_known"`
	Inserted       []string `json:"inserted"`
	Removed        []string `json:"removed"`
	Substituted    []string `json:"substituted"`
	// Wire names the news agency whose text the two likely both carry
	// (a credit in a byline, a dateline, a credit line or a wire address
	// of one or both: "Associated Press"): neither copied the other, and
	// DirectionKnown is false. WireBoth is true when both credit it.
	Wire     string `json:"wire,omitempty"`
	WireBoth bool   `json:"wire_both,omitempty"`
	// SameOutlet is true when the two are one outlet's articles: an
	// update or second version of its own report, no copy of another
	// outlet.
	SameOutlet bool `json:"same_outlet,omitempty"`
}

// TimelineEntry is one article in order of publication.
type TimelineEntry struct {
	Article   string       `json:"article"`
	Published article.Date `json:"published"`
	// First is true for the earliest dated article(s).
	First bool `json:"first"`
	// After is the delay after the first article ("3h", "1d 2h"), or ""
	// for the first and for undated articles.
	After string `json:"after,omitempty"`
}
