package reports

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

func collectStance(id, speaker, from, to string, score, conf float64, year int) record.Stance {
	return record.Stance{StatementID: id, Speaker: speaker, SpeakerCountry: from, TargetCountry: to, Score: score,
		Confidence: conf, Date: corpus.Date{Year: year, Precision: corpus.Year}, Evidence: []string{"hostile-0.50 forward"}}
}

func TestCollector(t *testing.T) {
	in := []record.Stance{
		collectStance("d1#1", "Ann", "AAA", "BBB", -0.5, 1, 2019),
		collectStance("d1#2", "Ann", "AAA", "BBB", -0.9, 1, 2019), // strongest
		collectStance("d2#1", "Bob", "AAA", "BBB", 0.1, 0.5, 2020),
		collectStance("d3#1", "Bob", "AAA", "CCC", 0.4, 1, 2020),
		collectStance("d4#1", "Cy", "CCC", "AAA", 0.2, 1, 2020),
		collectStance("d5#1", "Ann", "AAA", "AAA", 0.9, 1, 2020), // self: left out
		collectStance("d6#1", "Dee", "", "AAA", 0.9, 1, 2020),    // no country: left out
		collectStance("d7#1", "Ann", "AAA", "BBB", 0.3, 1, 2012), // before Since: left out
	}
	c := NewCollector(CollectOptions{Period: aggregate.Year, Since: corpus.Date{Year: 2015, Precision: corpus.Year}})
	for _, s := range in {
		c.Add(s, StatementText{Text: "text of " + s.StatementID})
	}
	var got []string
	for _, r := range c.Rows(0) {
		got = append(got, r.StatementID+" "+r.Period+" "+r.Text)
	}
	// AAA→BBB has 3 stances, so it comes first, with its 2 strongest.
	want := []string{"d1#2 2019 text of d1#2", "d1#1 2019 text of d1#1", "d3#1 2020 text of d3#1", "d4#1 2020 text of d4#1"}
	if !slices.Equal(got, want) {
		t.Errorf("Rows(0): got %q, want %q", got, want)
	}
	if got := c.Rows(3); len(got) != 3 || got[2].StatementID != "d3#1" {
		t.Errorf("Rows(3): got %d rows, want 3 ending in d3#1", len(got))
	}

	sp := c.TopSpeakers(2)
	var gotSp []string
	for _, s := range sp {
		gotSp = append(gotSp, s.Speaker+" "+s.Country+"→"+s.Target+" "+htmlMean(s.Mean))
	}
	// Ann has 2 stances, Bob 2, Cy 1: Ann and Bob.
	wantSp := []string{"Ann AAA→BBB -0.700", "Bob AAA→BBB 0.100", "Bob AAA→CCC 0.400"}
	if !slices.Equal(gotSp, wantSp) {
		t.Errorf("TopSpeakers(2): got %q, want %q", gotSp, wantSp)
	}
}

// TestCollectorOrder: the rows and speakers do not depend on the order of
// the stances.
func TestCollectorOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	codes := []string{"AAA", "BBB", "CCC", "DDD"}
	var in []record.Stance
	for i := range 300 {
		in = append(in, collectStance("d"+strings.Repeat("x", i%7)+string(rune('a'+i%26)), codes[i%3],
			codes[r.IntN(4)], codes[r.IntN(4)], float64(r.IntN(21)-10)/10, float64(r.IntN(5))/4, 2020))
	}
	collect := func(xs []record.Stance) ([]ExplorerRow, []SpeakerTarget) {
		c := NewCollector(CollectOptions{})
		for _, s := range xs {
			c.Add(s, StatementText{Text: s.StatementID})
		}
		return c.Rows(0), c.TopSpeakers(10)
	}
	rows1, sp1 := collect(in)
	r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
	rows2, sp2 := collect(in)
	if !reflect.DeepEqual(rows1, rows2) {
		t.Errorf("rows change with the order of the stances")
	}
	// Means may differ in the last bits (the order of a floating-point
	// sum), not more.
	if len(sp1) != len(sp2) {
		t.Fatalf("speakers: %d rows, then %d after shuffling", len(sp1), len(sp2))
	}
	for i := range sp1 {
		a, b := sp1[i], sp2[i]
		if a.Speaker != b.Speaker || a.Country != b.Country || a.Target != b.Target || a.N != b.N || math.Abs(a.Mean-b.Mean) > 1e-12 {
			t.Errorf("speaker row %d: %+v, then %+v after shuffling", i, a, b)
		}
	}
}

