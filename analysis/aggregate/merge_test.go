package aggregate

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// TestXsum: the sum is the exact sum rounded once to the nearest double,
// whatever the order of the additions and however they are split and
// merged.
func TestXsum(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(17, 1))
	cases := [][]float64{
		nil,
		{0.1, 0.2, 0.3},
		{1e16, 1, -1e16},
		{1e-16, 1, 1e16},   // a half-way case settled by the smallest partial
		{1, 1e-16, -1e-16}, // exact
		{5e-324, 5e-324, -1e-310},
		{0.1, -0.1, 0, math.Copysign(0, -1)},
	}
	for range 300 {
		n := r.IntN(40)
		xs := make([]float64, n)
		for i := range xs {
			switch r.IntN(4) {
			case 0: // four decimals, as stances are written
				xs[i] = float64(r.IntN(20001)-10000) / 1e4
			case 1:
				xs[i] = r.Float64()*2 - 1
			case 2: // wide magnitudes, and cancellation
				xs[i] = math.Ldexp(r.Float64()-0.5, r.IntN(120)-60)
			default:
				if i > 0 {
					xs[i] = -xs[r.IntN(i)]
				}
			}
		}
		cases = append(cases, xs)
	}
	for _, xs := range cases {
		want := exactSum(xs)
		for trial := range 5 {
			ys := slices.Clone(xs)
			r.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
			var got xsum
			if trial%2 == 0 {
				for _, y := range ys {
					got.add(y)
				}
			} else { // split in two, merged
				var a, b xsum
				cut := r.IntN(len(ys) + 1)
				for _, y := range ys[:cut] {
					a.add(y)
				}
				for _, y := range ys[cut:] {
					b.add(y)
				}
				b.merge(a)
				got = b
			}
			if v := got.value(); v != want || math.Signbit(v) != math.Signbit(want) {
				t.Fatalf("sum of %v = %v, want %v (exact, rounded once)", ys, v, want)
			}
		}
	}
}

// exactSum is the exact sum of xs rounded to the nearest double.
func exactSum(xs []float64) float64 {
	z := new(big.Float).SetPrec(4000) // exact for any sum of a few doubles
	for _, x := range xs {
		z.Add(z, new(big.Float).SetFloat64(x))
	}
	v, _ := z.Float64()
	return v
}

func TestXsumSpecial(t *testing.T) {
	t.Parallel()
	inf := math.Inf(1)
	tests := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{1, inf, 2}, inf},
		{[]float64{-inf, 1}, -inf},
		{[]float64{inf, 1, -inf}, math.NaN()},
		{[]float64{1, math.NaN(), 2}, math.NaN()},
		{[]float64{1e308, 1e308}, inf}, // out of range
	}
	for _, tt := range tests {
		for _, order := range [][]float64{tt.xs, reversed(tt.xs)} {
			var s xsum
			for _, x := range order {
				s.add(x)
			}
			if got := s.value(); !(got == tt.want || math.IsNaN(got) && math.IsNaN(tt.want)) {
				t.Errorf("sum of %v = %v, want %v", order, got, tt.want)
			}
		}
	}
}

func reversed(xs []float64) []float64 {
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	return ys
}

// TestMergeProperty is the property a distributed run rests on: any split
// of the stances between accumulators, each fed in any order, some
// through MarshalBinary and UnmarshalBinary, merged in any order, gives
// the dyads of one accumulator that counted them all, to the last bit,
// and the same stances left out.
func TestMergeProperty(t *testing.T) {
	t.Parallel()
	options := []Options{
		{Period: Month, Successors: DefaultSuccessors()},
		{Period: Year, Weighted: true},
		{Period: Quarter, Bootstrap: 40, Successors: DefaultSuccessors()},
		{Period: Month, Weighted: true, Bootstrap: 25, Since: day(2019, 6, 1), Until: corpus.Date{Year: 2020, Precision: corpus.Year}},
	}
	for i, o := range options {
		for seed := range uint64(12) {
			t.Run(fmt.Sprintf("options%d/seed%d", i, seed), func(t *testing.T) {
				t.Parallel()
				r := rand.New(rand.NewPCG(seed, uint64(i)))
				stances := randomStances(r, 1+r.IntN(400))
				whole := NewAccumulator(o)
				for _, s := range stances {
					whole.Add(s)
				}
				want := whole.Dyads()

				parts := splitMerge(t, r, o, stances)
				if got := parts.Dyads(); !sameDyads(t, got, want) {
					t.Fatalf("%d stances split and merged: dyads differ from one accumulator's", len(stances))
				}
				if !maps.Equal(parts.Skipped, whole.Skipped) {
					t.Errorf("Skipped = %v, want %v", parts.Skipped, whole.Skipped)
				}
			})
		}
	}
}

