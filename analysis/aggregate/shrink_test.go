package aggregate

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stance-project/stance/analysis/record"
)

// TestShrunkDeterministic: a target's prior sums the means of every
// speaker toward it; summed in a map's order, its last bits (and at times
// a rounded digit of shrunk) changed from one call to the next.
func TestShrunkDeterministic(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	a := NewAccumulator(Options{Period: Year})
	for i := range 300 {
		for range 1 + r.IntN(3) {
			score := float64(r.IntN(20001)-10000) / 1e4
			a.Add(record.Stance{SpeakerCountry: fmt.Sprintf("S%03d", i), TargetCountry: "TGT", Date: day(2020, 1, 1),
				Score: score, Confidence: 0.5, Evidence: []string{"x"}})
		}
	}
	first := a.Dyads()
	for range 20 {
		for i, d := range a.Dyads() {
			if math.Float64bits(d.Shrunk) != math.Float64bits(first[i].Shrunk) {
				t.Fatalf("%s→%s: shrunk %v, then %v", d.Speaker, d.Target, first[i].Shrunk, d.Shrunk)
			}
		}
	}
}
