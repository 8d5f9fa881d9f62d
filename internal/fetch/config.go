package fetch

import (
	"strings"
	"time"
)

// UserAgent names Parallax and where to learn about it, as polite crawlers do.
const UserAgent = "Parallax/0.1 (+https://github.com/parallax-news/parallax)"

// RobotsAgent is the product token Parallax looks for in robots.txt.
const RobotsAgent = "parallax"

// Config tunes a Client. Zero fields take the defaults of DefaultConfig.
type Config struct {
	// AllowHosts lists host names, IP addresses or CIDR prefixes that may
	// be reached even though they are not public (e.g. 127.0.0.1 for tests,
	// an intranet name). Everything else must resolve to public addresses.
	AllowHosts []string
	// MaxBody limits the bytes read from the network for one response.
	MaxBody int64
	// MaxDecoded limits the bytes of one response body after
	// decompression (a defence against decompression bombs).
	MaxDecoded int64
	// DialTimeout bounds connecting (per address tried).
	DialTimeout time.Duration
	// TLSTimeout bounds the TLS handshake.
	TLSTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers once the request
	// is sent.
	HeaderTimeout time.Duration
	// Timeout bounds one whole request, redirects and body included.
	Timeout time.Duration
	// StallTimeout is how long a body may go without delivering a byte.
	StallTimeout time.Duration
	// PerHost limits concurrent requests to one host.
	PerHost int
	// HostDelay is the least time between the starts of two requests to
	// one host.
	HostDelay time.Duration
	// MaxRedirects limits the redirects followed for one request.
	MaxRedirects int
	// RobotsTTL is how long a host's robots.txt is cached.
	RobotsTTL time.Duration
	// UserAgent is sent with every request; empty means UserAgent.
	UserAgent string
	// Now tells the time; nil means time.Now.
	Now func() time.Time
}

// DefaultConfig returns the limits used when a Config field is zero.
func DefaultConfig() Config {
	return Config{
		MaxBody:       16 << 20,
		MaxDecoded:    32 << 20,
		DialTimeout:   10 * time.Second,
		TLSTimeout:    10 * time.Second,
		HeaderTimeout: 20 * time.Second,
		Timeout:       60 * time.Second,
		StallTimeout:  15 * time.Second,
		PerHost:       2,
		HostDelay:     500 * time.Millisecond,
		MaxRedirects:  10,
		RobotsTTL:     12 * time.Hour,
		UserAgent:     UserAgent,
		Now:           time.Now,
	}
}

// withDefaults fills zero fields from DefaultConfig. A negative HostDelay
// means no delay.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxBody <= 0 {
		c.MaxBody = d.MaxBody
	}
	if c.MaxDecoded <= 0 {
		c.MaxDecoded = d.MaxDecoded
	}
	if c.DialTimeout <= 0 {
		c.DialTimeout = d.DialTimeout
	}
	if c.TLSTimeout <= 0 {
		c.TLSTimeout = d.TLSTimeout
	}
	if c.HeaderTimeout <= 0 {
		c.HeaderTimeout = d.HeaderTimeout
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.StallTimeout <= 0 {
		c.StallTimeout = d.StallTimeout
	}
	if c.PerHost <= 0 {
		c.PerHost = d.PerHost
	}
	if c.HostDelay == 0 {
		c.HostDelay = d.HostDelay
	}
	if c.HostDelay < 0 {
		c.HostDelay = 0
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = d.MaxRedirects
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = d.RobotsTTL
	}
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	if c.Now == nil {
		c.Now = d.Now
	}
	return c
}

// SplitHosts reads a comma-separated allow-list such as the value of
// PARALLAX_ALLOW_HOSTS, dropping blanks.
func SplitHosts(s string) []string {
	var out []string
	for _, h := range strings.Split(s, ",") {
		if h = strings.TrimSpace(h); h != "" {
			out = append(out, h)
		}
	}
	return out
}
