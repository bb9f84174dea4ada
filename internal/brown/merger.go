package brown

import "math"

// merger holds the class bigram model of the clusters in the window and
// the loss of average mutual information of every possible merge.
//
// Everything is kept in counts rather than probabilities: with p(a,b) =
// c(a,b)/B and P(a) = f(a)/T, the mutual information is 1/B times
// Σ c(a,b)·(ln c(a,b) − ln f(a) − ln f(b)) plus a constant times the total
// bigram count, which no merge changes; so losses in count units rank the
// merges the same, and counts add up exactly.
//
// Clusters live in slots 0..n-1. With h(c) = c·ln c and g(a,b) = h(a) +
// h(b) − h(a+b) (0 when a or b is 0), the loss of merging the clusters v
// and w into m is
//
//	L(v,w) = Γ(v,w) + (ℓm−ℓv)·(D(v)−c(v,w)−c(w,v)) + (ℓm−ℓw)·(D(w)−c(v,w)−c(w,v)) + S(v,w)
//
// where ℓ = ln f, D(v) = Σ_{y≠v} c(v,y)+c(y,v) is the bigram mass between
// v and the other clusters, S(v,w) the change of the terms among v, w and
// m themselves, and
//
//	Γ(v,w) = Σ_{y∉{v,w}} g(c(v,y), c(w,y)) + g(c(y,v), c(y,w))
//
// the only part that is not a function of per-cluster sums. g vanishes
// unless both arguments are positive, so when a cluster enters or two merge
// only the pairs that share neighbours with it need their Γ and L
// changed, which for the rare words of the long tail is few.
type merger struct {
	n    int       // number of slots
	cnt  []float64 // cnt[a*n+b]: bigram count of cluster a followed by b
	hc   []float64 // h(cnt)
	gam  []float64 // gam[v*n+w], v < w: Γ(v,w)
	loss []float64 // loss[v*n+w], v < w: L(v,w); +Inf unless both slots live
	lp   []float64 // lp[v*n+w], v < w: ln(f(v)+f(w))
	f    []float64 // cluster counts
	lf   []float64 // ln f
	d    []float64 // D(v)
	node []int32   // tree node of the cluster in the slot; -1 when the slot is free

	mi   float64 // Σ q over the clusters in the window (count units, without the constant)
	mass float64 // total bigram count among the clusters in the window

	lnTab []float64 // ln k for small integers k

	// scratch
	in             []bool
	nb, rl, ll     []int
	r, l, hr, hl   []float64
	colB, colO     []float64
	hcolB, hcolO   []float64
	newGam, deltaX []float64
}

// lnTabSize is the number of small integers whose logarithm is tabulated.
const lnTabSize = 1 << 16

func newMerger(n int) *merger {
	m := &merger{
		n:      n,
		cnt:    make([]float64, n*n),
		hc:     make([]float64, n*n),
		gam:    make([]float64, n*n),
		loss:   make([]float64, n*n),
		lp:     make([]float64, n*n),
		f:      make([]float64, n),
		lf:     make([]float64, n),
		d:      make([]float64, n),
		node:   make([]int32, n),
		lnTab:  make([]float64, lnTabSize),
		in:     make([]bool, n),
		r:      make([]float64, n),
		l:      make([]float64, n),
		hr:     make([]float64, n),
		hl:     make([]float64, n),
		colB:   make([]float64, n),
		colO:   make([]float64, n),
		hcolB:  make([]float64, n),
		hcolO:  make([]float64, n),
		newGam: make([]float64, n),
		deltaX: make([]float64, n),
	}
	for i := range m.loss {
		m.loss[i] = math.Inf(1)
	}
	for i := range m.node {
		m.node[i] = -1
	}
	for k := 1; k < lnTabSize; k++ {
		m.lnTab[k] = math.Log(float64(k))
	}
	return m
}

// ln returns ln c for a positive integer c.
func (m *merger) ln(c float64) float64 {
	if c < lnTabSize {
		return m.lnTab[int(c)]
	}
	return math.Log(c)
}

// h returns c·ln c for a count c (0 for 0).
func (m *merger) h(c float64) float64 {
	if c < lnTabSize {
		return c * m.lnTab[int(c)]
	}
	return c * math.Log(c)
}

