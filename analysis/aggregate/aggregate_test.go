package aggregate

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
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

func stance(sp, tg string, score float64, d corpus.Date) record.Stance {
	l := record.Neutral
	if score >= 0.05 {
		l = record.Positive
	} else if score <= -0.05 {
		l = record.Negative
	}
	st := record.Stance{SpeakerCountry: sp, TargetCountry: tg, Score: score, Label: l, Date: d}
	if l != record.Neutral {
		// A stance with a label rests on evidence here; a neutral one is a
		// mere mention.
		st.Evidence, st.Confidence = []string{"term+0.50 forward"}, 1
	}
	return st
}

// TestDyadStatistics checks the statistics against values computed by
// hand. Scores 0.2, 0.4, 0.9 (with evidence) and a neutral mention give n
// 4, n_evidence 3, mean 0.5, mean_all 1.5/4 = 0.375, sd √0.13 = 0.360555.
// On the atanh scale: z = 0.202733, 0.423649, 1.472219, mean 0.699534,
// sd 0.678221 (above the 0.25 floor), t(0.975, 2) = 4.302653, half-width
// 4.302653 × 0.678221 / √3 = 1.684794: the interval is tanh(0.699534 ∓
// 1.684794) = [−0.755334, 0.983159]. The prior toward USA is RUS's own
// mean, so shrunk is 0.5.
func TestDyadStatistics(t *testing.T) {
	a := NewAccumulator(Options{Period: Month})
	d := day(2020, 5, 1)
	for _, s := range []float64{0.2, 0.4, 0.9, 0} {
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
	if three.N != 4 || three.NEvidence != 3 {
		t.Errorf("n, n_evidence = %d, %d; want 4, 3", three.N, three.NEvidence)
	}
	near("mean", three.Mean, 0.5)
	near("mean_all", three.MeanAll, 0.375)
	near("shrunk", three.Shrunk, 0.5)
	near("sd", three.SD, 0.360555)
	near("ci_low", three.CILow, -0.755334)
	near("ci_high", three.CIHigh, 0.983159)
	if three.Positive != 3 || three.Negative != 0 || three.Neutral != 1 {
		t.Errorf("labels = %d/%d/%d, want 3/0/1", three.Positive, three.Negative, three.Neutral)
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
	var in []record.Stance
	for range 500 {
		in = append(in, stance(codes[r.IntN(3)], codes[r.IntN(3)], 2*r.Float64()-1, day(2020, time.Month(1+r.IntN(12)), 1)))
	}
	a := NewAccumulator(Options{Period: Quarter})
	for _, s := range in {
		a.Add(s)
	}
	want := a.Dyads()
	for _, d := range want {
		if d.NEvidence >= 2 && !(-1 <= d.CILow && d.CILow <= d.Mean && d.Mean <= d.CIHigh && d.CIHigh <= 1) {
			t.Errorf("%+v: interval outside [-1, 1] or without the mean", d)
		}
		if d.NEvidence < 2 && !math.IsNaN(d.CILow) {
			t.Errorf("%+v: an interval below two stances with evidence", d)
		}
	}
	r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
	b := NewAccumulator(Options{Period: Quarter})
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

// TestAlignments checks the index against values computed by hand. With
// Shrink 1 a profile's cell is mean·n/(n+1): RUS toward USA −0.6·4/5 =
// −0.48, AAA 0.25, BBB −0.2, CCC 0.1; USA toward RUS −0.2·2/3, AAA 0.05,
// BBB −0.3, CCC 0.1. Leaving the pair out, the cosine of (0.25, −0.2, 0.1)
// and (0.05, −0.3, 0.1) is 0.0825 / √(0.1125 × 0.1025) = 0.768273. Mutual:
// −0.6 and −0.2 give −0.4. Over the three targets both address: |0.5−0.1|
// + |−0.4−(−0.6)| + |0.2−0.2| = 0.6, so S = 1 − 2·0.6/(2·3) = 0.8. The
// pooled positions −0.6 −0.4 0.1 0.2 0.2 0.5 differ by 7.4 in all over
// their 15 pairs: S_e = 1 − 7.4/15 = 38/75, and the similarity is (0.8 −
// 38/75)/(1 − 38/75) = 22/37. n = 3 + 3 stances in the two profiles.
func TestAlignments(t *testing.T) {
	dyads := []Dyad{
		{Speaker: "RUS", Target: "USA", Period: "2020", N: 4, Mean: -0.6},
		{Speaker: "USA", Target: "RUS", Period: "2020", N: 2, Mean: -0.2},
		{Speaker: "RUS", Target: "AAA", Period: "2020", N: 1, Mean: 0.5},
		{Speaker: "USA", Target: "AAA", Period: "2020", N: 1, Mean: 0.1},
		{Speaker: "RUS", Target: "BBB", Period: "2020", N: 1, Mean: -0.4},
		{Speaker: "USA", Target: "BBB", Period: "2020", N: 1, Mean: -0.6},
		{Speaker: "RUS", Target: "CCC", Period: "2020", N: 1, Mean: 0.2},
		{Speaker: "USA", Target: "CCC", Period: "2020", N: 1, Mean: 0.2},
		{Speaker: "IRN", Target: "RUS", Period: "2020", N: 1, Mean: 0.5},
		{Speaker: "RUS", Target: "UN", Period: "2020", N: 1, Mean: 0.9},
	}
	withEvidence(dyads)
	got := Alignments(dyads, AlignOptions{Period: Year})
	find := func(rows []Alignment, a, b string) *Alignment {
		for i := range rows {
			if rows[i].A == a && rows[i].B == b {
				return &rows[i]
			}
		}
		return nil
	}
	ru := find(got, "RUS", "USA")
	if ru == nil {
		t.Fatalf("no RUS–USA row in %+v", got)
	}
	near := func(name string, got, want float64) {
		if math.Abs(got-want) > 1e-6 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	near("score", ru.Score, 0.768273)
	near("mutual", ru.Mutual, -0.4)
	near("similarity", ru.Similarity, 22.0/37)
	if ru.N != 6 || ru.Shared != 3 {
		t.Errorf("n, shared = %d, %d; want 6, 3", ru.N, ru.Shared)
	}
	// IRN addresses RUS only: apart from the pair, no profile, no row; nor
	// has the UN one, an organisation.
	if r := find(got, "IRN", "RUS"); r != nil {
		t.Errorf("IRN–RUS = %+v, want no row", r)
	}
	// AAA–BBB: address nothing: no row.
	if r := find(got, "AAA", "BBB"); r != nil {
		t.Errorf("AAA–BBB = %+v, want no row", r)
	}
	// With a minimum overlap of 4, the similarity is empty; the score stays.
	if r := find(Alignments(dyads, AlignOptions{Period: Year, MinShared: 4}), "RUS", "USA"); r == nil || !math.IsNaN(r.Similarity) || math.Abs(r.Score-0.768273) > 1e-6 {
		t.Errorf("MinShared 4: RUS–USA = %+v, want an empty similarity and the same score", r)
	}
	// With organisations, the UN is a target of RUS's profile: the cosine
	// gains a coordinate only RUS has, 0.9·1/2 = 0.45:
	// 0.0825 / √((0.1125 + 0.2025) × 0.1025) = 0.459131.
	if r := find(Alignments(dyads, AlignOptions{Period: Year, WithOrganisations: true}), "RUS", "USA"); r == nil || math.Abs(r.Score-0.459131) > 1e-6 {
		t.Errorf("WithOrganisations: RUS–USA = %+v, want score 0.459131", r)
	}
}

// TestAlignmentWindow: a profile pools the dyads of the periods within the
// window; with none, the neighbouring years do not count.
func TestAlignmentWindow(t *testing.T) {
	dyads := []Dyad{
		{Speaker: "AAA", Target: "CCC", Period: "2019", N: 1, Mean: 0.8},
		{Speaker: "BBB", Target: "CCC", Period: "2020", N: 1, Mean: 0.8},
		{Speaker: "AAA", Target: "DDD", Period: "2020", N: 1, Mean: -0.4},
		{Speaker: "BBB", Target: "DDD", Period: "2023", N: 1, Mean: -0.4},
	}
	withEvidence(dyads)
	score := func(o AlignOptions) float64 {
		for _, r := range Alignments(dyads, o) {
			if r.A == "AAA" && r.B == "BBB" && r.Period == "2020" {
				return r.Score
			}
		}
		return math.NaN()
	}
	// Window 1: AAA (0.4, −0.2), BBB (0.4, 0): cosine 0.16/√(0.2·0.16) =
	// 0.894427. Window 3: both (0.4, −0.2): 1. No window: AAA (0, −0.2),
	// BBB (0.4, 0) share no target: no row.
	for _, c := range []struct {
		window int
		want   float64
	}{{1, 0.894427}, {3, 1}} {
		if got := score(AlignOptions{Period: Year, Window: c.window}); math.Abs(got-c.want) > 1e-6 {
			t.Errorf("window %d: AAA–BBB 2020 = %v, want %v", c.window, got, c.want)
		}
	}
	if got := score(AlignOptions{Period: Year, Window: -1}); !math.IsNaN(got) {
		t.Errorf("no window: AAA–BBB 2020 = %v, want no row", got)
	}
}

// TestAlignmentSymmetric: swapping the names of the two countries of a pair
// everywhere gives the same index, and the order of the dyads changes
// nothing.
func TestAlignmentSymmetric(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	codes := []string{"AAA", "BBB", "CCC", "DDD", "EEE"}
	var dyads []Dyad
	for _, s := range codes {
		for _, tg := range codes {
			if s != tg && r.IntN(3) > 0 {
				dyads = append(dyads, Dyad{Speaker: s, Target: tg, Period: "2020", N: 1 + r.IntN(5), Mean: 2*r.Float64() - 1})
			}
		}
	}
	withEvidence(dyads)
	want := Alignments(dyads, AlignOptions{MinShared: 1})
	swap := map[string]string{"AAA": "BBB", "BBB": "AAA"}
	var swapped []Dyad
	for _, d := range dyads {
		e := d
		if v, ok := swap[e.Speaker]; ok {
			e.Speaker = v
		}
		if v, ok := swap[e.Target]; ok {
			e.Target = v
		}
		swapped = append(swapped, e)
	}
	r.Shuffle(len(swapped), func(i, j int) { swapped[i], swapped[j] = swapped[j], swapped[i] })
	got := Alignments(swapped, AlignOptions{MinShared: 1})
	for _, w := range want {
		if w.A != "AAA" || w.B != "BBB" {
			continue
		}
		for _, g := range got {
			if g.A == "AAA" && g.B == "BBB" && math.Abs(g.Score-w.Score) > 1e-12 {
				t.Errorf("AAA–BBB after swapping = %v, want %v", g.Score, w.Score)
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("rows after swapping = %d, want %d", len(got), len(want))
	}
}

// TestWeighted: scores 1 (confidence 0.5) and −0.2 (confidence 1.5) give
// the weighted mean (0.5 − 0.3)/2 = 0.1; a neutral mention does not count.
func TestWeighted(t *testing.T) {
	a := NewAccumulator(Options{Period: Year, Weighted: true})
	d := day(2020, 1, 1)
	for _, s := range []struct{ score, conf float64 }{{1, 0.5}, {-0.2, 1.5}, {0, 0}} {
		st := stance("AAA", "BBB", s.score, d)
		st.Confidence = s.conf
		a.Add(st)
	}
	got := a.Dyads()[0]
	if got.N != 3 || got.NEvidence != 2 || math.Abs(got.Mean-0.1) > 1e-12 {
		t.Errorf("weighted dyad = %+v, want n 3, n_evidence 2 and mean 0.1", got)
	}
	// Effective n = (0.5+1.5)²/(0.25+2.25) = 1.6 > 1: an interval exists
	// and contains the mean.
	if !(got.CILow <= got.Mean && got.Mean <= got.CIHigh) {
		t.Errorf("weighted interval [%v, %v] does not contain %v", got.CILow, got.CIHigh, got.Mean)
	}
}

// TestBootstrap: the percentile interval contains the mean, and neither the
// order of the input nor a second run changes it.
func TestBootstrap(t *testing.T) {
	scores := []float64{0.1, 0.9, -0.3, 0.5, 0.4, 0.2, 0.8}
	run := func(order []int) Dyad {
		a := NewAccumulator(Options{Period: Year, Bootstrap: 500})
		for _, i := range order {
			a.Add(stance("AAA", "BBB", scores[i], day(2020, 1, 1)))
		}
		return a.Dyads()[0]
	}
	d1 := run([]int{0, 1, 2, 3, 4, 5, 6})
	d2 := run([]int{6, 4, 2, 0, 1, 3, 5})
	if d1.CILow != d2.CILow || d1.CIHigh != d2.CIHigh {
		t.Errorf("bootstrap depends on input order: [%v, %v] vs [%v, %v]", d1.CILow, d1.CIHigh, d2.CILow, d2.CIHigh)
	}
	if !(d1.CILow <= d1.Mean && d1.Mean <= d1.CIHigh) || d1.CILow < -0.3 || d1.CIHigh > 0.9 {
		t.Errorf("bootstrap interval [%v, %v] for mean %v", d1.CILow, d1.CIHigh, d1.Mean)
	}
}

func TestSinceUntil(t *testing.T) {
	since, _ := corpus.ParseDate("2020-03")
	until, _ := corpus.ParseDate("2020-06-15")
	a := NewAccumulator(Options{Period: Month, Since: since, Until: until})
	for _, d := range []corpus.Date{day(2020, 2, 29), day(2020, 3, 1), day(2020, 6, 15), day(2020, 6, 16), {Year: 2020, Precision: corpus.Year}, {}} {
		a.Add(stance("AAA", "BBB", 0.5, d))
	}
	var got []string
	for _, d := range a.Dyads() {
		got = append(got, d.Period)
	}
	// The year 2020 meets the bounds; the undated stance does not.
	if g, want := strings.Join(got, " "), "2020 2020-03 2020-06"; g != want {
		t.Errorf("periods = %q, want %q", g, want)
	}
	if a.Skipped["outside-since-until"] != 3 {
		t.Errorf("skipped = %v, want 3 outside", a.Skipped)
	}
}

// TestSmooth: with a window of 1 month, 2020-01 (mean 1, n 1) and 2020-02
// (mean 0, n 3) smooth to 0.25 each; 2020-04 stands alone (2020-03 is
// empty and stays absent), and the year-only label is not smoothed.
func TestSmooth(t *testing.T) {
	dyads := []Dyad{
		{Speaker: "A", Target: "B", Period: "2020", N: 1, Mean: 0.7},
		{Speaker: "A", Target: "B", Period: "2020-01", N: 1, Mean: 1},
		{Speaker: "A", Target: "B", Period: "2020-02", N: 3, Mean: 0},
		{Speaker: "A", Target: "B", Period: "2020-04", N: 2, Mean: -0.5},
		{Speaker: "A", Target: "C", Period: "2020-02", N: 2, Mean: 0.4},
	}
	for i := range dyads {
		dyads[i].Smoothed = math.NaN()
	}
	Smooth(dyads, Month, 1)
	want := []float64{math.NaN(), 0.25, 0.25, -0.5, 0.4}
	for i, d := range dyads {
		if math.IsNaN(want[i]) != math.IsNaN(d.Smoothed) || !math.IsNaN(want[i]) && math.Abs(d.Smoothed-want[i]) > 1e-12 {
			t.Errorf("%s %s smoothed = %v, want %v", d.Target, d.Period, d.Smoothed, want[i])
		}
	}
	if len(dyads) != 5 {
		t.Errorf("smoothing added rows: %d", len(dyads))
	}
}

func TestPeriodIndex(t *testing.T) {
	tests := []struct {
		p        Period
		a, b     string
		distance int
	}{
		{Month, "2019-12", "2020-01", 1},
		{Quarter, "2019-Q4", "2020-Q1", 1},
		{Week, "2020-W53", "2021-W01", 1},
		{Day, "2020-02-28", "2020-03-01", 2},
		{Year, "1999", "2001", 2},
	}
	for _, tt := range tests {
		x, ok1 := tt.p.Index(tt.a)
		y, ok2 := tt.p.Index(tt.b)
		if !ok1 || !ok2 || y-x != tt.distance {
			t.Errorf("%v: Index(%s) to Index(%s) = %d (%v %v), want %d", tt.p, tt.a, tt.b, y-x, ok1, ok2, tt.distance)
		}
	}
	if _, ok := Month.Index("2020"); ok {
		t.Error("Month.Index(2020) placed a year label")
	}
}

func TestMeanAbsDiff(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{[]float64{0.5, 0.1, -0.4, -0.6, 0.2, 0.2}, 7.4 / 15},
		{[]float64{1, -1}, 2},
		{[]float64{0.3, 0.3, 0.3}, 0},
		{[]float64{0.3}, 0},
	}
	for _, tt := range tests {
		if got := meanAbsDiff(append([]float64(nil), tt.in...)); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("meanAbsDiff(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// withEvidence sets each dyad's evidence mean to its mean, as for stances
// that all have confidence 1.
func withEvidence(ds []Dyad) {
	for i := range ds {
		ds[i].EvidenceMean = ds[i].Mean
		ds[i].NEvidence = ds[i].N
	}
}

// TestEvidenceMean: a neutral mention (no evidence) does not pull the
// mean toward 0; mean_all keeps the old mean of all rows.
func TestEvidenceMean(t *testing.T) {
	a := NewAccumulator(Options{Period: Year})
	for _, s := range []struct{ score, conf float64 }{{-0.8, 0.6}, {0, 0}, {0, 0}, {-0.4, 0.2}} {
		st := stance("AAA", "BBB", s.score, day(2020, 1, 1))
		st.Confidence = s.conf
		a.Add(st)
	}
	d := a.Dyads()[0]
	// Mean of the two with evidence: −0.6; over all four rows (mean_all):
	// −0.3; confidence-weighted: (−0.48 − 0.08)/0.8 = −0.7.
	if math.Abs(d.Mean+0.6) > 1e-12 || math.Abs(d.MeanAll+0.3) > 1e-12 || math.Abs(d.EvidenceMean+0.7) > 1e-12 {
		t.Errorf("mean %v, mean_all %v, evidence mean %v; want −0.6, −0.3 and −0.7", d.Mean, d.MeanAll, d.EvidenceMean)
	}
}
