package syntax

// The parser is a greedy arc-eager transition parser (Nivre 2003) with the
// root at the end of the buffer (Ballesteros & Nivre 2013), labelled
// transitions scored by an averaged perceptron over the rich non-local
// features of Zhang & Nivre (2011), trained with the dynamic oracle of
// Goldberg & Nivre (2012).

// Transitions. The parser first chooses a transition with one linear
// model; when it is an arc, a second model (one for left arcs, one for
// right arcs) chooses its label.
const (
	trShift  = 0
	trReduce = 1
	trLeft   = 2
	trRight  = 3
	numTrans = 4
)

// pstate is a parser configuration. Words are 0…n-1, the root is n and
// n+1 is "nobody": arrays have n+2 entries, so that a missing word needs no
// test.
type pstate struct {
	n     int32
	stack []int32
	on    []bool // on the stack
	b     int32  // front of the buffer (n: only the root is left)

	head          []int32 // n+1: none yet
	label         []uint8 // label index + 1 (0: no head yet)
	lc1, lc2      []int32 // leftmost and second leftmost child
	rc1, rc2      []int32 // rightmost and second rightmost child
	nleft, nright []uint8
	lset, rset    []uint64 // labels of left and right children (bit sets)
	w, p          []uint64 // word and tag atoms
	punct         []uint8  // 1: a comma; 2: punctuation
	c4, c6        []uint64 // cluster prefixes of 4 and 6 bits (else the tag)
}

func (st *pstate) reset(n int) {
	m := n + 2
	st.n = int32(n)
	st.stack = st.stack[:0]
	st.b = 0
	st.head = resize(st.head, m)
	st.lc1 = resize(st.lc1, m)
	st.lc2 = resize(st.lc2, m)
	st.rc1 = resize(st.rc1, m)
	st.rc2 = resize(st.rc2, m)
	nobody := int32(n + 1)
	for i := range m {
		st.head[i], st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = nobody, nobody, nobody, nobody, nobody
	}
	st.label = resize(st.label, m)
	st.on = resize(st.on, m)
	clear(st.on)
	st.nleft = resize(st.nleft, m)
	st.nright = resize(st.nright, m)
	st.lset = resize(st.lset, m)
	st.rset = resize(st.rset, m)
	clear(st.label)
	clear(st.nleft)
	clear(st.nright)
	clear(st.lset)
	clear(st.rset)
	st.w = resize(st.w, m)
	st.p = resize(st.p, m)
	st.c4 = resize(st.c4, m)
	st.punct = resize(st.punct, m)
	clear(st.punct)
	st.c6 = resize(st.c6, m)
	st.w[n], st.p[n], st.c4[n], st.c6[n] = rootAtom, rootAtom, rootAtom, rootAtom
	st.w[n+1], st.p[n+1], st.c4[n+1], st.c6[n+1] = none, none, none, none
}

const rootAtom = 0x2545F491

