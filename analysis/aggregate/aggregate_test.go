package aggregate

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

func day(y int, m time.Month, d int) corpus.Date {
	return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.Day}
}

func TestPeriodKey(t *testing.T) {
	tests := []struct {
		p    Period
		d    corpus.Date
		want string
	}{
		{Day, day(2018, 11, 5), "2018-11-05"},
		{Week, day(2018, 11, 5), "2018-W45"},
		{Week, day(2018, 12, 31), "2019-W01"}, // ISO week-year
		{Week, day(2021, 1, 3), "2020-W53"},
		{Month, day(2018, 11, 5), "2018-11"},
		{Quarter, day(2018, 11, 5), "2018-Q4"},
		{Quarter, day(2018, 1, 1), "2018-Q1"},
		{Year, day(2018, 11, 5), "2018"},
		{Month, corpus.Date{Year: 2020, Precision: corpus.Year}, "2020"}, // never invent a month
		{Day, corpus.Date{Year: 2020, Month: 3, Precision: corpus.Month}, "2020-03"},
		{Quarter, corpus.Date{Year: 2020, Month: 3, Precision: corpus.Month}, "2020-Q1"},
		{Month, corpus.Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.p.Key(tt.d); got != tt.want {
			t.Errorf("%v.Key(%v) = %q, want %q", tt.p, tt.d, got, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	for _, s := range []string{"day", "week", "month", "quarter", "year"} {
		p, err := ParsePeriod(s)
		if err != nil || p.String() != s {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %s", s, p, err, s)
		}
	}
	if _, err := ParsePeriod("decade"); err == nil {
		t.Error("ParsePeriod(decade) succeeded, want an error")
	}
}

func stance(sp, tg string, score float64, d corpus.Date) analysis.Stance {
	l := analysis.Neutral
	if score >= 0.05 {
		l = analysis.Positive
	} else if score <= -0.05 {
		l = analysis.Negative
	}
	return analysis.Stance{SpeakerCountry: sp, TargetCountry: tg, Score: score, Label: l, Date: d}
}

// TestDyadStatistics checks mean, sd and the t interval against values
// computed by hand: scores 0.2, 0.4, 0.9 give mean 0.5, sd √0.13 =
// 0.360555, t(0.975, 2) = 4.302653, half-width 4.302653 × 0.360555 / √3 =
// 0.895670.
func TestDyadStatistics(t *testing.T) {
	a := NewAccumulator(Month)
	d := day(2020, 5, 1)
	for _, s := range []float64{0.2, 0.4, 0.9} {
		a.Add(stance("RUS", "USA", s, d))
	}
	a.Add(stance("RUS", "IRN", 0.6, d))
	a.Add(stance("RUS", "RUS", 0.6, d))
	a.Add(stance("", "RUS", 0.6, d))
	got := a.Dyads()
	if len(got) != 2 {
		t.Fatalf("dyads = %d, want 2", len(got))
	}
	one, three := got[0], got[1]
	if one.Target != "IRN" || one.N != 1 || !math.IsNaN(one.SD) || !math.IsNaN(one.CILow) {
		t.Errorf("single-stance dyad = %+v, want n 1 and NaN sd and interval", one)
	}
	near := func(name string, got, want float64) {
		if math.Abs(got-want) > 1e-5 {
			t.Errorf("%s = %.6f, want %.6f", name, got, want)
		}
	}
	near("mean", three.Mean, 0.5)
	near("sd", three.SD, 0.360555)
	near("ci_low", three.CILow, 0.5-0.895670)
	near("ci_high", three.CIHigh, 0.5+0.895670)
	if three.Positive != 3 || three.Negative != 0 || three.Neutral != 0 {
		t.Errorf("labels = %d/%d/%d, want 3/0/0", three.Positive, three.Negative, three.Neutral)
	}
	if got, want := a.Skipped["self"], 1; got != want {
		t.Errorf("self skipped = %d, want %d", got, want)
	}
	if got, want := a.Skipped["no-speaker-country"], 1; got != want {
		t.Errorf("no-speaker-country skipped = %d, want %d", got, want)
	}
}

// TestDyadProperties: the interval contains the mean, and the order of the
// input rows changes nothing.
func TestDyadProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	codes := []string{"AAA", "BBB", "CCC"}
	var in []analysis.Stance
	for range 500 {
		in = append(in, stance(codes[r.IntN(3)], codes[r.IntN(3)], 2*r.Float64()-1, day(2020, time.Month(1+r.IntN(12)), 1)))
	}
	a := NewAccumulator(Quarter)
	for _, s := range in {
		a.Add(s)
	}
	want := a.Dyads()
	for _, d := range want {
		if d.N >= 2 && !(d.CILow <= d.Mean && d.Mean <= d.CIHigh) {
			t.Errorf("%+v: interval does not contain the mean", d)
		}
	}
	r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
	b := NewAccumulator(Quarter)
	for _, s := range in {
		b.Add(s)
	}
	got := b.Dyads()
	if len(got) != len(want) {
		t.Fatalf("after shuffling: %d dyads, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Speaker != w.Speaker || g.Target != w.Target || g.Period != w.Period || g.N != w.N ||
			math.Abs(g.Mean-w.Mean) > 1e-9 || math.Abs(g.SD-w.SD) > 1e-9 {
			t.Errorf("after shuffling: dyad %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestAlignments(t *testing.T) {
	dyads := []Dyad{
		{Speaker: "RUS", Target: "USA", Period: "2020", N: 4, Mean: -0.6},
		{Speaker: "USA", Target: "RUS", Period: "2020", N: 2, Mean: -0.2},
		{Speaker: "IRN", Target: "RUS", Period: "2020", N: 1, Mean: 0.5},
	}
	got := Alignments(dyads)
	want := []Alignment{
		{A: "IRN", B: "RUS", Period: "2020", Score: 0.5, N: 1},
		{A: "RUS", B: "USA", Period: "2020", Score: -0.4, N: 6},
	}
	if len(got) != len(want) {
		t.Fatalf("Alignments = %+v, want %+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.A != w.A || g.B != w.B || g.Period != w.Period || g.N != w.N || math.Abs(g.Score-w.Score) > 1e-12 {
			t.Errorf("Alignments[%d] = %+v, want %+v", i, g, w)
		}
	}
}