// splitMerge deals stances out to a random number of accumulators, each
// fed in its own order, and merges them in a random order, some of them
// encoded and decoded first.
func splitMerge(t *testing.T, r *rand.Rand, o Options, stances []record.Stance) *Accumulator {
	t.Helper()
	parts := make([]*Accumulator, 1+r.IntN(6))
	for i := range parts {
		parts[i] = NewAccumulator(o)
	}
	order := r.Perm(len(stances))
	for _, j := range order {
		parts[r.IntN(len(parts))].Add(stances[j])
	}
	for i, p := range parts {
		if r.IntN(2) == 0 {
			data, err := p.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var q Accumulator
			if err := q.UnmarshalBinary(data); err != nil {
				t.Fatalf("UnmarshalBinary(MarshalBinary()) = %v", err)
			}
			parts[i] = &q
		}
	}
	r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	// Merged pairwise in a random tree, as a runner combines.
	for len(parts) > 1 {
		i := r.IntN(len(parts) - 1)
		before, err := parts[i+1].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if err := parts[i].Merge(parts[i+1]); err != nil {
			t.Fatal(err)
		}
		if after, _ := parts[i+1].MarshalBinary(); !bytes.Equal(before, after) {
			t.Fatal("Merge changed the accumulator merged from")
		}
		parts = slices.Delete(parts, i+1, i+2)
	}
	return parts[0]
}

func randomStances(r *rand.Rand, n int) []record.Stance {
	speakers := []string{"USA", "RUS", "SUN", "FRA", "CHN", ""}
	targets := []string{"USA", "RUS", "SUN", "CHN", "UN", "UKR"}
	out := make([]record.Stance, n)
	for i := range out {
		var score float64
		switch r.IntN(5) {
		case 0:
			score = r.Float64()*2 - 1 // any double
		case 1:
			score = float64(r.IntN(3) - 1) // -1, 0, 1
		default:
			score = float64(r.IntN(20001)-10000) / 1e4 // as record.RoundScore leaves them
		}
		var date corpus.Date
		switch r.IntN(8) {
		case 0: // undated
		case 1:
			date = corpus.Date{Year: 2019 + r.IntN(3), Precision: corpus.Year}
		default:
			date = day(2019+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		}
		s := stance(speakers[r.IntN(len(speakers))], targets[r.IntN(len(targets))], score, date)
		if s.Label != record.Neutral || r.IntN(3) == 0 {
			s.Evidence = []string{"term+0.50 forward"}
			switch r.IntN(4) {
			case 0:
				s.Confidence = r.Float64()
			case 1:
				s.Confidence = 0 // no evidence after all
			default:
				s.Confidence = float64(r.IntN(10001)) / 1e4
			}
		}
		out[i] = s
	}
	return out
}

// sameDyads reports whether got and want are equal to the last bit (NaN
// equal to NaN), logging the first difference.
func sameDyads(t *testing.T, got, want []Dyad) bool {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d dyads, want %d", len(got), len(want))
		return false
	}
	for i := range got {
		g, w := reflect.ValueOf(got[i]), reflect.ValueOf(want[i])
		for f := range g.NumField() {
			gf, wf := g.Field(f), w.Field(f)
			same := gf.Equal(wf)
			if gf.Kind() == reflect.Float64 {
				x, y := gf.Float(), wf.Float()
				same = math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y)
			}
			if !same {
				t.Errorf("dyad %s→%s %s: %s = %v, want %v", want[i].Speaker, want[i].Target, want[i].Period,
					g.Type().Field(f).Name, gf.Interface(), wf.Interface())
				return false
			}
		}
	}
	return true
}