// hsum returns h(a+b) given ha = h(a) and hb = h(b).
func (m *merger) hsum(a, ha, b, hb float64) float64 {
	switch {
	case a == 0:
		return hb
	case b == 0:
		return ha
	}
	return m.h(a + b)
}

// g returns h(a)+h(b)−h(a+b) given ha = h(a) and hb = h(b).
func (m *merger) g(a, ha, b, hb float64) float64 {
	if a == 0 || b == 0 {
		return 0
	}
	return ha + hb - m.h(a+b)
}

// phi returns the change of g(x1+x2, y1+y2) − g(x1,y1) − g(x2,y2): the
// change of one term of Γ(v,w) when the neighbours y1 and y2 of v (x1, x2)
// and w (y1, y2) merge. hx12 is h(x1+x2), hy12 is h(y1+y2).
func (m *merger) phi(x1, hx1, x2, hx2, hx12, y1, hy1, y2, hy2, hy12 float64) float64 {
	if x1 == 0 && x2 == 0 || y1 == 0 && y2 == 0 || x1 == 0 && y1 == 0 || x2 == 0 && y2 == 0 {
		return 0
	}
	return hx12 + hy12 - m.h(x1+x2+y1+y2) -
		hx1 - hy1 + m.hsum(x1, hx1, y1, hy1) -
		hx2 - hy2 + m.hsum(x2, hx2, y2, hy2)
}

// at returns the index of the unordered pair of slots v ≠ w.
func (m *merger) at(v, w int) int {
	if v > w {
		v, w = w, v
	}
	return v*m.n + w
}

// pairLoss returns L(v,w) given gam = Γ(v,w) and lpm = ln(f(v)+f(w)).
func (m *merger) pairLoss(v, w int, gam, lpm float64) float64 {
	n := m.n
	cvw, cwv := m.cnt[v*n+w], m.cnt[w*n+v]
	cvv, cww := m.cnt[v*n+v], m.cnt[w*n+w]
	lv, lw := m.lf[v], m.lf[w]
	cross := cvw + cwv
	l := gam + (lpm-lv)*(m.d[v]-cross) + (lpm-lw)*(m.d[w]-cross)
	l += m.hc[v*n+v] - 2*cvv*lv + m.hc[w*n+w] - 2*cww*lw +
		m.hc[v*n+w] + m.hc[w*n+v] - cross*(lv+lw)
	cmm := cvv + cross + cww
	return l - (m.h(cmm) - 2*cmm*lpm)
}

