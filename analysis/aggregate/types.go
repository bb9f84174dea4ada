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
	// Smoothed is the n-weighted mean of the dyad's means over the periods
	// within the smoothing window around this one (NaN when no smoothing is
	// asked or the period cannot be placed on a calendar). It is given only
	// for periods with data: empty periods are absent, never zero.
	Smoothed float64
	// EvidenceMean is the confidence-weighted mean (stances without
	// evidence weigh 0; NaN when none has evidence). Alignment uses it, so
	// that neutral mentions do not pull the index toward 0. Not written to
	// dyads.csv (see -weighted for weighted dyads).
	EvidenceMean float64
}

// Alignment is the alignment of an unordered country pair in one period.
// Keep in sync with doc.go (alignment.csv).
type Alignment struct {
	A, B       string // A < B
	Period     string
	Score      float64 // the alignment index, in [-1, 1]
	Mutual     float64 // mean of the directed means A→B and B→A that exist; NaN when neither
	Similarity float64 // S-score of their stances toward shared third countries; NaN below the minimum overlap
	N          int     // stances under the index (both directions and the shared third countries)
	Shared     int     // third countries both addressed
}

// MapPoint is a country's place on the 2-D alignment map of one period.
// Keep in sync with doc.go (map.csv).
type MapPoint struct {
	Country string
	Period  string
	X, Y    float64
}

// Bloc is a country's community in the positive-alignment graph of one
// period. Keep in sync with doc.go (blocs.csv).
type Bloc struct {
	Period  string
	Bloc    int // 1, 2, ... by decreasing size, then by first country
	Country string
}
