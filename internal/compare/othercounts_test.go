package compare

import "testing"

// TestOthersCountApart: "a group of 10 other senators" counts the
// members beside two named ones; "10 or more from Blues" in another
// outlet counts votes wanted: the same noun and value, two sets, no one
// row (h/forms71: fresh55's Senate page paired them under "senators").
// Two counts of "N other" senators still share a row, and so do "five
// other world powers" and "five world powers" (the judged harness' Iran
// deal), which name what they count. The first fails
// before othercounts.go.
func TestOthersCountApart(t *testing.T) {
	checkRows(t, []struct{ name, a, b, na, nb string }{
		{"others and votes wanted",
			"Deal near\nMarlow and Senator Greta Dunn led a bipartisan group of 10 other senators to draft a plan to end the standoff.",
			"Deal closer\nMarlow said the goal was to get at least 65 Senate votes -- which would mean 10 or more from Blues -- to end the standoff.",
			"10", "10"},
	}, []struct{ name, a, b, na string }{
		{"others and others",
			"Deal near\nMarlow and Senator Greta Dunn led a bipartisan group of 10 other senators to draft a plan to end the standoff.",
			"Deal closer\nMarlow and Dunn worked with 10 other senators on a plan to end the standoff.",
			"10"},
		{"others and the set named",
			"Deal reached\nThe Ostrans and five other world powers have reached a deal with Velmar that would limit its reactors.",
			"Deal\nThe Ostrans and five world powers have reached a historic agreement with Velmar over its reactors.",
			"five"},
	})
}