// setWord sets the atoms of word i: its form, tag class and clusters (the
// tag stands in for a word without a cluster).
func (st *pstate) setWord(i int, a *atoms, tag uint64) {
	st.w[i], st.p[i] = a.w, tag
	st.punct[i] = a.punct
	if a.clus[0] == 0 {
		st.c4[i], st.c6[i] = tag<<32, tag<<32
		return
	}
	st.c4[i], st.c6[i] = a.clus[0], a.clus[1]
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (st *pstate) nobody() int32 { return st.n + 1 }

func (st *pstate) top() int32 {
	if len(st.stack) == 0 {
		return st.n + 1
	}
	return st.stack[len(st.stack)-1]
}

func (st *pstate) terminal() bool { return st.b == st.n && len(st.stack) == 0 }

// forced returns the transition of a configuration that allows only one:
// with the stack empty, shift; with only the root left in the buffer, a
// word without a head goes to the root (a left arc with the root label)
// and one with a head is reduced.
func (st *pstate) forced() (int, bool) {
	switch {
	case len(st.stack) == 0:
		return trShift, true
	case st.b == st.n:
		if st.head[st.top()] == st.nobody() {
			return trLeft, true
		}
		return trReduce, true
	}
	return 0, false
}

// valid reports which of shift, reduce, left-arc and right-arc are
// allowed.
func (st *pstate) valid() (sh, re, la, ra bool) {
	hasStack := len(st.stack) > 0
	sh = st.b < st.n
	ra = hasStack && st.b < st.n
	if hasStack {
		s := st.top()
		headed := st.head[s] != st.nobody()
		re = headed
		la = !headed
	}
	return
}

func (st *pstate) arc(h, d int32, lb int) {
	st.head[d] = h
	st.label[d] = uint8(lb + 1)
	if d < h {
		if d < st.lc1[h] || st.lc1[h] == st.nobody() {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if d < st.lc2[h] || st.lc2[h] == st.nobody() {
			st.lc2[h] = d
		}
		st.nleft[h]++
		st.lset[h] |= 1 << (lb & 63)
	} else {
		if d > st.rc1[h] || st.rc1[h] == st.nobody() {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if d > st.rc2[h] || st.rc2[h] == st.nobody() {
			st.rc2[h] = d
		}
		st.nright[h]++
		st.rset[h] |= 1 << (lb & 63)
	}
}

func (st *pstate) push() {
	st.on[st.b] = true
	st.stack = append(st.stack, st.b)
	st.b++
}

func (st *pstate) pop() int32 {
	s := st.stack[len(st.stack)-1]
	st.stack = st.stack[:len(st.stack)-1]
	st.on[s] = false
	return s
}

// costs returns, for each transition, the number of gold arcs it makes
// unreachable (Goldberg & Nivre 2012), or -1 when it is not allowed. gh
// are the gold heads (n for the root).
func (st *pstate) costs(gh []int32) [numTrans]int {
	sh, re, la, ra := st.valid()
	n, b, s := st.n, st.b, st.top()
	nb := st.nobody()
	out := [numTrans]int{-1, -1, -1, -1}
	if sh {
		c := 0
		for _, k := range st.stack {
			if gh[k] == b && st.head[k] == nb {
				c++
			}
		}
		if gh[b] <= n && st.on[gh[b]] {
			c++
		}
		out[trShift] = c
	}
	if re || la {
		deps := 0
		for k := b; k < n; k++ {
			if gh[k] == s {
				deps++
			}
		}
		if re {
			out[trReduce] = deps
		}
		if la {
			out[trLeft] = deps
			if gh[s] != b && gh[s] >= b {
				out[trLeft]++
			}
		}
	}
	if ra {
		c := 0
		if gh[b] != s && (gh[b] > b || st.on[gh[b]]) {
			c++
		}
		for _, k := range st.stack {
			if gh[k] == b && st.head[k] == nb {
				c++
			}
		}
		out[trRight] = c
	}
	return out
}

// arcOf returns the head and dependent of arc transition t.
func (st *pstate) arcOf(t int) (h, d int32) {
	if t == trLeft {
		return st.b, st.top()
	}
	return st.top(), st.b
}

// apply performs transition t; label is the label index of an arc.
func (st *pstate) apply(t, label int) {
	switch t {
	case trShift:
		st.push()
	case trReduce:
		st.pop()
	case trLeft:
		st.arc(st.b, st.pop(), label)
	default:
		st.arc(st.top(), st.b, label)
		st.push()
	}
}

// The parser's feature templates: those of Zhang & Nivre (2011, table 1),
// Brown-cluster templates, and more about the two words an arc would join.
// S0 is the top of the stack, N0…N2 the front of the buffer; h is a head,
// l and r the leftmost and rightmost children (l2, r2 the second), w the
// word, p the tag class, c4 and c6 cluster prefixes (the tag for a word
// without a cluster), d the distance of S0 and N0, vl and vr the number of
// left and right children, sl and sr their label sets, and l after a word
// its label.
var templateNames = [...]string{
	"bias",
	"S0wp", "S0w", "S0p", "N0wp", "N0w", "N0p", "N1wp", "N1w", "N1p", "N2wp", "N2w", "N2p",
	"S0wpN0wp", "S0wpN0w", "S0wN0wp", "S0wpN0p", "S0pN0wp", "S0wN0w", "S0pN0p", "N0pN1p",
	"N0pN1pN2p", "S0pN0pN1p", "S0hpS0pN0p", "S0pS0lpN0p", "S0pS0rpN0p", "S0pN0pN0lp",
	"S0wd", "S0pd", "N0wd", "N0pd", "S0wN0wd", "S0pN0pd",
	"S0wvr", "S0pvr", "S0wvl", "S0pvl", "N0wvl", "N0pvl",
	"S0hw", "S0hp", "S0l", "S0lw", "S0lp", "S0ll", "S0rw", "S0rp", "S0rl", "N0lw", "N0lp", "N0ll",
	"S0h2w", "S0h2p", "S0hl", "S0l2w", "S0l2p", "S0l2l", "S0r2w", "S0r2p", "S0r2l",
	"N0l2w", "N0l2p", "N0l2l", "S0pS0lpS0l2p", "S0pS0rpS0r2p", "S0pS0hpS0h2p", "N0pN0lpN0l2p",
	"S0wsr", "S0psr", "S0wsl", "S0psl", "N0wsl", "N0psl",
	"S0c6", "N0c6", "N1c6", "S0c4N0c4", "S0c6N0p", "S0pN0c6", "S0c4N0c4N1p", "S0hc4S0c4N0p",
	"S0c6N0c6", "S0wN0p", "S0pN0w", "S0lN0p", "S0rlN0p", "N0llS0p", "N0m1pS0pN0p",
	"S0wN0pd", "S0pN0wd", "N0pN0slS0p", "S0pS0srN0p", "S0pvrN0p", "N0pvlS0p", "N1pS0pN0p",
	"S1w", "S1p", "S1pS0p", "S1pS0pN0p", "S0pN0pcommas", "N0m1pN0p", "N0m1wN0p", "N3p", "S0pN0ppunct",
	"N0lwS0p", "S0wN0lw", "N0lwN0p", "S0rwS0p",
}

// numTemplates is the number of parser feature templates.
const numTemplates = len(templateNames)

// lexical reports whether template t has a word or cluster among its
// atoms (its features are many and each has few weights).
func lexical(t int) bool {
	name := templateNames[t]
	for i := 0; i+1 < len(name); i++ {
		if name[i] >= '0' && name[i] <= '9' && (name[i+1] == 'w' || name[i+1] == 'c') {
			return true
		}
		if name[i] >= 'a' && name[i] <= 'z' && name[i+1] == 'w' {
			return true // S0hw, S0lw …
		}
	}
	return false
}

// features sets the hash of every template's feature.
func (st *pstate) features(f *[numTemplates]uint64) {
	nb := st.nobody()
	s0 := st.top()
	n0 := st.b
	n1, n2 := n0+1, n0+2
	if n1 > st.n {
		n1 = nb
	}
	if n2 > st.n {
		n2 = nb
	}
	m1 := n0 - 1
	if m1 < 0 {
		m1 = nb
	}
	n3 := n0 + 3
	if n3 > st.n {
		n3 = nb
	}
	s1 := nb
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	// Between S0 and N0: commas (up to 3), and whether any punctuation.
	var commas, punct uint64
	if s0 != nb {
		for k := s0 + 1; k < n0; k++ {
			if st.punct[k]&1 != 0 {
				commas++
			}
			punct |= uint64(st.punct[k]>>1) & 1
		}
		commas = min(commas, 3)
	}
	w, p, c4, c6 := st.w, st.p, st.c4, st.c6
	s0h := st.head[s0]
	s0h2 := st.head[s0h]
	s0l, s0l2, s0r, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	n0l, n0l2 := st.lc1[n0], st.lc2[n0]
	lab := func(i int32) uint64 { return uint64(st.label[i]) }
	var d uint64
	if s0 != nb {
		d = uint64(min(n0-s0, 10))
		if n0 == st.n {
			d = 99
		}
	}
	vr, vl, nvl := uint64(st.nright[s0]), uint64(st.nleft[s0]), uint64(st.nleft[n0])
	S0w, S0p, N0w, N0p := w[s0], p[s0], w[n0], p[n0]
	S0wp := f2(0, S0w, S0p)
	*f = [numTemplates]uint64{
		f1(0, 0),
		f1(1, S0wp), f2(2, 0, S0w), f2(3, 0, S0p), f2(4, N0w, N0p), f2(5, 0, N0w), f2(6, 0, N0p),
		f2(7, w[n1], p[n1]), f2(8, 0, w[n1]), f2(9, 0, p[n1]), f2(10, w[n2], p[n2]), f2(11, 0, w[n2]), f2(12, 0, p[n2]),

		f3(13, S0wp, N0w, N0p), f2(14, S0wp, N0w), f3(15, S0w, N0w, N0p), f2(16, S0wp, N0p),
		f3(17, S0p, N0w, N0p), f2(18, S0w, N0w), f2(19, S0p, N0p), f2(20, N0p, p[n1]),

		f3(21, N0p, p[n1], p[n2]), f3(22, S0p, N0p, p[n1]), f3(23, p[s0h], S0p, N0p),
		f3(24, S0p, p[s0l], N0p), f3(25, S0p, p[s0r], N0p), f3(26, S0p, N0p, p[n0l]),

		f2(27, S0w, d), f2(28, S0p, d), f2(29, N0w, d), f2(30, N0p, d), f3(31, S0w, N0w, d), f3(32, S0p, N0p, d),

		f2(33, S0w, vr), f2(34, S0p, vr), f2(35, S0w, vl), f2(36, S0p, vl), f2(37, N0w, nvl), f2(38, N0p, nvl),

		f2(39, 0, w[s0h]), f2(40, 0, p[s0h]), f2(41, 0, lab(s0)), f2(42, 0, w[s0l]), f2(43, 0, p[s0l]),
		f2(44, 0, lab(s0l)), f2(45, 0, w[s0r]), f2(46, 0, p[s0r]), f2(47, 0, lab(s0r)), f2(48, 0, w[n0l]),
		f2(49, 0, p[n0l]), f2(50, 0, lab(n0l)),

		f2(51, 0, w[s0h2]), f2(52, 0, p[s0h2]), f2(53, 0, lab(s0h)), f2(54, 0, w[s0l2]), f2(55, 0, p[s0l2]),
		f2(56, 0, lab(s0l2)), f2(57, 0, w[s0r2]), f2(58, 0, p[s0r2]), f2(59, 0, lab(s0r2)), f2(60, 0, w[n0l2]),
		f2(61, 0, p[n0l2]), f2(62, 0, lab(n0l2)), f3(63, S0p, p[s0l], p[s0l2]), f3(64, S0p, p[s0r], p[s0r2]),
		f3(65, S0p, p[s0h], p[s0h2]), f3(66, N0p, p[n0l], p[n0l2]),

		f2(67, S0w, st.rset[s0]), f2(68, S0p, st.rset[s0]), f2(69, S0w, st.lset[s0]), f2(70, S0p, st.lset[s0]),
		f2(71, N0w, st.lset[n0]), f2(72, N0p, st.lset[n0]),

		f2(73, 0, c6[s0]), f2(74, 0, c6[n0]), f2(75, 0, c6[n1]), f2(76, c4[s0], c4[n0]), f2(77, c6[s0], N0p),
		f2(78, S0p, c6[n0]), f3(79, c4[s0], c4[n0], p[n1]), f3(80, c4[s0h], c4[s0], N0p),

		f2(81, c6[s0], c6[n0]), f2(82, S0w, N0p), f2(83, S0p, N0w), f2(84, lab(s0), N0p),
		f2(85, lab(s0r), N0p), f2(86, lab(n0l), S0p), f3(87, p[m1], S0p, N0p),
		f3(88, S0w, N0p, d), f3(89, S0p, N0w, d), f3(90, N0p, st.lset[n0], S0p), f3(91, S0p, st.rset[s0], N0p),
		f3(92, S0p, vr, N0p), f3(93, N0p, nvl, S0p), f3(94, p[n1], S0p, N0p),
		f2(95, 0, w[s1]), f2(96, 0, p[s1]), f2(97, p[s1], S0p), f3(98, p[s1], S0p, N0p),
		f3(99, S0p, N0p, commas), f2(100, p[m1], N0p), f2(101, w[m1], N0p), f2(102, 0, p[n3]),
		f3(103, S0p, N0p, punct),
		f2(104, w[n0l], S0p), f2(105, S0w, w[n0l]), f2(106, w[n0l], N0p), f2(107, w[s0r], S0p),
	}
}
