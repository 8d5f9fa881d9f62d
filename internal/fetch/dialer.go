package fetch

import (
	"context"
	"net"
	"net/netip"
	"net/url"
	"time"
)

// Guard is the fetcher's address guard for other clients that must not
// reach loopback, private or other non-public addresses unless the
// allow-list names them (webhook deliveries): Check vets a URL as Get
// does before sending anything, and DialContext checks the address of
// every connection as it is made, which also covers DNS rebinding.
type Guard struct {
	allow       allowList
	dialTimeout time.Duration
}

// NewGuard returns a guard that lets through the hosts, addresses and
// CIDR prefixes of allowHosts besides public addresses. dialTimeout bounds
// each connection attempt (0: 10 seconds).
func NewGuard(allowHosts []string, dialTimeout time.Duration) (*Guard, error) {
	al, err := parseAllowList(allowHosts)
	if err != nil {
		return nil, err
	}
	if dialTimeout <= 0 {
		dialTimeout = DefaultConfig().DialTimeout
	}
	return &Guard{allow: al, dialTimeout: dialTimeout}, nil
}

// Check applies CheckURL's rules to u and refuses a literal address that
// the allow-list does not permit. The error does not name the URL.
func (g *Guard) Check(u *url.URL) error {
	if err := checkParsed(u); err != nil {
		return err
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil && !g.allow.permits(host, ip) {
		return &BlockedError{Host: host, Addr: ip.Unmap()}
	}
	return nil
}

// DialContext connects as net.Dialer does, refusing (with a
// *BlockedError) any address the guard does not permit.
func (g *Guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	d := net.Dialer{Timeout: g.dialTimeout, KeepAlive: 30 * time.Second, Control: g.allow.control(host)}
	return d.DialContext(ctx, network, addr)
}