// TestFillTexts: a collector fed without statements, whose rows get them
// from FillTexts (stance aggregate), gives the rows of one fed with them
// (stance run): the same speaker names, kinds, cues, windows and target
// marks.
func TestFillTexts(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("The talks went on. ", 30) + "Then the envoy of Peru condemned the raids by Chile. " + strings.Repeat("Nothing more. ", 30)
	tests := []struct {
		stance                record.Stance
		st                    StatementText
		wantText, wantTargets string // wantTargets: the texts of the marks, "|"-separated
	}{
		{collectStance("d1#1", "Mr. QUISPE", "PER", "CHL", -0.7, 1, 2020),
			StatementText{Text: "  Peru condemned Chile's raids.  ", Kind: "indirect", Cue: "said"},
			"Peru condemned Chile's raids.", "Chile"},
		{collectStance("d2#3", "Ana Quispe", "PER", "CHL", -0.6, 1, 2020),
			StatementText{Text: long, Kind: "direct", Cue: "told"},
			"…Then the envoy of Peru condemned the raids by Chile. Nothing more. Nothing…", "Chile"},
		// Chile named twice: both marked.
		{collectStance("d3#1", "Mr. Quispe", "PER", "CHL", -0.5, 1, 2020),
			StatementText{Text: "Chile and Chile again: condemned.", Kind: "headline", Cue: ":"},
			"Chile and Chile again: condemned.", "Chile|Chile"},
		// A statement that statements.csv lacks: no text.
		{collectStance("d4#1", "Bo Sample", "ARG", "CHL", 0.4, 1, 2020), StatementText{}, "", ""},
	}
	for i := range tests {
		tests[i].stance.Evidence = []string{"condemn/v-0.80 forward"}
	}
	opts := CollectOptions{PerPair: 5, MaxText: 80, Period: aggregate.Year,
		Mentions: literalMentions(map[string]string{"Chile": "CHL", "Peru": "PER"})}
	run, agg := NewCollector(opts), NewCollector(opts)
	texts := map[string]StatementText{}
	for _, tt := range tests {
		run.Add(tt.stance, tt.st)
		agg.Add(tt.stance, StatementText{})
		if tt.st != (StatementText{}) {
			texts[tt.stance.StatementID] = tt.st
		}
	}
	want := run.Rows(0)
	got := agg.Rows(0)
	agg.FillTexts(got, texts)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows filled afterwards:\n%+v\nwant those of the run:\n%+v", got, want)
	}
	byID := map[string]ExplorerRow{}
	for _, r := range want {
		byID[r.StatementID] = r
	}
	for _, tt := range tests {
		r := byID[tt.stance.StatementID]
		var marks []string
		for _, s := range r.Targets {
			marks = append(marks, r.Text[s.Start:s.End])
		}
		if r.Text != tt.wantText || strings.Join(marks, "|") != tt.wantTargets || r.Kind != tt.st.Kind || r.Cue != tt.st.Cue {
			t.Errorf("%s: text %q, marks %q, kind %q, cue %q; want %q, %q, %q, %q", tt.stance.StatementID,
				r.Text, marks, r.Kind, r.Cue, tt.wantText, tt.wantTargets, tt.st.Kind, tt.st.Cue)
		}
	}
	if s := byID["d1#1"].Speaker; s != "Mr. Quispe" {
		t.Errorf("d1#1: speaker %q, want Mr. Quispe (Mr. QUISPE and Mr. Quispe are one speaker)", s)
	}
}

// TestCSVValue: csvValue is the number the CSV files write, read back.
func TestCSVValue(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 8))
	xs := []float64{0, math.Copysign(0, -1), 0.00005, -0.00005, 0.12345, 0.99995, -1, 1, 0.3, 1.0 / 3, math.NaN(), math.Inf(1), 12345.67895}
	for range 100000 {
		xs = append(xs, r.Float64()*2-1, float64(r.IntN(20001)-10000)/1e4+float64(r.IntN(3)-1)*5e-5)
	}
	for _, x := range xs {
		want, err := strconv.ParseFloat(Num(x), 64)
		if err != nil {
			want = x
		}
		if got := csvValue(x); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("csvValue(%v) = %v, want %v (%s)", x, got, want, Num(x))
		}
	}
}
