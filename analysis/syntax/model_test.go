package syntax

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// smallOptions train a small model fast: few epochs, two folds, no
// clusters, a transition table of 2^16 places (its file decodes fast,
// which the fuzz targets need).
func smallOptions() TrainOptions {
	o := DefaultTrainOptions()
	o.TaggerEpochs, o.ParserEpochs, o.Folds = 2, 3, 2
	o.Clusters = nil
	o.TransBits = 16
	return o
}

// smallModel is a model trained with smallOptions on the invented
// treebank, and the bytes WriteModel gives.
var smallModel = sync.OnceValues(func() (*Model, []byte) {
	f, err := os.Open("testdata/invented.conllu")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sents, err := ReadAll(f, "invented.conllu")
	if err != nil {
		panic(err)
	}
	m, err := Train(sents, smallOptions())
	if err != nil {
		panic(err)
	}
	var b bytes.Buffer
	if err := m.WriteModel(&b); err != nil {
		panic(err)
	}
	return m, b.Bytes()
})

// TestTrainReproducible trains twice on the same sentences with the same
// options: the model files are byte for byte the same.
func TestTrainReproducible(t *testing.T) {
	gold := readTreebank(t, "testdata/invented.conllu")
	var files [2][]byte
	for i := range files {
		m, err := Train(gold, smallOptions())
		if err != nil {
			t.Fatalf("Train: %v", err)
		}
		var b bytes.Buffer
		if err := m.WriteModel(&b); err != nil {
			t.Fatalf("WriteModel: %v", err)
		}
		files[i] = b.Bytes()
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Errorf("two trainings give different models (%d and %d bytes)", len(files[0]), len(files[1]))
	}
	// The shuffling seed matters: another seed, another model.
	o := smallOptions()
	o.Seed++
	m, err := Train(gold, o)
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	var b bytes.Buffer
	if err := m.WriteModel(&b); err != nil {
		t.Fatalf("WriteModel: %v", err)
	}
	if bytes.Equal(b.Bytes(), files[0]) {
		t.Error("seeds 1 and 2 give the same model")
	}
}

// TestModelRoundTrip reads the model WriteModel wrote: it parses as the
// trained model does.
func TestModelRoundTrip(t *testing.T) {
	m, data := smallModel()
	read, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadModel: %v", err)
	}
	gold := readTreebank(t, "testdata/invented.conllu")
	p, q := m.NewParser(), read.NewParser()
	for i := range gold {
		a, b := conlluString(t, p.ParseGold(&gold[i])), conlluString(t, q.ParseGold(&gold[i]))
		if a != b {
			t.Errorf("%s parses differently after WriteModel and ReadModel:\n%s\n%s", gold[i].ID, a, b)
		}
	}
	// A model read from a file keeps no features to write.
	if err := read.WriteModel(io.Discard); err == nil {
		t.Error("WriteModel of a model read from a file succeeded, want an error")
	}
	if err := loadModel(t).WriteModel(io.Discard); err == nil {
		t.Error("WriteModel of the embedded model succeeded, want an error")
	}
}

func TestTrainErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		sents []Sentence
	}{
		{"no sentences", nil},
		{"no root relation", []Sentence{{Words: []Word{{Form: "a", Head: -1, Rel: Dep, UPOS: NOUN, XPOS: XNN}}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Train(c.sents, smallOptions()); err == nil {
				t.Error("Train succeeded, want an error")
			}
		})
	}
	o := smallOptions()
	o.Clusters = map[string]string{"peace": "01x"}
	if _, err := Train(readTreebank(t, "testdata/invented.conllu"), o); err == nil {
		t.Error("Train with a cluster that is not a bit string succeeded, want an error")
	}
}

