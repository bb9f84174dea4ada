package annotate

import (
	"slices"
	"testing"

	"github.com/stance-project/stance/lexicons"
)

// A pattern is found by its first content word, wherever it stands in
// the pattern; a pattern of markers and function words alone is never
// tried (it could never be the frame: see Frame).
func TestBlockIndexAnchors(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // the anchors it is found by
	}{
		{"* + talks", []string{"talks"}},
		{"* in + over &fishing", []string{"fishing"}}, // a synonym set is found by its words' first
		{"* to + for &aid", []string{"alms", "grant"}},
		{"+ &auxverb1 * from $", nil},
		{"* + in $", nil},
		{"* with + on trade_ pact", []string{"trade"}},
	}
	synsets := map[string][][]string{"&aid": {{"grant"}, {"alms"}}, "&fishing": {{"fishing", "rights"}}, "&auxverb1": {{"will"}, {"has"}}}
	for _, tt := range tests {
		before, after, err := lexicons.ParsePattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		x := newBlockIndex([]lexicons.Pattern{{Text: tt.pattern, Before: before, After: after}}, synsets)
		var got []string
		for w := range x.byAnchor {
			got = append(got, w)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: anchors %q, want %q", tt.pattern, got, tt.want)
		}
	}
}
