package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// The model file: a magic line, then zstd-compressed sections of varints
// and strings. Weights are int16, scaled per table. Features are sorted by
// id and stored as deltas.

const modelMagic = "stance-syntax-model/1\n"

//go:embed en_ewt.model
var embedded []byte

// Load returns the model shipped with the package, trained on UD
// English-EWT (CC BY-SA 4.0; see NOTICE). It decodes the model each time
// it is called: keep the result.
func Load() (*Model, error) {
	return ReadModel(bytes.NewReader(embedded))
}

// ErrModel is wrapped by the errors of a model file that cannot be read.
var ErrModel = errors.New("bad syntax model")

// WriteModel writes m, a model from [Train] (a model read from a file
// keeps no copy of its features to write).
func (m *Model) WriteModel(w io.Writer) error {
	if !m.tagger.lin.trained || !m.parser.trans.trained || !m.parser.arcs[0].trained || !m.parser.arcs[1].trained {
		return fmt.Errorf("write model: the model does not come from training")
	}
	if _, err := io.WriteString(w, modelMagic); err != nil {
		return err
	}
	z, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(z)}
	e.uvarint(uint64(len(m.classes)))
	for _, c := range m.classes {
		e.uvarint(uint64(c.U))
		e.uvarint(uint64(c.X))
	}
	e.uvarint(uint64(len(m.parser.rels)))
	for _, r := range m.parser.rels {
		e.uvarint(uint64(r))
	}
	e.uvarint(uint64(m.parser.rootLabel))
	for _, ts := range [][]uint8{m.parser.transT, m.parser.labelT} {
		e.uvarint(uint64(len(ts)))
		for _, t := range ts {
			e.uvarint(uint64(t))
		}
	}

	words := slices.Sorted(maps.Keys(m.lex.words))
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		x := m.lex.words[w]
		e.str(w)
		e.uvarint(x.path)
		e.uvarint(uint64(x.bits))
		e.uvarint(uint64(x.amb))
	}
	forms := slices.Sorted(maps.Keys(m.lex.exact))
	e.uvarint(uint64(len(forms)))
	for _, f := range forms {
		e.str(f)
		e.uvarint(uint64(m.lex.exact[f]))
	}
	keys := slices.SortedFunc(maps.Keys(m.lemmas.known), compareLemmaKeys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k.form)
		e.uvarint(uint64(k.x))
		e.str(m.lemmas.known[k])
	}
	endings := slices.SortedFunc(maps.Keys(m.lemmas.rules), compareLemmaKeys)
	e.uvarint(uint64(len(endings)))
	for _, k := range endings {
		r := m.lemmas.rules[k]
		e.str(k.form)
		e.uvarint(uint64(k.x))
		e.uvarint(uint64(r.strip))
		e.str(r.add)
	}
	e.linear(m.tagger.lin)
	e.uvarint(uint64(m.parser.trans.bits))
	e.features(4, m.parser.trans.src)
	e.linear(m.parser.arcs[0])
	e.linear(m.parser.arcs[1])

	if e.err != nil {
		return e.err
	}
	if err := e.w.Flush(); err != nil {
		return err
	}
	return z.Close()
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(x uint64) {
	n := binary.PutUvarint(e.buf[:], x)
	if _, err := e.w.Write(e.buf[:n]); err != nil && e.err == nil {
		e.err = err
	}
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if _, err := e.w.WriteString(s); err != nil && e.err == nil {
		e.err = err
	}
}

// linear writes the features of l: their ids as deltas, then per feature
// the number of weights, the classes and the weights as int16 of scale
// max|w|/32767.
func (e *encoder) linear(l *linear) { e.features(l.nclass, l.src) }

func (e *encoder) features(nclass int, feats []feature) {
	maxW := float32(0)
	for _, f := range feats {
		for _, w := range f.weights {
			maxW = max(maxW, float32(math.Abs(float64(w))))
		}
	}
	scale := maxW / 32767
	if scale == 0 {
		scale = 1
	}
	e.uvarint(uint64(nclass))
	e.uvarint(uint64(math.Float32bits(scale)))
	e.uvarint(uint64(len(feats)))
	prev := uint64(0)
	for _, f := range feats {
		e.uvarint(f.hash - prev)
		prev = f.hash
	}
	for _, f := range feats {
		e.uvarint(uint64(len(f.classes)))
	}
	for _, f := range feats {
		for _, c := range f.classes {
			e.uvarint(uint64(c))
		}
	}
	for _, f := range feats {
		for _, w := range f.weights {
			q := int16(math.Round(float64(w / scale)))
			e.uvarint(uint64(uint16(q)))
		}
	}
}

