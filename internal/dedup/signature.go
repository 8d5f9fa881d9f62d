package dedup

import "fmt"

// Signature summarises a document for candidate search. It is computed once
// per document and can be stored (see MarshalBinary).
type Signature struct {
	// Words is the number of normalised words.
	Words int
	// Text is the exact hash of the normalised text (see TextHash).
	Text uint64
	// Paragraphs are the exact hashes of the normalised paragraphs of at
	// least Config.MinParagraphWords words, in document order.
	Paragraphs []uint64
	// MinHash is the MinHash sketch over word shingles.
	MinHash []uint32
	// Marks are winnowed shingle fingerprints, sorted: they find a short
	// copy inside a long article, where MinHash Jaccard is too low.
	Marks []uint64
}

// Signer computes signatures with fixed parameters. It is safe for
// concurrent use.
type Signer struct {
	cfg Config
	mh  *minHasher
}

// NewSigner returns a Signer for cfg.
func NewSigner(cfg Config) (*Signer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("new signer: %w", err)
	}
	return &Signer{cfg: cfg, mh: newMinHasher(cfg.MinHashes)}, nil
}

// Sign returns the signature of d.
func (s *Signer) Sign(d Doc) Signature {
	p := prepare(d)
	return s.sign(p)
}

func (s *Signer) sign(p *prepared) Signature {
	words := tokenHashes(p.toks)
	sig := Signature{Words: len(words), Text: TextHash(p.toks)}
	for i := range p.paraEnd {
		lo, hi := p.paragraph(i)
		if hi-lo >= s.cfg.MinParagraphWords && hi > lo {
			sig.Paragraphs = append(sig.Paragraphs, combine(words[lo:hi]))
		}
	}
	sig.MinHash = s.mh.sketch(shingles(words, s.cfg.ShingleWords))
	sig.Marks = winnow(shingles(words, s.cfg.MarkWords), s.cfg.MarkWindow)
	return sig
}

// prepared is a document with its text tokenised once.
type prepared struct {
	doc  Doc
	text string
	toks []Token
	// paraEnd[i] is the index of the first token after paragraph i.
	paraEnd []int
}

func prepare(d Doc) *prepared {
	p := &prepared{doc: d, text: d.Text()}
	p.toks = Tokenize(p.text)
	off, t := 0, 0
	for i, para := range d.Paragraphs {
		off += len(para)
		for t < len(p.toks) && p.toks[t].Start < off {
			t++
		}
		p.paraEnd = append(p.paraEnd, t)
		if i < len(d.Paragraphs)-1 {
			off += len(ParagraphSeparator)
		}
	}
	return p
}

// paragraph returns the token range [lo, hi) of paragraph i.
func (p *prepared) paragraph(i int) (lo, hi int) {
	if i > 0 {
		lo = p.paraEnd[i-1]
	}
	return lo, p.paraEnd[i]
}
