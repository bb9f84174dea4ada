package syntax

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
)

// TrainOptions configure [Train].
type TrainOptions struct {
	// Clusters maps normalised words (lower case, digits as 0) to Brown
	// cluster bit strings ("0110…"); nil for none.
	Clusters map[string]string
	// TaggerEpochs and ParserEpochs are the passes over the treebank.
	TaggerEpochs, ParserEpochs int
	// Folds is the number of jackknife folds that give the parser
	// predicted tags to train on (0 or 1: gold tags).
	Folds int
	// Explore is the first parser epoch (0-based) from which the parser
	// follows its own prediction with probability ExploreP (the dynamic
	// oracle); before it, it follows the best correct transition.
	Explore  int
	ExploreP float64
	// Prune drops averaged weights smaller than this in magnitude.
	Prune float64
	// TransTemplates and LabelTemplates are the templates (indices into
	// the parser's list) of the transition and label models; nil for all.
	TransTemplates, LabelTemplates []uint8
	// TransBits is log2 of the size of the transition model's table.
	TransBits uint
	// Seed seeds the shuffling and exploration.
	Seed uint64
	// Log receives progress lines; nil for none.
	Log io.Writer
}

// defaultLabelTemplates are the templates of the label models: the two
// words of the arc, their tags, clusters and distance, what is attached to
// them, and the words around (a subset: the label model is read once per
// arc, and its tables are the slower ones).
const defaultLabelTemplates = "bias,S0w,S0p,N0w,N0p,S0wp,N0wp,S0c6,N0c6,S0wN0w,S0pN0p,S0wN0p,S0pN0w," +
	"S0c6N0c6,S0c6N0p,S0pN0c6,S0pN0pd,S0wN0pd,S0pN0wd,N0pN0slS0p,S0pS0srN0p,S0psl,S0psr,N0psl,S0lN0p," +
	"S0rlN0p,N0llS0p,S0hpS0pN0p,N1pS0pN0p,N0m1pS0pN0p,S0pvrN0p,N0pvlS0p,S0ll,S0rl,N0ll,N0lw,S0lw,S0rw," +
	"N0lwS0p,S0wN0lw,N0lwN0p,S0rwS0p"

