package watches

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Headers of a webhook delivery.
const (
	// SignatureHeader carries "sha256=" and the hex HMAC-SHA256 of the
	// request body under the watch's secret.
	SignatureHeader = "X-Parallax-Signature-256"
	// DeliveryHeader carries the match's id (Payload.ID): the same on
	// every attempt at one match.
	DeliveryHeader = "X-Parallax-Delivery"
	// KindHeader carries the watch's kind, or "ping" for a test delivery.
	KindHeader = "X-Parallax-Kind"
	// AttemptHeader carries the attempt's number, from 1.
	AttemptHeader = "X-Parallax-Attempt"
)

// Sign returns the SignatureHeader value of body under secret.
func Sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify reports whether header (a SignatureHeader value) is body's
// signature under secret, comparing in constant time.
func Verify(secret string, body []byte, header string) bool {
	got, ok := strings.CutPrefix(strings.TrimSpace(header), "sha256=")
	if !ok {
		return false
	}
	want := Sign(secret, body)[len("sha256="):]
	return hmac.Equal([]byte(strings.ToLower(got)), []byte(want))
}

// NewSecret returns a random secret: 32 bytes, hex.
func NewSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a webhook secret: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// MinSecret is the shortest secret a watch accepts.
const MinSecret = 16
