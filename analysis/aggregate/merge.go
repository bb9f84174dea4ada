package aggregate

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// acc accumulates one dyad in one period. Its sums are exact (see xsum),
// so that its statistics are the same, to the last bit, whatever the
// order of the stances and however they were split between accumulators
// merged later ([Accumulator.Merge]). The evidence scores themselves are
// kept for the bootstrap.
type acc struct {
	n                           int // all stances
	nEv                         int // stances with lexicon evidence
	positive, negative, neutral int
	sums                        sums      // see the sum indexes
	xs, ws                      []float64 // kept only for the bootstrap

	// The statistics, set from the sums by settle (Dyads reads them).
	sumAll      float64
	sumW, sumW2 float64 // over the evidence stances
	mean, m2    float64 // weighted mean and Σw·(x − mean)² over the evidence stances
	zSum, zSum2 float64 // atanh of the evidence scores, for the interval
	evW, evMean float64 // confidence-weighted mean, for alignment
}

// The sums of an acc, by index: x is a stance's score, c its confidence,
// w its weight (see add), z = atanh(x), clamped.
const (
	sAll       = iota // Σx over all stances
	sConf             // Σc over the evidence stances
	sConfScore        // Σc·x
	sW2               // Σw² (weighted only: unweighted, it is nEv)
	sWX               // Σw·x (unweighted only: weighted, it is sConfScore)
	sWX2              // Σw·x²
	sZ                // Σz
	sZ2               // Σz²
	nSums
)

// sums are the exact sums of an acc: the partials of each (an xsum) one
// after the other in one slice, so that a dyad's sums take one small
// allocation.
type sums struct {
	p []float64
	n [nSums]uint8 // the partials of each sum
}

// maxPartials bounds the partials of an xsum of finite doubles (each
// partial at least 53 bits above the one below, from 2⁻¹⁰⁷⁴ to 2¹⁰²⁴).
const maxPartials = 48

// at returns the partials of sum i and where they start.
func (s *sums) at(i int) (xsum, int) {
	off := 0
	for _, n := range s.n[:i] {
		off += int(n)
	}
	return xsum(s.p[off : off+int(s.n[i])]), off
}

func (s *sums) add(i int, x float64) {
	old, off := s.at(i)
	var buf [maxPartials]float64
	t := xsum(append(buf[:0], old...))
	t.add(x)
	s.set(i, off, len(old), t)
}

// set replaces the n partials of sum i, from off, with t.
func (s *sums) set(i, off, n int, t xsum) {
	if len(t) == n {
		copy(s.p[off:], t)
	} else {
		s.p = slices.Replace(s.p, off, off+n, t...)
	}
	s.n[i] = uint8(len(t))
}

func (s *sums) value(i int) float64 {
	t, _ := s.at(i)
	return t.value()
}

// merge adds the sums of t to s.
func (s *sums) merge(t *sums) {
	for i := range nSums {
		from, _ := t.at(i)
		for _, x := range from {
			s.add(i, x)
		}
	}
}

// add counts stance s: its score x, and with evidence its weight w (1, or
// its confidence c with Options.Weighted).
func (c *acc) add(s record.Stance, o Options) {
	c.n++
	c.sums.add(sAll, s.Score)
	switch s.Label {
	case record.Positive:
		c.positive++
	case record.Negative:
		c.negative++
	default:
		c.neutral++
	}
	if !hasEvidence(s) {
		return // a mention without evidence: counted in n, not in the mean
	}
	x := s.Score
	c.nEv++
	c.sums.add(sConf, s.Confidence)
	c.sums.add(sConfScore, s.Confidence*x)
	z := math.Atanh(math.Max(-zClamp, math.Min(zClamp, x)))
	c.sums.add(sZ, z)
	c.sums.add(sZ2, z*z)
	w := 1.0
	if o.Weighted {
		w = s.Confidence
		c.sums.add(sW2, w*w)
		c.sums.add(sWX2, w*x*x)
	} else {
		c.sums.add(sWX, x)
		c.sums.add(sWX2, x*x)
	}
	if o.Bootstrap > 0 {
		c.xs, c.ws = append(c.xs, x), append(c.ws, w)
	}
}

