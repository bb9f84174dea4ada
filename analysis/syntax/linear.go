package syntax

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// A linear model scores classes as sums of feature weights. Training keeps
// weights as integers with the averaging of Daumé III (the average of w over
// c steps is w − u/c, u the step-weighted sum of updates), so that training
// is exact and reproducible. The trained model keeps, per feature, the
// classes with a weight; at run time they sit in flat arrays behind an
// open-addressing table.

// tEntry is the weight of one class of one feature during training.
type tEntry struct {
	class uint16
	w     int32
	u     int64
}

// trainLinear is a linear model being trained.
type trainLinear struct {
	nclass int
	index  table
	rows   [][]tEntry
	steps  int64
}

func newTrainLinear(nclass int) *trainLinear {
	return &trainLinear{nclass: nclass, index: newTable(1 << 16)}
}

// score adds the weights of feats to scores (len nclass).
func (m *trainLinear) score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := m.index.get(f)
		if !ok {
			continue
		}
		for _, e := range m.rows[r] {
			scores[e.class] += float64(e.w)
		}
	}
}

// update moves the weights of feats toward good and away from bad (a
// negative class is none).
func (m *trainLinear) update(feats []uint64, good, bad int) {
	for _, f := range feats {
		r, ok := m.index.get(f)
		if !ok {
			r = int32(len(m.rows))
			m.rows = append(m.rows, nil)
			m.index.put(f, r)
		}
		if good >= 0 {
			m.rows[r] = bump(m.rows[r], good, 1, m.steps)
		}
		if bad >= 0 {
			m.rows[r] = bump(m.rows[r], bad, -1, m.steps)
		}
	}
}

func bump(row []tEntry, class, d int, step int64) []tEntry {
	for i := range row {
		if int(row[i].class) == class {
			row[i].w += int32(d)
			row[i].u += int64(d) * step
			return row
		}
	}
	return append(row, tEntry{class: uint16(class), w: int32(d), u: int64(d) * step})
}

// tick counts one training step (one decision).
func (m *trainLinear) tick() { m.steps++ }

// feature is a trained feature: its hash and its averaged class weights.
type feature struct {
	hash    uint64
	classes []uint8
	weights []float32
}

// average returns the averaged weights, features sorted by hash, entries
// whose |weight| is below prune dropped.
func (m *trainLinear) average(prune float64) []feature {
	keys := m.index.allKeys()
	slices.Sort(keys)
	c := float64(m.steps)
	if c == 0 {
		c = 1
	}
	var out []feature
	for _, k := range keys {
		r, _ := m.index.get(k)
		row := slices.Clone(m.rows[r])
		slices.SortFunc(row, func(a, b tEntry) int { return int(a.class) - int(b.class) })
		var f feature
		for _, e := range row {
			// w − u/c, with the steps counted before the update (u is the
			// sum of d·step).
			avg := float64(e.w) - float64(e.u)/c
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			f.classes = append(f.classes, uint8(e.class))
			f.weights = append(f.weights, float32(avg))
		}
		if len(f.classes) > 0 {
			f.hash = k & (1<<idBits - 1)
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b feature) int { return cmp.Compare(a.hash, b.hash) })
	return out
}

// linear is a trained linear model, read-only. Its features sit in
// buckets of 64 bytes (one cache line): a feature is looked up with one
// miss at most. A bucket is 16 uint32: a flag word (overflowFlag: the
// records of this bucket went on into the next; bit j: word j is a
// header), then records: a header (24 bits of the feature's hash, 8 bits
// of count) and count weights. A
// weight is the float32 with its 8 low mantissa bits replaced by the class
// (7 bits) and a last-weight flag. A feature of more than maxInline
// weights keeps them as a dense row of stride float32 in dense, its record
// holding the row's offset: such features (the bias, tags) are few and
// often looked up, and a dense row is added with vector instructions.
type linear struct {
	nclass  int
	stride  int // nclass rounded up to a multiple of 8
	nbucket uint64
	words   []uint32
	dense   []float32
	dropped int       // features left out: their key collided with another's
	src     []feature // the features it was built from, when they come from training
	trained bool      // it comes from training (its features can be written)
}

