// Package sharedtest is for tests that read the project's workspace data
// under ../shared, beside the repository: Skip skips them when it is
// absent, except in CI, which has it.
package sharedtest

import (
	"fmt"
	"os"
	"testing"
)

// Skip skips a test whose data under ../shared (beside the repository) is
// absent, or fails it when the environment variable CI is "true": CI has
// ../shared beside the project, so there a missing file is an error, not a
// reason to skip.
func Skip(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s: CI is \"true\" and CI has ../shared beside the project, so this test does not skip there", msg)
	}
	t.Skip(msg)
}
