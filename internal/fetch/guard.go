package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
)

// nonPublic lists special-purpose ranges (RFC 6890 and successors) that
// netip's predicates do not already cover.
var nonPublic = mustPrefixes(
	"0.0.0.0/8",       // "this network"
	"100.64.0.0/10",   // carrier-grade NAT (RFC 6598)
	"192.0.0.0/24",    // IETF protocol assignments
	"192.0.2.0/24",    // TEST-NET-1
	"192.88.99.0/24",  // 6to4 relay anycast (deprecated)
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // TEST-NET-2
	"203.0.113.0/24",  // TEST-NET-3
	"240.0.0.0/4",     // reserved, and 255.255.255.255
	"64:ff9b:1::/48",  // local-use NAT64
	"100::/64",        // discard-only
	"2001::/23",       // IETF protocol assignments (Teredo, ORCHID, ...)
	"2001:db8::/32",   // documentation
	"2002::/16",       // 6to4: embeds an IPv4 address
	"3fff::/20",       // documentation
	"5f00::/16",       // segment routing SIDs
	"fec0::/10",       // deprecated site-local
)

// nat64 embeds an IPv4 address in its last 32 bits.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

func mustPrefixes(ss ...string) []netip.Prefix {
	ps := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		ps[i] = netip.MustParsePrefix(s)
	}
	return ps
}

// IsPublic reports whether ip is a globally routable unicast address.
func IsPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.Zone() != "" {
		return false
	}
	if nat64.Contains(ip) {
		b := ip.As16()
		return IsPublic(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	if ip.Is6() && !netip.MustParsePrefix("2000::/3").Contains(ip) {
		return false // only global unicast space is routable
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// allowList is the parsed allow-list: names, addresses and prefixes.
type allowList struct {
	names    map[string]bool
	prefixes []netip.Prefix
}

// parseAllowList reads entries such as "localhost", "127.0.0.1", "::1",
// "10.0.0.0/8" or "intranet.example:8080" (the port is ignored).
func parseAllowList(entries []string) (allowList, error) {
	al := allowList{names: map[string]bool{}}
	for _, e := range entries {
		e = strings.TrimSpace(strings.ToLower(e))
		if e == "" {
			continue
		}
		if p, err := netip.ParsePrefix(e); err == nil {
			al.prefixes = append(al.prefixes, p.Masked())
			continue
		}
		host := e
		if h, _, err := net.SplitHostPort(e); err == nil {
			host = h
		}
		host = strings.Trim(host, "[]")
		if ip, err := netip.ParseAddr(host); err == nil {
			if ip.Zone() != "" {
				return allowList{}, fmt.Errorf("allow-host %q: an address with a zone cannot be allowed (fetches never use zones)", e)
			}
			al.prefixes = append(al.prefixes, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
			continue
		}
		if strings.ContainsAny(host, "/ ") {
			return allowList{}, fmt.Errorf("allow-host %q: want a host name, an IP address or a CIDR prefix", e)
		}
		al.names[strings.TrimSuffix(host, ".")] = true
	}
	return al, nil
}

// permits reports whether a connection to ip, dialled for host name host,
// is allowed.
func (al allowList) permits(host string, ip netip.Addr) bool {
	if IsPublic(ip) {
		return true
	}
	if al.names[strings.TrimSuffix(strings.ToLower(host), ".")] {
		return true
	}
	ip = ip.Unmap()
	for _, p := range al.prefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// control returns a net.Dialer Control function that refuses, at connect
// time and after DNS resolution, every address al does not permit for host.
// Checking the socket's actual address (not the URL) is what defeats
// redirects to private addresses and DNS rebinding.
func (al allowList) control(host string) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &BlockedError{Host: host}
		}
		if !al.permits(host, ap.Addr()) {
			return &BlockedError{Host: host, Addr: ap.Addr().Unmap()}
		}
		return nil
	}
}
