package aggregate

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/mds"
)

// configRows returns the alignment rows of period whose map distances are
// those of the points pts: Score = 1 − 2·d.
func configRows(period string, pts map[string][2]float64) []Alignment {
	names := slices.Sorted(maps.Keys(pts))
	var rows []Alignment
	for i, a := range names {
		for _, b := range names[i+1:] {
			d := math.Hypot(pts[a][0]-pts[b][0], pts[a][1]-pts[b][1])
			rows = append(rows, Alignment{A: a, B: b, Period: period, Score: 1 - 2*d})
		}
	}
	return rows
}

// pointsOf indexes the points of one period by country.
func pointsOf(points []MapPoint, period string) map[string][2]float64 {
	m := map[string][2]float64{}
	for _, p := range points {
		if p.Period == period {
			m[p.Country] = [2]float64{p.X, p.Y}
		}
	}
	return m
}

func planeDist(p, q [2]float64) float64 { return math.Hypot(p[0]-q[0], p[1]-q[1]) }

// Five countries in general position: well separated eigenvalues (an
// elongated cloud), no country on a principal axis.
var fivePoints = map[string][2]float64{
	"ARG": {0.40, 0.12},
	"BRA": {-0.10, 0.20},
	"CHL": {-0.40, -0.05},
	"DEU": {0.15, -0.15},
	"EGY": {0.02, 0.03},
}

func TestMapToy(t *testing.T) {
	rows := []Alignment{
		{A: "A", B: "B", Period: "2020", Score: 1},
		{A: "A", B: "C", Period: "2020", Score: -1},
		{A: "B", B: "C", Period: "2020", Score: -1},
	}
	got := pointsOf(Map(rows, MapOptions{}), "2020")
	if len(got) != 3 {
		t.Fatalf("Map placed %d countries, want 3: %v", len(got), got)
	}
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"A", "B", 0},
		{"A", "C", 1},
		{"B", "C", 1},
	} {
		if d := planeDist(got[tt.a], got[tt.b]); math.Abs(d-tt.want) > 1e-9 {
			t.Errorf("distance %s–%s = %.12f, want %v", tt.a, tt.b, d, tt.want)
		}
	}
	// The distances fit on a line: y is exactly 0, and A is on the
	// positive side.
	for c, p := range got {
		if p[1] != 0 {
			t.Errorf("%s: y = %g, want 0", c, p[1])
		}
	}
	if got["A"][0] <= 0 {
		t.Errorf("A: x = %g, want > 0", got["A"][0])
	}
}

func TestMapRecoversDistances(t *testing.T) {
	tests := []struct {
		name string
		pts  map[string][2]float64
	}{
		{"square", map[string][2]float64{
			"A": {0, 0}, "B": {0.5, 0}, "C": {0.5, 0.5}, "D": {0, 0.5},
		}},
		{"rectangle", map[string][2]float64{
			"A": {0, 0}, "B": {0.8, 0}, "C": {0.8, 0.3}, "D": {0, 0.3},
		}},
		{"line", map[string][2]float64{
			"A": {0, 0}, "B": {0.2, 0}, "C": {0.7, 0}, "D": {1, 0},
		}},
		{"five", fivePoints},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pointsOf(Map(configRows("p", tt.pts), MapOptions{}), "p")
			if len(got) != len(tt.pts) {
				t.Fatalf("Map placed %d countries, want %d", len(got), len(tt.pts))
			}
			names := slices.Sorted(maps.Keys(tt.pts))
			for i, a := range names {
				for _, b := range names[i+1:] {
					d, want := planeDist(got[a], got[b]), planeDist(tt.pts[a], tt.pts[b])
					if math.Abs(d-want) > 1e-9 {
						t.Errorf("distance %s–%s = %.12f, want %.12f", a, b, d, want)
					}
				}
			}
		})
	}
}

func TestMapFirstPeriodOrientation(t *testing.T) {
	got := pointsOf(Map(configRows("2020", fivePoints), MapOptions{}), "2020")
	if p := got["ARG"]; p[0] <= 0 || p[1] <= 0 {
		t.Errorf("first country at %v, want x > 0 and y > 0", p)
	}
}

