package reports

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
)

func TestDefaultMinEvidence(t *testing.T) {
	// cells returns n pairs with ev stances with evidence each.
	cells := func(groups ...[2]int) []heatCell {
		var out []heatCell
		for g, x := range groups {
			for i := range x[0] {
				out = append(out, heatCell{Speaker: fmt.Sprintf("S%d", g), Target: fmt.Sprintf("T%03d", i), NEvidence: x[1]})
			}
		}
		return out
	}
	tests := []struct {
		name  string
		cells []heatCell
		want  int
	}{
		{"a large corpus", cells([2]int{40, 9}), 5},
		{"thin pairs", cells([2]int{20, 5}, [2]int{15, 3}), 3},
		{"pairs of two", cells([2]int{29, 2}, [2]int{1, 1}, [2]int{1, 2}), 2},
		{"a small corpus", cells([2]int{10, 4}, [2]int{50, 1}), 1},
		{"nothing", nil, 1},
	}
	for _, tt := range tests {
		if got := defaultMinEvidence(tt.cells); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

// pickerDyads returns dated dyads: for each pair "SPK>TGT" its periods
// (years from 2000) with n stances, ev of them with evidence.
func pickerDyads(pairs map[string][3]int) []aggregate.Dyad {
	var out []aggregate.Dyad
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range pairs {
			if !yield(k) {
				return
			}
		}
	}) {
		x := pairs[k]
		for y := range x[0] {
			spk, tgt, _ := strings.Cut(k, ">")
			out = append(out, aggregate.Dyad{Speaker: spk, Target: tgt, Period: fmt.Sprint(2000 + y), N: x[1], NEvidence: x[2],
				Mean: 0.1, CILow: math.NaN(), CIHigh: math.NaN(), Smoothed: math.NaN()})
		}
	}
	return out
}

// indexDyads returns the dyads of m in one slice and, by pair, the
// indices of each pair's dyads in it, as offeredDyads takes them.
func indexDyads(m map[countryPair][]aggregate.Dyad) ([]aggregate.Dyad, map[countryPair][]int) {
	var ds []aggregate.Dyad
	idx := map[countryPair][]int{}
	for k, rows := range m {
		for _, d := range rows {
			idx[k] = append(idx[k], len(ds))
			ds = append(ds, d)
		}
	}
	return ds, idx
}

func TestOfferedDyads(t *testing.T) {
	byKey := func(ds []aggregate.Dyad) map[countryPair][]aggregate.Dyad {
		m := map[countryPair][]aggregate.Dyad{}
		for _, d := range ds {
			m[countryPair{d.Speaker, d.Target}] = append(m[countryPair{d.Speaker, d.Target}], d)
		}
		return m
	}
	pairs := map[string][3]int{ // periods, n and n with evidence per period
		"AAA>BBB": {3, 10, 5}, "BBB>AAA": {2, 9, 1}, "CCC>AAA": {1, 4, 4}, "UN>AAA": {4, 20, 20}, "DDD>EEE": {1, 1, 1},
	}
	tests := []struct {
		name          string
		focus         [][2]string
		minEv         int
		withOrgs      bool
		want          []string
		wantTop       int
		wantQualified int
		wantAll       int
	}{
		{"every pair", nil, 1, false, []string{"AAA>BBB", "BBB>AAA", "CCC>AAA", "DDD>EEE"}, 4, 4, 4},
		{"at least 4", nil, 4, false, []string{"AAA>BBB", "CCC>AAA"}, 2, 2, 4},
		{"a focus dyad whatever its evidence", [][2]string{{"DDD", "EEE"}, {"XXX", "YYY"}}, 4, false, []string{"DDD>EEE", "AAA>BBB", "CCC>AAA"}, 3, 2, 4},
		{"organisations", nil, 4, true, []string{"UN>AAA", "AAA>BBB", "CCC>AAA"}, 3, 3, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := byKey(pickerDyads(pairs))
			ds, idx := indexDyads(m)
			offered, top, qualified, all, cut := offeredDyads(ds, idx, tt.focus, tt.minEv, tt.withOrgs)
			var got []string
			for _, k := range offered {
				got = append(got, k.a+">"+k.b)
			}
			if !slices.Equal(got, tt.want) || top != tt.wantTop || qualified != tt.wantQualified || all != tt.wantAll || cut {
				t.Errorf("got %q top %d qualified %d of %d cut %v, want %q top %d qualified %d of %d", got, top, qualified, all, cut,
					tt.want, tt.wantTop, tt.wantQualified, tt.wantAll)
			}
		})
	}
}

func TestOfferedDyadsBudget(t *testing.T) {
	// 3,000 pairs of 40 periods: 120,000 dyad-periods, more than the page holds.
	m := map[countryPair][]aggregate.Dyad{}
	for i := range 3000 {
		k := countryPair{fmt.Sprintf("S%02d", i/60), fmt.Sprintf("T%02d", i%60)}
		for y := range 40 {
			m[k] = append(m[k], aggregate.Dyad{Speaker: k.a, Target: k.b, Period: fmt.Sprint(1980 + y), N: 1 + i%7, NEvidence: 1})
		}
	}
	ds, idx := indexDyads(m)
	offered, top, qualified, all, cut := offeredDyads(ds, idx, nil, 1, false)
	points := 0
	for _, k := range offered {
		points += len(m[k])
	}
	if !cut || points > maxSeriesPoints || points+40 <= maxSeriesPoints || top != topDyads || qualified != 3000 || all != 3000 {
		t.Errorf("offered %d pairs (%d points, top %d, qualified %d of %d, cut %v), want as many as fit %d points",
			len(offered), points, top, qualified, all, cut, maxSeriesPoints)
	}
	// The pairs with the most stances first.
	for i := 1; i < len(offered); i++ {
		if m[offered[i]][0].N > m[offered[i-1]][0].N {
			t.Fatalf("pair %d has more stances than pair %d", i, i-1)
		}
	}
}

func TestReportMinEvidence(t *testing.T) {
	d := HTMLData{Period: aggregate.Year, Dyads: pickerDyads(map[string][3]int{
		"FRA>DEU": {2, 6, 3}, "DEU>FRA": {2, 3, 1}, "USA>CHN": {1, 5, 5},
	})}
	for _, tt := range []struct {
		minEv      int
		wantCells  int
		wantSeries []string
	}{
		{0, 3, []string{"FRA>DEU", "DEU>FRA", "USA>CHN"}}, // too few pairs for a default above 1
		{4, 2, []string{"FRA>DEU", "USA>CHN"}},
		{7, 0, nil},
	} {
		d.MinEvidence = tt.minEv
		p, err := buildHTMLPage(d)
		if err != nil {
			t.Fatal(err)
		}
		var data pageData
		if err := json.Unmarshal(p.Data, &data); err != nil {
			t.Fatal(err)
		}
		var series []string
		for _, s := range data.Series {
			series = append(series, s.Speaker+">"+s.Target)
		}
		if len(p.Rows) != tt.wantCells || !slices.Equal(series, tt.wantSeries) {
			t.Errorf("MinEvidence %d: %d heatmap cells, series %q; want %d, %q", tt.minEv, len(p.Rows), series, tt.wantCells, tt.wantSeries)
		}
	}
}
