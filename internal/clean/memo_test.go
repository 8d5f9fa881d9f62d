package clean

import (
	"context"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// fixedModels gives each outlet a copy of one model.
type fixedModels struct{ m *Model }

func (f fixedModels) OutletModel(_ context.Context, _ string) (*Model, error) {
	c := *f.m
	return &c, nil
}

// TestMemo: a view kept by one Reader is taken by another as the view it
// would compute, once; a view of other text, another outlet or another
// model is not taken.
func TestMemo(t *testing.T) {
	ctx := context.Background()
	c := newCleaner(t)
	learned := &Model{}
	pitch := "Sign up for the Reddin Courier's morning briefing and get the valley's news every day."
	for i := range 5 {
		learned.Learn(Keys([]string{pitch, body[i%len(body)]}), 0)
	}
	learned.Flush()
	more := &Model{}
	for range 6 {
		more.Learn(Keys([]string{pitch}), 0)
	}
	more.Flush()
	stored := func(id string, paras ...string) *article.Article {
		a := &article.Article{ID: id, Outlet: "Reddin Courier", Language: "en", Authors: []string{"Mara Lind"}, Paragraphs: paras}
		a.ContentHash = article.ContentHash(a.Title, a.Paragraphs)
		return a
	}
	withPitch := append(append([]string{}, body...), pitch, "Tomas Berg/Reuters")
	tests := []struct {
		name  string
		taken *article.Article // the article as the later step reads it
		model *Model           // the later step's model
		want  bool             // the kept view is taken
		left  int              // views left after View: a view of the same article is taken or dropped
	}{
		{"same article and model", stored("a1", withPitch...), learned, true, 0},
		{"text revised", stored("a1", append(append([]string{}, withPitch...), "Schools reopen on Monday.")...), learned, false, 1},
		{"model learned more since", stored("a1", withPitch...), more, false, 0},
		{"another article", stored("a2", withPitch...), learned, false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			memo := NewMemo(0)
			keep := NewReader(c, fixedModels{learned})
			keep.KeepIn(memo)
			if _, _, err := keep.MaskedKept(ctx, stored("a1", withPitch...)); err != nil {
				t.Fatal(err)
			}
			if memo.Len() != 1 {
				t.Fatalf("memo holds %d views, want 1", memo.Len())
			}
			take := NewReader(c, fixedModels{tc.model})
			take.TakeFrom(memo)
			m, err := take.Model(ctx, tc.taken.Outlet)
			if err != nil {
				t.Fatal(err)
			}
			taken := memo.take(tc.taken, m) != nil
			if taken != tc.want {
				t.Fatalf("taken = %v, want %v", taken, tc.want)
			}
			// Whether taken or cleaned again, View gives what Clean gives.
			memo2 := NewMemo(0)
			keep2 := NewReader(c, fixedModels{learned})
			keep2.KeepIn(memo2)
			if _, _, err := keep2.MaskedKept(ctx, stored("a1", withPitch...)); err != nil {
				t.Fatal(err)
			}
			take.TakeFrom(memo2)
			got, err := take.View(ctx, tc.taken)
			if err != nil {
				t.Fatal(err)
			}
			if want := c.Clean(tc.taken, m); !reflect.DeepEqual(got, want) {
				t.Errorf("View = %+v, want %+v", got.Paras, want.Paras)
			}
			if memo2.Len() != tc.left {
				t.Errorf("memo holds %d views after View, want %d", memo2.Len(), tc.left)
			}
		})
	}
}

