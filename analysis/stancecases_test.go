package analysis

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// stanceCase is an invented document and the signed stances it must give
// (signedStances: "A→B +", one per statement and target, sorted).
type stanceCase struct {
	name string
	doc  corpus.Document
	want []string
}

// checkStanceCases analyses each case's document as stance run does by
// default (the lexicons, the actor lexicon and the parser) and compares
// its signed stances with want.
func checkStanceCases(t *testing.T, tests []stanceCase) {
	t.Helper()
	o := testOptions(t, true)
	o.LoadSyntax = syntaxModel
	a := newAnalyzer(t, o)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "d"
			got := signedStances(a.Analyze(tt.doc))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("stances = %q, want %q", got, tt.want)
			}
		})
	}
}
