package syntax

import "slices"

// The tagger is a greedy left-to-right averaged perceptron over pairs of
// tags (UPOS, XPOS): one decision gives both. Its features are the word,
// its affixes, shape and clusters, the words and clusters around it, the
// two tags before it and the most frequent tags of the words after it.

// tagClass is a (UPOS, XPOS) pair the tagger predicts.
type tagClass struct {
	U UPOS
	X XPOS
}

// Tagger feature templates.
const (
	tBias uint64 = iota + 1
	tW
	tRaw
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tP1
	tP2P1
	tP1W
	tWm1
	tSuf3m1
	tWm2
	tWp1
	tSuf3p1
	tWp2
	tSuf3p2
	tC4
	tC6
	tC10
	tCF
	tC4p1
	tC6p1
	tC4m1
	tC6m1
	tAmb
	tAmbp1
	tAmbp2
	tP1Ambp1
	tWm1W
	tWWp1
	tFirstShape
	tShapep1
	tShapem1
)

// none is the atom of a position outside the sentence.
const none = 0x5bd1e995

// pad is the number of padding atoms before and after the words of a
// sentence, so that features of neighbours need no bounds checks.
const pad = 2

// padAtoms are the atoms of a position outside the sentence.
var padAtoms = atoms{w: none, raw: none, shape: none, pre: [3]uint64{none, none, none},
	suf: [4]uint64{none, none, none, none}, clus: [4]uint64{none, none, none, none}, amb: none}

// tagFeatures appends the features of the word at k of ws (padded: the
// sentence's first word is at pad) that do not depend on the tags before
// it.
func tagFeatures(dst []uint64, ws []atoms, k int) []uint64 {
	a, m1, m2, p1w, p2w := &ws[k], &ws[k-1], &ws[k-2], &ws[k+1], &ws[k+2]
	first := uint64(0)
	if a.first {
		first = 1
	}
	return append(dst,
		f1(tBias, 0),
		f1(tW, a.w),
		f1(tRaw, a.raw),
		f1(tSuf1, a.suf[0]),
		f1(tSuf2, a.suf[1]),
		f1(tSuf3, a.suf[2]),
		f1(tSuf4, a.suf[3]),
		f1(tPre1, a.pre[0]),
		f1(tPre2, a.pre[1]),
		f1(tPre3, a.pre[2]),
		f1(tShape, a.shape),
		f1(tWm1, m1.w),
		f1(tSuf3m1, m1.suf[2]),
		f1(tWm2, m2.w),
		f1(tWp1, p1w.w),
		f1(tSuf3p1, p1w.suf[2]),
		f1(tWp2, p2w.w),
		f1(tSuf3p2, p2w.suf[2]),
		f1(tC4, a.clus[0]),
		f1(tC6, a.clus[1]),
		f1(tC10, a.clus[2]),
		f1(tCF, a.clus[3]),
		f1(tC4p1, p1w.clus[0]),
		f1(tC6p1, p1w.clus[1]),
		f1(tC4m1, m1.clus[0]),
		f1(tC6m1, m1.clus[1]),
		f1(tAmb, a.amb),
		f1(tAmbp1, p1w.amb),
		f1(tAmbp2, p2w.amb),
		f2(tWm1W, m1.w, a.w),
		f2(tWWp1, a.w, p1w.w),
		f2(tFirstShape, first, a.shape),
		f2(tShapep1, a.shape, p1w.shape),
		f2(tShapem1, m1.shape, a.shape),
	)
}

// historyFeatures appends the features of the word at k of ws that depend
// on the classes of the two words before it.
func historyFeatures(dst []uint64, ws []atoms, k int, p1, p2 uint64) []uint64 {
	return append(dst,
		f1(tP1, p1),
		f2(tP2P1, p2, p1),
		f2(tP1W, p1, ws[k].w),
		f2(tP1Ambp1, p1, ws[k+1].amb),
	)
}

// history returns the class atoms of the two words before i.
func history(classes []int, i int) (p1, p2 uint64) {
	p1, p2 = none, none
	if i >= 1 {
		p1 = uint64(classes[i-1])
	}
	if i >= 2 {
		p2 = uint64(classes[i-2])
	}
	return p1, p2
}

// tagger is a trained tagger.
type tagger struct {
	classes []tagClass
	lin     *linear
}

// tag sets classes[i] to the class of each word; ws are the words' atoms,
// padded. The features that do not depend on earlier tags are looked up
// for the whole sentence first.
func (t *tagger) tag(ws []atoms, lex *lexicon, forms []string, classes []int, sc *scratch) {
	n := len(forms)
	stride := t.lin.stride
	sc.static = resize(sc.static, n*stride)
	clear(sc.static)
	sc.feats = sc.feats[:0]
	sc.ends = sc.ends[:0]
	for i := range forms {
		if _, ok := lex.exact[forms[i]]; !ok {
			sc.feats = tagFeatures(sc.feats, ws, i+pad)
		}
		sc.ends = append(sc.ends, len(sc.feats))
	}
	sc.sink += t.lin.touch(sc.feats)
	start := 0
	for i := range forms {
		if sc.ends[i] > start {
			var u uint32
			sc.found, u = t.lin.add(sc.feats[start:sc.ends[i]], sc.static[i*stride:(i+1)*stride], sc.found)
			sc.sink += u
		}
		start = sc.ends[i]
	}
	var hist [4]uint64
	for i := range forms {
		if c, ok := lex.exact[forms[i]]; ok {
			classes[i] = int(c) - 1
			continue
		}
		p1, p2 := history(classes, i)
		scores := sc.static[i*stride : (i+1)*stride]
		var u uint32
		sc.found, u = t.lin.score(historyFeatures(hist[:0], ws, i+pad, p1, p2), scores, sc.found)
		sc.sink += u
		classes[i] = argmax(scores[:t.lin.nclass])
	}
}

// scratch holds the buffers of scoring.
type scratch struct {
	feats  []uint64
	ends   []int
	static []float32
	found  []int32
	sink   uint32 // what the cache-warming loads returned
}

// argmax returns the index of the largest score (the first of equals).
func argmax[T int | float32 | float64](scores []T) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// tagClasses returns the classes of a treebank, in a fixed order.
func tagClasses(sents []Sentence) []tagClass {
	seen := map[tagClass]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[tagClass{w.UPOS, w.XPOS}] = true
		}
	}
	out := make([]tagClass, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b tagClass) int {
		if a.X != b.X {
			return int(a.X) - int(b.X)
		}
		return int(a.U) - int(b.U)
	})
	return out
}
