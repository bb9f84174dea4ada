package reports

import (
	"strings"
	"testing"
	"time"
)

// TestAdversarialEvidence feeds the one regular expression that reads
// corpus-derived text (evidenceItem, on the evidence column of
// stances.csv, which "stance aggregate" reads back from a folder a user
// may have edited) and the evidence marks its worst cases: long items that
// almost match, many signs and digits, a long text of one repeated
// letter. Go's regexp is linear in its input; this checks that it stays
// fast here. The limit is generous for a slow CI machine; each case
// typically takes a few milliseconds.
func TestAdversarialEvidence(t *testing.T) {
	t.Parallel()
	const limit = 10 * time.Second
	const n = 1 << 20
	items := []struct{ name, item string }{
		{"no sign", strings.Repeat("a", n)},
		{"signs without digits", strings.Repeat("a+", n/2)},
		{"almost numbers", strings.Repeat("x+1.", n/4)},
		{"numbers without a space after", strings.Repeat("x+1.0", n/5) + "x"},
		{"signs and digits only", strings.Repeat("+-0.", n/4)},
		{"match at the very end", strings.Repeat("a+1.b", n/5) + "+0.5"},
		{"spaces", strings.Repeat(" +0.", n/4)},
	}
	for _, tt := range items {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			evidenceItem.FindStringSubmatch(tt.item)
			if took := time.Since(start); took > limit {
				t.Errorf("evidenceItem on %d bytes took %v, want less than %v", len(tt.item), took, limit)
			}
		})
	}
	texts := []struct{ name, text string }{
		{"one long word", strings.Repeat("a", n)},
		{"a term everywhere", strings.Repeat("condemn ", n/8)},
		{"a prefix everywhere", strings.Repeat("condemned", n/9)},
	}
	evidence := []string{"a+0.10 any", "a*+0.10 any", "condemn*-0.80 forward", "condemn-0.80 forward", "aa*-0.10 any"}
	for i := range 1000 { // many items that match nowhere
		evidence = append(evidence, strings.Repeat("z", 1+i%7)+"+0.1"+strings.Repeat("0", i%3)+" any")
	}
	for _, tt := range texts {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			parts := newEvidenceMarker().segments(tt.text, evidence, nil)
			took := time.Since(start)
			t.Logf("%d bytes, %d evidence items: %d parts in %v", len(tt.text), len(evidence), len(parts), took)
			if took > limit {
				t.Errorf("segments took %v, want less than %v", took, limit)
			}
			if joinSegments(parts) != tt.text {
				t.Errorf("segments do not join to the text")
			}
		})
	}
}
