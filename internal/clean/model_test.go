package clean

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestModelLearnLookup(t *testing.T) {
	m := &Model{}
	a, b, c := Key("Sign up for the Lantern"), Key("Rescuers worked through the night."), Key("Lantern Desk")
	m.Learn([]uint64{a, b}, 100)
	m.Learn([]uint64{a, c}, 103)
	m.Learn([]uint64{a}, 101)
	if m.Articles != 3 {
		t.Errorf("articles = %d", m.Articles)
	}
	l, ok := m.Lookup(a)
	if !ok || l.Articles != 3 || l.First != 100 || l.Last != 103 || l.Seen != 3 {
		t.Errorf("a = %+v, %v", l, ok)
	}
	if l, ok := m.Lookup(b); !ok || l.Articles != 1 || l.First != 100 || l.Last != 100 {
		t.Errorf("b = %+v, %v", l, ok)
	}
	if _, ok := m.Lookup(Key("never seen")); ok {
		t.Error("an unseen line was found")
	}
	var nilModel *Model
	if _, ok := nilModel.Lookup(a); ok || nilModel.Len() != 0 {
		t.Error("a nil model knows something")
	}
}

func TestKeyNormalises(t *testing.T) {
	same := [][2]string{
		{"Copyright © 2019 The Lantern, LLC.", "copyright 2020 the lantern llc"},
		{"Sign up  for our newsletter!", "SIGN UP FOR OUR NEWSLETTER"},
		{"Zoë’s column", "zoë s column"},
	}
	for _, p := range same {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q) != Key(%q)", p[0], p[1])
		}
	}
	if Key("The Lantern desk") == Key("The Lantern desks") {
		t.Error("different words, same key")
	}
	if Key("* * *") != 0 || Key("") != 0 {
		t.Error("a line without words has a key")
	}
	if got := Keys([]string{"A line.", "* * *", "a line", "Another."}); len(got) != 2 {
		t.Errorf("Keys = %v, want 2 distinct keys", got)
	}
}

// TestModelBounded: a model keeps at most Capacity lines, forgetting lines
// seen once long ago before lines that recur.
func TestModelBounded(t *testing.T) {
	m := &Model{}
	pitch := Key("Support the Lantern: become a member today.")
	for i := range 3 * Capacity {
		keys := []uint64{uint64(i)*2 + 1, uint64(i)*2 + 2}
		if i%50 == 0 {
			keys = append(keys, pitch)
		}
		m.Learn(keys, int32(1000+i/100))
	}
	if n := m.Len(); n > Capacity {
		t.Errorf("model keeps %d lines, capacity %d", n, Capacity)
	}
	if l, ok := m.Lookup(pitch); !ok || l.Articles < 900 {
		t.Errorf("the recurring line was forgotten: %+v %v", l, ok)
	}
	if _, ok := m.Lookup(3); ok {
		t.Error("a line seen once at the start is still kept")
	}
}

