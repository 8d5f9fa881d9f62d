package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// maxHostLen is the longest DNS name, without its final dot.
const maxHostLen = 253

// CheckURL parses raw and accepts it only as a URL a fetch may use: an
// absolute http or https URL whose host is a valid DNS name or an IP
// address written the standard way (a dotted quad, or IPv6 in brackets
// without a zone), with a port from 1 to 65535 when one is given, and not
// an address no page can be fetched from (unspecified, multicast,
// broadcast). Whether an address is public is checked later, when the
// client connects (and before any request for a literal address).
//
// Refused: zone ids ("http://[fe80::1%25eth0]/"), IPv4 addresses written
// in shorthand, octal, hex or as one number ("127.1", "0x7f000001"), which
// resolvers and browsers read differently, and host names with characters
// DNS does not allow. The error is an *Error naming raw (password hidden)
// and the reason; it wraps ErrBadURL.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // it quotes the URL again
		}
		return nil, &Error{URL: Redact(raw), Err: badURL("not a valid URL: " + err.Error())}
	}
	if err := checkParsed(u); err != nil {
		return nil, &Error{URL: Redact(raw), Err: err}
	}
	return u, nil
}

// checkParsed applies CheckURL's rules to a parsed URL; the error does not
// name the URL.
func checkParsed(u *url.URL) error {
	if u == nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return ErrBadURL
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return badURL(fmt.Sprintf("not a valid URL: port %s is out of range", p))
		}
	}
	return checkHost(u.Host, u.Hostname())
}

// checkHost checks the host part of a URL: hostport as written (to tell
// an IPv6 literal by its brackets), host without port or brackets.
func checkHost(hostport, host string) error {
	if host == "" {
		return ErrBadURL
	}
	if strings.HasPrefix(hostport, "[") {
		ip, err := netip.ParseAddr(host)
		if err != nil || !ip.Is6() {
			return badURL(fmt.Sprintf("not a valid URL: %q is not an IPv6 address", host))
		}
		if z := ip.Zone(); z != "" {
			return badURL(fmt.Sprintf("refused: the host has an IPv6 zone (%%25%s), which names a network interface of this machine", z))
		}
		return checkAddr(ip)
	}
	if strings.Contains(host, "%") {
		return badURL(fmt.Sprintf("refused: host %q has a zone or an escape, which a host name cannot have", host))
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.Is4() && ip.String() == host {
		return checkAddr(ip)
	}
	if endsInNumber(host) {
		if ip, ok := parseLooseIPv4(host); ok {
			return badURL(fmt.Sprintf("refused: host %q is a non-standard way of writing the IP address %s", host, ip))
		}
		return badURL(fmt.Sprintf("refused: host %q looks like an IP address but is not one", host))
	}
	return checkName(host)
}

// checkAddr refuses addresses that no page can be fetched from.
func checkAddr(ip netip.Addr) error {
	ip = ip.Unmap()
	if ip.IsUnspecified() || ip.IsMulticast() || ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return badURL(fmt.Sprintf("refused: %s is not an address a page can be fetched from", ip))
	}
	return nil
}

// checkName accepts a DNS name: labels of 1 to 63 letters, digits, hyphens
// or underscores, at most 253 characters in all (an internationalised
// name is checked in its ASCII form), and an optional final dot.
func checkName(host string) error {
	name := strings.TrimSuffix(host, ".")
	if !isASCII(name) {
		a, err := idna.Lookup.ToASCII(name)
		if err != nil {
			return badURL(fmt.Sprintf("not a valid URL: host %q is not a valid internationalised name", host))
		}
		name = a
	}
	if name == "" || len(name) > maxHostLen {
		return badURL(fmt.Sprintf("not a valid URL: host %q is not a valid host name", host))
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" || len(label) > 63 {
			return badURL(fmt.Sprintf("not a valid URL: host %q is not a valid host name", host))
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return badURL(fmt.Sprintf("not a valid URL: host %q has a character (%q) a host name cannot have", host, c))
			}
		}
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// endsInNumber reports whether the WHATWG URL standard reads host as an
// IPv4 address: its last label (a final empty one aside) is a number in
// decimal, octal or hex.
func endsInNumber(host string) bool {
	parts := strings.Split(host, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last == "" {
		return false
	}
	if strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseLooseIPv4 reads host as the WHATWG URL standard reads an IPv4
// address: one to four numbers, each decimal, octal (leading 0) or hex
// (0x), the last filling the remaining bytes.
func parseLooseIPv4(host string) (netip.Addr, bool) {
	parts := strings.Split(host, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	var v uint64
	for i, n := range nums[:len(nums)-1] {
		if n > 255 {
			return netip.Addr{}, false
		}
		v |= n << (8 * (3 - i))
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return netip.Addr{}, false
	}
	v |= last
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// parseIPv4Number reads one part of a loose IPv4 address.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
		if s == "" {
			return 0, true
		}
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	if len(s) > 16 {
		return 0, false // over any IPv4 part, and over uint64 in hex
	}
	n, err := strconv.ParseUint(s, base, 64)
	return n, err == nil
}

// robotsURL is the robots.txt of u's site: the same scheme, host and port,
// built from the parsed fields (never by pasting strings, which would
// lose the escaping some hosts need).
func robotsURL(u *url.URL) *url.URL {
	return &url.URL{Scheme: strings.ToLower(u.Scheme), Host: u.Host, Path: "/robots.txt"}
}

// siteKey names u's site (scheme, host and port) for the robots.txt cache.
func siteKey(u *url.URL) string {
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}

// Redact hides the password of a URL given as text ("xxxxx", as
// url.URL.Redacted does), even in one that does not parse.
func Redact(raw string) string {
	raw = strings.TrimSpace(raw)
	if u, err := url.Parse(raw); err == nil {
		if _, has := u.User.Password(); !has {
			return raw
		}
		return u.Redacted()
	}
	i := strings.Index(raw, "://")
	if i < 0 {
		return raw
	}
	rest := raw[i+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndex(rest[:end], "@")
	if at < 0 {
		return raw
	}
	colon := strings.Index(rest[:at], ":")
	if colon < 0 {
		return raw
	}
	return raw[:i+3] + rest[:colon+1] + "xxxxx" + rest[at:]
}