// compressModel returns a model file of payload: the magic line of data,
// then payload compressed.
func compressModel(t testing.TB, magic, payload []byte) []byte {
	var b bytes.Buffer
	b.Write(magic)
	z, err := zstd.NewWriter(&b, zstd.WithEncoderConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	z.Write(payload)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// splitModel cuts a model file into its magic line and its uncompressed
// payload.
func splitModel(t testing.TB, data []byte) (magic, payload []byte) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		t.Fatal("no magic line")
	}
	z, err := zstd.NewReader(bytes.NewReader(data[i+1:]), zstd.WithDecoderConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	payload, err = io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return data[:i+1], payload
}

func TestReadModelErrors(t *testing.T) {
	_, data := smallModel()
	magic, payload := splitModel(t, data)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"text", []byte("this is not a model\n")},
		{"magic cut", magic[:len(magic)-3]},
		{"magic only", magic},
		{"other version", append([]byte("stance-syntax-model/0\n"), data[len(magic):]...)},
		{"magic without newline", append(bytes.TrimSuffix(slices.Clone(magic), []byte("\n")), data[len(magic):]...)},
		{"junk after the magic", append(slices.Clone(magic), "junk junk junk junk"...)},
		{"empty payload", compressModel(t, magic, nil)},
		{"junk payload", compressModel(t, magic, []byte("junk junk junk junk junk junk"))},
		{"zero payload", compressModel(t, magic, make([]byte, 1000))},
		{"payload of one count", compressModel(t, magic, payload[:1])},
		{"payload cut in half", compressModel(t, magic, payload[:len(payload)/2])},
		{"payload without its last byte", compressModel(t, magic, payload[:len(payload)-1])},
		{"file cut after the magic and 10 bytes", data[:len(magic)+10]},
		{"file cut in half", data[:len(data)/2]},
		{"file without its last byte", data[:len(data)-1]},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadModel(bytes.NewReader(c.data))
			if err == nil {
				t.Fatal("ReadModel succeeded, want an error")
			}
			if !errors.Is(err, ErrModel) {
				t.Errorf("error %v does not wrap ErrModel", err)
			}
			if m != nil {
				t.Error("ReadModel returned a model with its error")
			}
		})
	}
}

// TestReadModelBombs: bad model files ReadModel turns down in
// good time.
func TestReadModelBombs(t *testing.T) {
	u := binary.AppendUvarint
	// The payload of a model up to its first linear table: no tag class,
	// one relation (root), no template, no word.
	head := func() []byte {
		var p []byte
		p = u(p, 0)            // tag classes
		p = u(p, 1)            // relations
		p = u(p, uint64(Root)) // the relation
		p = u(p, 0)            // root label
		p = u(p, 0)            // transition templates
		p = u(p, 0)            // label templates
		p = u(p, 0)            // words
		p = u(p, 0)            // exact forms
		return u(p, 0)         // lemmas
	}
	table := func(p []byte, nclass, nfeat uint64) []byte {
		p = u(p, nclass)
		p = u(p, uint64(math.Float32bits(1)))
		return u(p, nfeat)
	}
	magic := []byte(modelMagic)

	t.Run("huge count", func(t *testing.T) {
		data := compressModel(t, magic, table(head(), 1, 1<<26))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := ReadModel(bytes.NewReader(data))
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrModel) {
			t.Errorf("error %v, want ErrModel", err)
		}
		if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 100 {
			t.Errorf("a %d-byte file made ReadModel allocate %d MB", len(data), mb)
		}
	})

	t.Run("no tag class", func(t *testing.T) {
		p := table(head(), 0, 0) // tagger
		p = u(p, 8)              // transition table bits
		p = table(p, 4, 0)       // transitions
		p = table(p, 1, 0)       // left labels
		p = table(p, 1, 0)       // right labels
		m, err := ReadModel(bytes.NewReader(compressModel(t, magic, p)))
		if err == nil {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("ReadModel accepted the model, and Parse panicked: %v", r)
				}
			}()
			m.NewParser().Parse([]Token{{Text: "Peace", End: 5}})
		} else if !errors.Is(err, ErrModel) {
			t.Errorf("error %v, want ErrModel", err)
		}
	})
}

// FuzzReadModel reads model files: never a panic; an error wraps
// ErrModel; a model read parses a sentence.
func FuzzReadModel(f *testing.F) {
	_, data := smallModel()
	for _, n := range []int{0, 10, len(data) / 100, len(data) / 2, len(data) - 1, len(data)} {
		f.Add(data[:n])
	}
	if real, err := os.ReadFile("en_ewt.model"); err == nil {
		f.Add(real[:len(real)/3])
	}
	f.Add([]byte("junk"))
	f.Add([]byte(modelMagic + "junk"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readAndParse(t, data)
	})
}

// FuzzModelPayload reads model files of any payload, so that the fuzzer
// works on the decoding of the model rather than on zstd frames.
func FuzzModelPayload(f *testing.F) {
	_, data := smallModel()
	magic, payload := splitModel(f, data)
	for _, n := range []int{0, 1, 20, len(payload) / 2, len(payload)} {
		f.Add(payload[:n])
	}
	f.Fuzz(func(t *testing.T, payload []byte) {
		readAndParse(t, compressModel(t, magic, payload))
	})
}

