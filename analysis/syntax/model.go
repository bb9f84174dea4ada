package syntax

import "fmt"

// Model is a trained tagger, lemmatiser and parser. It is read-only and
// safe for concurrent use; each goroutine parses with its own [Parser].
type Model struct {
	lex     *lexicon
	tagger  *tagger
	parser  *parserModel
	lemmas  *lemmatizer
	classes []tagClass

	// The trained weights before averaging, when the model comes from
	// Train (not kept when it is written).
	// tagger, transitions, left labels, right labels.
	training []*trainLinear
}

// Pruned returns the model with the parser's averaged weights below th in
// magnitude dropped (the tagger's are kept: pruning them costs accuracy for
// little room). It needs a model fresh from [Train].
func (m *Model) Pruned(th float64) (*Model, error) {
	if m.training == nil {
		return nil, fmt.Errorf("prune: the model has no training weights")
	}
	out := *m
	pm := *m.parser
	out.parser = &pm
	var err error
	tag := &tagger{classes: m.classes}
	if tag.lin, err = newTrainedLinear(len(m.classes), m.training[0].average(0)); err != nil {
		return nil, err
	}
	out.tagger = tag
	if pm.trans, err = newTrainedHashed4(pm.trans.bits, m.training[1].average(th)); err != nil {
		return nil, err
	}
	for i := range pm.arcs {
		if pm.arcs[i], err = newTrainedLinear(len(pm.rels), m.training[2+i].average(th)); err != nil {
			return nil, err
		}
	}
	return &out, nil
}

// Stats describes the size of the model's tables.
func (m *Model) Stats() string {
	return fmt.Sprintf("tagger: %s; transitions: %s; left labels: %s; right labels: %s", m.tagger.lin.stats(),
		m.parser.trans.stats(), m.parser.arcs[0].stats(), m.parser.arcs[1].stats())
}

// parserModel is the trained parser.
type parserModel struct {
	rels      []Rel // label index → relation
	rootLabel int
	trans     *hashed4   // shift, reduce, left-arc, right-arc
	arcs      [2]*linear // labels of left arcs and of right arcs
	// The templates of the transition and label models (indices into
	// templateNames).
	transT, labelT []uint8
}

// step chooses and performs the next transition of st.
func (pm *parserModel) step(st *pstate, sc *scratch, tscores, lscores []float32) {
	if t, ok := st.forced(); ok {
		st.apply(t, pm.rootLabel)
		return
	}
	var all [numTemplates]uint64
	st.features(&all)
	sc.feats = pick(sc.feats[:0], &all, pm.transT)
	clear(tscores)
	sc.sink += pm.trans.score(sc.feats, tscores)
	t := bestTransition(st, tscores)
	label := -1
	var u uint32
	if t == trLeft || t == trRight {
		lin := pm.arcs[t-trLeft]
		sc.feats = pick(sc.feats[:0], &all, pm.labelT)
		clear(lscores)
		sc.found, u = lin.score(sc.feats, lscores, sc.found)
		sc.sink += u
		label = bestLabel(lscores[:lin.nclass], pm.rootLabel)
	}
	st.apply(t, label)
}

// bestTransition returns the allowed transition of highest score.
func bestTransition[F float32 | float64](st *pstate, scores []F) int {
	sh, re, la, ra := st.valid()
	ok := [numTrans]bool{sh, re, la, ra}
	best := -1
	for t, o := range ok {
		if o && (best < 0 || scores[t] > scores[best]) {
			best = t
		}
	}
	return best
}

// bestLabel returns the label of highest score other than the root.
func bestLabel[F float32 | float64](scores []F, root int) int {
	best := -1
	for l, s := range scores {
		if l != root && (best < 0 || s > scores[best]) {
			best = l
		}
	}
	return best
}

// pick appends the features of templates ts.
func pick(dst []uint64, all *[numTemplates]uint64, ts []uint8) []uint64 {
	for _, t := range ts {
		dst = append(dst, all[t])
	}
	return dst
}

// Parser tags and parses sentences with a [Model]. It holds the buffers of
// one sentence at a time: use one per goroutine.
type Parser struct {
	m       *Model
	ws      []atoms
	classes []int
	sc      scratch
	buf     []byte
	tscores []float32
	lscores []float32
	st      pstate
	forms   []string
}

// NewParser returns a parser of m.
func (m *Model) NewParser() *Parser {
	return &Parser{m: m}
}

// parseForms tags, lemmatises and parses words (their Form set) in place.
func (p *Parser) parseForms(words []Word) {
	n := len(words)
	if n == 0 {
		return
	}
	m := p.m
	p.forms = resize(p.forms, n)
	for i := range words {
		p.forms[i] = words[i].Form
	}
	p.ws = sentenceAtoms(p.ws, words, m.lex, &p.buf)
	p.classes = resize(p.classes, n)
	m.tagger.tag(p.ws, m.lex, p.forms, p.classes, &p.sc)
	for i := range words {
		c := m.classes[p.classes[i]]
		words[i].UPOS, words[i].XPOS = c.U, c.X
		words[i].Lemma = m.lemmas.lemma(words[i].Form, c)
	}
	heads, labels := p.parse()
	for i := range words {
		words[i].Head = int(heads[i])
		if words[i].Head == n {
			words[i].Head = -1
		}
		words[i].Rel = m.parser.rels[labels[i]-1]
	}
	fixRoots(words)
}

// parse runs the transitions over the tagged words of p and returns
// heads (n for the root) and label indices + 1.
func (p *Parser) parse() ([]int32, []uint8) {
	pm := p.m.parser
	st := &p.st
	n := len(p.forms)
	st.reset(n)
	for i := range n {
		st.setWord(i, &p.ws[i+pad], uint64(p.classes[i])+1)
	}
	p.tscores = resize(p.tscores, numTrans)
	p.lscores = resize(p.lscores, pm.arcs[0].stride)
	for !st.terminal() {
		pm.step(st, &p.sc, p.tscores, p.lscores)
	}
	return st.head[:n], st.label[:n]
}

// fixRoots leaves one root: the first word attached to the root that is
// not punctuation keeps it, the others become its parataxis (punct for
// punctuation).
func fixRoots(words []Word) {
	root := -1
	for i := range words {
		if words[i].Head == -1 && (root < 0 || words[root].UPOS == PUNCT && words[i].UPOS != PUNCT) {
			root = i
		}
	}
	if root < 0 {
		return
	}
	for i := range words {
		if words[i].Head != -1 {
			continue
		}
		if i == root {
			words[i].Rel = Root
			continue
		}
		words[i].Head = root
		words[i].Rel = Parataxis
		if words[i].UPOS == PUNCT {
			words[i].Rel = Punct
		}
	}
}
