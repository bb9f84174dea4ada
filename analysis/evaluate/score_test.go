package evaluate

import (
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
)

func readTestGold(t *testing.T) []GoldDoc {
	t.Helper()
	f, err := os.Open("testdata/score.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadGold(f, "score.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// Predictions for testdata/score.jsonl. The comments say how each row
// counts; TestScore checks the sums.
var (
	testStances = []PredStance{
		// d1: all pairs judged, both signs. Gold: IRN→RUS +, RUS→IRN +,
		// RUS→USA - (listed twice, merged), SYR→USA -.
		{DocID: "d1", Speaker: "RUS", Target: "USA", Score: -0.5}, // mixed rows: mean (-0.5+0.2-0.3)/3 = -0.2 → RUS→USA -: TP
		{DocID: "d1", Speaker: "RUS", Target: "USA", Score: 0.2},
		{DocID: "d1", Speaker: "RUS", Target: "USA", Score: -0.3},
		{DocID: "d1", Speaker: "RUS", Target: "IRN", Score: 0.4},                 // RUS→IRN +: TP
		{DocID: "d1", Speaker: "RUS", Target: "IRN", Score: -0.9, Neutral: true}, // neutral: ignored (it would make the mean negative)
		{DocID: "d1", Speaker: "IRN", Target: "RUS", Score: 0.5},                 // mean exactly 0: no prediction, so IRN→RUS + is a FN
		{DocID: "d1", Speaker: "IRN", Target: "RUS", Score: -0.5},
		{DocID: "d1", Speaker: "SYR", Target: "USA", Score: 0.3},  // SYR→USA +: FP and wrong sign; SYR→USA - is a FN
		{DocID: "d1", Speaker: "RUS", Target: "RUS", Score: -0.7}, // self-stance: dropped (would be a FP)
		{DocID: "d1", Speaker: "", Target: "USA", Score: -0.5},    // no speaker country: dropped
		{DocID: "d1", Speaker: "USA", Target: "ISR", Score: -0.6}, // USA→ISR -: FP (not a wrong sign)
		// d1: TP 2, FP 2 (wrong sign 1), FN 2.

		// d2: only the pair {RUS, USA} judged. Gold: USA→RUS -.
		{DocID: "d2", Speaker: "USA", Target: "RUS", Score: -0.4}, // TP
		{DocID: "d2", Speaker: "RUS", Target: "USA", Score: 0.3},  // judged pair in the other direction: FP
		{DocID: "d2", Speaker: "USA", Target: "CHN", Score: -0.8}, // pair not judged: unjudged
		// d2: TP 1, FP 1, FN 0, unjudged 1.

		// d3: all pairs, signs [-1] only. Gold: RUS→UKR -, RUS→USA -.
		{DocID: "d3", Speaker: "RUS", Target: "UKR", Score: -0.5}, // TP
		{DocID: "d3", Speaker: "RUS", Target: "USA", Score: 0.6},  // sign not judged: unjudged, and RUS→USA - is a FN
		{DocID: "d3", Speaker: "UKR", Target: "RUS", Score: -0.2}, // FP
		// d3: TP 1, FP 1, FN 1, unjudged 1.

		// d4: no pair judged.
		{DocID: "d4", Speaker: "USA", Target: "RUS", Score: -0.5}, // unjudged

		// d5: all pairs judged, no gold dyads.
		{DocID: "d5", Speaker: "CHN", Target: "USA", Score: -0.9, Neutral: true}, // neutral: ignored

		{DocID: "zz", Speaker: "RUS", Target: "USA", Score: -1}, // not in the gold file: ignored
	}
	// Dyads in all: TP 2+1+1 = 4, FP 2+1+1 = 4, FN 2+0+1 = 3, wrong sign 1,
	// unjudged 1+1+1 = 3. Precision 4/8, recall 4/7, F1 2·4/(2·4+4+3) = 8/15.

	testStatements = []PredStatement{
		// d4 gold attributions: A1 [10,30) "Vladimir Putin", A2 [40,60) "He",
		// A3 [70,90) "The Russian envoy", A4 [100,110) "Sergei Lavrov's",
		// A5 [120,140) "Ali Shamkhani", A6 [145,145) "Nobody Known".
		{DocID: "d4", Speaker: "Kremlin spokesman", Start: 20, End: 40},     // P1: A1 overlap 10 = exactly half of min(20,20): match; judged on A1, wrong speaker
		{DocID: "d4", Speaker: "Lavrentiev", Start: 41, End: 70},            // P2: A2 overlap 19 ≥ 20/2: match; A2 "He" is a pronoun: not judged
		{DocID: "d4", Speaker: "Alexander Lavrentiev", Start: 80, End: 101}, // P3: A3 overlap 10 ≥ 20/2: match; A4 overlap 1 < 10/2
		{DocID: "d4", Speaker: "the Russian envoy", Start: 75, End: 85},     // P4: A3 overlap 10 ≥ 10/2: match; ties P3's overlap, starts earlier: A3 is judged on P4, right ("envoy")
		{DocID: "d4", Speaker: "Shamkhani", Start: 100, End: 104},           // P5: A4 overlap 4 ≥ 4/2: match
		{DocID: "d4", Speaker: "Lavrov", Start: 104, End: 114},              // P6: A4 overlap 6 ≥ 10/2: match; larger overlap than P5: A4 judged on P6, right ("lavrov")
		{DocID: "d4", Speaker: "Ali Shamkhani", Start: 131, End: 150},       // P7: A5 overlap 9 < 19/2 (just under half): no match; A6 is empty
		{DocID: "d4", Speaker: "Putin", Start: 10, End: 30, InTitle: true},  // title: not counted (it would match A1)
		{DocID: "d4", Speaker: "X", Start: 50, End: 50},                     // P8: empty, never matches, counted
		{DocID: "d1", Speaker: "Lavrov", Start: 0, End: 10},                 // d1 has no attribution gold: not counted
		{DocID: "zz", Speaker: "Lavrov", Start: 0, End: 10},                 // not in the gold file: ignored
	}
	// Gold 6, matched gold 4 (A1-A4; A5 and A6 missed). Predicted 8 (P1-P8),
	// matched predicted 6 (P1-P6; P7 and P8 unmatched). Recall 4/6 = 2/3,
	// precision 6/8 = 3/4, F1 2·(2/3)(3/4)/(2/3+3/4) = 12/17.
	// Speakers judged on A1, A3, A4 (A2 is "He"): right on A3 and A4, 2/3.
)

// TestSpeakerHead: a gold speaker with an appositive is judged on its last
// token for SpeakerRight and on the name before the appositive for
// SpeakerHeadRight; SpeakerNamed* keep the heads that are names.
func TestSpeakerHead(t *testing.T) {
	t.Parallel()
	gold := []GoldDoc{{ID: "a", Text: strings.Repeat("x", 100), Attributions: []Attribution{
		{Speaker: "Ana Ruiz, a veteran trade negotiator,", Start: 0, End: 20},
		{Speaker: "Sen. Maria Lopez (D-Ore.)", Start: 30, End: 50},
		{Speaker: "the judge", Start: 60, End: 80},
	}}}
	preds := []PredStatement{
		{DocID: "a", Speaker: "Ana Ruiz", Start: 0, End: 20},
		{DocID: "a", Speaker: "Maria Lopez", Start: 30, End: 50},
		{DocID: "a", Speaker: "Richard Berman", Start: 60, End: 80},
	}
	got := Score("x", gold, preds, nil)
	if got.SpeakerJudged != 3 || got.SpeakerRight != 0 || got.SpeakerHeadRight != 2 {
		t.Errorf("judged %d, right %d, head right %d; want 3, 0, 2", got.SpeakerJudged, got.SpeakerRight, got.SpeakerHeadRight)
	}
	// "the judge" is a description: only the two names count.
	if got.SpeakerNamedJudged != 2 || got.SpeakerNamedRight != 2 {
		t.Errorf("named judged %d, right %d; want 2, 2", got.SpeakerNamedJudged, got.SpeakerNamedRight)
	}
}

func TestScore(t *testing.T) {
	t.Parallel()
	gold := readTestGold(t)
	got := Score("score.jsonl", gold, testStatements, testStances)

	wantCounts := Counts{
		TP: 4, FP: 4, FN: 3, WrongSign: 1, Unjudged: 3,
		GoldAttr: 6, PredStatements: 8, MatchedGold: 4, MatchedPred: 6,
		SpeakerJudged: 3, SpeakerRight: 2,
		SpeakerHeadRight: 2, // no gold speaker here has an appositive: the same as SpeakerRight
		// A1 and A4 are names, A3 "The Russian envoy" is a description:
		// judged 2, right on A4 only.
		SpeakerNamedJudged: 2, SpeakerNamedRight: 1,
		NamedSpeakers: 9, // every statement of d1 and d4 but "the Russian envoy" (title one included), none with a country
	}
	if got.Counts != wantCounts {
		t.Errorf("Counts = %+v, want %+v", got.Counts, wantCounts)
	}
	if got.File != "score.jsonl" || got.Docs != 5 || got.IgnoredStances != 1 || got.IgnoredStatements != 1 {
		t.Errorf("File, Docs, IgnoredStances, IgnoredStatements = %q, %d, %d, %d, want %q, 5, 1, 1",
			got.File, got.Docs, got.IgnoredStances, got.IgnoredStatements, "score.jsonl")
	}
	for _, r := range []struct {
		name      string
		got, want float64
	}{
		{"Precision", got.Precision, 4.0 / 8},
		{"Recall", got.Recall, 4.0 / 7},
		{"F1", got.F1, 8.0 / 15},
		{"StmtRecall", got.StmtRecall, 2.0 / 3},
		{"StmtPrecision", got.StmtPrecision, 3.0 / 4},
		{"StmtF1", got.StmtF1, 12.0 / 17},
		{"SpeakerAccuracy", got.SpeakerAccuracy, 2.0 / 3},
	} {
		if math.Abs(r.got-r.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", r.name, r.got, r.want)
		}
	}

	if len(got.PerDoc) != 5 {
		t.Fatalf("len(PerDoc) = %d, want 5", len(got.PerDoc))
	}
	d1 := got.PerDoc[0]
	wantD1 := Counts{TP: 2, FP: 2, FN: 2, WrongSign: 1, NamedSpeakers: 1}
	if d1.ID != "d1" || d1.Line != 1 || d1.File != "score.jsonl" || d1.Counts != wantD1 {
		t.Errorf("PerDoc[0] = %q line %d of %q %+v, want \"d1\" line 1 of \"score.jsonl\" %+v", d1.ID, d1.Line, d1.File, d1.Counts, wantD1)
	}
	for _, c := range []struct {
		name      string
		got, want []Dyad
	}{
		{"Right", d1.Right, []Dyad{{"RUS", "IRN", 1}, {"RUS", "USA", -1}}},
		{"Wrong", d1.Wrong, []Dyad{{"SYR", "USA", 1}, {"USA", "ISR", -1}}},
		{"Missed", d1.Missed, []Dyad{{"IRN", "RUS", 1}, {"SYR", "USA", -1}}},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("d1 %s = %v, want %v", c.name, c.got, c.want)
		}
	}
	for i, want := range []Counts{
		{TP: 1, FP: 1, Unjudged: 1},
		{TP: 1, FP: 1, FN: 1, Unjudged: 1},
	} {
		if d := got.PerDoc[i+1]; d.Counts != want {
			t.Errorf("%s counts = %+v, want %+v", d.ID, d.Counts, want)
		}
	}

	d4 := got.PerDoc[3]
	wantMissed := []Attribution{{"Ali Shamkhani", 120, 140}, {"Nobody Known", 145, 145}}
	if !reflect.DeepEqual(d4.MissedAttributions, wantMissed) {
		t.Errorf("d4 MissedAttributions = %v, want %v", d4.MissedAttributions, wantMissed)
	}
	wantUnmatched := []PredStatement{testStatements[6], testStatements[8]}
	if !reflect.DeepEqual(d4.Unmatched, wantUnmatched) {
		t.Errorf("d4 Unmatched = %v, want %v", d4.Unmatched, wantUnmatched)
	}
	wantWrong := []SpeakerMiss{{Gold: Attribution{"Vladimir Putin", 10, 30}, Predicted: testStatements[0]}}
	if !reflect.DeepEqual(d4.WrongSpeakers, wantWrong) {
		t.Errorf("d4 WrongSpeakers = %v, want %v", d4.WrongSpeakers, wantWrong)
	}
	if d5 := got.PerDoc[4]; d5.Counts != (Counts{}) || d5.hasErrors() {
		t.Errorf("d5 = %+v, want nothing counted", d5)
	}
}

func TestScoreEmpty(t *testing.T) {
	t.Parallel()
	got := Score("empty.jsonl", nil, nil, []PredStance{{DocID: "x", Speaker: "RUS", Target: "USA", Score: 1}})
	if got.Docs != 0 || got.Counts != (Counts{}) || got.IgnoredStances != 1 {
		t.Errorf("Score with no gold = %+v, want nothing counted and 1 ignored stance", got)
	}
	for _, v := range []float64{got.Precision, got.Recall, got.F1, got.StmtRecall, got.StmtPrecision, got.StmtF1, got.SpeakerAccuracy} {
		if v != 0 {
			t.Errorf("ratio with denominator 0 = %v, want 0", v)
		}
	}
}

func TestScoreDuplicateGoldID(t *testing.T) {
	t.Parallel()
	gold := []GoldDoc{
		{ID: "a", Dyads: []Dyad{{"RUS", "USA", -1}}, Judge: Judge{AllPairs: true, Signs: []int{-1, 1}}},
		{ID: "a", Dyads: []Dyad{{"RUS", "USA", -1}}, Judge: Judge{AllPairs: true, Signs: []int{-1, 1}}},
	}
	got := Score("dup", gold, nil, []PredStance{{DocID: "a", Speaker: "RUS", Target: "USA", Score: -1}})
	if got.TP != 1 || got.FN != 1 {
		t.Errorf("TP, FN = %d, %d, want 1, 1 (predictions go to the first document)", got.TP, got.FN)
	}
}

func TestPredictedDyads(t *testing.T) {
	t.Parallel()
	row := func(s, tg string, score float64) PredStance {
		return PredStance{DocID: "d", Speaker: s, Target: tg, Score: score}
	}
	tests := []struct {
		name string
		in   []PredStance
		want []Dyad
	}{
		{"none", nil, nil},
		{"one positive", []PredStance{row("RUS", "IRN", 0.1)}, []Dyad{{"RUS", "IRN", 1}}},
		{"mixed, negative mean", []PredStance{row("RUS", "USA", 0.6), row("RUS", "USA", -0.7)}, []Dyad{{"RUS", "USA", -1}}},
		{"mean exactly 0", []PredStance{row("RUS", "USA", 0.25), row("RUS", "USA", -0.25)}, nil},
		{"all scores 0", []PredStance{row("RUS", "USA", 0)}, nil},
		{"NaN", []PredStance{row("RUS", "USA", math.NaN())}, nil},
		{"+Inf and -Inf", []PredStance{row("RUS", "USA", math.Inf(1)), row("RUS", "USA", math.Inf(-1))}, nil},
		{"neutral ignored", []PredStance{row("RUS", "USA", 0.2), {Speaker: "RUS", Target: "USA", Score: -0.9, Neutral: true}}, []Dyad{{"RUS", "USA", 1}}},
		{"self-stance", []PredStance{row("USA", "USA", -1)}, nil},
		{"empty speaker", []PredStance{row("", "USA", -1)}, nil},
		{"empty target", []PredStance{row("USA", "", -1)}, nil},
		{"directions apart, sorted", []PredStance{row("USA", "RUS", 0.5), row("RUS", "USA", -0.5)}, []Dyad{{"RUS", "USA", -1}, {"USA", "RUS", 1}}},
	}
	for _, tt := range tests {
		if got := PredictedDyads(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("PredictedDyads(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMatches(t *testing.T) {
	t.Parallel()
	tests := []struct {
		gold        Attribution
		start, end  int
		wantOverlap int
		want        bool
	}{
		{Attribution{"", 10, 30}, 20, 40, 10, true},          // exactly half of the shorter
		{Attribution{"", 10, 30}, 21, 40, 9, false},          // just under half
		{Attribution{"", 10, 30}, 20, 39, 10, true},          // shorter is 19: 10 ≥ 9.5
		{Attribution{"", 10, 29}, 20, 39, 9, false},          // 9 < 9.5
		{Attribution{"", 10, 30}, 0, 100, 20, true},          // gold inside the prediction
		{Attribution{"", 10, 30}, 15, 16, 1, true},           // prediction inside the gold
		{Attribution{"", 10, 30}, 30, 40, 0, false},          // touching
		{Attribution{"", 10, 30}, 20, 20, 0, false},          // empty prediction
		{Attribution{"", 20, 20}, 10, 30, 0, false},          // empty gold
		{Attribution{"", 10, 30}, 25, 15, 0, false},          // end before start
		{Attribution{"", 10, 30}, -5, 20, 0, false},          // negative start
		{Attribution{"", 0, 10}, 0, math.MaxInt, 10, true},   // huge prediction: the shorter is the gold
		{Attribution{"", -math.MaxInt, 10}, 0, 10, 0, false}, // malformed gold
	}
	for _, tt := range tests {
		p := PredStatement{Start: tt.start, End: tt.end}
		ov := overlap(tt.gold, p)
		if got := matches(tt.gold, p, ov); ov != tt.wantOverlap || got != tt.want {
			t.Errorf("overlap, matches([%d,%d), [%d,%d)) = %d, %v, want %d, %v",
				tt.gold.Start, tt.gold.End, tt.start, tt.end, ov, got, tt.wantOverlap, tt.want)
		}
	}
}

func TestTotal(t *testing.T) {
	t.Parallel()
	gold := readTestGold(t)
	// d1-d3 in one "file", d4-d5 in another.
	a := Score("a.jsonl", gold[:3], testStatements, testStances)
	b := Score("b.jsonl", gold[3:], testStatements, testStances)
	whole := Score("score.jsonl", gold, testStatements, testStances)
	got := Total([]FileResult{a, b})
	if got.File != "total" || got.Docs != 5 || got.Counts != whole.Counts {
		t.Errorf("Total = %q, %d docs, %+v, want \"total\", 5 docs, %+v", got.File, got.Docs, got.Counts, whole.Counts)
	}
	// Each file ignores the other's predictions.
	if wantStances := a.IgnoredStances + b.IgnoredStances; got.IgnoredStances != wantStances {
		t.Errorf("Total IgnoredStances = %d, want %d", got.IgnoredStances, wantStances)
	}
	for _, r := range []struct {
		name      string
		got, want float64
	}{
		{"Precision", got.Precision, whole.Precision},
		{"Recall", got.Recall, whole.Recall},
		{"F1", got.F1, whole.F1},
		{"StmtRecall", got.StmtRecall, whole.StmtRecall},
		{"StmtPrecision", got.StmtPrecision, whole.StmtPrecision},
		{"StmtF1", got.StmtF1, whole.StmtF1},
		{"SpeakerAccuracy", got.SpeakerAccuracy, whole.SpeakerAccuracy},
	} {
		if r.got != r.want {
			t.Errorf("Total %s = %v, want %v", r.name, r.got, r.want)
		}
	}
	if len(got.PerDoc) != 5 || got.PerDoc[0].File != "a.jsonl" || got.PerDoc[4].File != "b.jsonl" {
		t.Errorf("Total PerDoc: %d documents, want 5 from a.jsonl then b.jsonl", len(got.PerDoc))
	}
}
