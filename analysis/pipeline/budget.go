package pipeline

import (
	"context"
	"sync"
)

// budget is a semaphore counted in bytes: the documents in flight may
// hold at most limit bytes together, and a document larger than limit
// counts as limit, so that it goes alone instead of never.
type budget struct {
	limit int64

	mu   sync.Mutex
	used int64
	// freed is closed, and replaced, whenever bytes are released: the
	// acquirers waiting then look again.
	freed chan struct{}
}

// newBudget returns a budget of limit bytes (DefaultMaxInFlightBytes when
// limit is 0 or less).
func newBudget(limit int64) *budget {
	if limit <= 0 {
		limit = DefaultMaxInFlightBytes
	}
	return &budget{limit: limit, freed: make(chan struct{})}
}

// weight is what n bytes count for.
func (b *budget) weight(n int64) int64 { return min(max(n, 0), b.limit) }

// acquire waits until n more bytes fit in the budget and takes them, or
// returns ctx's error when ctx is done first.
func (b *budget) acquire(ctx context.Context, n int64) error {
	n = b.weight(n)
	for {
		b.mu.Lock()
		if b.used+n <= b.limit {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		freed := b.freed
		b.mu.Unlock()
		select {
		case <-freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release gives back n bytes taken by acquire.
func (b *budget) release(n int64) {
	n = b.weight(n)
	b.mu.Lock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
	b.mu.Unlock()
}

// inUse returns the bytes taken.
func (b *budget) inUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}