// incorporate puts a new cluster into the free slot x: the word of tree
// node id with count f, whose bigram counts with the clusters in the
// window (itself included) have been added to the row and column x of cnt
// by the caller.
func (m *merger) incorporate(x int, id int32, f float64) {
	n := m.n
	m.node[x] = id
	m.f[x], m.lf[x] = f, m.ln(f)
	cnt, hc := m.cnt, m.hc

	// Counts, h and D.
	m.nb, m.rl, m.ll = m.nb[:0], m.rl[:0], m.ll[:0]
	dx := m.deltaX
	hc[x*n+x] = m.h(cnt[x*n+x])
	q := hc[x*n+x] - 2*cnt[x*n+x]*m.lf[x]
	m.mass += cnt[x*n+x]
	for y := range n {
		dx[y] = 0
		if y == x || m.node[y] < 0 {
			continue
		}
		cxy, cyx := cnt[x*n+y], cnt[y*n+x]
		hc[x*n+y], hc[y*n+x] = m.h(cxy), m.h(cyx)
		q += hc[x*n+y] + hc[y*n+x] - (cxy+cyx)*(m.lf[x]+m.lf[y])
		m.mass += cxy + cyx
		dx[y] = cxy + cyx
		m.d[y] += dx[y]
		if dx[y] > 0 {
			m.nb = append(m.nb, y)
			m.in[y] = true
		}
		if cxy > 0 {
			m.rl = append(m.rl, y)
		}
		if cyx > 0 {
			m.ll = append(m.ll, y)
		}
	}
	m.d[x] = 0
	for _, y := range m.nb {
		m.d[x] += dx[y]
	}
	m.mi += q

	// Pairs of old clusters one of which is next to x: D grows, and Γ
	// gains g terms when both are.
	for _, v := range m.nb {
		cvx, cxv := cnt[v*n+x], cnt[x*n+v]
		hvx, hxv := hc[v*n+x], hc[x*n+v]
		for w := range n {
			if w == x || w == v || m.node[w] < 0 || m.in[w] && w < v {
				continue
			}
			k := m.at(v, w)
			dl := (m.lp[k]-m.lf[v])*dx[v] + (m.lp[k]-m.lf[w])*dx[w]
			if m.in[w] {
				dg := m.g(cvx, hvx, cnt[w*n+x], hc[w*n+x]) + m.g(cxv, hxv, cnt[x*n+w], hc[x*n+w])
				m.gam[k] += dg
				dl += dg
			}
			m.loss[k] += dl
		}
	}
	for _, y := range m.nb {
		m.in[y] = false
	}

	// The pairs of x with the old clusters.
	for v := range n {
		if v == x || m.node[v] < 0 {
			continue
		}
		var gam float64
		for _, y := range m.rl {
			if y != v {
				gam += m.g(cnt[v*n+y], hc[v*n+y], cnt[x*n+y], hc[x*n+y])
			}
		}
		for _, y := range m.ll {
			if y != v {
				gam += m.g(cnt[y*n+v], hc[y*n+v], cnt[y*n+x], hc[y*n+x])
			}
		}
		k := m.at(v, x)
		m.gam[k] = gam
		m.lp[k] = math.Log(m.f[v] + m.f[x])
		m.loss[k] = m.pairLoss(v, x, gam, m.lp[k])
	}
}

// best returns the pair of live slots s < t whose merge loses the least,
// the first in slot order among equals, or -1, -1 when there is no pair.
func (m *merger) best() (int, int) {
	n := m.n
	lowest, bs, bt := math.Inf(1), -1, -1
	for v := range n {
		if m.node[v] < 0 {
			continue
		}
		for j, l := range m.loss[v*n+v+1 : v*n+n] {
			if l < lowest {
				lowest, bs, bt = l, v, v+1+j
			}
		}
	}
	return bs, bt
}

// degree returns the number of clusters next to the one in slot s.
func (m *merger) degree(s int) int {
	n, k := m.n, 0
	for y := range n {
		if y != s && m.node[y] >= 0 && (m.cnt[s*n+y] > 0 || m.cnt[y*n+s] > 0) {
			k++
		}
	}
	return k
}

