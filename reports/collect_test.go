package reports

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
)

func collectStance(id, speaker, from, to string, score, conf float64, year int) analysis.Stance {
	return analysis.Stance{StatementID: id, Speaker: speaker, SpeakerCountry: from, TargetCountry: to, Score: score,
		Confidence: conf, Date: corpus.Date{Year: year, Precision: corpus.Year}, Evidence: []string{"hostile-0.50 forward"}}
}

func TestCollector(t *testing.T) {
	in := []analysis.Stance{
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
		c.Add(s, "text of "+s.StatementID)
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
	var in []analysis.Stance
	for i := range 300 {
		in = append(in, collectStance("d"+strings.Repeat("x", i%7)+string(rune('a'+i%26)), codes[i%3],
			codes[r.IntN(4)], codes[r.IntN(4)], float64(r.IntN(21)-10)/10, float64(r.IntN(5))/4, 2020))
	}
	collect := func(xs []analysis.Stance) ([]ExplorerRow, []SpeakerTarget) {
		c := NewCollector(CollectOptions{})
		for _, s := range xs {
			c.Add(s, s.StatementID)
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

func TestTruncateText(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"  padded  ", 10, "padded"},
		{"exactly ten", 11, "exactly ten"},
		{"a longer sentence here", 10, "a longer…"},
		{"ééééééé", 4, "ééé…"},
	}
	for _, tt := range tests {
		if got := truncateText(tt.in, tt.max); got != tt.want {
			t.Errorf("truncateText(%q, %d): got %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestMarkEvidence(t *testing.T) {
	tests := []struct {
		text     string
		evidence []string
		want     []string
	}{
		{"Iran condemned the strikes.", []string{"condemn*-0.80 forward"},
			[]string{"Iran ", "condemned", " the strikes."}},
		{"We support Iran and its support.", []string{"support+0.50 object"},
			[]string{"We ", "support", " Iran and its ", "support", "."}},
		// Whole words only without "*"; case-insensitive.
		{"Supportive words, Support.", []string{"support+0.50 object"},
			[]string{"Supportive words, ", "Support", "."}},
		// Multi-word terms, and an item that is not a term.
		{"a human rights issue", []string{"human rights-0.20 noun", "cue"},
			[]string{"a ", "human rights", " issue"}},
		{"nothing here", nil, []string{"nothing here"}},
		// Overlapping terms: the first, longer one wins.
		{"sanctions imposed", []string{"sanction*-0.5 object", "sanctions imposed-0.6 act"},
			[]string{"", "sanctions imposed", ""}},
	}
	for _, tt := range tests {
		got := markEvidence(tt.text, tt.evidence)
		if !slices.Equal(got, tt.want) {
			t.Errorf("markEvidence(%q, %q): got %q, want %q", tt.text, tt.evidence, got, tt.want)
		}
		if strings.Join(got, "") != tt.text {
			t.Errorf("markEvidence(%q): parts do not join to the text", tt.text)
		}
	}
}

// FuzzMarkEvidence: any text and evidence item give parts that join to
// the text, alternate plain and marked, and never panic.
func FuzzMarkEvidence(f *testing.F) {
	f.Add("Iran condemned the strikes.", "condemn*-0.80 forward")
	f.Add("ÉTATS-UNIS soutiennent", "soutien*+0.5 object")
	f.Add("İstanbul", "i+0.1 any")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, text, item string) {
		got := markEvidence(text, []string{item, item + "+0.10 object"})
		if strings.Join(got, "") != text {
			t.Fatalf("markEvidence(%q, %q) = %q: does not join to the text", text, item, got)
		}
		if len(got)%2 != 1 {
			t.Fatalf("markEvidence(%q, %q) = %q: want an odd number of parts", text, item, got)
		}
	})
}
