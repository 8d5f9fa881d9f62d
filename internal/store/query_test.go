package store

import (
	"strings"
	"testing"
)

func TestFTSQueryBounds(t *testing.T) {
	if got := FTSQuery("flood flood Flood flood"); got != `"flood" "Flood"` && got != `"flood"` {
		t.Errorf("repeated words: %q", got)
	}
	long := FTSQuery(strings.Repeat("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ", 100))
	if n := strings.Count(long, `"`) / 2; n != MaxQueryTerms {
		t.Errorf("%d terms kept, want %d", n, MaxQueryTerms)
	}
	if FTSQuery(`"`+strings.Repeat("w ", 100)+`"`) == "" {
		t.Error("a long phrase vanished")
	}
}
