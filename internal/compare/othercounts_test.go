package compare

import "testing"

// TestOthersCountApart: "a circle of 10 other senators" counts the
// members beside two named ones; "10 or more from Blues" in another
// outlet counts votes wanted: the same noun and value, two sets, no one
// row (h/forms71: fresh55's Senate page paired them under "senators").
// Two counts of "N other" senators still share a row, and so do "five
// other world powers" and "five world powers" (the judged harness' Iran
// deal, here retold with made-up names), which name what they count. The first fails
// before othercounts.go.
func TestOthersCountApart(t *testing.T) {
	checkRows(t, []struct{ name, a, b, na, nb string }{
		{"others and votes wanted",
			"Deal near\nMarlow and Senator Greta Dunn gathered a cross-party circle of 10 other senators to sketch a way out of the standoff.",
			"Deal closer\nMarlow said she aimed for no fewer than 65 Senate votes -- meaning 10 or more from Blues -- to break the standoff.",
			"10", "10"},
	}, []struct{ name, a, b, na string }{
		{"others and others",
			"Deal near\nMarlow and Senator Greta Dunn gathered a cross-party circle of 10 other senators to sketch a way out of the standoff.",
			"Deal closer\nMarlow and Dunn sat down with 10 other senators on a way out of the standoff.",
			"10"},
		{"others and the set named",
			"Deal reached\nThe Ostrans and five other world powers struck an accord with Velmar to cap its reactors.",
			"Deal\nThe Ostrans and five world powers signed a landmark accord with Velmar on its reactors.",
			"five"},
	})
}