// DefaultTrainOptions are the options the shipped model was trained with
// (see internal/cmd/train-syntax): every template for the transitions,
// defaultLabelTemplates for the labels.
func DefaultTrainOptions() TrainOptions {
	labels, _ := Templates(defaultLabelTemplates) // TestDefaultTemplates checks the names
	o := TrainOptions{TransBits: 22, TaggerEpochs: 10, ParserEpochs: 15, Folds: 4, Explore: 1, ExploreP: 0.9, Seed: 1}
	o.TransTemplates = allTemplates()
	o.LabelTemplates = labels
	return o
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// Train trains a model on a treebank.
func Train(train []Sentence, o TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	start := time.Now()
	m := &Model{classes: tagClasses(train)}
	classIdx := map[tagClass]int{}
	for i, c := range m.classes {
		classIdx[c] = i
	}
	if len(m.classes) > lastEntry {
		return nil, fmt.Errorf("train: %d tag classes, at most %d", len(m.classes), lastEntry)
	}
	gold := make([][]int, len(train))
	for i, s := range train {
		gold[i] = make([]int, len(s.Words))
		for j, w := range s.Words {
			gold[i][j] = classIdx[tagClass{w.UPOS, w.XPOS}]
		}
	}
	lex, err := buildLexicon(train, gold, len(m.classes), o.Clusters)
	if err != nil {
		return nil, err
	}
	m.lex = lex
	m.lemmas = buildLemmatizer(train)

	// The tagger on all sentences, and the jackknifed taggers giving the
	// parser the kind of tags it will see, side by side.
	predicted := make([][]int, len(train))
	var tagTrain *trainLinear
	var wg sync.WaitGroup
	var tagErr error
	wg.Go(func() {
		lin := trainTagger(train, gold, lex, len(m.classes), o.TaggerEpochs, o.Seed)
		l, err := newTrainedLinear(len(m.classes), lin.average(o.Prune))
		if err != nil {
			tagErr = err
			return
		}
		m.tagger = &tagger{classes: m.classes, lin: l}
		tagTrain = lin
		o.logf("tagger trained (%s)", time.Since(start).Round(time.Second))
	})
	if o.Folds > 1 {
		if err := jackknife(train, gold, lex, len(m.classes), o, predicted); err != nil {
			return nil, err
		}
		o.logf("jackknife: %d folds (%s)", o.Folds, time.Since(start).Round(time.Second))
	} else {
		copy(predicted, gold)
	}
	wg.Wait()
	if tagErr != nil {
		return nil, fmt.Errorf("train tagger: %w", tagErr)
	}
	pm, plins, err := trainParser(train, predicted, lex, o, start)
	if err != nil {
		return nil, err
	}
	m.parser = pm
	m.training = append([]*trainLinear{tagTrain}, plins...)
	o.logf("parser trained (%s)", time.Since(start).Round(time.Second))
	o.logf("%s", m.Stats())
	return m, nil
}

// buildLexicon gathers what the model knows of words: clusters, each
// word's most frequent tag class, and the frequent words that always take
// one class.
func buildLexicon(train []Sentence, gold [][]int, nclass int, clusters map[string]string) (*lexicon, error) {
	lex := &lexicon{words: map[string]lexEntry{}, exact: map[string]uint8{}}
	for w, bits := range clusters {
		if len(bits) == 0 || len(bits) > 63 {
			return nil, fmt.Errorf("cluster of %q: %d bits, want 1 to 63", w, len(bits))
		}
		var path uint64
		for _, c := range bits {
			if c != '0' && c != '1' {
				return nil, fmt.Errorf("cluster of %q: %q is not a bit string", w, bits)
			}
			path = path<<1 | uint64(c-'0')
		}
		lex.words[w] = lexEntry{path: path, bits: uint8(len(bits))}
	}
	byNorm := map[string][]int{}
	byForm := map[string][]int{}
	for i, s := range train {
		for j, w := range s.Words {
			n := norm(w.Form)
			if byNorm[n] == nil {
				byNorm[n] = make([]int, nclass)
			}
			byNorm[n][gold[i][j]]++
			if byForm[w.Form] == nil {
				byForm[w.Form] = make([]int, nclass)
			}
			byForm[w.Form][gold[i][j]]++
		}
	}
	for w, counts := range byNorm {
		e := lex.words[w]
		e.amb = uint8(argmax(counts) + 1)
		lex.words[w] = e
	}

	for w, counts := range byForm {
		best := argmax(counts)
		total := 0
		for _, c := range counts {
			total += c
		}
		if total >= exactMin && float64(counts[best]) >= exactPurity*float64(total) {
			lex.exact[w] = uint8(best + 1)
		}
	}
	return lex, nil
}

// trainTagger trains the tagger's weights on sents with gold classes.
func trainTagger(sents []Sentence, gold [][]int, lex *lexicon, nclass, epochs int, seed uint64) *trainLinear {
	lin := newTrainLinear(nclass)
	rng := rand.New(rand.NewPCG(seed, 0x7a66e7))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var ws []atoms
	var buf []byte
	var feats []uint64
	scores := make([]float64, nclass)
	pred := make([]int, 0, 64)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := &sents[si]
			ws = sentenceAtoms(ws, s.Words, lex, &buf)
			pred = resize(pred, len(s.Words))
			for i := range s.Words {
				p1, p2 := history(pred, i)
				feats = historyFeatures(tagFeatures(feats[:0], ws, i+pad), ws, i+pad, p1, p2)
				clear(scores)
				lin.score(feats, scores)
				best := argmax(scores)
				if best != gold[si][i] {
					lin.update(feats, gold[si][i], best)
				}
				lin.tick()
				pred[i] = best
			}
		}
	}
	return lin
}

