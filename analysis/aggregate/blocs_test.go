package aggregate_test

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
)

// cliqueRows returns rows of period where the countries within each group
// score in with each other and the countries of different groups score
// out.
func cliqueRows(period string, in, out float64, groups ...[]string) []aggregate.Alignment {
	var all []string
	group := map[string]int{}
	for g, members := range groups {
		for _, c := range members {
			all = append(all, c)
			group[c] = g
		}
	}
	slices.Sort(all)
	var rows []aggregate.Alignment
	for i, a := range all {
		for _, b := range all[i+1:] {
			s := out
			if group[a] == group[b] {
				s = in
			}
			rows = append(rows, aggregate.Alignment{A: a, B: b, Period: period, Score: s})
		}
	}
	return rows
}

// members returns the countries of each bloc of period, in bloc order.
func members(blocs []aggregate.Bloc, period string) [][]string {
	var out [][]string
	for _, b := range blocs {
		if b.Period != period {
			continue
		}
		for len(out) < b.Bloc {
			out = append(out, nil)
		}
		out[b.Bloc-1] = append(out[b.Bloc-1], b.Country)
	}
	return out
}

func TestBlocs(t *testing.T) {
	twoCliques := cliqueRows("2020", 0.9, -0.8, []string{"A", "B", "C"}, []string{"D", "E", "F"})
	tests := []struct {
		name string
		rows []aggregate.Alignment
		o    aggregate.BlocOptions
		want [][]string
	}{
		{"two cliques", twoCliques, aggregate.BlocOptions{},
			[][]string{{"A", "B", "C"}, {"D", "E", "F"}}},
		{"larger bloc first", cliqueRows("2020", 0.9, -0.8,
			[]string{"W", "X"}, []string{"B", "C", "D"}, []string{"A", "Y"}), aggregate.BlocOptions{},
			[][]string{{"B", "C", "D"}, {"A", "Y"}, {"W", "X"}}},
		{"negative-only country absent", append(slices.Clone(twoCliques),
			aggregate.Alignment{A: "A", B: "G", Period: "2020", Score: -0.5},
			aggregate.Alignment{A: "D", B: "G", Period: "2020", Score: -0.9},
		), aggregate.BlocOptions{},
			[][]string{{"A", "B", "C"}, {"D", "E", "F"}}},
		{"weak ties below MinScore", cliqueRows("2020", 0.9, 0.05,
			[]string{"A", "B", "C"}, []string{"D", "E", "F"}), aggregate.BlocOptions{},
			[][]string{{"A", "B", "C"}, {"D", "E", "F"}}},
		{"negative MinScore keeps only positive edges", twoCliques, aggregate.BlocOptions{MinScore: -1},
			[][]string{{"A", "B", "C"}, {"D", "E", "F"}}},
		{"MinScore above every score", twoCliques, aggregate.BlocOptions{MinScore: 0.95}, nil},
		{"NaN and self rows ignored", []aggregate.Alignment{
			{A: "A", B: "B", Period: "2020", Score: math.NaN()},
			{A: "C", B: "C", Period: "2020", Score: 1},
			{A: "C", B: "D", Period: "2020", Score: 0.5},
		}, aggregate.BlocOptions{}, [][]string{{"C", "D"}}},
		{"duplicates averaged before the threshold", []aggregate.Alignment{
			{A: "A", B: "B", Period: "2020", Score: 0.5},
			{A: "B", B: "A", Period: "2020", Score: -0.4},
			{A: "C", B: "D", Period: "2020", Score: 0.5},
		}, aggregate.BlocOptions{}, [][]string{{"C", "D"}}},
	}
	for _, tt := range tests {
		got := members(aggregate.Blocs(tt.rows, tt.o), "2020")
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Blocs = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBlocsPeriods(t *testing.T) {
	rows := append(
		cliqueRows("2021", 0.9, -0.8, []string{"A", "B"}, []string{"C", "D", "E"}),
		cliqueRows("", 0.6, -0.2, []string{"A", "B", "C", "D"})...)
	rows = append(rows, cliqueRows("2020", 0.9, -0.8, []string{"A", "B", "C"}, []string{"D", "E"})...)
	got := aggregate.Blocs(rows, aggregate.BlocOptions{})
	want := []aggregate.Bloc{
		{Period: "", Bloc: 1, Country: "A"},
		{Period: "", Bloc: 1, Country: "B"},
		{Period: "", Bloc: 1, Country: "C"},
		{Period: "", Bloc: 1, Country: "D"},
		{Period: "2020", Bloc: 1, Country: "A"},
		{Period: "2020", Bloc: 1, Country: "B"},
		{Period: "2020", Bloc: 1, Country: "C"},
		{Period: "2020", Bloc: 2, Country: "D"},
		{Period: "2020", Bloc: 2, Country: "E"},
		{Period: "2021", Bloc: 1, Country: "C"},
		{Period: "2021", Bloc: 1, Country: "D"},
		{Period: "2021", Bloc: 1, Country: "E"},
		{Period: "2021", Bloc: 2, Country: "A"},
		{Period: "2021", Bloc: 2, Country: "B"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Blocs = %v, want %v", got, want)
	}
}

func TestBlocsDeterministic(t *testing.T) {
	// A graph without clear-cut communities, where the visiting order
	// matters: a seeded random sparse graph of 30 countries over 3 periods.
	rng := rand.New(rand.NewPCG(5, 6))
	var rows []aggregate.Alignment
	for _, period := range []string{"2020", "2021", "2022"} {
		for i := range 30 {
			for j := i + 1; j < 30; j++ {
				if rng.Float64() < 0.25 {
					rows = append(rows, aggregate.Alignment{
						A:      fmt.Sprintf("C%02d", i),
						B:      fmt.Sprintf("C%02d", j),
						Period: period,
						Score:  2*rng.Float64() - 1,
					})
				}
			}
		}
	}
	want := aggregate.Blocs(rows, aggregate.BlocOptions{})
	if len(want) == 0 {
		t.Fatal("Blocs gave no rows")
	}
	if !slices.IsSortedFunc(want, func(a, b aggregate.Bloc) int {
		switch {
		case a.Period != b.Period:
			return cmp.Compare(a.Period, b.Period)
		case a.Bloc != b.Bloc:
			return a.Bloc - b.Bloc
		}
		return cmp.Compare(a.Country, b.Country)
	}) {
		t.Errorf("Blocs output not sorted by period, bloc, country: %v", want)
	}
	for i := range 20 {
		shuffled := slices.Clone(rows)
		if i > 0 {
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		}
		if got := aggregate.Blocs(shuffled, aggregate.BlocOptions{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d: Blocs(shuffled) = %v, want %v", i, got, want)
		}
	}
	// An explicit seed of 1 is the default.
	if got := aggregate.Blocs(rows, aggregate.BlocOptions{Seed: 1}); !reflect.DeepEqual(got, want) {
		t.Errorf("Blocs(Seed: 1) = %v, want the default %v", got, want)
	}
}

func ExampleBlocs() {
	rows := []aggregate.Alignment{
		{A: "DEU", B: "FRA", Period: "2020", Score: 0.8},
		{A: "DEU", B: "ITA", Period: "2020", Score: 0.6},
		{A: "FRA", B: "ITA", Period: "2020", Score: 0.7},
		{A: "CHN", B: "RUS", Period: "2020", Score: 0.9},
		{A: "DEU", B: "RUS", Period: "2020", Score: -0.7},
		{A: "FRA", B: "CHN", Period: "2020", Score: -0.4},
		{A: "PRK", B: "USA", Period: "2020", Score: -0.9}, // no positive edge
	}
	for _, b := range aggregate.Blocs(rows, aggregate.BlocOptions{}) {
		fmt.Println(b.Period, b.Bloc, b.Country)
	}
	// Output:
	// 2020 1 DEU
	// 2020 1 FRA
	// 2020 1 ITA
	// 2020 2 CHN
	// 2020 2 RUS
}
