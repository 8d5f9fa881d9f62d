package fetch

import (
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// readBody reads a response body within the limits: at most maxWire bytes
// from the network, at most maxDecoded after decompression, and never a
// pause longer than stall between bytes (cancel aborts the request then).
// With truncate, a body over maxDecoded is cut there rather than refused.
func readBody(ctx context.Context, resp *http.Response, cancel context.CancelCauseFunc, maxWire, maxDecoded int64, truncate bool, stall time.Duration) ([]byte, error) {
	watchdog := time.AfterFunc(stall, func() { cancel(ErrStalled) })
	defer watchdog.Stop()
	wire := &limitedReader{r: resp.Body, left: maxWire, onRead: func() { watchdog.Reset(stall) }}
	var dec io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(wire)
		if err != nil {
			return nil, bodyErr(ctx, fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		dec = zr
	case "deflate":
		zr, err := zlib.NewReader(wire)
		if err != nil {
			return nil, bodyErr(ctx, fmt.Errorf("deflate: %w", err))
		}
		defer zr.Close()
		dec = zr
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	b, err := io.ReadAll(io.LimitReader(dec, maxDecoded+1))
	if err != nil {
		return nil, bodyErr(ctx, err)
	}
	if int64(len(b)) > maxDecoded {
		if truncate {
			return b[:maxDecoded], nil
		}
		return nil, fmt.Errorf("%w: more than %d bytes decoded", ErrTooLarge, maxDecoded)
	}
	return b, nil
}

// bodyErr prefers the reason the request was cancelled (a stall) over the
// transport's error.
func bodyErr(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); cause != nil && errors.Is(cause, ErrStalled) {
		return cause
	}
	return err
}

// limitedReader fails with ErrTooLarge once more than left bytes are read,
// and calls onRead whenever bytes arrive.
type limitedReader struct {
	r      io.Reader
	left   int64
	onRead func()
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	if n > 0 {
		l.onRead()
	}
	l.left -= int64(n)
	if l.left < 0 {
		return n, fmt.Errorf("%w: more than the limit read from the network", ErrTooLarge)
	}
	return n, err
}