func TestMapSignStable(t *testing.T) {
	// The same configuration in two periods gives the same points.
	rows := append(configRows("2020", fivePoints), configRows("2021", fivePoints)...)
	points := Map(rows, MapOptions{})
	first, second := pointsOf(points, "2020"), pointsOf(points, "2021")
	for c, p := range first {
		if planeDist(p, second[c]) > 1e-9 {
			t.Errorf("%s: 2021 at %v, want %v as in 2020", c, second[c], p)
		}
	}

	// A configuration that drifts a little over periods never flips: each
	// country moves little from one period to the next.
	drift := driftRows(false)
	periods := []string{"2020", "2021", "2022", "2023", "2024", "2025"}
	points = Map(drift, MapOptions{})
	for i := 1; i < len(periods); i++ {
		prev, cur := pointsOf(points, periods[i-1]), pointsOf(points, periods[i])
		for c, p := range cur {
			if d := planeDist(p, prev[c]); d > 0.05 {
				t.Errorf("%s: %s moved %.3f from %s, want a small move", c, periods[i], d, periods[i-1])
			}
		}
	}

	// When countries come and go (the first one among them), the centroid
	// and axes move, but each axis still agrees with the period before.
	points = Map(driftRows(true), MapOptions{})
	for i := 1; i < len(periods); i++ {
		prev, cur := pointsOf(points, periods[i-1]), pointsOf(points, periods[i])
		var dot [2]float64
		for c, p := range cur {
			if q, ok := prev[c]; ok {
				dot[0] += p[0] * q[0]
				dot[1] += p[1] * q[1]
			}
		}
		if dot[0] <= 0 || dot[1] <= 0 {
			t.Errorf("%s: agreement with %s = %v, want both > 0", periods[i], periods[i-1], dot)
		}
	}
}

// driftRows returns six yearly periods of fivePoints jittered by a seeded
// noise; with swap, every other period replaces ARG by another country.
func driftRows(swap bool) []Alignment {
	rng := rand.New(rand.NewPCG(1, 2))
	var rows []Alignment
	for i := range 6 {
		pts := map[string][2]float64{}
		for _, c := range slices.Sorted(maps.Keys(fivePoints)) {
			p := fivePoints[c]
			pts[c] = [2]float64{p[0] + 0.01*rng.NormFloat64(), p[1] + 0.01*rng.NormFloat64()}
		}
		if swap && i%2 == 1 {
			delete(pts, "ARG")
			pts["AAA"] = [2]float64{-0.3, 0.35}
		}
		rows = append(rows, configRows(fmt.Sprint(2020+i), pts)...)
	}
	return rows
}

func TestOrientMap(t *testing.T) {
	names := []string{"A", "B", "C", "D"}
	prev := map[string][2]float64{"A": {1, 2}, "B": {-1, 0.5}, "C": {0, -1}, "E": {3, 3}}
	tests := []struct {
		name string
		prev map[string][2]float64
		xy   [][2]float64
		want [][2]float64
	}{
		{"x mirrored", prev,
			[][2]float64{{-1, 2}, {1, 0.5}, {0, -1}, {5, 5}},
			[][2]float64{{1, 2}, {-1, 0.5}, {0, -1}, {-5, 5}}},
		{"both mirrored", prev,
			[][2]float64{{-1, -2}, {1, -0.5}, {0, 1}, {5, 5}},
			[][2]float64{{1, 2}, {-1, 0.5}, {0, -1}, {-5, -5}}},
		{"already agrees", prev,
			[][2]float64{{1, 2}, {-1, 0.5}, {0, -1}, {5, 5}},
			[][2]float64{{1, 2}, {-1, 0.5}, {0, -1}, {5, 5}}},
		{"first period", nil,
			[][2]float64{{-1, -2}, {1, 0.5}, {0, 1}, {0, 0.5}},
			[][2]float64{{1, 2}, {-1, -0.5}, {0, -1}, {0, -0.5}}},
		{"first country on an axis", nil,
			[][2]float64{{0, -2}, {-1, 0.5}, {1, 1}, {0, 0.5}},
			[][2]float64{{0, 2}, {1, -0.5}, {-1, -1}, {0, -0.5}}},
		{"no shared country", map[string][2]float64{"Z": {1, 1}},
			[][2]float64{{-1, -2}, {1, 0.5}, {0, 1}, {0, 0.5}},
			[][2]float64{{1, 2}, {-1, -0.5}, {0, -1}, {0, -0.5}}},
	}
	for _, tt := range tests {
		got := slices.Clone(tt.xy)
		orientMap(names, got, tt.prev)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: orientMap(%v) = %v, want %v", tt.name, tt.xy, got, tt.want)
		}
		for _, p := range got {
			for _, v := range p {
				if v == 0 && math.Signbit(v) {
					t.Errorf("%s: orientMap gave a negative zero: %v", tt.name, got)
				}
			}
		}
	}
}

