package compare

// lowerASCII returns s with its ASCII capitals in lower case and every
// other byte as it is, so that an offset in it is the same offset in s
// (strings.ToLower can change a text's length: "Ⱥ" is two bytes, its
// small letter three).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
