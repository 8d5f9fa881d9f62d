package compare

import "testing"

func TestOnlyFurniture(t *testing.T) {
	for _, c := range []struct {
		text                  string
		credit, pipes, cutEnd bool
	}{
		{"Ann Lee, Bo Park and Cy Ng contributed.", true, false, false},
		{"Dana Wirth contributed to this report.", true, false, false},
		{"Democrats and Republicans contributed millions to the fund.", false, false, false},
		{"The mayor and Dana Wirth contributed.", false, false, false},
		{"Wirth contributed.", false, false, false},
		{"Keynote Address | 2019 Harbour Gala | Ostra Channel The mayor speaks at the gala.", false, true, false},
		{"The vote was 5 | 4 on paper.", false, false, false},
		{"Shares rose | fell", false, false, false},
		{"The harbour chief met with Sec.", false, false, true},
		{"The harbour chief met with the secretary.", false, false, false},
		{"She moved to Main St.", false, false, false},
	} {
		if got := nameCredit(c.text); got != c.credit {
			t.Errorf("nameCredit(%q) = %v, want %v", c.text, got, c.credit)
		}
		if got := pipeTitle(c.text); got != c.pipes {
			t.Errorf("pipeTitle(%q) = %v, want %v", c.text, got, c.pipes)
		}
		if got := cutAtTitle(c.text); got != c.cutEnd {
			t.Errorf("cutAtTitle(%q) = %v, want %v", c.text, got, c.cutEnd)
		}
	}
}

func TestStaffAndPointerLines(t *testing.T) {
	for _, c := range []struct {
		text, outlet   string
		staff, pointer bool
	}{
		{"Ostra Radio's Ana Lind is at the harbour office in Reddin.", "Ostra Radio", true, false},
		{"That's what Ostra Radio's Bo Park reported on Morning Tide this evening.", "Ostra Radio", true, false},
		{"ORN's Bo Park sent us this account from the quay:", "ORN", true, false},
		{"ORN's Bo Park is in Reddin tonight.", "ORN Online News", true, false},
		{"ORNA's Bo Park is in Reddin tonight.", "ORN Online News", false, false},
		{"Reddin's Mayor Ana Lind is at the harbour office.", "Ostra Radio", false, false},
		{"Ostra Radio's Ana Lind said the harbour would close.", "Ostra Radio", false, false},
		{"That's what the mayor said on Tuesday.", "Ostra Radio", false, false},
		{"Ostra Radio's Ana Lind is at the harbour.", "", false, false},
		{"(Bo Park at the Courier has a longer account of the bridge here).", "Ostra Radio", false, true},
		{"(See the Courier's timeline of the closure.)", "Ostra Radio", false, true},
		{"(The bridge opened in 1961.)", "Ostra Radio", false, false},
		{"The council met here on Monday.", "Ostra Radio", false, false},
		{"Ostra Radio's Bo Park reported on Monday that the mayor will resign.", "Ostra Radio", false, false},
		{"Ostra Radio's Bo Park is in the old town and reports that the queues are long.", "Ostra Radio", false, false},
		{"(The levy should not be a factor here.)", "Ostra Radio", false, false},
		{"From Reddin, Ostra Radio's Ana Lind reports.", "Ostra Radio", true, false},
		{"Ostra Radio's Ana Lind reports.", "Ostra Radio Online", true, false},
		{"From Reddin, Ostra Radio's Ana Lind reports that the quay is shut.", "Ostra Radio", false, false},
		{"From Reddin, the Courier's Ana Lind reports.", "Ostra Radio", false, false},
		{"From the harbour office, Ostra Radio's Ana Lind reports.", "Ostra Radio", false, false},
		{"The Courier's Ana Lind reports.", "Ostra Radio", false, false},
	} {
		if got := ownStaffLine(c.text, c.outlet); got != c.staff {
			t.Errorf("ownStaffLine(%q, %q) = %v, want %v", c.text, c.outlet, got, c.staff)
		}
		if got := pointerLine(c.text); got != c.pointer {
			t.Errorf("pointerLine(%q) = %v, want %v", c.text, got, c.pointer)
		}
	}
}

// TestSegmentNote: a note that someone talked with the host of a
// broadcast is page furniture; what they said, with "that", or a
// quotation is not.
func TestSegmentNote(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Thursday on Morning Tide, Ostra Radio's Bo Park talked with host Ana Lind about the closure.", true},
		{"Bo Park spoke with host Ana Lind on Sunday.", true},
		{"Bo Park told host Ana Lind that the quay would close.", false},
		{"Bo Park spoke with host Ana Lind and said that the quay would close.", false},
		{"Bo Park talked with host Ana Lind: \"The quay is shut.\"", false},
		{"The mayor spoke with harbour staff about the closure.", false},
		{"Bo Park talked with host and author Ana Lind about the closure.", false},
	} {
		if got := segmentNote(c.text); got != c.want {
			t.Errorf("segmentNote(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
