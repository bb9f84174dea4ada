// Package aggregate turns stances into per-dyad, per-period statistics and
// pairwise alignment.
package aggregate

// Dyad is the summary of the stances of one speaker country toward one
// target country in one period. SD, CILow and CIHigh are NaN when n is too
// small to compute them. Keep in sync with doc.go (dyads.csv).
type Dyad struct {
	Speaker, Target string // ISO 3166-1 alpha-3
	Period          string // "2018-11", "2018-W45", "2018-Q4", "2018" ...
	N               int
	Mean, SD        float64
	CILow, CIHigh   float64
	Positive        int
	Negative        int
	Neutral         int
}

// Alignment is the alignment of an unordered country pair in one period.
// Keep in sync with doc.go (alignment.csv).
type Alignment struct {
	A, B   string // A < B
	Period string
	Score  float64 // in [-1, 1]
	N      int
}
