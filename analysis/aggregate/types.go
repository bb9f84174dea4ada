// Package aggregate turns stances into per-dyad, per-period statistics and
// pairwise alignment.
package aggregate

// Dyad is the summary of the stances of one speaker country toward one
// target country in one period. SD, CILow and CIHigh are NaN when n is too
// small to compute them. Keep in sync with doc.go (dyads.csv).
type Dyad struct {
	Speaker, Target string  // ISO 3166-1 alpha-3
	Period          string  // "2018-11", "2018-W45", "2018-Q4", "2018" ...
	N               int     // all stances
	NEvidence       int     // stances with lexicon evidence
	Mean            float64 // mean of the stances with evidence (see Accumulator.Dyads)
	MeanAll         float64 // plain mean of all stances, neutral mentions included
	Shrunk          float64 // Mean drawn toward the target's prior (empirical Bayes)
	SD              float64 // of the stances with evidence
	CILow, CIHigh   float64 // 95 % interval of Mean, inside [−1, 1]; NaN below two stances with evidence
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
	A, B   string // A < B
	Period string
	Score  float64 // the alignment index: the cosine of the two stance profiles, in [-1, 1]
	// CILow and CIHigh are the 95 % interval of Score: the delete-one
	// jackknife over the targets of the profiles, inside [-1, 1]; NaN
	// when fewer than 3 targets carry the profiles or one target alone
	// carries either.
	CILow, CIHigh float64
	Mutual        float64 // mean of the directed means A→B and B→A that exist in the period; NaN when neither
	Similarity    float64 // S-score of their stances toward shared third countries in the period; NaN below the minimum overlap
	N             int     // stances with evidence in the two profiles (the pooling window)
	Shared        int     // third countries both profiles address
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