const (
	bucketWords  = 16
	overflowFlag = 1
	farCount     = 0xff
	maxInline    = 14
	lastEntry    = 0x80
	classBits    = 0x7f
)

func packEntry(class int, w float32, last bool) uint32 {
	e := math.Float32bits(w)&^0xff | uint32(class)
	if last {
		e |= lastEntry
	}
	return e
}

func entryWeight(e uint32) float32 { return math.Float32frombits(e &^ 0xff) }

// A feature is known by the low idBits bits of its hash: 24 choose its
// bucket, 24 more are the key kept in the bucket.
const idBits = 48

// home returns the bucket and the 24-bit key of hash h.
func (l *linear) home(h uint64) (uint64, uint32) {
	key := uint32(h>>24) & 0xffffff
	if key == 0 {
		key = 1
	}
	return (h & 0xffffff) * l.nbucket >> 24, key
}

// newLinear builds the run-time model from trained features.
func newLinear(nclass int, feats []feature) (*linear, error) {
	if nclass > lastEntry {
		return nil, fmt.Errorf("%d classes, at most %d", nclass, lastEntry)
	}
	need := 0
	for _, f := range feats {
		if len(f.classes) > maxInline {
			need += 2
		} else {
			need += 1 + len(f.classes)
		}
	}
	nb := uint64(need*100/50/(bucketWords-1) + 1)
	if nb >= 1<<24 {
		return nil, fmt.Errorf("%d features, too many", len(feats))
	}
	l := &linear{nclass: nclass, stride: (nclass + 7) &^ 7, nbucket: nb, words: make([]uint32, nb*bucketWords)}
	used := make([]uint8, nb) // words used in each bucket, flag word included
	for i := range used {
		used[i] = 1
	}
	for _, f := range feats {
		if len(f.classes) == 0 {
			continue
		}
		for _, c := range f.classes {
			if int(c) >= nclass {
				return nil, fmt.Errorf("class %d of %d", c, nclass)
			}
		}
		size := 1 + len(f.classes)
		if len(f.classes) > maxInline {
			size = 2
		}
		b, key := l.home(f.hash)
		if l.find(b, key) >= 0 {
			l.dropped++
			continue
		}
		for int(used[b])+size > bucketWords {
			l.words[b*bucketWords] |= overflowFlag
			b = (b + 1) % nb
		}
		at := b*bucketWords + uint64(used[b])
		used[b] += uint8(size)
		if len(f.classes) > maxInline {
			l.words[b*bucketWords] |= 1 << (at - b*bucketWords)
			l.words[at] = key<<8 | farCount
			l.words[at+1] = uint32(len(l.dense))
			row := make([]float32, l.stride)
			for j, c := range f.classes {
				row[c] = f.weights[j]
			}
			l.dense = append(l.dense, row...)
			continue
		}
		l.words[b*bucketWords] |= 1 << (at - b*bucketWords)
		l.words[at] = key<<8 | uint32(len(f.classes))
		for j, c := range f.classes {
			l.words[at+1+uint64(j)] = packEntry(int(c), f.weights[j], j == len(f.classes)-1)
		}
	}
	return l, nil
}

// newTrainedLinear is newLinear keeping the features, to write them.
func newTrainedLinear(nclass int, feats []feature) (*linear, error) {
	l, err := newLinear(nclass, feats)
	if err == nil {
		l.src, l.trained = feats, true
	}
	return l, err
}

// find returns the index of the record of key in the buckets from b on, or
// -1.
func (l *linear) find(b uint64, key uint32) int {
	words := l.words
	for {
		base := b * bucketWords
		w := (*[bucketWords]uint32)(words[base : base+bucketWords])
		for m := w[0] &^ overflowFlag; m != 0; m &= m - 1 {
			j := bits.TrailingZeros32(m) & (bucketWords - 1)
			if w[j]>>8 == key {
				return int(base) + j
			}
		}
		if w[0]&overflowFlag == 0 {
			return -1
		}
		b++
		if b == l.nbucket {
			b = 0
		}
	}
}

