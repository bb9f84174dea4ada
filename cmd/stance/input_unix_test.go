//go:build unix

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestRunFIFOInterrupted: a run given a named pipe that no one writes
// ends at Ctrl-C (its context cancelled) within 3 s, with exit status 130;
// it waited for ever, deaf to SIGINT and SIGTERM (issue 16).
func TestRunFIFOInterrupted(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "speeches.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		done <- run(ctx, []string{"run", "-o", filepath.Join(dir, "out"), fifo}, &stdout, &stderr, env{})
	}()
	// Wait until the run has the FIFO open for reading (the lexicons load
	// first, slowly on a loaded machine): a writer's non-blocking open
	// fails until then. The writer stays open and silent, so the run waits
	// in its read when Ctrl-C comes.
	var w int
	for deadline := time.Now().Add(60 * time.Second); ; {
		fd, err := syscall.Open(fifo, syscall.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			w = fd
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the run did not open the FIFO within 60 s: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	defer syscall.Close(w)
	cancel()
	start := time.Now()
	select {
	case err := <-done:
		if got := exitCode(err, &bytes.Buffer{}); got != 130 {
			t.Errorf("exit code %d (%v), want 130", got, err)
		}
		t.Logf("the run ended %v after the cancel", time.Since(start))
	case <-time.After(3 * time.Second):
		t.Fatal("the run still waits 3 s after Ctrl-C")
	}
}
