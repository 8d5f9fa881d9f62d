// Package queuetest runs a NATS server with JetStream inside a test
// process, on loopback, with its storage in the test's temporary
// directory, and can stop and start it again on the same port and
// storage, as an outage would.
package queuetest

import (
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Server is an embedded NATS server.
type Server struct {
	t    testing.TB
	dir  string
	port int
	srv  *server.Server
}

// Start starts a server; it is shut down when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, dir: t.TempDir(), port: -1}
	s.Start()
	t.Cleanup(s.Stop)
	return s
}

// Start starts the server again after Stop, on the same port with the same
// storage.
func (s *Server) Start() {
	s.t.Helper()
	if s.srv != nil {
		s.t.Fatal("queuetest: the server is running")
	}
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: s.port, JetStream: true,
		StoreDir: s.dir, NoLog: true, NoSigs: true})
	if err != nil {
		s.t.Fatalf("queuetest: %v", err)
	}
	srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		s.t.Fatal("queuetest: the NATS server did not start")
	}
	s.srv = srv
	s.port = srv.Addr().(*net.TCPAddr).Port
}

// Stop shuts the server down (its storage is kept); stopping a stopped
// server does nothing.
func (s *Server) Stop() {
	if s.srv == nil {
		return
	}
	s.srv.Shutdown()
	s.srv.WaitForShutdown()
	s.srv = nil
}

// URL is the server's client URL.
func (s *Server) URL() string { return fmt.Sprintf("nats://127.0.0.1:%d", s.port) }
