package copyshard

import (
	"slices"
	"testing"
)

func TestParseSpec(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Spec
		bad  bool
	}{
		{in: "0/1", want: Spec{0, 1}},
		{in: " 2/3 ", want: Spec{2, 3}},
		{in: "3/3", bad: true},
		{in: "-1/3", bad: true},
		{in: "0/0", bad: true},
		{in: "0/2000", bad: true},
		{in: "1", bad: true},
		{in: "a/b", bad: true},
	} {
		got, err := ParseSpec(tc.in)
		if (err != nil) != tc.bad || (!tc.bad && got != tc.want) {
			t.Errorf("ParseSpec(%q) = %v, %v; want %v (bad %v)", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

// TestOwnerSpreadsKinds: keys of one kind (the same top two bits) and
// keys in a narrow range still spread over every shard.
func TestOwnerSpreadsKinds(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7} {
		for _, kind := range []uint64{0, 1, 2, 3} {
			count := make([]int, n)
			const keys = 30000
			for i := range uint64(keys) {
				s := Owner(kind<<62|i, n)
				if s < 0 || s >= n {
					t.Fatalf("Owner(%#x, %d) = %d", kind<<62|i, n, s)
				}
				count[s]++
			}
			for s, c := range count {
				if want := keys / n; c < want*9/10 || c > want*11/10 {
					t.Errorf("kind %d over %d shards: shard %d owns %d of %d keys", kind, n, s, c, keys)
				}
			}
		}
	}
}

func TestHoldersRoundTrip(t *testing.T) {
	seqs := [][]int64{nil, {3}, {1, 5, 9, 200}, {2, 4, 6, 8, 10}}
	limit := 3
	common := []int{0, 0, 1, 2}
	ns, got, err := decodeHolders(encodeHolders(seqs, limit, common), len(seqs))
	if err != nil {
		t.Fatal(err)
	}
	wantN := []int{0, 1, 4, 4}
	want := [][]int64{{}, {3}, {1}, {2, 4}}
	for i := range seqs {
		if ns[i] != wantN[i] || !slices.Equal(got[i], want[i]) {
			t.Errorf("key %d: n %d seqs %v, want %d %v", i, ns[i], got[i], wantN[i], want[i])
		}
	}
	if _, _, err := decodeHolders([]byte{5, 6, 1}, 1); err == nil {
		t.Error("a cut-short answer decoded")
	}
}

func TestDecodeRecordRejects(t *testing.T) {
	for _, data := range []string{
		`{`,
		`{"token":0,"parts":1,"last":{"id":"a","hash":"h"}}`,
		`{"token":1,"parts":1,"last":{"id":"","hash":"h"}}`,
		`{"token":1,"part":1,"parts":1,"last":{"id":"a","hash":"h"}}`,
		`{"token":1,"parts":1,"last":{"id":"a","hash":"h"},"checks":[{"id":"b","hash":"h","keys":"AAE="}]}`,
	} {
		if _, err := decodeRecord([]byte(data)); err == nil {
			t.Errorf("decodeRecord(%s) took it", data)
		}
	}
	if _, err := decodeRecord([]byte(`{"token":1,"parts":1,"last":{"id":"a","hash":"h"},"checks":[{"id":"b","hash":"h","keys":"AAAAAAAAAAA="}]}`)); err != nil {
		t.Errorf("a good record: %v", err)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"token":1,"parts":1,"last":{"id":"a","hash":"h"},"checks":[{"id":"b","hash":"h","keys":"AAAAAAAAAAA="}],"dead":[3]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord(data)
		if err != nil {
			return
		}
		for _, c := range r.Checks {
			if _, err := decodeKeys(c.Keys); err != nil {
				t.Fatalf("a record that decoded has bad keys: %v", err)
			}
		}
	})
}

func FuzzDecodeHolders(f *testing.F) {
	f.Add(encodeHolders([][]int64{{1, 2}, {7}}, 4, []int{0, 0}), 2)
	f.Fuzz(func(t *testing.T, data []byte, n int) {
		if n < 0 || n > 1000 {
			return
		}
		ns, seqs, err := decodeHolders(data, n)
		if err != nil {
			return
		}
		for i := range ns {
			if len(seqs[i]) > ns[i] {
				t.Fatalf("key %d: %d seqs of %d", i, len(seqs[i]), ns[i])
			}
		}
	})
}
