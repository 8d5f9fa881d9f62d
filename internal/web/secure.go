package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"net"
	"net/http"
	"strings"
)

// contentSecurityPolicy allows nothing but the server's own scripts,
// styles and images: no inline script, no inline style, no frames, no
// plugins, no form posts elsewhere.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sends the security headers on every response and refuses reads
// from other machines without the token unless reading is public.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		if !s.publicRead && loopback(r) && !localHost(r.Host) {
			// A page of another site whose name resolves to this machine
			// (DNS rebinding) must not read the local server.
			s.fail(w, r, http.StatusMisdirectedRequest, "this server answers only to localhost or an IP address")
			return
		}
		if !s.publicRead && !loopback(r) && !s.authorized(r) {
			s.fail(w, r, http.StatusUnauthorized, "reading from another machine needs the server's token")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// loopback reports whether the request came from this machine.
func loopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// localHost reports whether a Host header names this machine: localhost,
// a name under .localhost, or an IP address.
func localHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	return host == "localhost" || strings.HasSuffix(host, ".localhost") || net.ParseIP(host) != nil
}

// authorized reports whether the request carries the server's token as
// "Authorization: Bearer TOKEN". With no token configured nothing is.
func (s *Server) authorized(r *http.Request) bool {
	if s.token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(s.token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// writer wraps a handler that writes: it refuses requests without the
// token.
func (s *Server) writer(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.token == "" {
			s.fail(w, r, http.StatusForbidden, "writing is disabled: start the server with a token (--token-file or PARALLAX_TOKEN)")
			return
		}
		if !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="parallax"`)
			s.fail(w, r, http.StatusUnauthorized, "writing needs the server's token in an Authorization: Bearer header")
			return
		}
		next(w, r)
	}
}