// settle sets the statistics of c from its sums.
func (c *acc) settle(weighted bool) {
	c.sumAll = c.sums.value(sAll)
	c.evW = c.sums.value(sConf)
	c.evMean = 0
	if c.evW > 0 {
		c.evMean = c.sums.value(sConfScore) / c.evW
	}
	var sumWX float64
	if weighted {
		c.sumW, c.sumW2, sumWX = c.evW, c.sums.value(sW2), c.sums.value(sConfScore)
	} else {
		c.sumW, c.sumW2, sumWX = float64(c.nEv), float64(c.nEv), c.sums.value(sWX)
	}
	c.mean, c.m2 = 0, 0
	if c.sumW > 0 {
		c.mean = sumWX / c.sumW
		// Σw·(x − mean)² = Σw·x² − (Σw·x)²/Σw, never below 0.
		c.m2 = math.Max(0, c.sums.value(sWX2)-sumWX*c.mean)
	}
	c.zSum, c.zSum2 = c.sums.value(sZ), c.sums.value(sZ2)
}

// merge adds the stances of d to c.
func (c *acc) merge(d *acc) {
	c.n += d.n
	c.nEv += d.nEv
	c.positive += d.positive
	c.negative += d.negative
	c.neutral += d.neutral
	c.sums.merge(&d.sums)
	c.xs, c.ws = append(c.xs, d.xs...), append(c.ws, d.ws...)
}

// ErrMerge is the error of merging accumulators made with different
// options.
var ErrMerge = errors.New("accumulators with different options")

// Merge adds the stances b counted to a, as if a had counted them: any
// split of a stream of stances between accumulators, merged in any order,
// gives the dyads of one accumulator that counted them all, to the last
// bit (the sums are exact; the bootstrap sorts its scores). b must have
// the options of a (an error wrapping [ErrMerge] otherwise, and a is left
// as it was); it is not changed, and shares no memory with a afterwards.
func (a *Accumulator) Merge(b *Accumulator) error {
	if !a.opts.equal(b.opts) {
		return fmt.Errorf("merge: %w", ErrMerge)
	}
	if a == b { // a doubled: merged from a copy
		b = NewAccumulator(b.opts)
		if err := b.Merge(a); err != nil {
			return err
		}
	}
	for reason, n := range b.Skipped {
		a.Skipped[reason] += n
	}
	for k, d := range b.m {
		c := a.m[k]
		if c == nil {
			c = &acc{}
			a.m[k] = c
		}
		c.merge(d)
	}
	return nil
}

// equal reports whether o and p count stances alike.
func (o Options) equal(p Options) bool {
	return o.Period == p.Period && o.Weighted == p.Weighted && o.Bootstrap == p.Bootstrap &&
		o.Since == p.Since && o.Until == p.Until && maps.Equal(o.Successors, p.Successors)
}

// accMagic starts an encoded accumulator; the last byte is the version of
// the encoding.
const accMagic = "stance-acc\x01"

// MarshalBinary encodes the accumulator, its options and its counts, for
// [Accumulator.UnmarshalBinary] (a Beam coder, a file). The encoding is
// deterministic: an accumulator encodes to the same bytes every time.
func (a *Accumulator) MarshalBinary() ([]byte, error) {
	e := encoder{b: []byte(accMagic)}
	o := a.opts
	e.int(int(o.Period))
	e.bool(o.Weighted)
	e.int(o.Bootstrap)
	e.date(o.Since)
	e.date(o.Until)
	e.int(len(o.Successors))
	for _, from := range slices.Sorted(maps.Keys(o.Successors)) {
		e.string(from)
		e.string(o.Successors[from])
	}
	e.int(len(a.Skipped))
	for _, reason := range slices.Sorted(maps.Keys(a.Skipped)) {
		e.string(reason)
		e.int(a.Skipped[reason])
	}
	keys := slices.SortedFunc(maps.Keys(a.m), func(x, y dyadKey) int {
		return cmp.Or(cmp.Compare(x.speaker, y.speaker), cmp.Compare(x.target, y.target), cmp.Compare(x.period, y.period))
	})
	e.int(len(keys))
	for _, k := range keys {
		c := a.m[k]
		e.string(k.speaker)
		e.string(k.target)
		e.string(k.period)
		for _, n := range [...]int{c.n, c.nEv, c.positive, c.negative, c.neutral} {
			e.int(n)
		}
		for i := range nSums {
			t, _ := c.sums.at(i)
			e.floats(t)
		}
		e.floats(c.xs)
		e.floats(c.ws)
	}
	return e.b, nil
}