func TestModelMarshalMerge(t *testing.T) {
	m := &Model{}
	for i := range 500 {
		m.Learn([]uint64{uint64(i%7 + 1), uint64(i + 100)}, int32(20000+i%30))
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.Articles != m.Articles || back.Len() != m.Len() {
		t.Fatalf("round trip: %d articles, %d lines; want %d, %d", back.Articles, back.Len(), m.Articles, m.Len())
	}
	for _, l := range m.Lines() {
		if got, ok := back.Lookup(l.Key); !ok || got != l {
			t.Errorf("line %d: %+v after the round trip, want %+v", l.Key, got, l)
		}
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(again, b) {
		t.Error("encoding is not stable")
	}
	other := &Model{}
	other.Learn([]uint64{1, 99999}, 21000)
	back.Merge(other)
	if l, _ := back.Lookup(1); l.Articles != 72+1 || l.Last != 21000 {
		t.Errorf("merged line 1 = %+v", l)
	}
	if back.Articles != 501 {
		t.Errorf("merged articles = %d", back.Articles)
	}
	for _, bad := range [][]byte{nil, []byte("pxcm"), []byte("nope!"), append([]byte("pxcm\x02"), b[5:]...), b[:len(b)-1], append(b, 0)} {
		if err := new(Model).UnmarshalBinary(bad); !errors.Is(err, ErrBadModel) {
			t.Errorf("UnmarshalBinary(%.20q) = %v, want ErrBadModel", bad, err)
		}
	}
}

func FuzzModelUnmarshal(f *testing.F) {
	m := &Model{}
	m.Learn([]uint64{1, 2, 3}, 20000)
	m.Learn([]uint64{2, 3}, 20001)
	b, _ := m.MarshalBinary()
	f.Add(b)
	f.Add([]byte("pxcm\x01\x05\x02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var m Model
		if err := m.UnmarshalBinary(b); err != nil {
			return
		}
		// What decodes re-encodes to something that decodes the same.
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Model
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded model does not decode: %v", err)
		}
		if back.Len() != m.Len() || back.Articles != m.Articles {
			t.Fatalf("re-encoded model differs")
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"Governor Ada Kessler Ada Maren KesslerFormer chief MORE said.", "(RELATED: A (nested) thing)", "By ", "— x (@y) May 1, 2020", "MORE", "aMORE", "[File: A/B]", "Read more:"} {
		f.Add(s, "Read more:")
	}
	// Letters that grow or shrink when lowered or raised (Ⱥ, İ, ẞ, K, ſ),
	// bytes that are not UTF-8, odd quotation marks and a very long word.
	f.Add("ȺDA KESSLER İS ȺT THE PORT. READ MORE: ȺȺ", "(Reporting by İpek Ⱥlt; Editing by ẞ \u212a)")
	f.Add("Photo: Ⱥda Kessler/AP \xff\xfe", "\xe2\x80 SIGN UP \xc3")
	f.Add("„Ⱥ“ ‹ſ› «\u212a» ”Read more”", "— Ⱥ (@İ) Ⱥpril 1, 2020")
	f.Add(strings.Repeat("Ⱥ", 200), "Advertisement"+strings.Repeat("ẞ", 80))
	// Stock-quote widgets run into sentences, a table of quotes.
	f.Add("Acme Corp. ACME, -2.94% and Ⱥda Inc. ADA -0.04% rose; CL.1, +7.86% .%", "Ticker Security Last Change Change % ACME ACME CORP. 43.52 +1.67 +3.98%")
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, p, q string) {
		a := withPara("Fuzz Courier", p, 1)
		a.Paragraphs = append(a.Paragraphs, q)
		v := c.Clean(a, nil)
		masked := v.Masked()
		for i, para := range a.Paragraphs {
			if len(masked[i]) != len(para) {
				t.Fatalf("masked paragraph %d: %d bytes, want %d", i, len(masked[i]), len(para))
			}
			last := 0
			for _, cut := range v.Paras[i].Cuts {
				if cut.Start < last || cut.End > len(para) || cut.Start >= cut.End {
					t.Fatalf("bad cut %+v in %q", cut, para)
				}
				// The article page marks a cut only from a character's
				// start to another's.
				if utf8.ValidString(para) && (!utf8.RuneStart(para[cut.Start]) || cut.End < len(para) && !utf8.RuneStart(para[cut.End])) {
					t.Fatalf("cut %+v inside a character of %q", cut, para)
				}
				last = cut.End
			}
		}
		_ = v.Kept()
	})
}

// TestRecurs: Recurs finds what Lookup finds of the lines in MinRepeats
// articles or more, and nothing else, whether the model has just learned
// (a line crossing MinRepeats in place), merged, been decoded or pruned.
func TestRecurs(t *testing.T) {
	keys := func(lo, hi int) []uint64 {
		var ks []uint64
		for i := lo; i < hi; i++ {
			ks = append(ks, uint64(i)*0x9e3779b97f4a7c15|1)
		}
		return ks
	}
	check := func(name string, m *Model) {
		t.Helper()
		for _, k := range keys(0, Capacity+600) {
			l, ok := m.Lookup(k)
			want := ok && l.Articles >= MinRepeats
			got, gotOK := m.Recurs(k)
			if gotOK != want || gotOK && got != l {
				t.Fatalf("%s: Recurs(%x) = %+v, %v; Lookup %+v, %v", name, k, got, gotOK, l, ok)
			}
		}
	}
	m := &Model{}
	for i := range MinRepeats + 1 {
		m.Learn(keys(0, 10+i), int32(20000+i)) // keys 0-9 in every article, 10.. in fewer
		check("learning", m)
	}
	for range MinRepeats {
		m.Learn(keys(10, 12), 20010) // lines known already cross MinRepeats
		check("learning known lines", m)
	}
	other := &Model{}
	for range 2 {
		other.Learn(keys(5, 20), 20100)
	}
	m.Merge(other)
	check("merged", m)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Model
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	check("decoded", &d)
	for i := range Capacity/500 + 2 {
		d.Learn(append(keys(0, 3), keys(20+500*i, 20+500*(i+1))...), 20200)
	}
	check("pruned", &d)
	if d.Len() > Capacity {
		t.Errorf("the model was not pruned: %d lines", d.Len())
	}
	var nilModel *Model
	if _, ok := nilModel.Recurs(keys(0, 1)[0]); ok {
		t.Error("a nil model has a recurring line")
	}
}
