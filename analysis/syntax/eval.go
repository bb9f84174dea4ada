package syntax

import (
	"fmt"
	"io"
	"slices"
)

// Scores are the accuracies of predicted sentences against gold ones, on
// the gold words, punctuation included.
type Scores struct {
	Words, UPOS, XPOS, Lemma, UAS, LAS int
	// Rels counts, per gold or predicted relation, what relation-level
	// precision and recall need (a word counts as correct when its head
	// and relation are).
	Rels map[Rel]*RelScore
}

// RelScore counts one relation.
type RelScore struct {
	Gold, Predicted, Correct int
}

// Precision, Recall and F1 of a relation, in percent.
func (r RelScore) Precision() float64 { return pct(r.Correct, r.Predicted) }
func (r RelScore) Recall() float64    { return pct(r.Correct, r.Gold) }
func (r RelScore) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Add counts one sentence; pred and gold must have the same words.
func (s *Scores) Add(pred, gold *Sentence) error {
	if len(pred.Words) != len(gold.Words) {
		return fmt.Errorf("sentence %q: %d predicted words, %d gold", gold.ID, len(pred.Words), len(gold.Words))
	}
	if s.Rels == nil {
		s.Rels = map[Rel]*RelScore{}
	}
	rel := func(r Rel) *RelScore {
		if s.Rels[r] == nil {
			s.Rels[r] = &RelScore{}
		}
		return s.Rels[r]
	}
	for i, g := range gold.Words {
		p := pred.Words[i]
		s.Words++
		if p.UPOS == g.UPOS {
			s.UPOS++
		}
		if p.XPOS == g.XPOS {
			s.XPOS++
		}
		if p.Lemma == g.Lemma {
			s.Lemma++
		}
		rel(g.Rel).Gold++
		rel(p.Rel).Predicted++
		if p.Head == g.Head {
			s.UAS++
			if p.Rel == g.Rel {
				s.LAS++
				rel(g.Rel).Correct++
			}
		}
	}
	return nil
}

// Merge adds the counts of o to s.
func (s *Scores) Merge(o *Scores) {
	s.Words += o.Words
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.Lemma += o.Lemma
	s.UAS += o.UAS
	s.LAS += o.LAS
	for rel, x := range o.Rels {
		if s.Rels == nil {
			s.Rels = map[Rel]*RelScore{}
		}
		d := s.Rels[rel]
		if d == nil {
			d = &RelScore{}
			s.Rels[rel] = d
		}
		d.Gold += x.Gold
		d.Predicted += x.Predicted
		d.Correct += x.Correct
	}
}

// Percent returns a count of s in percent of its words.
func (s *Scores) Percent(n int) float64 { return pct(n, s.Words) }

// Write prints the scores: the totals, then precision, recall and F1 per
// relation in the order of the relations.
func (s *Scores) Write(w io.Writer) error {
	fmt.Fprintf(w, "words\t%d\n", s.Words)
	fmt.Fprintf(w, "UPOS\t%.2f\n", s.Percent(s.UPOS))
	fmt.Fprintf(w, "XPOS\t%.2f\n", s.Percent(s.XPOS))
	fmt.Fprintf(w, "lemma\t%.2f\n", s.Percent(s.Lemma))
	fmt.Fprintf(w, "UAS\t%.2f\n", s.Percent(s.UAS))
	fmt.Fprintf(w, "LAS\t%.2f\n", s.Percent(s.LAS))
	fmt.Fprintf(w, "\nrelation\tgold\tpredicted\tprecision\trecall\tF1\n")
	rels := make([]Rel, 0, len(s.Rels))
	for r := range s.Rels {
		rels = append(rels, r)
	}
	slices.Sort(rels)
	for _, r := range rels {
		x := s.Rels[r]
		fmt.Fprintf(w, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\n", r, x.Gold, x.Predicted, x.Precision(), x.Recall(), x.F1())
	}
	_, err := fmt.Fprintln(w)
	return err
}

// ParseGold tags and parses the words of gold (their forms only) and
// returns the predicted sentence.
func (p *Parser) ParseGold(gold *Sentence) *Sentence {
	out := &Sentence{ID: gold.ID, Text: gold.Text, Multiword: gold.Multiword, Words: make([]Word, len(gold.Words))}
	for i, w := range gold.Words {
		out.Words[i] = Word{Form: w.Form, Start: w.Start, End: w.End, Token: i, SpaceAfter: w.SpaceAfter}
	}
	p.parseForms(out.Words)
	return out
}

// Evaluate parses every sentence of gold with m and scores it.
func (m *Model) Evaluate(gold []Sentence) (*Scores, error) {
	p := m.NewParser()
	s := &Scores{}
	for i := range gold {
		if err := s.Add(p.ParseGold(&gold[i]), &gold[i]); err != nil {
			return nil, err
		}
	}
	return s, nil
}
