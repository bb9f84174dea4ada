package analysis

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// stanceCase is an invented document and the signed stances it must give
// (signedStances: "A→B +", one per statement and target, sorted).
type stanceCase struct {
	name string
	doc  corpus.Document
	want []string
}

// checkStanceCases analyses each case's document with the default
// lexicons and compares its signed stances with want.
func checkStanceCases(t *testing.T, tests []stanceCase) {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Lexicons: set})
	if err != nil {
		t.Fatal(err)
	}
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
