package aggregate

import (
	"context"
	"math"
	"slices"
	"testing"
)

func TestPeriodRowsAndPairScores(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name        string
		align       []Alignment
		wantPeriods []string
		want        []map[countryPair]float64 // by period
	}{
		{"empty", nil, nil, nil},
		{"NaN and self rows left out", []Alignment{
			{A: "AAA", B: "BBB", Period: "2001", Score: nan},
			{A: "AAA", B: "AAA", Period: "2001", Score: 0.5},
		}, nil, nil},
		{"periods sorted, pairs unordered", []Alignment{
			{A: "BBB", B: "CCC", Period: "2002", Score: 0.25},
			{A: "BBB", B: "AAA", Period: "2001", Score: -0.5},
			{A: "AAA", B: "CCC", Period: "2001", Score: 1},
		}, []string{"2001", "2002"}, []map[countryPair]float64{
			{{"AAA", "BBB"}: -0.5, {"AAA", "CCC"}: 1},
			{{"BBB", "CCC"}: 0.25},
		}},
		{"duplicates averaged", []Alignment{
			{A: "AAA", B: "BBB", Period: "2001", Score: 0.5},
			{A: "BBB", B: "AAA", Period: "2001", Score: 0},
			{A: "AAA", B: "BBB", Period: "2001", Score: 0.25},
		}, []string{"2001"}, []map[countryPair]float64{
			{{"AAA", "BBB"}: 0.25},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			periods, rows, err := periodRows(context.Background(), tt.align)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(periods, tt.wantPeriods) || len(rows) != len(tt.want) {
				t.Fatalf("periods %q (%d row lists), want %q", periods, len(rows), tt.wantPeriods)
			}
			for i := range rows {
				got := pairScores(tt.align, rows[i])
				if len(got) != len(tt.want[i]) {
					t.Errorf("%s: %v, want %v", periods[i], got, tt.want[i])
				}
				for p, s := range tt.want[i] {
					if math.Abs(got[p]-s) > 1e-12 {
						t.Errorf("%s %v: %v, want %v", periods[i], p, got[p], s)
					}
				}
			}
		})
	}
}

func TestEachPeriodCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := 0
	if err := eachPeriod(ctx, 10, func(int) { calls++ }); err != context.Canceled || calls != 0 {
		t.Errorf("eachPeriod on a cancelled context: %v after %d calls, want context.Canceled after none", err, calls)
	}
}
