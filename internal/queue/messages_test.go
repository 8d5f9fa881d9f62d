package queue

import (
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		data string
		ok   bool
	}{
		{"articles", `{"articles":[{"id":"a1","content_hash":"h","title":"T","paragraphs":["P"]}],"inputs":["f:1"]}`, true},
		{"articles without inputs", `{"articles":[{"id":"a1","content_hash":"h"}],"inputs":[]}`, false},
		{"article without identity", `{"articles":[{"title":"T"}],"inputs":["f:1"]}`, false},
		{"null article", `{"articles":[null],"inputs":["f:1"]}`, false},
		{"not JSON", `{"articles":`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeArticles([]byte(tc.data))
			if (err == nil) != tc.ok {
				t.Errorf("DecodeArticles(%s) = %v, want ok %v", tc.data, err, tc.ok)
			}
		})
	}
	if _, err := DecodeFetch([]byte(`{}`)); err == nil {
		t.Error("DecodeFetch of a message without a URL succeeded")
	}
	if _, err := DecodeDerive([]byte(`{"after":[{"stream":"ELSEWHERE","seq":3}]}`)); err == nil {
		t.Error("DecodeDerive of a mark in an unknown stream succeeded")
	}
	if m, err := DecodeDerive([]byte(`{"after":[{"stream":"PARALLAX_ARTICLES","seq":3}]}`)); err != nil || m.After[0].Seq != 3 {
		t.Errorf("DecodeDerive = %+v, %v", m, err)
	}
}

// FuzzDecode: no message makes a decoder panic, and what decodes holds
// what its handler relies on.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"articles":[{"id":"a1","content_hash":"h"}],"inputs":["f:1"]}`))
	f.Add([]byte(`{"url":"https://a.example/"}`))
	f.Add([]byte(`{"after":[{"stream":"PARALLAX_FETCH","seq":1},{"stream":"PARALLAX_ARTICLES"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := DecodeArticles(data); err == nil {
			if len(m.Articles) != len(m.Inputs) {
				t.Fatalf("%d articles, %d inputs", len(m.Articles), len(m.Inputs))
			}
			for _, a := range m.Articles {
				if a == nil || a.ID == "" {
					t.Fatal("an article without identity decoded")
				}
			}
		}
		if m, err := DecodeFetch(data); err == nil && m.URL == "" {
			t.Fatal("a fetch without a URL decoded")
		}
		_, _ = DecodeDerive(data)
	})
}
