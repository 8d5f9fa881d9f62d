package dedup

// Kind is the relation found between two documents.
type Kind string

// The kinds of relation, from closest to none.
const (
	// KindDuplicate: the same normalised text.
	KindDuplicate Kind = "duplicate"
	// KindNearDuplicate: most of both texts is shared (Config.NearDuplicate).
	KindNearDuplicate Kind = "near-duplicate"
	// KindDerived: a substantial part of one text was taken from the other.
	KindDerived Kind = "derived"
	// KindRevision: a related text at the same URL of the same outlet, an
	// update of one article rather than a copy.
	KindRevision Kind = "revision"
	// KindUnrelated: no copying found.
	KindUnrelated Kind = "unrelated"
)

// Extents of a derived copy.
const (
	// ExtentWholly: at least Config.Wholly of the copy comes from the source.
	ExtentWholly = "wholly"
	// ExtentPartly: less than that.
	ExtentPartly = "partly"
)

// Bases for the choice of source, reported in Match.Basis.
const (
	// BasisPublished: the source was published earlier.
	BasisPublished = "published"
	// BasisWire: the source opens with its own outlet's dateline ("LONDON
	// (Reuters) -") and the copy, dated at most a day apart, does not.
	BasisWire = "wire"
	// BasisCredit: the dates do not decide and the copy names the source's
	// outlet, which does not name the copy's.
	BasisCredit = "credit"
	// BasisInsertedLead: the copy starts with a short phrase the source
	// lacks, as when a phrase is stuck onto a copied lead.
	BasisInsertedLead = "inserted-lead"
	// BasisEmbedded: the copy holds the whole source after other text of
	// its own, as when an article is pasted into a longer one.
	BasisEmbedded = "embedded"
	// BasisCompound: the copy is made of this source and another document
	// that share nothing (see Batch and Detector.Check).
	BasisCompound = "compound"
	// BasisDated: only the source has a publication date; an undated
	// article is not taken as the source of a dated one on weaker evidence.
	BasisDated = "dated"
	// BasisLength: the source is the longer text (copies are usually
	// trimmed, news being cut from the end).
	BasisLength = "length"
	// BasisOrder: no other evidence; the document seen first is the source.
	BasisOrder = "order"
)

// Range is a byte range [Start, End) in a document's text (Doc.Text).
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Span is one passage the two documents share.
type Span struct {
	// Source and Copy locate the passage in each text.
	Source Range `json:"source"`
	Copy   Range `json:"copy"`
	// Words counts the words matched one to one inside the passage.
	Words int `json:"words"`
}

// Substitution is a word or short phrase of the source replaced in the copy.
type Substitution struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Match is the decision about one pair of documents.
type Match struct {
	// Source and Copy are document ids; Source is the likely original.
	Source string `json:"source"`
	Copy   string `json:"copy"`
	// Kind is the relation; Extent says, for a derived copy, whether it is
	// wholly or partly derived.
	Kind   Kind   `json:"kind"`
	Extent string `json:"extent,omitempty"`
	// Share is the fraction of the copy's words taken from the source;
	// SourceShare the fraction of the source's words found in the copy.
	Share       float64 `json:"share"`
	SourceShare float64 `json:"source_share"`
	// SharedWords counts the words in shared passages of at least
	// Config.MinPassageWords matched words; SourceWords and CopyWords count
	// each document's words.
	SharedWords int `json:"shared_words"`
	SourceWords int `json:"source_words"`
	CopyWords   int `json:"copy_words"`
	// TiledWords counts every word in exact shared runs of at least
	// Config.SeedWords words, however short the passage; LongestPassage is
	// the matched words of the longest passage.
	TiledWords     int `json:"tiled_words"`
	LongestPassage int `json:"longest_passage"`
	// Basis says how the source was chosen (BasisPublished, …).
	Basis string `json:"basis,omitempty"`
	// Reordered is true when the copy has the shared passages in another
	// order than the source.
	Reordered bool `json:"reordered,omitempty"`
	// Inserted lists the copy's passages not in the source, Removed the
	// source's passages not in the copy and Substituted the words replaced
	// inside shared passages (each pair once), in text order.
	Inserted    []string       `json:"inserted"`
	Removed     []string       `json:"removed"`
	Substituted []Substitution `json:"substituted"`
	// Spans are the shared passages in copy order.
	Spans []Span `json:"spans"`
}

// Related reports whether the match is any kind of copy or revision.
func (m Match) Related() bool { return m.Kind != KindUnrelated && m.Kind != "" }

// DirectionKnown reports whether a basis is evidence of which text came
// first: a date, a wire dateline, a credit, or the shape of the texts (an
// inserted lead, an embedded copy, a compound of two others). The others
// are guesses, and a relation on them is shared text whose direction is
// unknown: BasisLength and BasisOrder (same day or both undated, no
// dateline, no credit: the longer or the first seen is called the
// source), BasisDated (an undated text may be the older one; it is only
// not called the source on its length alone) and an empty basis (a
// relation stored without one).
func DirectionKnown(basis string) bool {
	switch basis {
	case BasisPublished, BasisWire, BasisCredit, BasisInsertedLead, BasisEmbedded, BasisCompound:
		return true
	}
	return false
}

// DirectionNote says, for a relation on basis whose direction is unknown,
// why ("direction unknown: same day or undated, no credit or dateline");
// "" when the direction is known.
func DirectionNote(basis string) string {
	switch {
	case DirectionKnown(basis):
		return ""
	case basis == BasisDated:
		return "direction unknown: one is undated, no credit or dateline"
	case basis == BasisLength || basis == BasisOrder:
		return "direction unknown: same day or undated, no credit or dateline"
	}
	return "direction unknown"
}
