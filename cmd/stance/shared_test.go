package main

import (
	"testing"

	"github.com/stance-project/stance/internal/sharedtest"
)

// skipNoShared is sharedtest.Skip: a test of data under ../shared skips
// without it, except in CI.
func skipNoShared(t testing.TB, format string, args ...any) {
	t.Helper()
	sharedtest.Skip(t, format, args...)
}
