package story

import "math"

// featureHashes are the hashed keys of Features (hashKey of each key in
// its kind), the keys of the title and lead in the words' kind (under
// which the document frequencies count them), and the weight of each
// key's count, computed by the extractor on its goroutine so that the
// sequential clusterer does not hash nor weigh every key of every
// article (prepare).
type featureHashes struct {
	keys [numKinds][]uint64
	// words are the keys of the title and lead hashed in kindWords, nil
	// for the other kinds (their df keys are keys).
	words [numKinds][]uint64
	// tf are the weights of the keys' counts (countWeight).
	tf [numKinds][]float64
}

// hashFeatures hashes and weighs the keys of every kind of f.
func hashFeatures(f Features) *featureHashes {
	fh := &featureHashes{}
	for k, list := range featureLists(f) {
		if len(list) == 0 {
			continue
		}
		hs := make([]uint64, len(list))
		tf := make([]float64, len(list))
		for i, ft := range list {
			hs[i] = hashKey(kind(k), ft.Key)
			tf[i] = countWeight(ft.Count)
		}
		fh.keys[k], fh.tf[k] = hs, tf
		if kind(k) == kindTitle || kind(k) == kindLead {
			ws := make([]uint64, len(list))
			for i, ft := range list {
				ws[i] = hashKey(kindWords, ft.Key)
			}
			fh.words[k] = ws
		}
	}
	return fh
}

// countWeight is the weight of a key counted n times in an article (the
// term frequency of its tf-idf weight): 1 + ln n, and 1 for a count
// below one.
func countWeight(n int) float64 { return 1 + math.Log(float64(max(n, 1))) }

// dfKeys returns the keys of kind k under which the document
// frequencies count them: the words' for the title and lead.
func (fh *featureHashes) dfKeys(k kind) []uint64 {
	if k == kindTitle || k == kindLead {
		return fh.words[k]
	}
	return fh.keys[k]
}

// fits reports whether fh can be the hashes of f: a Features changed after
// extraction (a list replaced) is hashed again.
func (fh *featureHashes) fits(f Features) bool {
	for k, list := range featureLists(f) {
		if len(fh.keys[k]) != len(list) {
			return false
		}
		if len(list) > 0 && fh.keys[k][0] != hashKey(kind(k), list[0].Key) {
			return false
		}
	}
	return true
}

// withHashes returns f carrying the hashes of its keys.
func withHashes(f Features) Features {
	f.hashed = hashFeatures(f)
	return f
}
