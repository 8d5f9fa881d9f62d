package bounded

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestBuffer(t *testing.T) {
	var b Buffer
	for _, n := range []int{0, 1, minBlock - 1, minBlock, minBlock + 1, 3*maxBlock + 17} {
		want := bytes.Repeat([]byte("abcdefg"), n/7+1)[:n]
		b.Reset()
		for rest := want; len(rest) > 0; {
			k := min(len(rest), 1000+n%777)
			b.Write(rest[:k])
			rest = rest[k:]
		}
		if got := b.Bytes(); !bytes.Equal(got, want) || b.Len() != int64(n) {
			t.Errorf("%d bytes written: got %d back (Len %d), equal %v", n, len(got), b.Len(), bytes.Equal(got, want))
		}
	}
	b.Release()
	if b.Len() != 0 || len(b.blocks) != 1 || b.Bytes() != nil {
		t.Errorf("after Release: Len %d, %d blocks", b.Len(), len(b.blocks))
	}
}

func TestReadAll(t *testing.T) {
	errDisk := errors.New("disk on fire")
	tests := []struct {
		name     string
		r        io.Reader
		max      int64
		want     string
		wantOver bool
		wantErr  error
	}{
		{"empty", strings.NewReader(""), 10, "", false, nil},
		{"within", strings.NewReader("0123456789"), 10, "0123456789", false, nil},
		{"one over", strings.NewReader("0123456789x"), 10, "", true, nil},
		{"byte by byte", iotest.OneByteReader(strings.NewReader("0123456789")), 10, "0123456789", false, nil},
		{"long", strings.NewReader(strings.Repeat("y", 3*maxBlock)), 3 * maxBlock, strings.Repeat("y", 3*maxBlock), false, nil},
		{"long, over", strings.NewReader(strings.Repeat("y", 3*maxBlock+1)), 3 * maxBlock, "", true, nil},
		{"failing", iotest.ErrReader(errDisk), 10, "", false, errDisk},
		{"data then failure", io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(errDisk)), 10, "", false, errDisk},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, over, err := ReadAll(tc.r, tc.max)
			if string(got) != tc.want || over != tc.wantOver || !errors.Is(err, tc.wantErr) {
				t.Errorf("ReadAll = %d bytes, over %v, err %v; want %d bytes, over %v, err %v", len(got), over, err, len(tc.want), tc.wantOver, tc.wantErr)
			}
		})
	}
}

// TestReadAllStopsAtTheLimit: an endless input is read no further than
// one byte past the limit.
func TestReadAllStopsAtTheLimit(t *testing.T) {
	r := &counting{}
	if _, over, err := ReadAll(r, 5*maxBlock); !over || err != nil {
		t.Fatalf("over %v, err %v", over, err)
	}
	if r.n != 5*maxBlock+1 {
		t.Errorf("read %d bytes of an endless input under a limit of %d", r.n, 5*maxBlock)
	}
}

type counting struct{ n int64 }

func (c *counting) Read(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}
