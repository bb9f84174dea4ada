package aggregate_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

func ExampleAccumulator() {
	acc := aggregate.NewAccumulator(aggregate.Options{Period: aggregate.Year})
	d := corpus.Date{Year: 2019, Month: 3, Day: 1, Precision: corpus.Day}
	for _, s := range []struct {
		from, to string
		score    float64
	}{
		{"FRA", "DEU", 0.6}, {"FRA", "DEU", 0.2}, {"DEU", "FRA", 0.4},
		{"FRA", "ITA", 0.5}, {"DEU", "ITA", 0.5}, {"FRA", "RUS", -0.5}, {"DEU", "RUS", -0.3},
	} {
		acc.Add(record.Stance{SpeakerCountry: s.from, TargetCountry: s.to, Score: s.score, Confidence: 1,
			Evidence: []string{"term"}, Date: d})
	}
	dyads := acc.Dyads()
	for _, dy := range dyads {
		if dy.Target == "DEU" || dy.Target == "FRA" {
			fmt.Printf("%s→%s %s: n %d, mean %.2f\n", dy.Speaker, dy.Target, dy.Period, dy.N, dy.Mean)
		}
	}
	for _, al := range aggregate.Alignments(dyads, aggregate.AlignOptions{Period: aggregate.Year}) {
		if al.A == "DEU" && al.B == "FRA" {
			fmt.Printf("%s–%s %s: score %.2f (mutual %.2f)\n", al.A, al.B, al.Period, al.Score, al.Mutual)
		}
	}
	// Output:
	// DEU→FRA 2019: n 1, mean 0.40
	// FRA→DEU 2019: n 2, mean 0.40
	// DEU–FRA 2019: score 0.97 (mutual 0.40)
}

// BenchmarkAggregate measures the aggregation stage after a run: dyads,
// alignment, map and blocs for 60 countries over 30 yearly periods.
func BenchmarkAggregate(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	codes := make([]string, 60)
	for i := range codes {
		codes[i] = fmt.Sprintf("C%02d", i)
	}
	acc := aggregate.NewAccumulator(aggregate.Options{Period: aggregate.Year})
	for range 200_000 {
		sp, tg := codes[r.IntN(len(codes))], codes[r.IntN(len(codes))]
		d := corpus.Date{Year: 1990 + r.IntN(30), Precision: corpus.Year}
		acc.Add(record.Stance{SpeakerCountry: sp, TargetCountry: tg, Score: 2*r.Float64() - 1, Confidence: r.Float64() + 0.01, Evidence: []string{"term"}, Date: d})
	}
	b.ReportAllocs()
	for b.Loop() {
		dyads := acc.Dyads()
		align := aggregate.Alignments(dyads, aggregate.AlignOptions{})
		aggregate.Map(align, aggregate.MapOptions{})
		aggregate.Blocs(align, aggregate.BlocOptions{})
	}
}
