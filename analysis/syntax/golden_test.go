package syntax

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestGolden parses the sentences of the input section of each
// testdata/golden/*.txtar, one a line, and compares the parses with its
// conllu section; go test -update rewrites that section. The parses are
// those of the embedded model: retraining it changes them, and the files
// are then regenerated with -update (and the diff read).
func TestGolden(t *testing.T) {
	p := loadModel(t).NewParser()
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files (%v)", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			a, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			input := archiveFile(a, "input")
			if input == nil {
				t.Fatal("no input section")
			}
			got := goldenParses(t, p, strings.TrimSuffix(filepath.Base(name), ".txtar"), input.Data)
			if *update {
				if f := archiveFile(a, "conllu"); f != nil {
					f.Data = got
				} else {
					a.Files = append(a.Files, txtar.File{Name: "conllu", Data: got})
				}
				if err := os.WriteFile(name, txtar.Format(a), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := archiveFile(a, "conllu")
			if want == nil {
				t.Fatal("no conllu section: run go test -update")
			}
			if !bytes.Equal(got, want.Data) {
				t.Errorf("parses differ from the golden file (go test -update rewrites it):\n%s", diff.Diff("golden", want.Data, "parsed", got))
			}
			// The golden parses read back as what was parsed.
			read, err := ReadAll(bytes.NewReader(want.Data), name)
			if err != nil {
				t.Fatalf("the conllu section does not read: %v", err)
			}
			var again bytes.Buffer
			for i := range read {
				Write(&again, &read[i])
			}
			if !bytes.Equal(again.Bytes(), want.Data) {
				t.Errorf("the conllu section read and written again differs:\n%s", diff.Diff("golden", want.Data, "again", again.Bytes()))
			}
		})
	}
}

func archiveFile(a *txtar.Archive, name string) *txtar.File {
	for i := range a.Files {
		if a.Files[i].Name == name {
			return &a.Files[i]
		}
	}
	return nil
}

