package payske

import (
	"context"
	"log/slog"
	"os"
)

// LevelNull is a level above every record the SDK writes: a handler set to
// it prints nothing.
const LevelNull slog.Level = slog.LevelError + 1000

// DiscardLogger drops every record. Use it as BackendConfig.Logger to silence
// the SDK.
var DiscardLogger = slog.New(discardHandler{})

type discardHandler struct{}

func (discardHandler) Enabled(context.Context, slog.Level) bool  { return false }
func (discardHandler) Handle(context.Context, slog.Record) error { return nil }
func (d discardHandler) WithAttrs([]slog.Attr) slog.Handler      { return d }
func (d discardHandler) WithGroup(string) slog.Handler           { return d }

// defaultLogger logs Error records only, to stderr: failures of Payske or
// of the network, not the declines and bad parameters logged at Info.
func defaultLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
}
