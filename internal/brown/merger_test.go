package brown

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// randomCorpus returns a corpus of docs documents over a vocabulary of
// types words with skewed frequencies, and some structure: each word
// prefers a few successors.
func randomCorpus(seed uint64, types, docs, maxLen int) *Corpus {
	rng := rand.New(rand.NewPCG(seed, 7))
	words := make([]string, types)
	for i := range words {
		words[i] = fmt.Sprintf("w%02d", i)
	}
	var c Corpus
	var doc []string
	for range docs {
		doc = doc[:0]
		n := 1 + rng.IntN(maxLen)
		w := rng.IntN(types)
		for range n {
			doc = append(doc, words[w])
			switch rng.IntN(4) {
			case 0: // any word, skewed toward the first
				w = int(float64(types) * math.Pow(rng.Float64(), 2.5))
			case 1, 2: // a preferred successor
				w = (w*7 + 3 + rng.IntN(2)) % types
			default:
				w = (w + 1) % types
			}
		}
		c.Add(doc)
	}
	return &c
}

// checker compares the incremental model with one computed from the words'
// bigrams and the definition of the loss.
type checker struct {
	t     *testing.T
	voc   *vocabulary
	big   map[[2]int]float64 // word bigram counts
	steps int
}

func newChecker(t *testing.T, voc *vocabulary) *checker {
	c := &checker{t: t, voc: voc, big: map[[2]int]float64{}}
	for a := range voc.words {
		nbr, cnt := voc.right.row(a)
		for i, b := range nbr {
			c.big[[2]int{a, int(b)}] = float64(cnt[i])
		}
	}
	return c
}

func hh(c float64) float64 {
	if c == 0 {
		return 0
	}
	return c * math.Log(c)
}

// mutualInfo returns Σ c(a,b)(ln c(a,b) − ln f(a) − ln f(b)) over the
// clusters given by the word → cluster map.
func mutualInfo(counts map[[2]int]float64, f map[int]float64) float64 {
	var mi float64
	for ab, c := range counts {
		if c > 0 {
			mi += hh(c) - c*(math.Log(f[ab[0]])+math.Log(f[ab[1]]))
		}
	}
	return mi
}

func (c *checker) check(m *merger, slotOf func(r int) int, entered int) {
	t := c.t
	t.Helper()
	c.steps++
	n := m.n
	// Cluster counts from the words.
	cnt := map[[2]int]float64{}
	f := map[int]float64{}
	for ab, k := range c.big {
		if ab[0] < entered && ab[1] < entered {
			cnt[[2]int{slotOf(ab[0]), slotOf(ab[1])}] += k
		}
	}
	for r := range entered {
		f[slotOf(r)] += float64(c.voc.counts[r])
	}
	var live []int
	for s := range n {
		if m.node[s] >= 0 {
			live = append(live, s)
		}
	}
	if len(live) != len(f) {
		t.Fatalf("step %d: %d live slots, want %d", c.steps, len(live), len(f))
	}
	var mass float64
	for _, k := range cnt {
		mass += k
	}
	tol := func(want float64) float64 { return 1e-9 * (1 + math.Abs(want) + mass) }
	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > tol(want) {
			t.Fatalf("step %d: %s = %.12g, want %.12g", c.steps, what, got, want)
		}
	}
	for _, a := range live {
		near(fmt.Sprintf("f[%d]", a), m.f[a], f[a])
		var d float64
		for _, b := range live {
			k := cnt[[2]int{a, b}]
			if m.cnt[a*n+b] != k {
				t.Fatalf("step %d: cnt[%d][%d] = %g, want %g", c.steps, a, b, m.cnt[a*n+b], k)
			}
			near(fmt.Sprintf("hc[%d][%d]", a, b), m.hc[a*n+b], hh(k))
			if b != a {
				d += k + cnt[[2]int{b, a}]
			}
		}
		near(fmt.Sprintf("d[%d]", a), m.d[a], d)
	}
	mi := mutualInfo(cnt, f)
	near("mi", m.mi, mi)
	near("mass", m.mass, mass)

	for i, v := range live {
		for _, w := range live[i+1:] {
			k := m.at(v, w)
			near(fmt.Sprintf("lp(%d,%d)", v, w), m.lp[k], math.Log(f[v]+f[w]))
			var gam float64
			for _, y := range live {
				if y != v && y != w {
					gam += hh(cnt[[2]int{v, y}]) + hh(cnt[[2]int{w, y}]) - hh(cnt[[2]int{v, y}]+cnt[[2]int{w, y}])
					gam += hh(cnt[[2]int{y, v}]) + hh(cnt[[2]int{y, w}]) - hh(cnt[[2]int{y, v}]+cnt[[2]int{y, w}])
				}
			}
			near(fmt.Sprintf("gam(%d,%d)", v, w), m.gam[k], gam)
			// Merge w into v and recompute.
			mc := map[[2]int]float64{}
			for ab, x := range cnt {
				if ab[0] == w {
					ab[0] = v
				}
				if ab[1] == w {
					ab[1] = v
				}
				mc[ab] += x
			}
			mf := map[int]float64{}
			for s, x := range f {
				if s == w {
					s = v
				}
				mf[s] += x
			}
			near(fmt.Sprintf("loss(%d,%d)", v, w), m.loss[k], mi-mutualInfo(mc, mf))
		}
	}
	// Pairs with a free slot must never be chosen.
	for v := range n {
		for w := v + 1; w < n; w++ {
			if (m.node[v] < 0 || m.node[w] < 0) && !math.IsInf(m.loss[v*n+w], 1) {
				t.Fatalf("step %d: loss(%d,%d) = %g with a free slot", c.steps, v, w, m.loss[v*n+w])
			}
		}
	}
}

// TestMergerInvariants runs the clustering on small random corpora and
// checks the whole incremental model after every step against the
// definitions.
func TestMergerInvariants(t *testing.T) {
	t.Parallel()
	tests := []struct {
		seed                uint64
		types, docs, maxLen int
		clusters, minCount  int
	}{
		{seed: 1, types: 12, docs: 30, maxLen: 12, clusters: 3, minCount: 1},
		{seed: 2, types: 20, docs: 60, maxLen: 15, clusters: 4, minCount: 2},
		{seed: 3, types: 30, docs: 80, maxLen: 20, clusters: 6, minCount: 1},
		{seed: 4, types: 8, docs: 10, maxLen: 6, clusters: 20, minCount: 1}, // fewer words than clusters
		{seed: 5, types: 25, docs: 40, maxLen: 30, clusters: 1, minCount: 1},
		{seed: 6, types: 40, docs: 200, maxLen: 25, clusters: 8, minCount: 3},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.seed), func(t *testing.T) {
			t.Parallel()
			c := randomCorpus(tt.seed, tt.types, tt.docs, tt.maxLen)
			voc := c.vocabulary(tt.minCount)
			ck := newChecker(t, voc)
			res, err := cluster(context.Background(), voc, Options{Clusters: tt.clusters, MinCount: tt.minCount}, ck.check)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Words) != len(voc.words) {
				t.Errorf("%d words in the result, want %d", len(res.Words), len(voc.words))
			}
			t.Logf("%d steps, %d words, mi %.4f bits", ck.steps, len(voc.words), res.MutualInfo)
			if ck.steps == 0 {
				t.Error("no step checked")
			}
		})
	}
}
