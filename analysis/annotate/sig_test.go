package annotate

import (
	"strings"
	"testing"

	"github.com/stance-project/stance/lexicons"
)

// TestSignatureFilters checks that the signature filters answer as the
// maps they stand before: every key is let through, and a word that is
// no key gets the map's answer (none).
func TestSignatureFilters(t *testing.T) {
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	lx := NewLexicon(LexiconOptions{Lexicons: set})
	for w, c := range set.Words {
		if got := lx.Words.Of(w); got != c {
			t.Errorf("Words.Of(%q) = %v, want %v", w, got, c)
		}
		for k := range lexicons.WordClass(255) {
			if got, want := lx.Words.Is(w, k), c.Has(k); got != want {
				t.Errorf("Words.Is(%q, %v) = %v, want %v", w, k, got, want)
			}
		}
	}
	for w := range lx.cues {
		if !lx.cueSig.may(w) {
			t.Errorf("cueSig.may(%q) = false for a cue's first word", w)
		}
	}
	for w := range lx.terms {
		if !lx.termSig.may(w) {
			t.Errorf("termSig.may(%q) = false for a term's first word", w)
		}
	}
	for w := range lx.patternVerbs {
		if !lx.patternSig.may(w) {
			t.Errorf("patternSig.may(%q) = false for a pattern verb", w)
		}
	}
	for _, x := range lx.blocks {
		for w := range x.byAnchor {
			if !x.anchors.may(w) {
				t.Errorf("anchors.may(%q) = false for an anchor", w)
			}
		}
	}
	// Words that are no key: the filter may let them through, but the
	// answer stays the map's.
	for _, w := range strings.Fields("xylophone quokka zzz parliamentarily the of 1948 , é") {
		if got, want := lx.Words.Of(w), set.Words[w]; got != want {
			t.Errorf("Words.Of(%q) = %v, want %v", w, got, want)
		}
	}
	var zero WordClasses
	if zero.Is("condemn", lexicons.WordReject, lexicons.WordDeny) || !zero.Of("condemn").Empty() {
		t.Error("the zero WordClasses has a word")
	}
}

// TestSignatureRejects checks that the filter does its work: most words
// of ordinary prose are ruled out before the map is asked.
func TestSignatureRejects(t *testing.T) {
	lx := newTestLexicon(t)
	prose := strings.Fields(strings.ToLower(`the delegation of the republic took note of the
	report on the harvest and the weather in the northern provinces and thanked the
	secretariat for its careful work on the budget of the coming year and the schedule
	of meetings in the autumn`))
	passed := 0
	for _, w := range prose {
		if lx.cueSig.may(w) {
			passed++
		}
	}
	if got, most := passed, len(prose)/2; got > most {
		t.Errorf("cueSig lets %d of %d words of prose through, want at most %d", got, len(prose), most)
	}
}

func BenchmarkWordClassesIs(b *testing.B) {
	lx := newTestLexicon(b)
	words := strings.Fields("the delegation condemned the attack on its embassy and welcomed the talks")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			lx.Words.Is(w, lexicons.WordReject, lexicons.WordConsent)
		}
	}
}
