package aggregate

import "math"

// xsum is the exact sum of float64 values: Shewchuk's non-overlapping
// partials in increasing magnitude ("Adaptive precision floating-point
// arithmetic", 1997), as Python's math.fsum keeps them. Its value is the
// exact sum rounded once, to the nearest double (ties to even), so it does
// not depend on the order of the additions, nor on how they were split
// between sums merged later: the dyads of a run are the same, to the last
// bit, whatever order the stances come in (a Beam pipeline's, or a local
// run's).
//
// A NaN or an infinity sticks: the value is then NaN, or that infinity
// (NaN when both infinities were added), as the plain sum gives. A finite
// sum beyond ±1.8e308 is out of its range (dyads sum scores in [−1, 1]).
// The zero value is the empty sum, 0.
type xsum []float64

// add adds x to the sum.
func (s *xsum) add(x float64) {
	p := *s
	if n := len(p); n > 0 && !finite(p[n-1]) {
		p[n-1] += x // NaN or infinite: stays so
		return
	}
	if x == 0 {
		return // ±0 changes no sum (and 0 stays +0)
	}
	if !finite(x) {
		*s = append(p[:0], x)
		return
	}
	i := 0
	for _, y := range p {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			p[i] = lo
			i++
		}
		x = hi
	}
	switch {
	case !finite(x): // overflow: out of range, kept as the plain sum does
		*s = append(p[:0], x)
	case x == 0: // cancelled out: the partials below, if any, are the sum
		*s = p[:i]
	default:
		*s = append(p[:i], x)
	}
}

// merge adds every value t holds to s.
func (s *xsum) merge(t xsum) {
	for _, x := range t {
		s.add(x)
	}
}

// value returns the exact sum rounded to the nearest double, ties to
// even (math.fsum's last step: the partials are summed from the largest
// until the sum turns inexact, then a half-way case is settled by the
// sign of the next partial).
func (s xsum) value() float64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	hi := s[n-1]
	n--
	if !finite(hi) {
		return hi
	}
	lo := 0.0
	for n > 0 {
		x, y := hi, s[n-1]
		n--
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && s[n-1] < 0 || lo > 0 && s[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if x-hi == y {
			hi = x
		}
	}
	return hi
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
