package syntax

import (
	"math"
	"strings"
	"testing"
)

func TestScoresAdd(t *testing.T) {
	gold := &Sentence{ID: "g", Words: []Word{
		{Form: "Talks", Lemma: "talk", UPOS: NOUN, XPOS: XNNS, Head: 1, Rel: Nsubj},
		{Form: "resumed", Lemma: "resume", UPOS: VERB, XPOS: XVBD, Head: -1, Rel: Root},
		{Form: "today", Lemma: "today", UPOS: NOUN, XPOS: XNN, Head: 1, Rel: OblUnmarked},
		{Form: ".", Lemma: ".", UPOS: PUNCT, XPOS: XPeriod, Head: 1, Rel: Punct},
	}}
	pred := &Sentence{Words: []Word{
		{Form: "Talks", Lemma: "talks", UPOS: NOUN, XPOS: XNNS, Head: 1, Rel: Nsubj},    // lemma wrong
		{Form: "resumed", Lemma: "resume", UPOS: VERB, XPOS: XVBN, Head: -1, Rel: Root}, // XPOS wrong
		{Form: "today", Lemma: "today", UPOS: ADV, XPOS: XRB, Head: 1, Rel: Advmod},     // tags and label wrong
		{Form: ".", Lemma: ".", UPOS: PUNCT, XPOS: XPeriod, Head: 2, Rel: Punct},        // head wrong
	}}
	var s Scores
	if err := s.Add(pred, gold); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"Words", s.Words, 4}, {"UPOS", s.UPOS, 3}, {"XPOS", s.XPOS, 2}, {"Lemma", s.Lemma, 3},
		{"UAS", s.UAS, 3}, {"LAS", s.LAS, 2},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	for _, c := range []struct {
		rel  Rel
		want RelScore
	}{
		{Nsubj, RelScore{1, 1, 1}},
		{Root, RelScore{1, 1, 1}},
		{OblUnmarked, RelScore{1, 0, 0}},
		{Advmod, RelScore{0, 1, 0}},
		{Punct, RelScore{1, 1, 0}},
	} {
		if got := s.Rels[c.rel]; got == nil || *got != c.want {
			t.Errorf("Rels[%v] = %v, want %+v", c.rel, got, c.want)
		}
	}
	if got := s.Percent(s.LAS); got != 50 {
		t.Errorf("Percent(LAS) = %v, want 50", got)
	}
	// A second sentence adds up.
	if err := s.Add(gold, gold); err != nil {
		t.Fatal(err)
	}
	if s.Words != 8 || s.LAS != 6 {
		t.Errorf("after two sentences: %d words, LAS %d; want 8, 6", s.Words, s.LAS)
	}
	if err := s.Add(&Sentence{Words: pred.Words[:3]}, gold); err == nil {
		t.Error("Add of sentences of different lengths succeeded, want an error")
	}
	var empty Scores
	if got := empty.Percent(empty.UAS); got != 0 {
		t.Errorf("Percent of no word = %v, want 0", got)
	}
}

func TestRelScore(t *testing.T) {
	for _, c := range []struct {
		r         RelScore
		p, rec, f float64
	}{
		{RelScore{Gold: 4, Predicted: 5, Correct: 3}, 60, 75, 2 * 60 * 75 / 135.0},
		{RelScore{Gold: 2, Predicted: 2, Correct: 2}, 100, 100, 100},
		{RelScore{Gold: 3, Predicted: 0, Correct: 0}, 0, 0, 0},
		{RelScore{}, 0, 0, 0},
	} {
		if p, rec, f := c.r.Precision(), c.r.Recall(), c.r.F1(); !near(p, c.p) || !near(rec, c.rec) || !near(f, c.f) {
			t.Errorf("%+v: P %v R %v F1 %v, want %v %v %v", c.r, p, rec, f, c.p, c.rec, c.f)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoresWrite(t *testing.T) {
	s := Scores{Words: 4, UPOS: 3, XPOS: 2, Lemma: 3, UAS: 3, LAS: 2, Rels: map[Rel]*RelScore{
		Punct: {1, 1, 0}, Nsubj: {1, 1, 1}, Advmod: {0, 1, 0},
	}}
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	want := "words\t4\nUPOS\t75.00\nXPOS\t50.00\nlemma\t75.00\nUAS\t75.00\nLAS\t50.00\n\n" +
		"relation\tgold\tpredicted\tprecision\trecall\tF1\n" +
		"advmod\t0\t1\t0.00\t0.00\t0.00\n" +
		"nsubj\t1\t1\t100.00\t100.00\t100.00\n" +
		"punct\t1\t1\t0.00\t0.00\t0.00\n\n"
	if got := b.String(); got != want {
		t.Errorf("Write:\n%s\nwant:\n%s", got, want)
	}
}

// TestParseGold parses the words of gold sentences: the forms, offsets and
// spaces are theirs, each word its own token.
func TestParseGold(t *testing.T) {
	p := loadModel(t).NewParser()
	for _, g := range readTreebank(t, "testdata/invented.conllu") {
		s := p.ParseGold(&g)
		if s.ID != g.ID || s.Text != g.Text || len(s.Multiword) != len(g.Multiword) || len(s.Words) != len(g.Words) {
			t.Fatalf("%s: ParseGold gives %q %q with %d words", g.ID, s.ID, s.Text, len(s.Words))
		}
		for i, w := range s.Words {
			gw := g.Words[i]
			if w.Form != gw.Form || w.Start != gw.Start || w.End != gw.End || w.SpaceAfter != gw.SpaceAfter || w.Token != i {
				t.Errorf("%s word %d: %s, want the form, offsets and space of %s and token %d", g.ID, i+1, wordString(w), wordString(gw), i)
			}
		}
		// The gold sentence is left as it was.
		if g.Words[0].Token != -1 {
			t.Errorf("%s: ParseGold changed the gold sentence", g.ID)
		}
	}
}
