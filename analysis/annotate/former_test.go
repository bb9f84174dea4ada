package annotate

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

// TestFormerOffice: the country of an office held before is no party.
func TestFormerOffice(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		want []string // mention codes
	}{
		{"Malawi's president met former Zambian foreign minister Ruth Banda", []string{"MWI"}},
		{"Malawi's president met Zambia's former envoy", []string{"MWI"}},
		{"Malawi's president met Zambian foreign minister Ruth Banda", []string{"MWI", "ZMB"}},
		{"Malawi's president met Zambia's envoy", []string{"MWI", "ZMB"}},
		{"Malawi welcomed the former Yugoslav republic", []string{"MWI", "YUG"}}, // no person's role
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range lx.Parties(segment.AppendTokens(nil, tt.text, 0), corpus.Date{}) {
				got = append(got, m.Code)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