// Most features of a sentence miss the cache, so scoring works in two
// passes: touch makes loads that depend on nothing, so that the processor
// overlaps their misses; add then does the branching work on what they
// brought in. A caller may touch the features of several decisions before
// adding those of the first.

// touch loads the home bucket of each feature and returns a value that
// depends on them all (keep it, so that the loads are not left out).
func (l *linear) touch(feats []uint64) uint32 {
	words := l.words
	var t uint32
	for _, h := range feats {
		b, _ := l.home(h)
		t += words[b*bucketWords]
	}
	return t
}

// add adds the weights of feats to scores (len stride at least). found
// is scratch space; it returns it and a value to keep, like touch.
func (l *linear) add(feats []uint64, scores []float32, found []int32) ([]int32, uint32) {
	words := l.words
	found = found[:0]
	// The records, now in cache; the dense rows among them are touched
	// (every cache line) before anything is added.
	var t uint32
	for _, h := range feats {
		j := l.find(l.home(h))
		if j < 0 {
			continue
		}
		found = append(found, int32(j))
		if words[j]&0xff == farCount {
			row := l.dense[words[j+1]:]
			for k := 0; k < l.stride; k += 16 {
				t += math.Float32bits(row[k])
			}
		}
	}
	for _, j := range found {
		if words[j]&0xff == farCount {
			off := int(words[j+1])
			addTo(scores, l.dense[off:off+l.stride])
			continue
		}
		for _, x := range words[j+1:] {
			scores[x&classBits] += entryWeight(x)
			if x&lastEntry != 0 {
				break
			}
		}
	}
	return found, t
}

// score adds the weights of feats to scores (len stride at least); found
// is scratch space.
func (l *linear) score(feats []uint64, scores []float32, found []int32) ([]int32, uint32) {
	t := l.touch(feats)
	found, u := l.add(feats, scores, found)
	return found, t + u
}

// stats describes the model's size.
func (l *linear) stats() string {
	feats, weights := 0, 0
	for _, w := range l.dense {
		if w != 0 {
			weights++
		}
	}
	for b := uint64(0); b < l.nbucket; b++ {
		base := b * bucketWords
		for j := base + 1; j < base+bucketWords; {
			hdr := l.words[j]
			if hdr == 0 {
				break
			}
			feats++
			if hdr&0xff == farCount {
				j += 2
			} else {
				weights += int(hdr & 0xff)
				j += 1 + uint64(hdr&0xff)
			}
		}
	}
	return fmt.Sprintf("%d features (%d dropped, %d dense), %d weights, %.1f MB", feats, l.dropped, len(l.dense)/l.stride, weights, float64(4*len(l.words)+4*len(l.dense))/1e6)
}

// table maps uint64 keys to int32 values (open addressing; 0 is not a
// key: it is stored apart).
type table struct {
	ks    []uint64
	vals  []int32
	n     int
	zero  int32
	hasZ  bool
	limit int
}

func newTable(size int) table {
	return table{ks: make([]uint64, size), vals: make([]int32, size), limit: size / 2}
}

func (t *table) get(k uint64) (int32, bool) {
	if k == 0 {
		return t.zero, t.hasZ
	}
	mask := uint64(len(t.ks) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.ks[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (t *table) put(k uint64, v int32) {
	if k == 0 {
		t.zero, t.hasZ = v, true
		return
	}
	if t.n >= t.limit {
		old := *t
		*t = newTable(2 * len(old.ks))
		t.zero, t.hasZ = old.zero, old.hasZ
		for i, ok := range old.ks {
			if ok != 0 {
				t.put(ok, old.vals[i])
			}
		}
	}
	mask := uint64(len(t.ks) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.ks[i] {
		case k:
			t.vals[i] = v
			return
		case 0:
			t.ks[i], t.vals[i] = k, v
			t.n++
			return
		}
	}
}

func (t *table) allKeys() []uint64 {
	out := make([]uint64, 0, t.n+1)
	if t.hasZ {
		out = append(out, 0)
	}
	for _, k := range t.ks {
		if k != 0 {
			out = append(out, k)
		}
	}
	return out
}
