package lexicons

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestVerbForms(t *testing.T) {
	irr := Irregular{"fight": {"fought"}, "admit": {"admitted", "admitting"}, "say": {"said"}, "burst": nil}
	tests := []struct {
		lemma string
		want  []string
	}{
		{"praise", []string{"praise", "praised", "praises", "praising"}},
		{"slam", []string{"slam", "slammed", "slamming", "slams"}},
		{"deny", []string{"denied", "denies", "deny", "denying"}},
		{"vow", []string{"vow", "vowed", "vowing", "vows"}},
		{"stress", []string{"stress", "stressed", "stresses", "stressing"}},
		{"visit", []string{"visit", "visited", "visiting", "visits"}},
		{"cancel", []string{"cancel", "canceled", "canceling", "cancelled", "cancelling", "cancels"}},
		{"agree", []string{"agree", "agreed", "agreeing", "agrees"}},
		{"tie", []string{"tie", "tied", "ties", "tying"}},
		{"veto", []string{"veto", "vetoed", "vetoes", "vetoing"}},
		{"fight", []string{"fight", "fighting", "fights", "fought"}},
		{"fight back", []string{"fight back", "fighting back", "fights back", "fought back"}},
		{"admit", []string{"admit", "admits", "admitted", "admitting"}},
		{"say", []string{"said", "say", "saying", "says"}},
		{"burst", []string{"burst", "bursting", "bursts"}},
	}
	for _, tt := range tests {
		if got := VerbForms(tt.lemma, irr); !slices.Equal(got, tt.want) {
			t.Errorf("VerbForms(%q) = %q, want %q", tt.lemma, got, tt.want)
		}
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct {
		noun string
		want []string
	}{
		{"ally", []string{"allies", "ally"}},
		{"crisis", []string{"crises", "crisis"}},
		{"spokesman", []string{"spokesman", "spokesmen"}},
		{"embargo", []string{"embargo", "embargos"}},
		{"strategic partnership", []string{"strategic partnership", "strategic partnerships"}},
		{"speech", []string{"speech", "speeches"}},
	}
	for _, tt := range tests {
		if got := NounForms(tt.noun); !slices.Equal(got, tt.want) {
			t.Errorf("NounForms(%q) = %q, want %q", tt.noun, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	tests := []struct {
		term string
		want []string
		ok   bool
	}{
		{"solidarity", []string{"solidarity"}, true},
		{"stand/v with", []string{"stand with", "standing with", "stands with", "stood with"}, true},
		{"phone call/n", []string{"phone call", "phone calls"}, true},
		{"recall/v ambassador/n", nil, false},
		{"/v", nil, false},
	}
	irr := Irregular{"stand": {"stood"}}
	for _, tt := range tests {
		got, ok := Expand(tt.term, irr)
		if ok != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("Expand(%q) = %q, %v, want %q, %v", tt.term, got, ok, tt.want, tt.ok)
		}
	}
}

// TestNoWildcards: no built-in term or cue holds a wildcard, and the
// loader refuses one with a message that says what to write instead.
func TestNoWildcards(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range s.Terms {
		for _, w := range term.Words {
			if strings.ContainsAny(w, "*/") {
				t.Errorf("term %q has a wildcard or marker left", term.Words)
			}
		}
	}
	user := map[string]string{StanceFile: "# version: x\nsever*\t-0.5\tSANCTION\tact\n"}
	_, err = Load(Default(), mapFS(user))
	if err == nil || !strings.Contains(err.Error(), "stance.tsv:2:") || !strings.Contains(err.Error(), "sever/v") {
		t.Errorf("a wildcard row: err = %v, want stance.tsv:2 and a hint", err)
	}
}

// wordList is Debian's wamerican list (CI installs it).
const wordList = "/usr/share/dict/words"

// TestWholeWords runs the stance and cue matchers over every word of an
// English word list: each word that matches a term or a cue must be a form
// of that term's row (its lemma or an inflection), so that no term matches
// a word that merely starts like it (several, decree, fighter).
func TestWholeWords(t *testing.T) {
	f, err := os.Open(wordList)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v: CI installs wamerican (.ci/run)", err)
		}
		t.Skipf("%v (apt-get install wamerican)", err)
	}
	defer f.Close()
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Every form a row stands for, by form, with the row's label.
	forms := map[string][]string{}
	for _, term := range s.Terms {
		if len(term.Words) == 1 {
			forms[term.Words[0]] = append(forms[term.Words[0]], term.Label)
		}
	}
	for _, c := range s.Cues {
		if len(c.Words) == 1 {
			forms[c.Words[0]] = append(forms[c.Words[0]], c.Label)
		}
	}
	isForm := func(word, label string) bool {
		lemma := strings.TrimSuffix(strings.TrimSuffix(label, "/v"), "/n")
		switch {
		case word == lemma:
			return true
		case strings.HasSuffix(label, "/v"):
			return slices.Contains(VerbForms(lemma, s.Irregular), word)
		case strings.HasSuffix(label, "/n"):
			return slices.Contains(NounForms(lemma), word)
		}
		// An imported verb's label is its lemma.
		return slices.Contains(VerbForms(lemma, s.Irregular), word) || slices.ContainsFunc(s.Events.Verbs, func(v Verb) bool {
			return v.Lemma == lemma && slices.Contains(v.Forms, word)
		})
	}
	sc := bufio.NewScanner(f)
	words, matched := 0, 0
	for sc.Scan() {
		word := strings.ToLower(strings.TrimSpace(sc.Text()))
		if word == "" {
			continue
		}
		words++
		labels := forms[word]
		if len(labels) > 0 {
			matched++
		}
		for _, l := range labels {
			if !isForm(word, l) {
				t.Errorf("%q matches row %q, of which it is no form", word, l)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Words that the wildcards of stance.tsv version 2 took for stance
	// terms: "several" for sever*, "fighter" for fight*, "investigation"
	// for invest*. ("decree" is a CAMEO verb of its own now, but no form
	// of "decry".)
	for _, w := range []string{"several", "fighter", "fighters", "investigation", "supportable"} {
		if labels := forms[w]; len(labels) > 0 {
			t.Errorf("%q matches %q", w, labels)
		}
	}
	// "warmonger" is a row of its own, no form of "war".
	if got := forms["warmonger"]; !slices.Equal(got, []string{"warmonger/n"}) {
		t.Errorf("\"warmonger\" matches %q, want only warmonger/n", got)
	}
	if slices.Contains(forms["decree"], "decry/v") {
		t.Errorf("\"decree\" matches decry/v")
	}
	if words < 50000 || matched < 1000 {
		t.Errorf("read %d words, %d matched: the list or the lexicons are too small", words, matched)
	}
}

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}