func readAndParse(t *testing.T, data []byte) {
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		if !errors.Is(err, ErrModel) {
			t.Fatalf("error %v does not wrap ErrModel", err)
		}
		return
	}
	if len(m.classes) == 0 {
		t.Fatal("ReadModel accepted a model without tag classes")
	}
	s := m.NewParser().Parse(tokenize("Peace talks resumed in Oslo on Monday."))
	if bad := checkTree(s); len(bad) > 0 {
		t.Logf("a model read from fuzzed bytes parses badly: %v", bad)
	}
}

func TestTemplates(t *testing.T) {
	all, err := Templates("all")
	if err != nil || len(all) != numTemplates {
		t.Fatalf("Templates(all) = %d templates, %v; want %d", len(all), err, numTemplates)
	}
	lex, err := Templates("lexical")
	if err != nil {
		t.Fatal(err)
	}
	tags, err := Templates("tags")
	if err != nil {
		t.Fatal(err)
	}
	if len(lex) == 0 || len(tags) == 0 || len(lex)+len(tags) != numTemplates {
		t.Errorf("lexical %d + tags %d templates, want %d, neither empty", len(lex), len(tags), numTemplates)
	}
	for _, x := range lex {
		if slices.Contains(tags, x) {
			t.Errorf("template %s is lexical and tags", templateNames[x])
		}
	}
	for _, c := range []struct {
		spec string
		want []string
	}{
		{"bias", []string{"bias"}},
		{"S0w, N0w", []string{"S0w", "N0w"}},
		{"N0w,S0w,S0w", []string{"S0w", "N0w"}},
		{"all,-bias", templateNames[1:]},
		{"S0w,-S0w", nil},
	} {
		got, err := Templates(c.spec)
		if err != nil {
			t.Errorf("Templates(%q): %v", c.spec, err)
			continue
		}
		var names []string
		for _, x := range got {
			names = append(names, templateNames[x])
		}
		if !slices.Equal(names, c.want) {
			t.Errorf("Templates(%q) = %q, want %q", c.spec, names, c.want)
		}
	}
	for _, spec := range []string{"", "nosuch", "all,-nosuch", "S0w,,N0w"} {
		if got, err := Templates(spec); err == nil {
			t.Errorf("Templates(%q) = %v, want an error", spec, got)
		}
	}
}

// TestTrainReproducibleCaseVariants trains on forms of one tag that differ
// only in case and have lemmas that differ beyond case (as EWT has:
// "Services"/"services" NNPS, "St"/"st" NNP…).
func TestTrainReproducibleCaseVariants(t *testing.T) {
	var b strings.Builder
	for _, c := range []string{"x", "y", "z", "w", "v", "k"} {
		// AXQ → AXQ, axq → axz, bxq → bxz: the rule of the ending xq is
		// "q → z" if axq counts, none if AXQ does.
		up, low, other := "A"+strings.ToUpper(c)+"Q", "a"+c+"q", "b"+c+"q"
		for _, w := range [][2]string{{up, up}, {low, "a" + c + "z"}, {other, "b" + c + "z"}} {
			fmt.Fprintf(&b, "1\t%s\t%s\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n", w[0], w[1])
		}
	}
	sents, err := ReadAll(strings.NewReader(b.String()), "variants.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents = append(sents, readTreebank(t, "testdata/invented.conllu")...)
	o := smallOptions()
	o.TaggerEpochs, o.ParserEpochs, o.Folds = 1, 1, 0
	var first []byte
	for i := range 10 {
		m, err := Train(sents, o)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := m.WriteModel(&out); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = out.Bytes()
			continue
		}
		if !bytes.Equal(out.Bytes(), first) {
			t.Fatalf("training %d gives another model", i+1)
		}
	}
}

// TestWriteModelWithoutFeatures trains a model one of whose tables has no
// feature: WriteModel should write it.
func TestWriteModelWithoutFeatures(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(conllu(`
1  Talks    talk    NOUN  NNS  _  2  nsubj  _  _
2  resumed  resume  VERB  VBD  _  0  root   _  _
`)), "one.conllu")
	if err != nil {
		t.Fatal(err)
	}
	o := smallOptions()
	o.TaggerEpochs, o.ParserEpochs, o.Folds = 1, 1, 0
	m, err := Train(sents, o)
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	if err := m.WriteModel(io.Discard); err != nil {
		t.Errorf("WriteModel: %v", err)
	}
}
