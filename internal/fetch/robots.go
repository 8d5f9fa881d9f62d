package fetch

import (
	"bufio"
	"bytes"
	"strings"
)

// Robots is the part of a robots.txt (RFC 9309) that applies to one
// crawler: its allow and disallow rules.
type Robots struct {
	rules []robotsRule
	// DisallowAll is set for a robots.txt that could not be fetched
	// because the server failed: then nothing may be crawled.
	DisallowAll bool
	// unavailable says why, for a robots.txt that could not be fetched.
	unavailable *RobotsUnavailableError
}

type robotsRule struct {
	allow   bool
	pattern string
}

// maxRobotsSize is how much of a robots.txt is parsed (RFC 9309 asks for
// at least 500 KiB).
const maxRobotsSize = 512 << 10

// maxRobotsRules bounds the rules kept for one site.
const maxRobotsRules = 2000

// agentToken is the product token of a user-agent, lower-cased:
// "Parallax/1.0 (+https://...)" gives "parallax".
func agentToken(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "/ \t("); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// ParseRobots reads a robots.txt and keeps the rules of the groups for the
// product token agent (matched without regard to case), or of the "*"
// groups when none names it.
func ParseRobots(data []byte, agent string) *Robots {
	if len(data) > maxRobotsSize {
		data = data[:maxRobotsSize]
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	agent = agentToken(agent)
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	inAgents := false
	// A bare CR ends a line too.
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxRobotsSize)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
				inAgents = true
			}
			cur.agents = append(cur.agents, agentToken(val))
		case "allow", "disallow":
			inAgents = false
			if cur == nil || val == "" || len(cur.rules) >= maxRobotsRules {
				continue // rules outside a group, and empty rules, mean nothing
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: normalizeRobotsPath(val)})
		default:
			// Sitemap, Crawl-delay and unknown lines neither start nor end a group.
		}
	}
	r := &Robots{}
	for _, want := range []string{agent, "*"} {
		found := false
		for _, g := range groups {
			for _, a := range g.agents {
				if a == want {
					found = true
					r.rules = append(r.rules, g.rules[:min(len(g.rules), maxRobotsRules-len(r.rules))]...)
					break
				}
			}
		}
		if found {
			break // a group naming Parallax, even with no rules, shadows "*"
		}
	}
	return r
}

// Allowed reports whether the path (with its query, percent-encoded as in
// a URL) may be crawled: the longest matching rule wins, allow winning a
// tie; no match allows. /robots.txt itself is always allowed.
func (r *Robots) Allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	path = normalizeRobotsPath(path)
	if path == "/robots.txt" {
		return true // however its letters are escaped
	}
	if r.DisallowAll {
		return false
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !robotsMatch(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// robotsMatch matches a path against a pattern where * is any run of
// characters and a final $ anchors the end.
func robotsMatch(pattern, path string) bool {
	end := strings.HasSuffix(pattern, "$")
	if end {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	if len(parts) == 1 {
		return !end || pos == len(path)
	}
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(path[pos:], p)
		if i < 0 {
			return false
		}
		pos += i + len(p)
	}
	last := parts[len(parts)-1]
	if end {
		return len(path)-pos >= len(last) && strings.HasSuffix(path, last)
	}
	return strings.Contains(path[pos:], last)
}

// normalizeRobotsPath percent-encodes bytes outside printable ASCII (and a
// '%' that starts no escape), decodes escapes of unreserved characters and
// upper-cases the other escapes, so that patterns and paths compare alike;
// normalising twice changes nothing more.
func normalizeRobotsPath(s string) string {
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) && isUnreserved(unhex(s[i+1])<<4|unhex(s[i+2])):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		case c <= 0x20 || c >= 0x7f || c == '%': // a '%' that starts no escape too
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// isUnreserved reports an RFC 3986 unreserved character.
func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}
