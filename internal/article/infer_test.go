package article

import (
	"testing"
	"time"
)

func TestInferDate(t *testing.T) {
	cases := []struct {
		name, url  string
		paras      []string
		want, from string
	}{
		{"path y/m/d", "https://harbourgazette.example/2019/05/07/council-votes", nil, "2019-05-07", DateFromURL},
		{"path y/m/d without slash after", "https://harbourgazette.example/news/2019/5/7", nil, "2019-05-07", DateFromURL},
		{"iso in path", "https://valmoracourier.example/news/2021-11-30/budget", nil, "2021-11-30", DateFromURL},
		{"iso in slug", "https://valmoracourier.example/budget-passes-2021-11-30.html", nil, "2021-11-30", DateFromURL},
		{"compact segment", "https://northwire.example/20200114/ferry-strike", nil, "2020-01-14", DateFromURL},
		{"query ignored", "https://northwire.example/ferry?date=2020/01/14/", nil, "", ""},
		{"year and month only", "https://northwire.example/news/2020/06/ferry-strike-200611101740372.html", nil, "", ""},
		{"not a day", "https://northwire.example/2019/02/30/x", nil, "", ""},
		{"implausible year", "https://northwire.example/1850/02/03/x", nil, "", ""},
		{"long number is no date", "https://northwire.example/story/20191234567", nil, "", ""},
		{"published line", "", []string{"Published: May 7, 2019", "The council met."}, "2019-05-07", DateFromText},
		{"updated with weekday", "", []string{"Updated on Tuesday, Sept. 3rd, 2024 at 10:14 a.m. ET", "Text."}, "2024-09-03", DateFromText},
		{"date alone", "", []string{"7 May 2019", "Text."}, "2019-05-07", DateFromText},
		{"dateline", "", []string{"PORT ANSELM, March 4, 2021 — Rescuers dug through the night."}, "2021-03-04", DateFromText},
		{"date inside a sentence is not a date line", "", []string{"The council said on May 7, 2019 that fares would rise."}, "", ""},
		{"third paragraph not read", "", []string{"One.", "Two.", "Published May 7, 2019"}, "", ""},
		{"url wins over text", "https://harbourgazette.example/2019/05/07/x", []string{"Published: June 1, 2019"}, "2019-05-07", DateFromURL},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, from := InferDate(tc.url, tc.paras)
			if d.String() != tc.want || from != tc.from {
				t.Errorf("InferDate(%q, %q) = %q from %q, want %q from %q", tc.url, tc.paras, d.String(), from, tc.want, tc.from)
			}
			if tc.want != "" && d.Precision != Day {
				t.Errorf("precision %v, want Day", d.Precision)
			}
		})
	}
}

func TestFinishInfersMissingDate(t *testing.T) {
	a := &Article{URL: "https://harbourgazette.example/2019/05/07/council-votes", Title: "Council votes", Paragraphs: []string{"The council voted."}}
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2019-05-07" || a.DateSource != DateFromURL {
		t.Errorf("published %q from %q", a.Published.String(), a.DateSource)
	}
	b := &Article{URL: "https://harbourgazette.example/2019/05/07/council-votes", Title: "Council votes",
		Published: Date{Time: day(2019, 5, 8), Precision: Day}, Paragraphs: []string{"The council voted."}}
	if _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	if b.Published.String() != "2019-05-08" || b.DateSource != "" {
		t.Errorf("a given date was replaced: %q from %q", b.Published.String(), b.DateSource)
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func FuzzInferDate(f *testing.F) {
	f.Add("https://harbourgazette.example/2019/05/07/x", "Published: May 7, 2019")
	f.Add("https://x.example/2021-11-30", "PORT ANSELM, March 4, 2031 — text")
	f.Fuzz(func(t *testing.T, url, para string) {
		d, from := InferDate(url, []string{para})
		if d.IsZero() != (from == "") {
			t.Fatalf("date %v with source %q", d, from)
		}
		if !d.IsZero() && (d.Precision != Day || d.Time.Year() < 1995) {
			t.Fatalf("bad date %v", d)
		}
	})
}
