// Command parallax gathers news articles, groups the ones that report the
// same event into stories, and shows how each outlet tells them. Run it
// without arguments for help.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/parallax-news/parallax/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx)
	stop()
	os.Exit(code)
}
