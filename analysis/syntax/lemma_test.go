package syntax

import "testing"

// TestLemma checks lemmas of the embedded model that the suffix rules give
// to forms EWT does not have (expectations robust to retraining on EWT).
func TestLemma(t *testing.T) {
	p := loadModel(t).NewParser()
	for _, c := range []struct{ text, form, want string }{
		{"The minister was blamed by the rebels.", "blamed", "blame"},
		{"Ghana criticised the sanctions.", "criticised", "criticise"},
		{"Minister slams new tariffs", "slams", "slam"},
		{"The rebels accused the army.", "rebels", "rebel"},
		{"Talks resumed in Doha.", "Doha", "Doha"},
	} {
		s := parseText(p, c.text)
		i := findWord(s, c.form)
		if i < 0 {
			t.Fatalf("no word %q in %s", c.form, splitString(s))
		}
		if got := s.Words[i].Lemma; got != c.want {
			t.Errorf("lemma of %s (%v) in %q = %q, want %q", c.form, s.Words[i].XPOS, c.text, got, c.want)
		}
	}
}

// TestLemmaRules: lemmas decided by code, not by training.
func TestLemmaRules(t *testing.T) {
	p := loadModel(t).NewParser()
	for _, c := range []struct {
		text, form, want, bug string
	}{
		{"Chile and Peru signed a deal.", "Peru", "Peru",
			"the lemmatizer looks a proper noun up lower-cased before it keeps its form: EWT's one \"peru\" (NNP, lemma peru) makes the lemma of Peru peru (lemma.go)"},
		{"The project cost 1,000,000 dollars.", "1,000,000", "1000000",
			"the suffix rules learnt from EWT's numbers (1,000 → 1000) strip only the last comma of a number: the lemma of 1,000,000 is 1,000000 (EWT writes numbers' lemmas without commas)"},
	} {
		t.Run(c.form, func(t *testing.T) {
			s := parseText(p, c.text)
			i := findWord(s, c.form)
			if i < 0 {
				t.Fatalf("no word %q in %s", c.form, splitString(s))
			}
			if got := s.Words[i].Lemma; got != c.want {
				t.Errorf("lemma of %s (%v) in %q = %q, want %q", c.form, s.Words[i].XPOS, c.text, got, c.want)
			}
		})
	}
}
