package nlp

import "testing"

// TestPeoplesPluralWithUnicodeHyphen: a people's plural hyphenated with
// U+2010 or U+2011 reads as with "-" (Norm folds the three to "-", so
// demonymPlural cuts at "-" alone).
func TestPeoplesPluralWithUnicodeHyphen(t *testing.T) {
	for _, h := range []string{"\u2010", "\u2011"} {
		checkTypes(t, []typeCase{
			{"hyphen " + h, "The freed men, Korean" + h + "Americans Kim Velt Ho and Tony Lund, landed at dawn. Lund said he was grateful.",
				map[string]EntityType{"Korean" + h + "Americans Kim Velt Ho": "", "Kim Velt Ho": Person}},
		})
	}
}