func TestMergeDifferentOptions(t *testing.T) {
	t.Parallel()
	tests := []struct{ a, b Options }{
		{Options{Period: Month}, Options{Period: Year}},
		{Options{}, Options{Weighted: true}},
		{Options{}, Options{Bootstrap: 10}},
		{Options{}, Options{Since: day(2020, 1, 1)}},
		{Options{}, Options{Successors: DefaultSuccessors()}},
	}
	for _, tt := range tests {
		a, b := NewAccumulator(tt.a), NewAccumulator(tt.b)
		b.Add(stance("USA", "RUS", -0.5, day(2020, 3, 1)))
		if err := a.Merge(b); !errors.Is(err, ErrMerge) {
			t.Errorf("Merge(%+v into %+v) = %v, want ErrMerge", tt.b, tt.a, err)
		}
		if len(a.Dyads()) != 0 {
			t.Errorf("a failed Merge changed a")
		}
	}
}

// TestMergeItself: an accumulator merged into itself counts its stances
// twice.
func TestMergeItself(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 5))
	stances := randomStances(r, 200)
	o := Options{Bootstrap: 20, Successors: DefaultSuccessors()}
	a, twice := NewAccumulator(o), NewAccumulator(o)
	for _, s := range stances {
		a.Add(s)
		twice.Add(s)
		twice.Add(s)
	}
	if err := a.Merge(a); err != nil {
		t.Fatal(err)
	}
	sameDyads(t, a.Dyads(), twice.Dyads())
}

// TestMarshalRoundTrip: the decoded accumulator encodes to the same bytes
// and gives the same dyads; the zero value decodes.
func TestMarshalRoundTrip(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(9, 9))
	o := Options{Period: Week, Weighted: true, Bootstrap: 30, Successors: DefaultSuccessors(), Until: day(2021, 6, 30)}
	a := NewAccumulator(o)
	for _, s := range randomStances(r, 300) {
		a.Add(s)
	}
	data, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var b Accumulator
	if err := b.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	again, _ := b.MarshalBinary()
	if !bytes.Equal(again, data) {
		t.Error("MarshalBinary(UnmarshalBinary(data)) differs from data")
	}
	sameDyads(t, b.Dyads(), a.Dyads())
	if !b.opts.equal(o) {
		t.Errorf("options decoded as %+v, want %+v", b.opts, o)
	}
	empty, _ := NewAccumulator(Options{}).MarshalBinary()
	var z Accumulator
	if err := z.UnmarshalBinary(empty); err != nil || len(z.Dyads()) != 0 {
		t.Errorf("empty accumulator: %v, %d dyads", err, len(z.Dyads()))
	}
	z.Add(stance("USA", "RUS", 0.5, day(2020, 1, 1))) // usable
}

// TestUnmarshalBad: cut or damaged data is an error wrapping ErrDecode,
// never a panic, and leaves the accumulator as it was.
func TestUnmarshalBad(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 3))
	a := NewAccumulator(Options{Bootstrap: 5, Successors: DefaultSuccessors()})
	for _, s := range randomStances(r, 50) {
		a.Add(s)
	}
	data, _ := a.MarshalBinary()
	for n := range len(data) {
		var b Accumulator
		if err := b.UnmarshalBinary(data[:n]); !errors.Is(err, ErrDecode) {
			t.Fatalf("UnmarshalBinary(first %d of %d bytes) = %v, want ErrDecode", n, len(data), err)
		}
		if b.m != nil {
			t.Fatal("a failed UnmarshalBinary changed the accumulator")
		}
	}
	if err := new(Accumulator).UnmarshalBinary(append(slices.Clone(data), 0)); !errors.Is(err, ErrDecode) {
		t.Errorf("UnmarshalBinary(data + 1 byte) = %v, want ErrDecode", err)
	}
	for range 2000 { // damaged bytes: an error or some accumulator, never a panic
		bad := slices.Clone(data)
		for range 1 + r.IntN(4) {
			bad[r.IntN(len(bad))] = byte(r.IntN(256))
		}
		var b Accumulator
		if b.UnmarshalBinary(bad) == nil && b.opts.Bootstrap <= 100 {
			b.Dyads()
		}
	}
}

func FuzzUnmarshalAccumulator(f *testing.F) {
	a := NewAccumulator(Options{Bootstrap: 3, Successors: DefaultSuccessors()})
	for _, s := range randomStances(rand.New(rand.NewPCG(1, 2)), 20) {
		a.Add(s)
	}
	data, _ := a.MarshalBinary()
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Accumulator
		if err := b.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatalf("error %v does not wrap ErrDecode", err)
			}
			return
		}
		if b.opts.Bootstrap <= 100 { // a decoded -bootstrap may be of any size
			b.Dyads()
		}
		if _, err := b.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}
