package syntax

import (
	"fmt"
	"math"
)

// hashed4 is a linear model of four classes (the transitions) held in one
// flat array: a feature's weights are at its hash's place in the array,
// with no key kept. Features that share a place share their weights, in
// training as at run time (the hashing trick of Weinberger et al. 2009):
// a lookup is one load and four adds, with no branch. A weight is an int8
// on a square-root scale (finer near zero): decoded through a table of 256.
type hashed4 struct {
	bits uint // log2 of the number of places
	w    [][4]int8
	dec  [256]float32 // weight of each code (uint8 of the int8)
	src  []feature    // the features it was built from, when they come from training
	// trained: the table comes from training (newHashed4 from Train),
	// so that its features can be written.
	trained bool
}

// maxTransBits bounds the table a model file may ask for (2^23 places, 32 MiB).
const maxTransBits = 23

// hashPlace maps a feature hash to its place in a table of 2^bits.
func hashPlace(h uint64, bits uint) uint64 { return h >> (64 - bits) }

// newHashed4 builds the table from trained features whose hashes are
// already places (hashPlace).
func newHashed4(bits uint, feats []feature) (*hashed4, error) {
	if bits > maxTransBits {
		return nil, fmt.Errorf("a table of 2^%d places, at most 2^%d", bits, maxTransBits)
	}
	maxW := 0.0
	for _, f := range feats {
		if f.hash >= 1<<bits {
			return nil, fmt.Errorf("feature %#x outside a table of 2^%d", f.hash, bits)
		}
		for j, c := range f.classes {
			if c >= 4 {
				return nil, fmt.Errorf("class %d of 4", c)
			}
			maxW = math.Max(maxW, math.Abs(float64(f.weights[j])))
		}
	}
	if maxW == 0 {
		maxW = 1
	}
	l := &hashed4{bits: bits, w: make([][4]int8, 1<<bits)}
	for q := -127; q <= 127; q++ {
		v := float64(q) / 127
		l.dec[uint8(int8(q))] = float32(math.Copysign(v*v*maxW, v))
	}
	for _, f := range feats {
		for j, c := range f.classes {
			v := float64(f.weights[j]) / maxW
			l.w[f.hash][c] = int8(math.Copysign(math.Round(math.Sqrt(math.Abs(v))*127), v))
		}
	}
	return l, nil
}

// score adds the weights of feats (hashes, not yet places) to scores[:4]
// and returns a value that depends on every load (keep it).
func (l *hashed4) score(feats []uint64, scores []float32) uint32 {
	// Touch every place first: the loads do not depend on each other,
	// so that the processor overlaps their cache misses.
	var t int8
	for _, h := range feats {
		t += l.w[hashPlace(h, l.bits)][0]
	}
	var a0, a1, a2, a3 float32
	dec := &l.dec
	for _, h := range feats {
		w := &l.w[hashPlace(h, l.bits)]
		a0 += dec[uint8(w[0])]
		a1 += dec[uint8(w[1])]
		a2 += dec[uint8(w[2])]
		a3 += dec[uint8(w[3])]
	}
	scores[0] += a0
	scores[1] += a1
	scores[2] += a2
	scores[3] += a3
	return uint32(uint8(t))
}

// stats describes the table.
func (l *hashed4) stats() string {
	used := 0
	for _, w := range l.w {
		if w != [4]int8{} {
			used++
		}
	}
	return fmt.Sprintf("%d of %d places used, %.1f MB", used, len(l.w), float64(4*len(l.w))/1e6)
}

// newTrainedHashed4 is newHashed4 for a table from training.
func newTrainedHashed4(bits uint, feats []feature) (*hashed4, error) {
	l, err := newHashed4(bits, feats)
	if err == nil {
		// Only a model from training is written, from its features; a
		// model read from a file lets them go (tens of MB).
		l.src, l.trained = feats, true
	}
	return l, err
}
