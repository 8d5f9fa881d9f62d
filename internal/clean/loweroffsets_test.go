package clean

import "testing"

// TestEchoesMovedOffsets: a paragraph whose length lower-casing keeps
// while it moves the offsets between ("Ⱥ" grows by a byte, "ẞ" shrinks
// by one) is not read as printing the headline again from the wrong
// bytes: the headline's sentence goes on ("strikes"), which read a byte
// off looked like a standfirst run in ("Lawyers say").
func TestEchoesMovedOffsets(t *testing.T) {
	if echoes("Ⱥ Dock strikes Lawyers say ẞ", "dock strike") {
		t.Errorf("echoes read the headline's sentence a byte off as a standfirst")
	}
	if !echoes("Harbour Dock strike Lawyers say the union will appeal.", "dock strike") {
		t.Errorf("echoes missed a headline run into its standfirst")
	}
}
