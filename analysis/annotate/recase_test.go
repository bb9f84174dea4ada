package annotate

import (
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

func TestRecase(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text  string
		title bool
		want  string // the words left capitalised, joined by spaces
	}{
		{"Gabon Slams Cameroon Over River Crossing Closure", true, "Gabon Cameroon River Closure"},
		{"Senator Says She Will Run Again", true, "Senator"},
		// "border" opens terms of stance.tsv ("border reopens"): a known
		// word, lowered as "reopen" is.
		{"Mali And Niger Agree To Reopen Border Posts", true, "Mali Niger"},
		{"The US Will Back Chile At The Summit", true, "The US Chile"},
		// With no function word, a known verb right after the countries'
		// names says title case; sentence case, and a title case with
		// neither, are left.
		{"Gabon Slams Cameroon", true, "Gabon Cameroon"},
		{"Gabon, Cameroon Sign Border Accord", true, "Gabon Cameroon"},
		{"Gabon slams Cameroon over river crossing closure", false, "Gabon Cameroon"},
		{"Gabon Cocoa Board Chairman", false, "Gabon Cocoa Board Chairman"},
		{"Gabon's Cocoa Board Slams Cameroon", false, "Gabon's Cocoa Board Slams Cameroon"},
		{"President Ana Ruiz and Chancellor Olaf Berg met in Lima.", false, "President Ana Ruiz Chancellor Olaf Berg Lima"},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		got := lx.Recase(toks, lx.Countries.Find(toks), corpus.Date{})
		var caps []string
		for _, tk := range toks {
			if tk.Cap {
				caps = append(caps, tk.Text)
			}
		}
		if got != tt.title || strings.Join(caps, " ") != tt.want {
			t.Errorf("Recase(%q) = %v, capitalised %q; want %v, %q", tt.text, got, strings.Join(caps, " "), tt.title, tt.want)
		}
	}
}
