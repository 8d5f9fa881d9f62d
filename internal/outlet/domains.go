package outlet

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// DomainKey reduces a URL or a bare host ("www.nytimes.com",
// "https://politicalticker.blogs.cnn.com/2012/…") to the address that
// identifies one outlet: the registrable domain ("nytimes.com",
// "cnn.com"), lower-cased, without "www." or a port. On hosting platforms
// where many unrelated writers publish (Substack, WordPress.com, Blogspot,
// Medium, Tumblr, go.com …) it keeps what tells them apart: the subdomain
// ("alice.substack.com") or the first path segment ("medium.com/@alice"),
// and it returns "" when neither is there. It returns "" for aggregators
// that republish other outlets' articles (news.google.com, msn.com …), for
// addresses it cannot read, and for "".
func DomainKey(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + strings.TrimPrefix(raw, "//")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" || strings.ContainsAny(host, " _/\\") {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.String()
	}
	for {
		trimmed := false
		for _, p := range hostPrefixes {
			if strings.HasPrefix(host, p) && strings.Count(host, ".") > 1 {
				host, trimmed = host[len(p):], true
			}
		}
		if !trimmed {
			break
		}
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host // a bare suffix or a single label: "localhost"
	}
	if aggregators[host] || aggregators[reg] {
		return ""
	}
	if pathTenants[reg] && host == reg {
		seg := firstSegment(u.Path)
		if seg == "" || genericSegments[seg] {
			return ""
		}
		return reg + "/" + seg
	}
	if hostTenants[reg] || strings.HasPrefix(reg, "blogspot.") {
		if host == reg {
			return "" // the platform itself, not one of its writers
		}
		return host
	}
	return reg
}

// hostPrefixes are the host labels that name a version of a site, not a
// different site: "www.", "m.", "amp." ("www.m.washingtontimes.com").
var hostPrefixes = []string{"www.", "www1.", "www2.", "www3.", "m.", "mobile.", "amp."}

// hostTenants are registrable domains whose subdomains belong to
// unrelated publishers.
var hostTenants = map[string]bool{
	"substack.com": true, "wordpress.com": true, "tumblr.com": true, "typepad.com": true, "livejournal.com": true,
	"ghost.io": true, "beehiiv.com": true, "weebly.com": true, "squarespace.com": true, "wixsite.com": true,
	"go.com": true, "medium.com": true, "blogger.com": true, "over-blog.com": true, "jimdo.com": true,
	"webflow.io": true, "github.io": true, "gitlab.io": true, "neocities.org": true, "hashnode.dev": true,
	"mataroa.blog": true, "bearblog.dev": true, "write.as": true, "dreamwidth.org": true,
}

// pathTenants are platforms where a writer's address is the first path
// segment: medium.com/@alice, substack.com/@bob, x.com/handle.
var pathTenants = map[string]bool{
	"medium.com": true, "substack.com": true, "youtube.com": true, "x.com": true, "twitter.com": true,
	"facebook.com": true, "instagram.com": true, "tiktok.com": true, "linkedin.com": true, "threads.net": true,
	"patreon.com": true, "rumble.com": true, "bsky.app": true,
}

// genericSegments are first path segments of platforms that name no
// writer.
var genericSegments = map[string]bool{
	"p": true, "watch": true, "embed": true, "shorts": true, "status": true, "i": true, "pulse": true,
	"posts": true, "tag": true, "tags": true, "search": true, "hashtag": true, "share": true, "home": true,
	"in": true, "profile": true, "video": true, "reel": true, "story.php": true, "permalink.php": true,
	"plus": true, "feed": true, "c": true, "channel": true, "user": true, "m": true,
}

// aggregators host other outlets' articles, so their address says
// nothing of who wrote one.
var aggregators = map[string]bool{
	"news.google.com": true, "google.com": true, "feedproxy.google.com": true, "msn.com": true,
	"flipboard.com": true, "allsides.com": true, "t.co": true, "bit.ly": true, "archive.org": true,
	"archive.ph": true, "archive.today": true, "archive.is": true, "apple.news": true, "newsbreak.com": true,
	"smartnews.com": true, "ground.news": true, "reddit.com": true, "feedly.com": true, "pocket.co": true,
	"getpocket.com": true, "ow.ly": true, "dlvr.it": true, "lnkd.in": true, "mailchi.mp": true,
	"newsnow.co.uk": true, "drudgereport.com": true, "memeorandum.com": true, "news.yahoo.co.jp": true,
}

func firstSegment(p string) string {
	p = strings.Trim(p, "/")
	if i := strings.IndexByte(p, '/'); i >= 0 {
		p = p[:i]
	}
	return strings.ToLower(p)
}

// Label is the name part of a domain key: "nytimes" for "nytimes.com",
// "abcnews" for "abcnews.go.com", "alice" for "medium.com/@alice",
// "citypaper" for "city-paper.co.uk". It is what Spells compares names
// with.
func Label(key string) string {
	if i := strings.IndexByte(key, '/'); i >= 0 {
		key = key[i+1:]
	} else if reg, err := publicsuffix.EffectiveTLDPlusOne(key); err == nil {
		if reg != key || hostTenants[reg] {
			// a platform's writer: its subdomain
			key = strings.TrimSuffix(key, "."+reg)
		} else if suffix, _ := publicsuffix.PublicSuffix(key); suffix != "" && len(suffix) < len(key) {
			key = strings.TrimSuffix(key, "."+suffix)
		}
	}
	var b strings.Builder
	for _, r := range key {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
