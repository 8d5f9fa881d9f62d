package compare

import "testing"

func TestMergePart(t *testing.T) {
	for _, tc := range []struct {
		name        string
		first, next namePart
		merged      bool
		form        string // the first part's form 0 after the merge
	}{
		{"accents aside",
			namePart{VariantDescriptor, [2]string{"Raul Castro", "dictator Raul Castro"}, [2][]string{{"a", "b"}, {"f"}}},
			namePart{VariantDescriptor, [2]string{"Raúl Castro", "dictator Raul Castro"}, [2][]string{{"c"}, {"f"}}},
			true, "Raúl Castro"},
		{"shorter form",
			namePart{VariantSpelling, [2]string{"Volodymyr Zelenskiy", "Volodymyr Zelensky"}, [2][]string{{"a"}, {"f"}}},
			namePart{VariantSpelling, [2]string{"Zelenskiy", "Volodymyr Zelensky"}, [2][]string{{"c"}, {"f"}}},
			true, "Volodymyr Zelenskiy"},
		{"other letters",
			namePart{VariantSpelling, [2]string{"Kiev", "Kyiv"}, [2][]string{{"a"}, {"f"}}},
			namePart{VariantSpelling, [2]string{"Kyjiw", "Kyiv"}, [2][]string{{"c"}, {"f"}}},
			false, "Kiev"},
		{"other articles",
			namePart{VariantDescriptor, [2]string{"Raul Castro", "dictator Raul Castro"}, [2][]string{{"a"}, {"f"}}},
			namePart{VariantDescriptor, [2]string{"Raúl Castro", "dictator Raul Castro"}, [2][]string{{"c"}, {"g"}}},
			false, "Raul Castro"},
	} {
		parts := []namePart{tc.first}
		if got := mergePart(parts, tc.next); got != tc.merged {
			t.Errorf("%s: merged %v, want %v", tc.name, got, tc.merged)
		}
		if parts[0].forms[0] != tc.form {
			t.Errorf("%s: form %q, want %q", tc.name, parts[0].forms[0], tc.form)
		}
	}
}

func TestWithoutAccents(t *testing.T) {
	for in, want := range map[string]string{"Raúl Castro": "Raul Castro", "Zürich": "Zurich", "Kyiv": "Kyiv", "Łódź": "Łodz"} {
		if got := withoutAccents(in); got != want {
			t.Errorf("withoutAccents(%q) = %q, want %q", in, got, want)
		}
	}
}
