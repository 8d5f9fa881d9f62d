package story

// featureHashes are the hashed keys of Features (hashKey of each key in
// its kind), computed by the extractor on its goroutine so that the
// sequential clusterer does not hash every key of every article.
type featureHashes struct {
	keys [numKinds][]uint64
}

// hashFeatures hashes the keys of every kind of f.
func hashFeatures(f Features) *featureHashes {
	fh := &featureHashes{}
	for k, list := range featureLists(f) {
		if len(list) == 0 {
			continue
		}
		hs := make([]uint64, len(list))
		for i, ft := range list {
			hs[i] = hashKey(kind(k), ft.Key)
		}
		fh.keys[k] = hs
	}
	return fh
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
