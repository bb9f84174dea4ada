package reports

import (
	"fmt"
	"io"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// benchStances are stances of the shape a run writes, 1000 of them.
func benchStances() []record.Stance {
	out := make([]record.Stance, 1000)
	codes := []string{"USA", "RUS", "CHN", "IRN", "FRA", "DEU", "GBR", "ISR"}
	for i := range out {
		out[i] = record.Stance{StatementID: fmt.Sprintf("doc%d#%d", i/10, i%10+1), DocID: fmt.Sprintf("doc%d", i/10),
			Date:    corpus.Date{Year: 2020, Month: 3, Day: 1 + i%28, Precision: corpus.Day},
			Speaker: "Minister Example", SpeakerCountry: codes[i%8], TargetCountry: codes[(i/8)%8],
			Score: float64(i%21-10) / 10, Label: record.Positive, Confidence: 0.5, Evidence: []string{"support+0.50 object"},
			GeneralSentiment: 0.8}
	}
	return out
}

// BenchmarkWriteStances measures the write stage: stances.csv rows.
func BenchmarkWriteStances(b *testing.B) {
	for _, f := range []Format{CSV, Parquet} {
		b.Run(f.String(), func(b *testing.B) {
			stances := benchStances()
			t, err := NewTable(&StancesTable, TableOptions{}, Output{Format: f, W: io.Discard})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range stances {
					if err := t.Stance(s); err != nil {
						b.Fatal(err)
					}
				}
			}
			if err := t.Close(); err != nil {
				b.Fatal(err)
			}
		})
	}
}

// BenchmarkCollect measures what the report gathers from each stance.
func BenchmarkCollect(b *testing.B) {
	stances := benchStances()
	c := NewCollector(CollectOptions{Period: aggregate.Year})
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range stances {
			c.Add(s, StatementText{Text: "Minister Example said the government supports the plan.", Kind: "indirect", Cue: "said"})
		}
	}
}
