package fetch

import (
	"context"
	"net"
	"net/http"
	"sync"
	"testing"
)

// memServer serves handler over in-memory connections (net.Pipe), so that
// a test can run in a testing/synctest bubble, where it knows when every
// goroutine (client, server, robots.txt fetch) is blocked instead of
// sleeping and hoping.
type memServer struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
	srv   *http.Server
}

// newMemClient returns a client whose every connection reaches handler in
// memory, and stops both when the test ends.
func newMemClient(t *testing.T, cfg Config, handler http.Handler) *Client {
	t.Helper()
	m := &memServer{conns: make(chan net.Conn), done: make(chan struct{}), srv: &http.Server{Handler: handler}}
	go m.srv.Serve(m)
	c := testClient(t, cfg)
	c.dialer = m.dial
	t.Cleanup(func() { m.srv.Close() })
	return c
}

func (m *memServer) dial(ctx context.Context, _, _ string) (net.Conn, error) {
	client, server := net.Pipe()
	select {
	case m.conns <- server:
		return client, nil
	case <-m.done:
		return nil, net.ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (m *memServer) Accept() (net.Conn, error) {
	select {
	case c := <-m.conns:
		return c, nil
	case <-m.done:
		return nil, net.ErrClosed
	}
}

func (m *memServer) Close() error {
	m.once.Do(func() { close(m.done) })
	return nil
}

func (m *memServer) Addr() net.Addr { return memAddr{} }

type memAddr struct{}

func (memAddr) Network() string { return "memory" }
func (memAddr) String() string  { return "memory" }
