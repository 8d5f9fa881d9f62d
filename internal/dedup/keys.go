package dedup

// KeyKind says what an index key stands for; it is kept in the top two bits
// of the key so that one posting table can hold every kind.
type KeyKind uint8

// The kinds of index keys.
const (
	// KeyText is the exact hash of the whole normalised text.
	KeyText KeyKind = iota
	// KeyBand is one LSH band of the MinHash sketch.
	KeyBand
	// KeyMark is one winnowed shingle fingerprint.
	KeyMark
	// KeyParagraph is the exact hash of one normalised paragraph.
	KeyParagraph
)

// KindOf returns the kind of an index key made by Keys.
func KindOf(key uint64) KeyKind { return KeyKind(key >> 62) }

func makeKey(k KeyKind, h uint64) uint64 { return uint64(k)<<62 | h&(1<<62-1) }

// Keys returns the index keys of a signature: its text hash, one key per
// LSH band (bands groups of consecutive MinHash values), its marks and its
// paragraph hashes. Keys are distinct and not sorted.
func (s Signature) Keys(bands int) []uint64 {
	if s.Words == 0 {
		return nil
	}
	out := make([]uint64, 0, 1+bands+len(s.Marks)+len(s.Paragraphs))
	out = append(out, makeKey(KeyText, s.Text))
	if bands > 0 && len(s.MinHash) >= bands && len(s.MinHash)%bands == 0 {
		rows := len(s.MinHash) / bands
		for b := range bands {
			h := uint64(0xb5ad4eceda1ce2a9) ^ uint64(b)
			for _, v := range s.MinHash[b*rows : (b+1)*rows] {
				h = mix64(h ^ uint64(v))
			}
			out = append(out, makeKey(KeyBand, h))
		}
	}
	for _, m := range s.Marks {
		out = append(out, makeKey(KeyMark, m))
	}
	for _, p := range s.Paragraphs {
		out = append(out, makeKey(KeyParagraph, p))
	}
	return dedupKeys(out)
}

// dedupKeys removes repeated keys, keeping the first of each.
func dedupKeys(keys []uint64) []uint64 {
	seen := make(map[uint64]struct{}, len(keys))
	out := keys[:0]
	for _, k := range keys {
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			out = append(out, k)
		}
	}
	return out
}
