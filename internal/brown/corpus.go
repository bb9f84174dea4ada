package brown

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Corpus collects the words of documents for [Cluster]: every word type
// with its count, and the sequence of words of each document, from which
// the bigrams are counted. Bigrams do not cross documents.
//
// The zero Corpus is empty and ready to use.
type Corpus struct {
	index  map[string]int32 // word → id (order of first occurrence)
	words  []string         // id → word
	counts []int64          // id → count
	seq    []int32          // word ids; -1 ends a document
	tokens int64
	docs   int
}

// Add adds a document given as its words (see [Words]).
func (c *Corpus) Add(doc []string) {
	if len(doc) == 0 {
		return
	}
	if c.index == nil {
		c.index = make(map[string]int32)
	}
	for _, w := range doc {
		id, ok := c.index[w]
		if !ok {
			id = int32(len(c.words))
			w = strings.Clone(w)
			c.index[w] = id
			c.words = append(c.words, w)
			c.counts = append(c.counts, 0)
		}
		c.counts[id]++
		c.seq = append(c.seq, id)
	}
	c.seq = append(c.seq, -1)
	c.tokens += int64(len(doc))
	c.docs++
}

// Tokens returns the number of words added.
func (c *Corpus) Tokens() int64 { return c.tokens }

// Types returns the number of distinct words added.
func (c *Corpus) Types() int { return len(c.words) }

// Documents returns the number of documents added that had words.
func (c *Corpus) Documents() int { return c.docs }

// vocabulary holds the words that are clustered, in order of decreasing
// count (ties in byte order of the word), and their bigrams.
type vocabulary struct {
	words  []string
	counts []int64
	// right[r] lists the words that follow word r, with counts, in
	// increasing order of rank; left[r] the words that precede it.
	right, left adjacency
	tokens      int64 // words of the corpus, clustered or not (T)
	bigrams     int64 // bigrams of the corpus, clustered or not (B)
}

// bits converts the mutual information mi of the class bigram model, in
// count units (see merger), with mass the bigram count among the clustered
// words, to bits, with p(a,b) = c(a,b)/B and P(a) = f(a)/T.
func (v *vocabulary) bits(mi, mass float64) float64 {
	if v.bigrams == 0 {
		return 0
	}
	b := float64(v.bigrams)
	return (mi + mass*(2*math.Log(float64(v.tokens))-math.Log(b))) / b / math.Ln2
}

// adjacency is a sparse matrix in compressed rows: the entries of row r are
// nbr[start[r]:start[r+1]] with counts cnt[start[r]:start[r+1]].
type adjacency struct {
	start []int64
	nbr   []int32
	cnt   []int32
}

// row returns the neighbours and counts of row r.
func (a *adjacency) row(r int) ([]int32, []int32) {
	i, j := a.start[r], a.start[r+1]
	return a.nbr[i:j], a.cnt[i:j]
}

// vocabulary returns the words that occur at least minCount times, ranked,
// with the bigrams between them.
func (c *Corpus) vocabulary(minCount int) *vocabulary {
	var ids []int32
	for id, n := range c.counts {
		if n >= int64(minCount) {
			ids = append(ids, int32(id))
		}
	}
	slices.SortFunc(ids, func(a, b int32) int {
		if n := cmp.Compare(c.counts[b], c.counts[a]); n != 0 {
			return n
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	v := &vocabulary{
		words:   make([]string, len(ids)),
		counts:  make([]int64, len(ids)),
		tokens:  c.tokens,
		bigrams: c.tokens - int64(c.docs),
	}
	rank := make([]int32, len(c.words))
	for i := range rank {
		rank[i] = -1
	}
	for r, id := range ids {
		rank[id] = int32(r)
		v.words[r] = c.words[id]
		v.counts[r] = c.counts[id]
	}

	// Right neighbours: bucket the bigram tokens by their first word, then
	// sort and count each bucket.
	n := len(ids)
	start := make([]int64, n+1)
	eachBigram(c.seq, rank, func(a, b int32) { start[a+1]++ })
	for r := range n {
		start[r+1] += start[r]
	}
	next := slices.Clone(start[:n])
	tokens := make([]int32, start[n])
	eachBigram(c.seq, rank, func(a, b int32) {
		tokens[next[a]] = b
		next[a]++
	})
	v.right = compress(start, tokens)

	// Left neighbours: the transpose, built in increasing order of the
	// first word so that each row comes out sorted.
	lstart := make([]int64, n+1)
	for _, b := range v.right.nbr {
		lstart[b+1]++
	}
	for r := range n {
		lstart[r+1] += lstart[r]
	}
	lnext := slices.Clone(lstart[:n])
	v.left = adjacency{start: lstart, nbr: make([]int32, len(v.right.nbr)), cnt: make([]int32, len(v.right.nbr))}
	for a := range n {
		nbr, cnt := v.right.row(a)
		for i, b := range nbr {
			v.left.nbr[lnext[b]] = int32(a)
			v.left.cnt[lnext[b]] = cnt[i]
			lnext[b]++
		}
	}
	return v
}

// eachBigram calls f with the ranks of each pair of adjacent words of a
// document that both have a rank.
func eachBigram(seq, rank []int32, f func(a, b int32)) {
	prev := int32(-1)
	for _, id := range seq {
		cur := int32(-1)
		if id >= 0 {
			cur = rank[id]
		}
		if prev >= 0 && cur >= 0 {
			f(prev, cur)
		}
		prev = cur
	}
}

// compress sorts each row of the bucketed tokens and turns it into
// distinct neighbours with counts.
func compress(start []int64, tokens []int32) adjacency {
	n := len(start) - 1
	a := adjacency{start: make([]int64, n+1)}
	out := int64(0)
	for r := range n {
		row := tokens[start[r]:start[r+1]]
		slices.Sort(row)
		for i := 0; i < len(row); {
			j := i + 1
			for j < len(row) && row[j] == row[i] {
				j++
			}
			tokens[out] = row[i]
			a.cnt = append(a.cnt, int32(j-i))
			out++
			i = j
		}
		a.start[r+1] = out
	}
	a.nbr = slices.Clip(tokens[:out])
	return a
}