// goldenParses parses each non-blank line of input and writes the parses
// in CoNLL-U, with ids stem-1, stem-2…
func goldenParses(t *testing.T, p *Parser, stem string, input []byte) []byte {
	var b bytes.Buffer
	n := 0
	for _, line := range strings.Split(string(input), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		s := parseText(p, line)
		s.ID = stem + "-" + strconv.Itoa(n)
		if bad := checkTree(s); len(bad) > 0 {
			t.Errorf("%q: %s", line, strings.Join(bad, "; "))
		}
		if err := Write(&b, s); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// TestStructure checks facts of the parses of invented sentences that a
// parser following EWT must get right: "minister nsubj:pass blamed" is the
// word minister attached to blamed by nsubj:pass, "blamed root" the root;
// "talks#2" is the second word talks. The facts are expectations of the
// embedded model, which gets the few in misses wrong now: those are
// logged. So that a retrained model passes while a broken one fails, the
// test fails when more than maxSurprises other facts are wrong (each is
// logged, as is a fact of misses the model gets right).
func TestStructure(t *testing.T) {
	const maxSurprises = 4
	p := loadModel(t).NewParser()
	var surprises []string
	nfacts := 0
	for _, c := range []struct {
		text   string
		facts  []string
		misses []string
	}{
		{text: "The minister was blamed by the rebels.",
			facts: []string{"minister nsubj:pass blamed", "was aux:pass blamed", "rebels obl:agent blamed", "by case rebels", "blamed root"}},
		{text: "Canada was criticised by Brazil over its fishing quotas.",
			facts: []string{"Canada nsubj:pass criticised", "Brazil obl:agent criticised", "quotas obl criticised", "its nmod:poss quotas"}},
		{text: "The proposal has been rejected by the opposition.",
			facts: []string{"proposal nsubj:pass rejected", "has aux rejected", "been aux:pass rejected", "opposition obl:agent rejected"}},
		{text: "Chile and Peru signed a deal.",
			facts: []string{"Peru conj Chile", "and cc Peru", "Chile nsubj signed", "deal obj signed"}},
		{text: "France, Germany and Italy called for a ceasefire.",
			facts: []string{"Germany conj France", "Italy conj France", "France nsubj called", "ceasefire obl called", "for case ceasefire"}},
		{text: "Japan, Korea vow closer ties",
			facts:  []string{"Korea conj Japan", "Japan nsubj vow", "vow root", "ties obj vow"},
			misses: []string{"Korea conj Japan", "Japan nsubj vow"}},
		{text: "According to the ministry, the talks failed.",
			facts: []string{"According case ministry", "to fixed According", "ministry obl failed", "talks nsubj failed", "failed root"}},
		{text: "The talks failed, according to the ministry.",
			facts: []string{"according case ministry", "to fixed according", "ministry obl failed", "failed root"}},
		{text: "Officials said the talks had stalled.",
			facts: []string{"said root", "Officials nsubj said", "stalled ccomp said", "talks nsubj stalled"}},
		{text: "The foreign minister said that the sanctions would be lifted.",
			facts: []string{"minister nsubj said", "lifted ccomp said", "that mark lifted", "sanctions nsubj:pass lifted", "be aux:pass lifted"}},
		{text: "The ceasefire is holding, the army said.",
			facts: []string{"said root", "army nsubj said", "holding ccomp said", "ceasefire nsubj holding"}},
		{text: "The minister told reporters that the deal was fair.",
			facts: []string{"told root", "reporters iobj told", "fair ccomp told", "deal nsubj fair", "was cop fair"}},
		{text: "Iran's envoy said the talks wouldn't resume.",
			facts: []string{"Iran nmod:poss envoy", "'s case Iran", "envoy nsubj said", "resume ccomp said", "n't advmod resume", "would aux resume"}},
		{text: "Two journalists were detained by police, the group said.",
			facts: []string{"journalists nsubj:pass detained", "police obl:agent detained", "detained ccomp said", "said root"}},
		{text: "The sanctions that were imposed last year have hurt the economy.",
			facts:  []string{"hurt root", "sanctions nsubj hurt", "imposed acl:relcl sanctions", "that nsubj:pass imposed", "year obl:unmarked imposed"},
			misses: []string{"hurt root", "sanctions nsubj hurt"}},
		{text: "The delegation, which arrived on Sunday, met the king.",
			facts: []string{"met root", "delegation nsubj met", "arrived acl:relcl delegation", "which nsubj arrived"}},
		{text: "Diplomats who attended the meeting said it was tense.",
			facts: []string{"said root", "Diplomats nsubj said", "attended acl:relcl Diplomats", "who nsubj attended"}},
		{text: "The government, however, has refused to negotiate.",
			facts: []string{"refused root", "however advmod refused", "government nsubj refused", "negotiate xcomp refused"}},
		{text: "However, the rebels rejected the offer.",
			facts: []string{"However advmod rejected", "rebels nsubj rejected"}},
		{text: "The plan, officials admit, is unlikely to succeed.",
			facts:  []string{"unlikely root", "plan nsubj unlikely", "admit parataxis unlikely", "officials nsubj admit"},
			misses: []string{"admit parataxis unlikely"}},
		{text: "Russia's foreign minister arrived in Beijing.",
			facts: []string{"Russia nmod:poss minister", "'s case Russia", "foreign amod minister", "minister nsubj arrived"}},
		{text: "Sergei Lavrov, Russia's foreign minister, arrived in Beijing.",
			facts: []string{"Sergei nsubj arrived", "Lavrov flat Sergei", "minister appos Sergei", "Russia nmod:poss minister"}},
		{text: "Minister slams new tariffs",
			facts: []string{"slams root", "Minister nsubj slams", "tariffs obj slams"}},
		{text: "Kenya: talks with rebels 'productive'",
			facts:  []string{"Kenya root", "productive parataxis Kenya", "talks nsubj productive", "rebels nmod talks"},
			misses: []string{"productive parataxis Kenya", "talks nsubj productive"}},
		{text: "China called off the talks with Taiwan.",
			facts: []string{"off compound:prt called", "talks obj called"}},
		{text: "I don't know where she put the keys.",
			facts: []string{"know root", "do aux know", "n't advmod know", "put ccomp know", "keys obj put"}},
	} {
		s := parseText(p, c.text)
		for _, f := range c.facts {
			nfacts++
			msg := checkFact(s, f)
			known := slices.Contains(c.misses, f)
			switch {
			case msg != "" && known:
				t.Logf("%q: the model gets this wrong (known): %s", c.text, msg)
			case msg != "":
				surprises = append(surprises, fmt.Sprintf("%q: %s\n%s", c.text, msg, treeString(s)))
			case known:
				t.Logf("%q: the model now gets %q right: take it out of misses", c.text, f)
			}
		}
	}
	report := t.Logf
	if len(surprises) > maxSurprises {
		report = t.Errorf
	}
	if len(surprises) > 0 {
		report("%d of %d facts wrong beyond the known misses (at most %d allowed):\n%s", len(surprises), nfacts, maxSurprises, strings.Join(surprises, "\n"))
	}
}

// checkFact checks a fact "dep rel head" or "word root" of s: it returns
// what is wrong, or "".
func checkFact(s *Sentence, fact string) string {
	f := strings.Fields(fact)
	d := findWord(s, f[0])
	if d < 0 {
		return fmt.Sprintf("%s: no word %q", fact, f[0])
	}
	w := s.Words[d]
	got := w.Rel.String()
	if w.Head >= 0 {
		got += " " + s.Words[w.Head].Form
	}
	want := f[1]
	if len(f) == 3 {
		h := findWord(s, f[2])
		if h < 0 {
			return fmt.Sprintf("%s: no word %q", fact, f[2])
		}
		if w.Head == h && w.Rel.String() == f[1] {
			return ""
		}
		want += " " + f[2]
	} else if w.Head == -1 && w.Rel == Root {
		return ""
	}
	return fmt.Sprintf("%s: got %s %s", fact, w.Form, got)
}

// findWord returns the index of the word form, or of its n-th occurrence
// for form#n, or -1.
func findWord(s *Sentence, spec string) int {
	form, nth := spec, 1
	if i := strings.LastIndexByte(spec, '#'); i > 0 {
		if n, err := strconv.Atoi(spec[i+1:]); err == nil {
			form, nth = spec[:i], n
		}
	}
	for i, w := range s.Words {
		if w.Form == form {
			if nth--; nth == 0 {
				return i
			}
		}
	}
	return -1
}

// treeString shows a parse as "1 form UPOS head rel" lines.
func treeString(s *Sentence) string {
	var b strings.Builder
	for i, w := range s.Words {
		fmt.Fprintf(&b, "  %d %s %v %d %v\n", i+1, w.Form, w.UPOS, w.Head+1, w.Rel)
	}
	return b.String()
}
