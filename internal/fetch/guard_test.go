package fetch

import (
	"net/netip"
	"testing"
)

func TestIsPublic(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true}, {"1.1.1.1", true}, {"2606:4700:4700::1111", true},
		{"127.0.0.1", false}, {"127.8.9.10", false}, {"::1", false}, {"0.0.0.0", false}, {"::", false},
		{"10.1.2.3", false}, {"172.16.0.1", false}, {"172.31.255.255", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"fd12:3456::1", false},
		{"100.64.0.1", false}, {"100.127.255.254", false}, {"224.0.0.1", false}, {"ff02::1", false},
		{"255.255.255.255", false}, {"240.0.0.1", false}, {"192.0.2.1", false}, {"198.18.0.1", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:8.8.8.8", true}, {"64:ff9b::a00:1", false}, {"64:ff9b::808:808", true},
		{"2002:7f00:1::", false}, {"2001:db8::1", false}, {"fec0::1", false}, {"172.32.0.1", true},
	} {
		if got := IsPublic(netip.MustParseAddr(tc.ip)); got != tc.want {
			t.Errorf("IsPublic(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}

func TestAllowList(t *testing.T) {
	al, err := parseAllowList([]string{"127.0.0.1", "Intranet.Example:8080", "10.0.0.0/8", " ", "[::1]"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		host, ip string
		want     bool
	}{
		{"127.0.0.1", "127.0.0.1", true},
		{"evil.example", "127.0.0.1", true}, // the address itself is listed
		{"localhost", "127.0.0.2", false},
		{"intranet.example", "192.168.1.5", true},
		{"intranet.example.", "192.168.1.5", true},
		{"other.example", "192.168.1.5", false},
		{"x", "10.200.0.1", true},
		{"x", "::1", true},
		{"x", "169.254.169.254", false},
		{"x", "8.8.8.8", true},
	} {
		if got := al.permits(tc.host, netip.MustParseAddr(tc.ip)); got != tc.want {
			t.Errorf("permits(%s, %s) = %v, want %v", tc.host, tc.ip, got, tc.want)
		}
	}
	if _, err := parseAllowList([]string{"bad host/x"}); err == nil {
		t.Error("a malformed entry was accepted")
	}
	if got := SplitHosts(" a.example, ,127.0.0.1 "); len(got) != 2 || got[1] != "127.0.0.1" {
		t.Errorf("SplitHosts = %q", got)
	}
}
