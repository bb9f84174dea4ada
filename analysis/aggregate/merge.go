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

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// acc accumulates one dyad in one period. Its sums are exact (xsum), so
// that its statistics are the same, to the last bit, whatever the order
// of the stances and however they were split between accumulators merged
// later ([Accumulator.Merge]). The evidence scores themselves are kept
// for the bootstrap.
type acc struct {
	n                           int // all stances
	nEv                         int // stances with lexicon evidence
	positive, negative, neutral int
	all                         xsum      // the scores of all stances
	conf, confScore             xsum      // Σc and Σc·x over the evidence stances (c: confidence)
	w2, wx, wx2                 xsum      // Σw², Σw·x, Σw·x² over the evidence stances (see add)
	z, z2                       xsum      // Σz, Σz² of z = atanh(x), clamped, over the evidence stances
	xs, ws                      []float64 // kept only for the bootstrap

	// The statistics, set from the sums by settle (Dyads reads them).
	sumAll      float64
	sumW, sumW2 float64 // over the evidence stances
	mean, m2    float64 // weighted mean and Σw·(x − mean)² over the evidence stances
	zSum, zSum2 float64 // atanh of the evidence scores, for the interval
	evW, evMean float64 // confidence-weighted mean, for alignment
}

// add counts stance s: its score x, and with evidence its weight w (1, or
// its confidence c with Options.Weighted). Unweighted, Σw = Σw² = nEv and
// w2 stays empty; weighted, Σw = conf and Σw·x = confScore, and wx stays
// empty.
func (c *acc) add(s analysis.Stance, o Options) {
	c.n++
	c.all.add(s.Score)
	switch s.Label {
	case analysis.Positive:
		c.positive++
	case analysis.Negative:
		c.negative++
	default:
		c.neutral++
	}
	if !hasEvidence(s) {
		return // a mention without evidence: counted in n, not in the mean
	}
	x := s.Score
	c.nEv++
	c.conf.add(s.Confidence)
	c.confScore.add(s.Confidence * x)
	z := math.Atanh(math.Max(-zClamp, math.Min(zClamp, x)))
	c.z.add(z)
	c.z2.add(z * z)
	w := 1.0
	if o.Weighted {
		w = s.Confidence
		c.w2.add(w * w)
		c.wx2.add(w * x * x)
	} else {
		c.wx.add(x)
		c.wx2.add(x * x)
	}
	if o.Bootstrap > 0 {
		c.xs, c.ws = append(c.xs, x), append(c.ws, w)
	}
}

// settle sets the statistics of c from its sums.
func (c *acc) settle(weighted bool) {
	c.sumAll = c.all.value()
	c.evW = c.conf.value()
	c.evMean = 0
	if c.evW > 0 {
		c.evMean = c.confScore.value() / c.evW
	}
	var sumWX float64
	if weighted {
		c.sumW, c.sumW2, sumWX = c.evW, c.w2.value(), c.confScore.value()
	} else {
		c.sumW, c.sumW2, sumWX = float64(c.nEv), float64(c.nEv), c.wx.value()
	}
	c.mean, c.m2 = 0, 0
	if c.sumW > 0 {
		c.mean = sumWX / c.sumW
		// Σw·(x − mean)² = Σw·x² − (Σw·x)²/Σw, never below 0.
		c.m2 = math.Max(0, c.wx2.value()-sumWX*c.mean)
	}
	c.zSum, c.zSum2 = c.z.value(), c.z2.value()
}

// merge adds the stances of d to c.
func (c *acc) merge(d *acc) {
	c.n += d.n
	c.nEv += d.nEv
	c.positive += d.positive
	c.negative += d.negative
	c.neutral += d.neutral
	for _, p := range [...]struct{ to, from *xsum }{
		{&c.all, &d.all}, {&c.conf, &d.conf}, {&c.confScore, &d.confScore}, {&c.w2, &d.w2},
		{&c.wx, &d.wx}, {&c.wx2, &d.wx2}, {&c.z, &d.z}, {&c.z2, &d.z2},
	} {
		p.to.merge(*p.from)
	}
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
		for _, s := range c.sums() {
			e.floats(*s)
		}
		e.floats(c.xs)
		e.floats(c.ws)
	}
	return e.b, nil
}

// sums lists the sums of c, in the order of the encoding.
func (c *acc) sums() [8]*xsum {
	return [...]*xsum{&c.all, &c.conf, &c.confScore, &c.w2, &c.wx, &c.wx2, &c.z, &c.z2}
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
		for _, s := range c.sums() {
			*s = d.floats()
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
