//go:build race

package corpus

// raceEnabled: the race detector instruments allocations, so the tests
// that bound them do not assert under it.
const raceEnabled = true