func TestMapDeterministic(t *testing.T) {
	rows := append(configRows("2020", fivePoints), configRows("", fivePoints)...)
	rows = append(rows,
		Alignment{A: "ARG", B: "BRA", Period: "2021", Score: 0.4},
		Alignment{A: "BRA", B: "ARG", Period: "2021", Score: 0.2}, // duplicate, reversed
		Alignment{A: "ARG", B: "CHL", Period: "2021", Score: -0.3},
		Alignment{A: "BRA", B: "CHL", Period: "2021", Score: 0.1},
		Alignment{A: "CHL", B: "DEU", Period: "2021", Score: 0.7},
		Alignment{A: "BRA", B: "DEU", Period: "2021", Score: -0.6},
	)
	want := Map(rows, MapOptions{})
	if !slices.IsSortedFunc(want, func(a, b MapPoint) int {
		if a.Period != b.Period {
			return cmp.Compare(a.Period, b.Period)
		}
		return cmp.Compare(a.Country, b.Country)
	}) {
		t.Errorf("Map output not sorted by period, country: %v", want)
	}
	if got := pointsOf(want, ""); len(got) != len(fivePoints) {
		t.Errorf("undated period: %d points, want %d", len(got), len(fivePoints))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		shuffled := slices.Clone(rows)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Map(shuffled, MapOptions{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("Map(shuffled) = %v, want %v", got, want)
		}
	}
}

func TestMapPlacement(t *testing.T) {
	triangle := []Alignment{
		{A: "A", B: "B", Period: "p", Score: 0.5},
		{A: "A", B: "C", Period: "p", Score: -0.5},
		{A: "B", B: "C", Period: "p", Score: 0},
	}
	tests := []struct {
		name string
		rows []Alignment
		o    MapOptions
		want []string
	}{
		{"two countries", []Alignment{{A: "A", B: "B", Period: "p", Score: 0.5}}, MapOptions{}, nil},
		{"triangle", triangle, MapOptions{}, []string{"A", "B", "C"}},
		{"one row too few", append(slices.Clone(triangle),
			Alignment{A: "A", B: "D", Period: "p", Score: 0.9}), MapOptions{}, []string{"A", "B", "C"}},
		{"MinPairs 1", append(slices.Clone(triangle),
			Alignment{A: "A", B: "D", Period: "p", Score: 0.9}), MapOptions{MinPairs: 1}, []string{"A", "B", "C", "D"}},
		{"MinPairs 3", append(slices.Clone(triangle),
			Alignment{A: "A", B: "D", Period: "p", Score: 0.9}), MapOptions{MinPairs: 3}, nil},
		{"NaN rows ignored", append(slices.Clone(triangle[:2]),
			Alignment{A: "B", B: "C", Period: "p", Score: math.NaN()}), MapOptions{}, nil},
		{"self rows ignored", []Alignment{
			{A: "A", B: "A", Period: "p", Score: 1},
			{A: "A", B: "B", Period: "p", Score: 1},
			{A: "B", B: "B", Period: "p", Score: 1},
		}, MapOptions{MinPairs: 1}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Map(tt.rows, tt.o) {
			got = append(got, p.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Map placed %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMapFinite(t *testing.T) {
	tests := []struct {
		name string
		rows []Alignment
	}{
		{"all aligned", []Alignment{
			{A: "A", B: "B", Period: "p", Score: 1},
			{A: "A", B: "C", Period: "p", Score: 1},
			{A: "B", B: "C", Period: "p", Score: 1},
		}},
		{"out of range and NaN", []Alignment{
			{A: "A", B: "B", Period: "p", Score: 3},
			{A: "A", B: "C", Period: "p", Score: -7},
			{A: "B", B: "C", Period: "p", Score: math.NaN()},
			{A: "B", B: "D", Period: "p", Score: 0.2},
			{A: "C", B: "D", Period: "p", Score: 0.1},
		}},
		{"sparse", []Alignment{
			{A: "A", B: "B", Period: "p", Score: 0.9},
			{A: "C", B: "D", Period: "p", Score: 0.9},
			{A: "A", B: "C", Period: "p", Score: -0.9},
			{A: "B", B: "D", Period: "p", Score: -0.9},
			{A: "E", B: "A", Period: "p", Score: 0},
			{A: "E", B: "F", Period: "p", Score: 0},
			{A: "F", B: "A", Period: "p", Score: 0},
		}},
		{"not euclidean", []Alignment{
			{A: "A", B: "B", Period: "p", Score: 1},
			{A: "B", B: "C", Period: "p", Score: 1},
			{A: "A", B: "C", Period: "p", Score: -1},
			{A: "A", B: "D", Period: "p", Score: -1},
		}},
	}
	for _, tt := range tests {
		got := Map(tt.rows, MapOptions{})
		if len(got) == 0 {
			t.Errorf("%s: no points", tt.name)
		}
		for _, p := range got {
			if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
				t.Errorf("%s: %s at (%g, %g), want finite", tt.name, p.Country, p.X, p.Y)
			}
			if tt.name == "all aligned" && (p.X != 0 || p.Y != 0) {
				t.Errorf("%s: %s at (%g, %g), want (0, 0)", tt.name, p.Country, p.X, p.Y)
			}
		}
	}
}

func ExampleMap() {
	// Two allies opposed to a third country.
	rows := []Alignment{
		{A: "FRA", B: "DEU", Period: "2020", Score: 0.8},
		{A: "DEU", B: "RUS", Period: "2020", Score: -0.6},
		{A: "FRA", B: "RUS", Period: "2020", Score: -0.6},
	}
	for _, p := range Map(rows, MapOptions{}) {
		fmt.Printf("%s %s %+.3f %+.3f\n", p.Period, p.Country, p.X, p.Y)
	}
	// Output:
	// 2020 DEU +0.266 +0.050
	// 2020 FRA +0.266 -0.050
	// 2020 RUS -0.532 +0.000
}

// TestClassicalScalingMatchesTorgerson checks the O(n²) centring against
// gonum's mds.TorgersonScaling on the distances of random points in four
// dimensions: the same coordinates (each axis up to its sign).
func TestClassicalScalingMatchesTorgerson(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, n := range []int{3, 4, 10, 40} {
		pts := make([][4]float64, n)
		for i := range pts {
			for d := range pts[i] {
				pts[i][d] = r.Float64()
			}
		}
		dis := mat.NewSymDense(n, nil)
		for i := range n {
			for j := i + 1; j < n; j++ {
				var ss float64
				for d := range 4 {
					ss += (pts[i][d] - pts[j][d]) * (pts[i][d] - pts[j][d])
				}
				dis.SetSym(i, j, math.Sqrt(ss))
			}
		}
		got, ok := classicalScaling(dis)
		if !ok {
			t.Fatalf("n=%d: classicalScaling failed", n)
		}
		var want mat.Dense
		eig := make([]float64, n)
		k, _ := mds.TorgersonScaling(&want, eig, dis)
		if k < 2 {
			t.Fatalf("n=%d: TorgersonScaling gave %d positive axes", n, k)
		}
		for d := range 2 {
			sign := 1.0
			if got[0][d]*want.At(0, d) < 0 {
				sign = -1
			}
			for i := range n {
				if g, w := sign*got[i][d], want.At(i, d); math.Abs(g-w) > 1e-9 {
					t.Errorf("n=%d point %d axis %d: got %.12f, want %.12f", n, i, d, g, w)
				}
			}
		}
	}
}