// jackknife tags each of o.Folds parts of the treebank with a tagger
// trained on the others, into predicted.
func jackknife(sents []Sentence, gold [][]int, lex *lexicon, nclass int, o TrainOptions, predicted [][]int) error {
	errs := make([]error, o.Folds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 1) // the full tagger trains beside one fold
	for f := range o.Folds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var part []Sentence
			var partGold [][]int
			for i := range sents {
				if i%o.Folds != f {
					part = append(part, sents[i])
					partGold = append(partGold, gold[i])
				}
			}
			lin := trainTagger(part, partGold, lex, nclass, o.TaggerEpochs, o.Seed+uint64(f)+1)
			l, err := newTrainedLinear(nclass, lin.average(o.Prune))
			if err != nil {
				errs[f] = err
				return
			}
			t := &tagger{lin: l}
			var ws []atoms
			var buf []byte
			var sc scratch
			forms := []string{}
			for i := range sents {
				if i%o.Folds != f {
					continue
				}
				s := &sents[i]
				ws = sentenceAtoms(ws, s.Words, lex, &buf)
				forms = forms[:0]
				for _, w := range s.Words {
					forms = append(forms, w.Form)
				}
				predicted[i] = make([]int, len(s.Words))
				t.tag(ws, lex, forms, predicted[i], &sc)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// projective returns the heads of s (n for the root) made projective by
// lifting: the shortest non-projective arc moves to its head's head until
// none is left (Nivre & Nilsson 2005, without encoding the lift).
func projective(s *Sentence) []int32 {
	n := len(s.Words)
	heads := make([]int32, n)
	for i, w := range s.Words {
		heads[i] = int32(w.Head)
		if w.Head < 0 {
			heads[i] = int32(n)
		}
	}
	for {
		bad, badLen := -1, 0
		for d := range n {
			h := int(heads[d])
			if h == n {
				continue
			}
			if !arcProjective(heads, h, d) {
				l := max(h-d, d-h)
				if bad < 0 || l < badLen {
					bad, badLen = d, l
				}
			}
		}
		if bad < 0 {
			return heads
		}
		heads[bad] = heads[heads[bad]]
	}
}

// arcProjective reports whether h dominates every word between h and d.
func arcProjective(heads []int32, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	n := len(heads)
	for k := lo + 1; k < hi; k++ {
		j := k
		for j != h && j != n {
			j = int(heads[j])
		}
		if j != h {
			return false
		}
	}
	return true
}

// trainParser trains the parser with the dynamic oracle on sents, whose
// words carry the predicted tag classes tags. It returns the model and
// the training weights of its transitions and of its left and right arc
// labels.
func trainParser(sents []Sentence, tags [][]int, lex *lexicon, o TrainOptions, start time.Time) (*parserModel, []*trainLinear, error) {
	relSet := map[Rel]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			relSet[w.Rel] = true
		}
	}
	if !relSet[Root] {
		return nil, nil, fmt.Errorf("train parser: no root relation")
	}
	rels := make([]Rel, 0, len(relSet))
	for r := range relSet {
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, b Rel) int { return cmp.Compare(a, b) })
	nl := len(rels)
	if nl > 62 {
		return nil, nil, fmt.Errorf("train parser: %d relations, at most 62", nl)
	}
	relIdx := map[Rel]int{}
	for i, r := range rels {
		relIdx[r] = i
	}
	pm := &parserModel{rels: rels, rootLabel: relIdx[Root], transT: o.TransTemplates, labelT: o.LabelTemplates}
	if pm.transT == nil {
		pm.transT = allTemplates()
	}
	if pm.labelT == nil {
		pm.labelT = allTemplates()
	}
	tlin := newTrainLinear(numTrans)
	arcs := [2]*trainLinear{newTrainLinear(nl), newTrainLinear(nl)}

	type goldTree struct {
		heads  []int32
		labels []uint8
	}
	golds := make([]goldTree, len(sents))
	for i := range sents {
		g := goldTree{heads: projective(&sents[i]), labels: make([]uint8, len(sents[i].Words))}
		for j, w := range sents[i].Words {
			g.labels[j] = uint8(relIdx[w.Rel])
		}
		golds[i] = g
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x9a75e5))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var st pstate
	var ws []atoms
	var buf []byte
	var all [numTemplates]uint64
	var tfeats, lfeats []uint64
	tscores := make([]float64, numTrans)
	lscores := make([]float64, nl)
	for epoch := range o.ParserEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errors, steps, lerrors, arcsSeen := 0, 0, 0, 0
		for _, si := range order {
			s := &sents[si]
			n := len(s.Words)
			ws = sentenceAtoms(ws, s.Words, lex, &buf)
			st.reset(n)
			for i := range n {
				st.setWord(i, &ws[i+pad], uint64(tags[si][i])+1)
			}
			g := golds[si]
			for !st.terminal() {
				if t, ok := st.forced(); ok {
					st.apply(t, pm.rootLabel)
					continue
				}
				st.features(&all)
				tfeats = pick(tfeats[:0], &all, pm.transT)
				for i, h := range tfeats {
					tfeats[i] = hashPlace(h, o.TransBits)
				}
				clear(tscores)
				tlin.score(tfeats, tscores)
				costs := st.costs(g.heads)
				pred := bestTransition(&st, tscores)
				minCost, best := -1, -1
				for t, k := range costs {
					if k >= 0 && (minCost < 0 || k < minCost || k == minCost && tscores[t] > tscores[best]) {
						minCost, best = k, t
					}
				}
				if costs[pred] > minCost {
					tlin.update(tfeats, best, pred)
					errors++
				}
				tlin.tick()
				steps++
				next := best
				if epoch >= o.Explore && rng.Float64() < o.ExploreP {
					next = pred
				}
				label := -1
				if next == trLeft || next == trRight {
					lin := arcs[next-trLeft]
					lfeats = pick(lfeats[:0], &all, pm.labelT)
					clear(lscores)
					lin.score(lfeats, lscores)
					label = bestLabel(lscores, pm.rootLabel)
					if h, d := st.arcOf(next); g.heads[d] == h {
						arcsSeen++
						if gold := int(g.labels[d]); label != gold {
							lin.update(lfeats, gold, label)
							lerrors++
						}
						if next == best {
							label = int(g.labels[d])
						}
					}
					lin.tick()
				}
				st.apply(next, label)
			}
		}
		o.logf("parser epoch %d: %.2f%% wrong transitions, %.2f%% wrong labels (%s)", epoch+1,
			100*float64(errors)/float64(steps), 100*float64(lerrors)/float64(arcsSeen), time.Since(start).Round(time.Second))
	}
	var err error
	if pm.trans, err = newTrainedHashed4(o.TransBits, tlin.average(o.Prune)); err != nil {
		return nil, nil, fmt.Errorf("train parser: %w", err)
	}
	for i := range pm.arcs {
		if pm.arcs[i], err = newTrainedLinear(nl, arcs[i].average(o.Prune)); err != nil {
			return nil, nil, fmt.Errorf("train parser: %w", err)
		}
	}
	return pm, []*trainLinear{tlin, arcs[0], arcs[1]}, nil
}

// allTemplates returns the indices of every template.
func allTemplates() []uint8 {
	out := make([]uint8, numTemplates)
	for i := range out {
		out[i] = uint8(i)
	}
	return out
}

// Templates returns the parser templates a spec names: a comma-separated
// list of template names and of the groups "all", "lexical" (templates
// with a word or cluster) and "tags" (the others); "-NAME" removes one.
func Templates(spec string) ([]uint8, error) {
	set := make([]bool, numTemplates)
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		on := true
		if strings.HasPrefix(item, "-") {
			on, item = false, item[1:]
		}
		switch item {
		case "all", "lexical", "tags":
			for t := range numTemplates {
				if item == "all" || (item == "lexical") == lexical(t) {
					set[t] = on
				}
			}
			continue
		}
		t := slices.Index(templateNames[:], item)
		if t < 0 {
			return nil, fmt.Errorf("no template %q", item)
		}
		set[t] = on
	}
	var out []uint8
	for t, on := range set {
		if on {
			out = append(out, uint8(t))
		}
	}
	return out, nil
}

// A word seen exactMin times or more in training, with one tag class in
// exactPurity of them, takes that class without being tagged.
const (
	exactMin    = 10
	exactPurity = 0.99
)
