package main

import (
	"fmt"
	"math"
	"os"

	"github.com/stance-project/stance/analysis/validate"
	"github.com/stance-project/stance/reports"
)

// maxValidationPoints caps the pair-periods drawn in the report's
// validation scatter (every k-th of them in their fixed order); the
// figures count them all.
const maxValidationPoints = 3000

// validate compares the alignment with the agreement file of -votes
// (stance validate's comparison, finer periods matched to their year) and
// keeps the result for the report and run.json. It does nothing without
// -votes.
func (a *aggregates) validate(g *aggFlags) error {
	if g.votes == "" {
		return nil
	}
	f, err := os.Open(g.votes)
	if err != nil {
		return fmt.Errorf("-votes: %w", err)
	}
	defer f.Close()
	agree, err := validate.Read(f, g.votes, validate.AgreementColumns())
	if err != nil {
		return fmt.Errorf("-votes: %w", err)
	}
	// The alignment rows as a table: unique pairs, A < B, scores finite.
	align := &validate.Table{File: "alignment", Column: "score"}
	for _, al := range a.align {
		year, ok := validate.PeriodYear(al.Period)
		if !ok || math.IsNaN(al.Score) || al.A == al.B {
			continue
		}
		align.Read++
		align.Rows = append(align.Rows, validate.Row{A: al.A, B: al.B, Period: al.Period, Year: year, Value: al.Score, Line: align.Read + 1})
	}
	res := validate.Compare(align, agree, validate.Options{ByYear: true})
	v := &reports.Validation{File: g.votes, Overall: res.Overall, Periods: res.Periods}
	step := max(1, (len(res.Pairs)+maxValidationPoints-1)/maxValidationPoints)
	for i := 0; i < len(res.Pairs); i += step {
		p := res.Pairs[i]
		v.Points = append(v.Points, reports.ValidationPoint{A: p.A, B: p.B, Period: p.Period, Alignment: p.Alignment, Agreement: p.Agreement})
	}
	a.validation = v
	return nil
}

// validationJSON is run.json's "validation": the overall figures of -votes.
type validationJSON struct {
	File     string   `json:"file"`
	Pairs    int      `json:"pairs"`
	Spearman *float64 `json:"spearman"`
	Pearson  *float64 `json:"pearson"`
}

func newValidationJSON(v *reports.Validation) *validationJSON {
	if v == nil {
		return nil
	}
	num := func(x float64) *float64 {
		if x != x { // NaN: null
			return nil
		}
		return &x
	}
	return &validationJSON{File: v.File, Pairs: v.Overall.Pairs, Spearman: num(v.Overall.Spearman), Pearson: num(v.Overall.Pearson)}
}
