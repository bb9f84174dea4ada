package analysis

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/score"
)

// TestRoundScore: RoundScore is the number a CSV cell of four decimals
// holds, read back.
func TestRoundScore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		x, want float64
	}{
		{0, 0},
		{math.Copysign(0, -1), 0},
		{-0.00004, 0},
		{0.12344999, 0.1234},
		{0.12345001, 0.1235},
		{-0.99996, -1},
		{1.0 / 3, 0.3333},
		{0.04996, 0.05},
		{-0.04996, -0.05},
		{12345.678951, 12345.679},
	}
	for _, tt := range tests {
		if got := RoundScore(tt.x); got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("RoundScore(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := RoundScore(x); !(got == x || math.IsNaN(got) && math.IsNaN(x)) {
			t.Errorf("RoundScore(%v) = %v, want it unchanged", x, got)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		// Random numbers, and numbers a hair from a half of the fourth
		// decimal, where x·1e4 could round otherwise.
		for _, x := range []float64{r.Float64()*2 - 1, float64(r.IntN(20001)-10000)/1e4 + float64(r.IntN(3)-1)*5e-5} {
			want, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
			if want == 0 {
				want = 0
			}
			got := RoundScore(x)
			if got != want || got == 0 && math.Signbit(got) {
				t.Fatalf("RoundScore(%v) = %v, want %v (%s)", x, got, want, strconv.FormatFloat(x, 'f', 4, 64))
			}
			if RoundScore(got) != got {
				t.Fatalf("RoundScore(RoundScore(%v)) = %v, want %v", x, RoundScore(got), got)
			}
		}
	}
}

// TestStancesRounded: every stance leaves the analysis with its score and
// confidence at four decimals, and its label follows the rounded score.
func TestStancesRounded(t *testing.T) {
	t.Parallel()
	a := newTestAnalyzer(t)
	texts := []string{
		"Chile praised Peru for its generous help after the floods.",
		"Norway sharply condemned Belarus over the arrest of the reporters.",
		"Kenya welcomed the offer from Ghana but warned Togo against delay.",
		"The minister of Uruguay said Paraguay had betrayed the trust of its neighbours.",
		"Portugal and Morocco signed a trade agreement on Tuesday.",
	}
	n := 0
	for i, text := range texts {
		res := a.Analyze(corpus.Document{ID: "r" + strconv.Itoa(i), Text: text, Date: corpus.Date{Year: 2021}})
		for _, s := range res.Stances {
			n++
			for _, v := range []struct {
				name string
				x    float64
			}{{"score", s.Score}, {"confidence", s.Confidence}} {
				if RoundScore(v.x) != v.x {
					t.Errorf("%s %s→%s: %s %v has more than four decimals", s.StatementID, s.SpeakerCountry, s.TargetCountry, v.name, v.x)
				}
			}
			if got := score.LabelOf(s.Score); s.Label != got {
				t.Errorf("%s %s→%s: label %v, want %v (score %v)", s.StatementID, s.SpeakerCountry, s.TargetCountry, s.Label, got, s.Score)
			}
		}
	}
	if n < len(texts) {
		t.Fatalf("%d stances from %d texts: the test needs one a text", n, len(texts))
	}
}