// TestMemoBound: a full Memo keeps no more views.
func TestMemoBound(t *testing.T) {
	c := newCleaner(t)
	memo := NewMemo(2)
	rd := NewReader(c, nil)
	rd.KeepIn(memo)
	for _, id := range []string{"a", "b", "c"} {
		a := &article.Article{ID: id, Paragraphs: body}
		a.ContentHash = article.ContentHash("", body)
		if _, _, err := rd.MaskedKept(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	if memo.Len() != 2 {
		t.Errorf("memo holds %d views, want 2", memo.Len())
	}
}

// TestMemoKeeperViews: the Reader that keeps views takes its own when it
// cleans an article again (as copy detection cleans a copy's source),
// gives what Clean gives, and leaves the view for the next step.
func TestMemoKeeperViews(t *testing.T) {
	ctx := context.Background()
	c := newCleaner(t)
	learned := &Model{}
	pitch := "Sign up for the Reddin Courier's morning briefing and get the valley's news every day."
	for i := range 5 {
		learned.Learn(Keys([]string{pitch, body[i%len(body)]}), 0)
	}
	learned.Flush()
	a := &article.Article{ID: "a1", Outlet: "Reddin Courier", Language: "en",
		Paragraphs: append(append([]string{}, body...), pitch, "Tomas Berg/Reuters")}
	a.ContentHash = article.ContentHash(a.Title, a.Paragraphs)
	memo := NewMemo(0)
	rd := NewReader(c, fixedModels{learned})
	rd.KeepIn(memo)
	_, kept, err := rd.MaskedKept(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	m, err := rd.Model(ctx, a.Outlet)
	if err != nil {
		t.Fatal(err)
	}
	if memo.peek(a, m) == nil {
		t.Fatal("the kept view is not there to take")
	}
	got, err := rd.View(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Paras, kept.Paras) || !reflect.DeepEqual(got.Masked(), kept.Masked()) {
		t.Errorf("View = %+v, want %+v", got.Paras, kept.Paras)
	}
	if memo.Len() != 1 {
		t.Errorf("memo holds %d views after View, want 1", memo.Len())
	}
}

// TestEncodedView: a view encoded for a store (Reader.Encode) and put back
// into a Memo (PutEncoded) is taken as the view cleaning computes; one of
// another article, text or cleaner version, or bytes cut short or
// changed, is not put.
func TestEncodedView(t *testing.T) {
	ctx := context.Background()
	c := newCleaner(t)
	learned := &Model{}
	pitch := "Sign up for the Reddin Courier's morning briefing and get the valley's news every day."
	for i := range 5 {
		learned.Learn(Keys([]string{pitch, body[i%len(body)]}), 0)
	}
	learned.Flush()
	stored := func(id string, paras ...string) *article.Article {
		a := &article.Article{ID: id, Outlet: "Reddin Courier", Language: "en", Authors: []string{"Mara Lind"}, Paragraphs: paras}
		a.ContentHash = article.ContentHash(a.Title, a.Paragraphs)
		return a
	}
	withPitch := append(append([]string{}, body...), pitch, "Tomas Berg/Reuters")
	a := stored("a1", withPitch...)
	keep := NewReader(c, fixedModels{learned})
	_, v, err := keep.MaskedKept(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Furniture() {
		t.Fatal("the test article has no furniture: it tests too little")
	}
	b, err := keep.Encode(ctx, a, v)
	if err != nil {
		t.Fatal(err)
	}
	memo := NewMemo(0)
	if !memo.PutEncoded(a, b) {
		t.Fatal("PutEncoded did not put the view of its article")
	}
	if memo.PutEncoded(a, b) {
		t.Error("PutEncoded put a view twice")
	}
	take := NewReader(c, fixedModels{learned})
	take.TakeFrom(memo)
	got, err := take.View(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if memo.Len() != 0 {
		t.Errorf("memo holds %d views after View, want 0 (taken)", memo.Len())
	}
	m, err := take.Model(ctx, a.Outlet)
	if err != nil {
		t.Fatal(err)
	}
	want := c.Clean(a, m)
	if !reflect.DeepEqual(got.Paras, want.Paras) {
		t.Errorf("View = %+v, want %+v", got.Paras, want.Paras)
	}
	gk, gkeys := got.KeptKeys()
	wk, wkeys := want.KeptKeys()
	if !reflect.DeepEqual(gk, wk) || !reflect.DeepEqual(gkeys, wkeys) {
		t.Errorf("KeptKeys = %q %v, want %q %v", gk, gkeys, wk, wkeys)
	}

	other := append([]byte{}, b...)
	other[1]++ // the version, a one-byte uvarint
	for name, tc := range map[string]struct {
		a *article.Article
		b []byte
	}{
		"another article":   {stored("a2", withPitch...), b},
		"text revised":      {stored("a1", append(append([]string{}, withPitch...), "Schools reopen on Monday.")...), b},
		"another version":   {a, other},
		"not stored":        {&article.Article{Paragraphs: withPitch}, b},
		"no view":           {a, nil},
		"a byte too many":   {a, append(append([]byte{}, b...), 0)},
		"not a view at all": {a, []byte("view")},
	} {
		if NewMemo(0).PutEncoded(tc.a, tc.b) {
			t.Errorf("%s: PutEncoded put the view", name)
		}
	}
	for n := range len(b) {
		if NewMemo(0).PutEncoded(a, b[:n]) {
			t.Errorf("PutEncoded put a view cut to %d of %d bytes", n, len(b))
		}
	}
}

// FuzzDecodeView: decoding never panics, and what decodes encodes to
// bytes that decode to the same view.
func FuzzDecodeView(f *testing.F) {
	f.Add(encodeView(memoKey{1}, memoView{model: 3, keys: []uint64{0, 7},
		set: []Para{{Para: 1, Verdict: Mixed, Kept: true, Kind: "credit", Reason: "r", Cuts: []Cut{{Start: 1, End: 4, Kind: "credit", Reason: "r"}}}}}))
	f.Add(encodeView(memoKey{}, memoView{keys: []uint64{0}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, mv, err := decodeView(b, nil)
		if err != nil {
			return
		}
		k2, mv2, err := decodeView(encodeView(k, mv), &viewOf{key: k, paras: len(mv.keys)})
		if err != nil || k2 != k || !reflect.DeepEqual(mv2, mv) {
			t.Errorf("%x decoded to %v %+v, encoded and decoded again to %v %+v (%v)", b, k, mv, k2, mv2, err)
		}
	})
}

// TestPutEncodedDamagedCuts: a stored view whose cuts run past their
// paragraph, overlap or go backwards (a damaged row) is not taken, so
// splicing the text by them cannot panic (the session 55 review).
func TestPutEncodedDamagedCuts(t *testing.T) {
	a := &article.Article{ID: "a1", Outlet: "Reddin Courier", Language: "en", Paragraphs: []string{"Short one.", "Another short paragraph here."}}
	a.ContentHash = article.ContentHash(a.Title, a.Paragraphs)
	for name, cuts := range map[string][]Cut{
		"past the paragraph": {{Start: 2, End: 1 << 20}},
		"backwards":          {{Start: 5, End: 2}},
		"overlapping":        {{Start: 0, End: 6}, {Start: 3, End: 8}},
		"out of order":       {{Start: 6, End: 8}, {Start: 0, End: 2}},
	} {
		b := encodeView(keyOf(a), memoView{keys: make([]uint64, len(a.Paragraphs)),
			set: []Para{{Para: 0, Verdict: Mixed, Kept: true, Cuts: cuts}}})
		if NewMemo(0).PutEncoded(a, b) {
			t.Errorf("%s: PutEncoded took a view with cuts %+v", name, cuts)
		}
	}
	good := encodeView(keyOf(a), memoView{keys: make([]uint64, len(a.Paragraphs)),
		set: []Para{{Para: 0, Verdict: Mixed, Kept: true, Cuts: []Cut{{Start: 0, End: 2}, {Start: 4, End: 6}}}}})
	if !NewMemo(0).PutEncoded(a, good) {
		t.Error("PutEncoded refused a view with cuts in order within the paragraph")
	}
}
