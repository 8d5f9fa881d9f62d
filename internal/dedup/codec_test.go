package dedup

import (
	"errors"
	"reflect"
	"testing"
)

func TestSignatureRoundTrip(t *testing.T) {
	s, _ := NewSigner(DefaultConfig())
	for _, paras := range [][]string{bridgeReport, floodReport, {"short"}, nil} {
		sig := s.Sign(Doc{Paragraphs: paras})
		b, err := sig.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, sig) {
			t.Errorf("round trip: got %+v, want %+v", back, sig)
		}
	}
	sig := s.Sign(Doc{Paragraphs: bridgeReport})
	t.Logf("signature of %d words: %d bytes", sig.Words, must(sig.MarshalBinary()))
	for _, bad := range [][]byte{nil, []byte("PXS\x02"), []byte("PXS\x01\x05")} {
		var x Signature
		if err := x.UnmarshalBinary(bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("UnmarshalBinary(%q) = %v, want ErrBadSignature", bad, err)
		}
	}
}

func must(b []byte, err error) int {
	if err != nil {
		panic(err)
	}
	return len(b)
}
