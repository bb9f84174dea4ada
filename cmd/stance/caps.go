package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Caps on flags whose values size the memory and time of a run: past them
// a run spends them for nothing. More workers than cores analyse no
// faster, and each holds queues and a document. Past 10,000 resamples the
// ends of a 95 % bootstrap interval move by less than 1 % of its width,
// while the time grows with the resamples and cannot be interrupted.
// Keep in sync with doc.go and README.md.
const (
	maxWorkers   = 256    // -j
	maxBootstrap = 10_000 // -bootstrap
)

// workersFlag is -j: 0 (one worker per CPU) to maxWorkers.
type workersFlag int

func (f *workersFlag) String() string { return strconv.Itoa(int(*f)) }

func (f *workersFlag) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		return errors.New("parse error")
	}
	if n < 0 || n > maxWorkers {
		return fmt.Errorf("want 0 (one per CPU) to %d workers", maxWorkers)
	}
	*f = workersFlag(n)
	return nil
}
