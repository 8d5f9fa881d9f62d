package watches

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/parallax-news/parallax/internal/fetch"
)

// CheckWebhook accepts a URL a webhook can be sent to (fetch.CheckURL's
// rules: absolute http or https, a host a fetch may use, no IPv6 zone or
// odd IPv4 form) and returns it with a lower-case scheme and host and no
// fragment. Whether its address is public is checked at each delivery.
func CheckWebhook(raw string) (string, error) {
	u, err := fetch.CheckURL(raw)
	if err != nil {
		return "", fmt.Errorf("%w: webhook: %v", ErrBadSpec, err)
	}
	if u.User != nil {
		return "", fmt.Errorf("%w: webhook %s: a user or password in the URL is not sent; put a token in the path or query instead", ErrBadSpec, fetch.Redact(raw))
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	return u.String(), nil
}

// ShowWebhook is a webhook URL as listings show it: its scheme and host
// only, since a path or query often holds a secret token (as chat
// services' incoming webhooks do). "" stays "".
func ShowWebhook(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(hidden)"
	}
	out := u.Scheme + "://" + u.Host + "/"
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		out += "…"
	}
	return out
}