// ErrDecode marks data that [Accumulator.UnmarshalBinary] cannot decode.
var ErrDecode = errors.New("not an encoded accumulator")

// UnmarshalBinary sets a to the accumulator data encodes
// ([Accumulator.MarshalBinary]): its options and its counts. a may be
// the zero value. On an error (wrapping [ErrDecode]) a is left as it was.
func (a *Accumulator) UnmarshalBinary(data []byte) error {
	if len(data) < len(accMagic) || string(data[:len(accMagic)]) != accMagic {
		return fmt.Errorf("decode accumulator: %w: no %q header", ErrDecode, accMagic[:len(accMagic)-1])
	}
	d := decoder{b: data[len(accMagic):]}
	var o Options
	o.Period = Period(d.int())
	o.Weighted = d.bool()
	if o.Bootstrap = d.int(); o.Bootstrap < 0 {
		d.fail("negative bootstrap")
	}
	o.Since, o.Until = d.date(), d.date()
	if n := d.count(2); n > 0 {
		o.Successors = make(Successors, n)
		for range n {
			from := d.string()
			o.Successors[from] = d.string()
		}
	}
	skipped := map[string]int{}
	for range d.count(2) {
		reason := d.string()
		skipped[reason] = d.int()
	}
	m := map[dyadKey]*acc{}
	for range d.count(3 + 5 + 10) {
		k := dyadKey{d.string(), d.string(), d.string()}
		c := &acc{}
		for _, n := range [...]*int{&c.n, &c.nEv, &c.positive, &c.negative, &c.neutral} {
			if *n = d.int(); *n < 0 {
				d.fail("negative count")
			}
		}
		for i := range nSums {
			t := d.floats()
			if len(t) > maxPartials {
				d.fail("too many partials")
				t = nil
			}
			c.sums.p = append(c.sums.p, t...)
			c.sums.n[i] = uint8(len(t))
		}
		c.xs, c.ws = d.floats(), d.floats()
		if len(c.xs) != len(c.ws) {
			d.fail("bootstrap scores and weights differ in number")
		}
		m[k] = c
	}
	switch {
	case d.err != nil:
		return fmt.Errorf("decode accumulator: %w: %v", ErrDecode, d.err)
	case len(d.b) > 0:
		return fmt.Errorf("decode accumulator: %w: %d bytes after the end", ErrDecode, len(d.b))
	}
	*a = Accumulator{opts: o, m: m, Skipped: skipped}
	return nil
}

// encoder appends values to b: integers as varints, floats as their 8
// bytes, strings and lists with their length first.
type encoder struct{ b []byte }

func (e *encoder) int(n int) { e.b = binary.AppendVarint(e.b, int64(n)) }

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) string(s string) {
	e.int(len(s))
	e.b = append(e.b, s...)
}

func (e *encoder) floats(xs []float64) {
	e.int(len(xs))
	for _, x := range xs {
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(x))
	}
}

func (e *encoder) date(d corpus.Date) {
	for _, n := range [...]int{d.Year, int(d.Month), d.Day, int(d.Precision)} {
		e.int(n)
	}
}

// decoder reads what encoder wrote. After the first error it reads zeros
// and keeps the error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
	d.b = nil
}

func (d *decoder) int() int {
	n, k := binary.Varint(d.b)
	if k <= 0 || n != int64(int(n)) {
		d.fail("bad integer")
		return 0
	}
	d.b = d.b[k:]
	return int(n)
}

// count reads a length, of items that take at least size bytes each.
func (d *decoder) count(size int) int {
	n := d.int()
	if n < 0 || n > len(d.b)/size {
		d.fail("bad length")
		return 0
	}
	return n
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 || d.b[0] > 1 {
		d.fail("bad boolean")
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) string() string {
	n := d.count(1)
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) floats() []float64 {
	n := d.count(8)
	if n == 0 {
		return nil
	}
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = math.Float64frombits(binary.LittleEndian.Uint64(d.b))
		d.b = d.b[8:]
	}
	return xs
}

func (d *decoder) date() corpus.Date {
	y, m, day, p := d.int(), d.int(), d.int(), d.int()
	if p < int(corpus.NoDate) || p > int(corpus.Day) {
		d.fail("bad date")
		return corpus.Date{}
	}
	return corpus.Date{Year: y, Month: time.Month(m), Day: day, Precision: corpus.Precision(p)}
}