// merge merges the clusters in slots s and t into a cluster of tree node
// id, which takes the slot of the one with more neighbours; it returns
// that slot and the other, now free.
func (m *merger) merge(s, t int, id int32) (kept, freed int) {
	n := m.n
	cnt, hc := m.cnt, m.hc
	m.mi -= m.loss[m.at(s, t)]

	// b stays (and takes the merged cluster u), o goes; o should be the
	// one with fewer neighbours, as the work below grows with their
	// number.
	b, o := s, t
	if m.degree(t) > m.degree(s) {
		b, o = t, s
	}

	// The counts of u, the columns of b and o, and the neighbours of o.
	r, l, hr, hl := m.r, m.l, m.hr, m.hl
	m.nb, m.rl, m.ll = m.nb[:0], m.rl[:0], m.ll[:0]
	var du float64
	for y := range n {
		r[y], l[y], hr[y], hl[y] = 0, 0, 0, 0
		m.colB[y], m.colO[y], m.hcolB[y], m.hcolO[y] = 0, 0, 0, 0
		if y == b || y == o || m.node[y] < 0 {
			continue
		}
		rb, ro := cnt[b*n+y], cnt[o*n+y]
		lb, lo := cnt[y*n+b], cnt[y*n+o]
		r[y], hr[y] = rb+ro, m.hsum(rb, hc[b*n+y], ro, hc[o*n+y])
		l[y], hl[y] = lb+lo, m.hsum(lb, hc[y*n+b], lo, hc[y*n+o])
		m.colB[y], m.colO[y], m.hcolB[y], m.hcolO[y] = lb, lo, hc[y*n+b], hc[y*n+o]
		du += r[y] + l[y]
		if ro > 0 || lo > 0 {
			m.nb = append(m.nb, y)
			m.in[y] = true
		}
		if ro > 0 {
			m.rl = append(m.rl, y)
		}
		if lo > 0 {
			m.ll = append(m.ll, y)
		}
	}
	cuu := cnt[b*n+b] + cnt[b*n+o] + cnt[o*n+b] + cnt[o*n+o]

	// Pairs v, w of other clusters, v next to o: the terms of Γ(v,w) for
	// y = b and y = o become one for y = u. (When neither is next to o,
	// the terms for y = b and y = u are equal.)
	rowB, rowO := cnt[b*n:b*n+n], cnt[o*n:o*n+n]
	hrowB, hrowO := hc[b*n:b*n+n], hc[o*n:o*n+n]
	colB, colO, hcolB, hcolO := m.colB, m.colO, m.hcolB, m.hcolO
	for _, v := range m.nb {
		for w := range n {
			if w == b || w == o || w == v || m.node[w] < 0 || m.in[w] && w < v {
				continue
			}
			dg := m.phi(colB[v], hcolB[v], colO[v], hcolO[v], hl[v], colB[w], hcolB[w], colO[w], hcolO[w], hl[w]) +
				m.phi(rowB[v], hrowB[v], rowO[v], hrowO[v], hr[v], rowB[w], hrowB[w], rowO[w], hrowO[w], hr[w])
			if dg != 0 {
				k := m.at(v, w)
				m.gam[k] += dg
				m.loss[k] += dg
			}
		}
	}
	for _, y := range m.nb {
		m.in[y] = false
	}

	// Γ(v,u) from Γ(v,b): drop the term for y = o, and change the terms
	// for the neighbours y of o from g(c(v,y), c(b,y)) to g(c(v,y),
	// c(u,y)).
	newGam := m.newGam
	for v := range n {
		if v == b || v == o || m.node[v] < 0 {
			continue
		}
		gam := m.gam[m.at(v, b)] -
			m.g(colO[v], hcolO[v], cnt[b*n+o], hc[b*n+o]) -
			m.g(rowO[v], hrowO[v], cnt[o*n+b], hc[o*n+b])
		for _, y := range m.rl {
			if cvy := cnt[v*n+y]; cvy > 0 && y != v {
				gam += hr[y] - hrowB[y] - m.h(cvy+r[y]) + m.hsum(cvy, hc[v*n+y], rowB[y], hrowB[y])
			}
		}
		for _, y := range m.ll {
			if cyv := cnt[y*n+v]; cyv > 0 && y != v {
				gam += hl[y] - hcolB[y] - m.h(cyv+l[y]) + m.hsum(cyv, hc[y*n+v], colB[y], hcolB[y])
			}
		}
		newGam[v] = gam
	}

	// Put u in slot b, free slot o.
	for y := range n {
		if y == b || y == o || m.node[y] < 0 {
			continue
		}
		cnt[b*n+y], hc[b*n+y] = r[y], hr[y]
		cnt[y*n+b], hc[y*n+b] = l[y], hl[y]
	}
	cnt[b*n+b], hc[b*n+b] = cuu, m.h(cuu)
	m.f[b] += m.f[o]
	m.lf[b] = m.ln(m.f[b])
	m.d[b] = du
	m.node[b] = id
	m.node[o] = -1
	m.f[o], m.lf[o], m.d[o] = 0, 0, 0
	for y := range n {
		cnt[o*n+y], cnt[y*n+o], hc[o*n+y], hc[y*n+o] = 0, 0, 0, 0
		if y != o {
			k := m.at(o, y)
			m.gam[k], m.lp[k], m.loss[k] = 0, 0, math.Inf(1)
		}
	}
	for v := range n {
		if v == b || m.node[v] < 0 {
			continue
		}
		k := m.at(v, b)
		m.gam[k] = newGam[v]
		m.lp[k] = math.Log(m.f[v] + m.f[b])
		m.loss[k] = m.pairLoss(v, b, newGam[v], m.lp[k])
	}
	return b, o
}
