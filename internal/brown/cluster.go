package brown

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Options configure [Cluster].
type Options struct {
	// Clusters is C, the number of clusters in the window (Liang's -c):
	// the words end in C clusters, whose hierarchy gives the bit strings.
	// At least 1; fewer clusters result when there are fewer words.
	Clusters int
	// MinCount leaves out the words that occur fewer times (Liang's
	// -min-occur). 0 and 1 keep every word.
	MinCount int
	// Progress, when not nil, is called now and then from the goroutine
	// that runs Cluster.
	Progress func(Progress)
}

// Progress reports how far [Cluster] has come.
type Progress struct {
	Stage int // 1: words entering the window; 2: merging the C clusters
	Done  int // steps of the stage done
	Total int // steps of the stage
	// MutualInfo is the average mutual information of the class bigram
	// model of the clusters in the window, in bits.
	MutualInfo float64
}

// Clustering is the result of [Cluster].
type Clustering struct {
	// Words holds every clustered word, sorted by bit string, then by
	// count (most frequent first), then by word.
	Words []Word
	// Clusters is the number of clusters at the end of the first stage
	// (the number of distinct bit strings): C, or the number of words if
	// that is smaller.
	Clusters int
	// Tokens is the number of words of the corpus, clustered or not.
	Tokens int64
	// MutualInfo is the average mutual information of the class bigram
	// model of the Clusters clusters, in bits.
	MutualInfo float64
}

// Word is a clustered word.
type Word struct {
	Text  string // the word
	Path  string // bit string: the path from the root of the hierarchy to its cluster
	Count int64  // occurrences in the corpus
}

// errNumeric reports a loss table that has become NaN.
var errNumeric = errors.New("no merge with a finite loss (numeric failure)")

// Cluster learns Brown clusters from the words of c.
func Cluster(ctx context.Context, c *Corpus, opts Options) (*Clustering, error) {
	if opts.Clusters < 1 {
		return nil, fmt.Errorf("%d clusters: want at least 1", opts.Clusters)
	}
	voc := c.vocabulary(max(opts.MinCount, 1))
	res, err := cluster(ctx, voc, opts, nil)
	if err != nil {
		return nil, err
	}
	res.Tokens = c.tokens
	return res, nil
}

// checkFunc is called by cluster after every step with the model and the
// slot of each word that has entered the window (tests only).
type checkFunc func(m *merger, slotOf func(r int) int, entered int)

// cluster runs both stages on a vocabulary.
func cluster(ctx context.Context, voc *vocabulary, opts Options, check checkFunc) (*Clustering, error) {
	nw := len(voc.words)
	res := &Clustering{}
	if nw == 0 {
		return res, nil
	}
	nc := min(opts.Clusters, nw)
	slots := nc
	if nw > nc {
		slots++
	}
	m := newMerger(slots)
	n := m.n

	// Union-find over word ranks: a cluster is a set of words, its slot
	// is rootSlot of its root.
	parent := make([]int32, nw)
	size := make([]int32, nw)
	rootSlot := make([]int32, nw)
	slotRoot := make([]int32, slots)
	find := func(r int32) int32 {
		root := r
		for parent[root] != root {
			root = parent[root]
		}
		for parent[r] != root {
			parent[r], r = root, parent[r]
		}
		return root
	}
	slotOf := func(r int) int { return int(rootSlot[find(int32(r))]) }
	free := make([]int, 0, slots)
	for s := slots - 1; s >= 0; s-- {
		free = append(free, s)
	}

	// The tree: nodes 0..nw-1 are the words, node nw+k the k-th merge.
	children := make([][2]int32, 0, nw)
	mergeBest := func() error {
		s, t := m.best()
		if s < 0 {
			return errNumeric
		}
		a, b := m.node[s], m.node[t]
		id := int32(nw + len(children))
		children = append(children, [2]int32{min(a, b), max(a, b)})
		kept, freed := m.merge(s, t, id)
		ra, rb := slotRoot[s], slotRoot[t]
		if size[ra] < size[rb] || size[ra] == size[rb] && rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		size[ra] += size[rb]
		slotRoot[kept], rootSlot[ra] = ra, int32(kept)
		free = append(free, freed)
		return nil
	}
	report := func(stage, done, total int) {
		if opts.Progress != nil {
			opts.Progress(Progress{Stage: stage, Done: done, Total: total, MutualInfo: voc.bits(m.mi, m.mass)})
		}
	}

	// Stage 1: the words enter the window in order; from the (C+1)-th on,
	// each is followed by the best merge.
	for r := range nw {
		if r%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if r%1024 == 0 && r > 0 {
			report(1, r, nw)
		}
		x := free[len(free)-1]
		free = free[:len(free)-1]
		parent[r], size[r] = int32(r), 1
		rootSlot[r], slotRoot[x] = int32(x), int32(r)
		nbr, cnt := voc.right.row(r)
		for i, r2 := range nbr {
			if int(r2) > r {
				break
			}
			m.cnt[x*n+slotOf(int(r2))] += float64(cnt[i])
		}
		nbr, cnt = voc.left.row(r)
		for i, r1 := range nbr {
			if int(r1) >= r {
				break
			}
			m.cnt[slotOf(int(r1))*n+x] += float64(cnt[i])
		}
		m.incorporate(x, int32(r), float64(voc.counts[r]))
		if check != nil {
			check(m, slotOf, r+1)
		}
		if r >= nc {
			if err := mergeBest(); err != nil {
				return nil, err
			}
			if check != nil {
				check(m, slotOf, r+1)
			}
		}
	}
	report(1, nw, nw)
	res.MutualInfo = voc.bits(m.mi, m.mass)

	// Stage 2: merge the C clusters into one.
	stage2 := int32(nw + len(children))
	for k := range nc - 1 {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if k > 0 {
				report(2, k, nc-1)
			}
		}
		if err := mergeBest(); err != nil {
			return nil, err
		}
		if check != nil {
			check(m, slotOf, nw)
		}
	}
	report(2, nc-1, nc-1)

	res.Words = paths(voc, children, stage2)
	res.Clusters = nc
	return res, nil
}

// paths gives each word the bit string of its first-stage cluster: the
// path from the root through the merges of the second stage (nodes from
// stage2 on), 0 for the child of smaller node id, 1 for the other.
func paths(voc *vocabulary, children [][2]int32, stage2 int32) []Word {
	nw := int32(len(voc.words))
	root := nw + int32(len(children)) - 1
	words := make([]Word, 0, nw)
	type item struct {
		node int32
		path string
	}
	stack := []item{{root, ""}}
	var below []int32
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.node >= stage2 {
			ch := children[it.node-nw]
			stack = append(stack, item{ch[1], it.path + "1"}, item{ch[0], it.path + "0"})
			continue
		}
		path := it.path
		if path == "" {
			path = "0" // a single cluster
		}
		below = append(below[:0], it.node)
		for len(below) > 0 {
			node := below[len(below)-1]
			below = below[:len(below)-1]
			if node >= nw {
				ch := children[node-nw]
				below = append(below, ch[0], ch[1])
				continue
			}
			words = append(words, Word{Text: voc.words[node], Path: path, Count: voc.counts[node]})
		}
	}
	slices.SortFunc(words, func(a, b Word) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Text, b.Text)
	})
	return words
}