// ReadModel reads a model written by [Model.WriteModel].
func ReadModel(r io.Reader) (*Model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("%w: not a model file", ErrModel)
	}
	z, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	defer z.Close()
	data, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	d := &decoder{b: data}
	m := &Model{}
	n := d.count(lastEntry)
	if n == 0 && d.err == nil {
		d.fail("no tag class")
	}
	m.classes = make([]tagClass, n)
	for i := range m.classes {
		u, x := d.uvarint(), d.uvarint()
		if u >= uint64(numUPOS) || x >= uint64(numXPOS) {
			d.fail("tag class %d/%d", u, x)
		}
		m.classes[i] = tagClass{UPOS(u), XPOS(x)}
	}
	pm := &parserModel{rels: make([]Rel, d.count(63))}
	for i := range pm.rels {
		r := d.uvarint()
		if r >= uint64(numRel) {
			d.fail("relation %d", r)
		}
		pm.rels[i] = Rel(r)
	}
	pm.rootLabel = int(d.uvarint())
	if pm.rootLabel >= len(pm.rels) {
		d.fail("root label %d", pm.rootLabel)
	}
	for _, ts := range []*[]uint8{&pm.transT, &pm.labelT} {
		*ts = make([]uint8, d.count(numTemplates))
		for i := range *ts {
			t := d.uvarint()
			if t >= uint64(numTemplates) {
				d.fail("template %d", t)
			}
			(*ts)[i] = uint8(t)
		}
	}
	m.lex = &lexicon{words: map[string]lexEntry{}, exact: map[string]uint8{}}
	for range d.count(1 << 24) {
		w := d.str()
		path, bits, amb := d.uvarint(), d.uvarint(), d.uvarint()
		if bits > 63 || amb > uint64(len(m.classes)) {
			d.fail("word %q", w)
		}
		m.lex.words[w] = lexEntry{path: path, bits: uint8(bits), amb: uint8(amb)}
	}
	for range d.count(1 << 24) {
		f := d.str()
		c := d.uvarint()
		if c == 0 || c > uint64(len(m.classes)) {
			d.fail("class of %q", f)
		}
		m.lex.exact[f] = uint8(c)
	}
	m.lemmas = &lemmatizer{known: map[lemmaKey]string{}, rules: map[lemmaKey]lemmaRule{}}
	for range d.count(1 << 24) {
		f := d.str()
		x := d.uvarint()
		lemma := d.str()
		if x >= uint64(numXPOS) {
			d.fail("lemma of %q: tag %d", f, x)
		}
		m.lemmas.known[lemmaKey{f, XPOS(x)}] = lemma
	}
	for range d.count(1 << 24) {
		f := d.str()
		x := d.uvarint()
		strip := d.uvarint()
		add := d.str()
		if x >= uint64(numXPOS) || strip > 255 {
			d.fail("lemma rule of %q", f)
		}
		m.lemmas.rules[lemmaKey{f, XPOS(x)}] = lemmaRule{strip: uint8(strip), add: add}
	}
	tl := d.linear()
	bits := d.uvarint()
	nclass, feats := d.features()
	if d.err == nil && nclass == numTrans && bits >= 8 && bits <= maxTransBits {
		var err error
		if pm.trans, err = newHashed4(uint(bits), feats); err != nil {
			d.fail("%v", err)
		}
	} else {
		d.fail("transition table of %d classes", nclass)
	}
	pm.arcs[0] = d.linear()
	pm.arcs[1] = d.linear()
	if d.err != nil {
		return nil, d.err
	}
	if tl.nclass != len(m.classes) || pm.arcs[0].nclass != len(pm.rels) || pm.arcs[1].nclass != len(pm.rels) {
		return nil, fmt.Errorf("%w: table sizes do not match the classes", ErrModel)
	}
	m.tagger = &tagger{classes: m.classes, lin: tl}
	m.parser = pm
	return m, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrModel}, args...)...)
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated")
		return 0
	}
	d.b = d.b[n:]
	return x
}

// count reads a number of items, each of which takes a byte at least: a
// count larger than what is left is an error, not an allocation.
func (d *decoder) count(limit int) int {
	n := d.uvarint()
	if n > uint64(limit) || n > uint64(len(d.b)) {
		d.fail("count %d over %d or past the end", n, min(limit, len(d.b)))
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail("truncated string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) linear() *linear {
	nclass, feats := d.features()
	if d.err != nil {
		return &linear{}
	}
	l, err := newLinear(nclass, feats)
	if err != nil {
		d.fail("%v", err)
		return &linear{}
	}
	return l
}

func (d *decoder) features() (int, []feature) {
	nclass := d.count(lastEntry)
	scale := math.Float32frombits(uint32(d.uvarint()))
	n := d.count(1 << 26)
	feats := make([]feature, n)
	id := uint64(0)
	for i := range feats {
		id += d.uvarint()
		feats[i].hash = id
	}
	total := 0
	counts := make([]int, n)
	for i := range feats {
		counts[i] = d.count(nclass)
		if counts[i] == 0 {
			d.fail("feature without weights")
		}
		total += counts[i]
	}
	if d.err != nil {
		return 0, nil
	}
	classes := make([]uint8, total)
	weights := make([]float32, total)
	for i := range classes {
		c := d.uvarint()
		if c >= uint64(nclass) {
			d.fail("class %d of %d", c, nclass)
			break
		}
		classes[i] = uint8(c)
	}
	for i := range weights {
		weights[i] = float32(int16(uint16(d.uvarint()))) * scale
	}
	if d.err != nil {
		return 0, nil
	}
	at := 0
	for i := range feats {
		feats[i].classes = classes[at : at+counts[i]]
		feats[i].weights = weights[at : at+counts[i]]
		at += counts[i]
	}
	return nclass, feats
}

func compareLemmaKeys(a, b lemmaKey) int {
	if c := strings.Compare(a.form, b.form); c != 0 {
		return c
	}
	return int(a.x) - int(b.x)
}
