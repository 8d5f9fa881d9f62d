package compare

import "testing"

func TestBalancedMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// Balanced sentences are left as they are.
		{`The mayor said the pumps "ran all night."`, `The mayor said the pumps "ran all night."`},
		{`“We will rebuild,” she said.`, `“We will rebuild,” she said.`},
		{`The harbour closed at noon.`, `The harbour closed at noon.`},
		// The end of a quotation begun in the sentence before.
		{`The ferry stopped," she said.`, `"The ferry stopped," she said.`},
		{`The ferry stopped.”`, `“The ferry stopped.”`},
		{`… the pier gave way,” he said.`, `“… the pier gave way,” he said.`},
		// A quotation that goes on into the next sentence.
		{`“The ferry stopped.`, `“The ferry stopped.”`},
		{`He said: "The pumps ran all night. `, `He said: "The pumps ran all night."`},
		// Both at once: the middle sentence of a longer quotation's
		// break, closed and reopened.
		{`the pumps held," she said. "Then the wall went`, `"the pumps held," she said. "Then the wall went"`},
		// A closing mark set where a quotation opens is read as opening:
		// no second mark is added before it.
		{`”If the pier had held, we would be home,” he said.`, `”If the pier had held, we would be home,” he said.`},
		{`”If the pier had held, we would be home.`, `”If the pier had held, we would be home.”`},
		// A height is no quotation.
		{`The keeper, 6'2" tall, waved.`, `The keeper, 6'2" tall, waved.`},
		{`"The keeper stands 6'2" and waves," she said.`, `"The keeper stands 6'2" and waves," she said.`},
		// A quotation that ends on a figure is closed by the mark after
		// it (review58a: the mark was read as inches and another added).
		{`The board set the date as "2030".`, `The board set the date as "2030".`},
		{`The goal is "no cars by 2040"`, `The goal is "no cars by 2040"`},
		{``, ``},
	} {
		if got := balancedMarks(tc.in); got != tc.want {
			t.Errorf("balancedMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
