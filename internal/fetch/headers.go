package fetch

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxRetryAfter caps the wait a server may ask for.
const maxRetryAfter = 7 * 24 * time.Hour

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		if n > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}

// maxAge reads Cache-Control's s-maxage or max-age; zero when absent or
// when the response must not be cached.
func maxAge(h http.Header) time.Duration {
	var age time.Duration
	for _, line := range h.Values("Cache-Control") {
		for _, dir := range strings.Split(line, ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(dir), "=")
			switch strings.ToLower(k) {
			case "no-store", "no-cache":
				return 0
			case "max-age", "s-maxage":
				if n, err := strconv.ParseInt(strings.Trim(v, `"`), 10, 64); err == nil && n > 0 {
					age = max(age, time.Duration(min(n, int64(maxRetryAfter/time.Second)))*time.Second)
				}
			}
		}
	}
	return age
}
