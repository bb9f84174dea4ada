package reports

import (
	"fmt"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/stance-project/stance/analysis/validate"
)

// Validation is the comparison of the alignment with an agreement file
// (stance run -votes): the figures of stance validate and a sample of the
// pair-periods compared.
type Validation struct {
	File    string           // the agreement file
	Overall validate.Stats   // all pair-periods compared
	Periods []validate.Stats // per agreement period
	// Points are pair-periods compared, at most a few thousand, in the
	// comparison's fixed order (every k-th of them).
	Points []ValidationPoint
}

// ValidationPoint is one pair-period compared.
type ValidationPoint struct {
	A, B, Period         string
	Alignment, Agreement float64
}

const validationChartID = "validation"

// validationRow is a row of the validation table under the chart.
type validationRow struct {
	Period, Pairs, Spearman, Pearson string
}

// addValidation adds the validation scatter (alignment against agreement)
// and its table of figures.
func addValidation(p *htmlPage, data *pageData, v *Validation) error {
	if v == nil {
		return nil
	}
	p.ValidationFile = v.File
	fmtStat := func(x float64) string {
		if math.IsNaN(x) {
			return "n/a"
		}
		return fmt.Sprintf("%.3f", x)
	}
	p.ValidationRows = append(p.ValidationRows, validationRow{"all", fmt.Sprint(v.Overall.Pairs), fmtStat(v.Overall.Spearman), fmtStat(v.Overall.Pearson)})
	for _, s := range v.Periods {
		p.ValidationRows = append(p.ValidationRows, validationRow{s.Period, fmt.Sprint(s.Pairs), fmtStat(s.Spearman), fmtStat(s.Pearson)})
	}
	if len(v.Points) == 0 {
		return nil
	}
	var sd []opts.ScatterData
	for _, pt := range v.Points {
		sd = append(sd, opts.ScatterData{Name: CountryLabel(pt.A) + " – " + CountryLabel(pt.B) + ", " + pt.Period, Value: []any{jsonNum(pt.Alignment), jsonNum(pt.Agreement)}, SymbolSize: 4})
	}
	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: validationChartID}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "10", Right: "30", Top: "30", Bottom: "10", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: -1, Max: 1, Name: "alignment (score)"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 0, Max: 1, Name: "agreement"}),
	)
	sc.AddSeries("pair-periods", sd, charts.WithItemStyleOpts(opts.ItemStyle{Color: "#08519c", Opacity: opts.Float(0.35)}))
	opt, err := optionJSON(sc, nil)
	if err != nil {
		return err
	}
	p.Validation = &chartBox{ID: validationChartID, Height: 480}
	p.ValidationShown = len(v.Points)
	data.Options[validationChartID] = opt
	return nil
}
