package reports

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/stance-project/stance/analysis/aggregate"
)

// This file builds the two time series of the report: the mean stance of
// any speaker → target pair, and the alignment of any two countries, each
// with its 95 % band, on a time axis shared by both. The page holds the
// series of every pair it offers in its pickers; the options draw the
// first, and the page script swaps the data when another pair is chosen.

// Budgets of the pickers: the page holds the series of the pairs with
// the most stances until this many pair-periods, so that a corpus of
// decades stays a page a browser opens (the CSV files have every pair).
const (
	maxSeriesPoints = 90000 // dyad-periods of the speaker → target pickers
	maxAlignPoints  = 90000 // pair-periods of the alignment pickers
)

// Minimum evidence of a pair (MinEvidence): the default is the largest of
// minEvidenceSteps that leaves at least minEvidencePairs pairs.
var minEvidenceSteps = [...]int{5, 3, 2}

const minEvidencePairs = 30

// defaultMinEvidence returns the minimum number of stances with evidence
// over all periods a speaker → target pair needs for the charts of cells:
// the largest of 5, 3 and 2 that leaves at least minEvidencePairs pairs,
// else 1 (every pair).
func defaultMinEvidence(cells []heatCell) int {
	for _, m := range minEvidenceSteps {
		n := 0
		for _, c := range cells {
			if c.NEvidence >= m && c.Speaker != c.Target {
				n++
			}
		}
		if n >= minEvidencePairs {
			return m
		}
	}
	return 1
}

type countryPair struct{ a, b string }

// timeSlot is one place on the time axis: a period, or a gap ("")
// between periods that are not neighbours.
type timeSlot struct {
	label      string
	start, end time.Time
}

// timeAxis places period labels on a time axis by their start dates, with
// a gap slot ("") after a period whose next one is not its neighbour, so
// that lines break there (2012-09 and 2018-07 are not neighbours). It
// returns the slots' labels and start dates, the periods' own slots in
// order, the shortest period and the number of labels that are not dates.
func timeAxis(labels []string) (periods, dates []string, slots []timeSlot, shortest time.Duration, leftOut int) {
	seen := map[string]bool{}
	for _, l := range labels {
		if seen[l] {
			continue
		}
		seen[l] = true
		if start, end, _, ok := periodSpan(l); ok {
			slots = append(slots, timeSlot{l, start, end})
		} else {
			leftOut++
		}
	}
	if len(slots) == 0 {
		return nil, nil, nil, 0, leftOut
	}
	slices.SortFunc(slots, func(a, b timeSlot) int {
		return cmp.Or(a.start.Compare(b.start), b.end.Compare(a.end), cmp.Compare(a.label, b.label))
	})
	shortest = slots[0].end.Sub(slots[0].start)
	var reach time.Time // the latest end so far
	for i, sl := range slots {
		if i > 0 && reach.Before(sl.start) {
			periods, dates = append(periods, ""), append(dates, reach.Format(time.DateOnly))
		}
		periods, dates = append(periods, sl.label), append(dates, sl.start.Format(time.DateOnly))
		if sl.end.After(reach) {
			reach = sl.end
		}
		shortest = min(shortest, sl.end.Sub(sl.start))
	}
	return periods, dates, slots, shortest, leftOut
}

// offeredDyads returns the speaker → target pairs the pickers offer (byKey:
// the indices of each pair's rows in dyads), in
// the order of the quick list, and how many lead it: the focus dyads with
// data, then the pairs with the most stances among those with at least
// minEv stances with evidence (of countries, unless withOrgs), while
// their periods fit maxSeriesPoints; top is the focus dyads and the first
// topDyads others. qualified is the number of pairs with minEv, all the
// number with dated stances of the kind charted; cut says whether the
// budget left out some of the qualified pairs.
func offeredDyads(dyads []aggregate.Dyad, byKey map[countryPair][]int, focus [][2]string, minEv int, withOrgs bool) (offered []countryPair, top, qualified, all int, cut bool) {
	total, evidence := map[countryPair]int{}, map[countryPair]int{}
	for k, ds := range byKey {
		for _, i := range ds {
			total[k] += dyads[i].N
			evidence[k] += dyads[i].NEvidence
		}
	}
	seen := map[countryPair]bool{}
	points := 0
	for _, f := range focus {
		k := countryPair{f[0], f[1]}
		if !seen[k] && len(byKey[k]) > 0 {
			seen[k] = true
			offered = append(offered, k)
			points += len(byKey[k])
		}
	}
	var ranked []countryPair
	for k := range byKey {
		if !withOrgs && organisationPair(k.a, k.b) {
			continue
		}
		all++
		if (minEv <= 1 || evidence[k] >= minEv) && !seen[k] {
			ranked = append(ranked, k)
		}
	}
	slices.SortFunc(ranked, func(x, y countryPair) int {
		return cmp.Or(cmp.Compare(total[y], total[x]), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	top, qualified = len(offered), len(ranked)
	for i, k := range ranked {
		if i >= topDyads && points+len(byKey[k]) > maxSeriesPoints {
			cut = true
			break
		}
		offered = append(offered, k)
		points += len(byKey[k])
		if i < topDyads {
			top++
		}
	}
	return offered, top, qualified, all, cut
}

// offeredAlignments returns the country pairs of the alignment pickers:
// first the pair first (when it has rows), then those with the most
// stances in their profiles while their periods fit maxAlignPoints; and
// the number of pairs with rows.
func offeredAlignments(align []aggregate.Alignment, byPair map[countryPair][]int, first countryPair) (offered []countryPair, all int) {
	total := map[countryPair]int{}
	ranked := make([]countryPair, 0, len(byPair))
	for k, rows := range byPair {
		for _, i := range rows {
			total[k] += align[i].N
		}
		ranked = append(ranked, k)
	}
	slices.SortFunc(ranked, func(x, y countryPair) int {
		return cmp.Or(cmp.Compare(total[y], total[x]), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	points := 0
	if rows := byPair[first]; len(rows) > 0 {
		offered = append(offered, first)
		points += len(rows)
	}
	for _, k := range ranked {
		if k == first {
			continue
		}
		if len(offered) > 0 && points+len(byPair[k]) > maxAlignPoints {
			break
		}
		offered = append(offered, k)
		points += len(byPair[k])
	}
	return offered, len(byPair)
}

// addSeries adds the two time series: the dyads (speaker → target: mean
// per period, its 95 % band and the smoothed line) and the alignment of
// two countries (score per period and its band), with the data of every
// pair the pickers offer.
func addSeries(p *htmlPage, data *pageData, d HTMLData, minEv int) error {
	byKey := map[countryPair][]int{} // indices into d.Dyads
	for i := range d.Dyads {
		dy := &d.Dyads[i]
		if dy.Period == "" || dy.N <= 0 {
			continue
		}
		k := countryPair{dy.Speaker, dy.Target}
		byKey[k] = append(byKey[k], i)
	}
	offered, top, qualified, all, cut := offeredDyads(d.Dyads, byKey, d.FocusDyads, minEv, d.WithOrganisations)
	// The rows of each pair, as indices into d.Alignments: on a corpus of
	// decades the rows are the largest table of the report, not to be
	// copied.
	byPair := map[countryPair][]int{}
	for i := range d.Alignments {
		a := &d.Alignments[i]
		if a.Period == "" || math.IsNaN(a.Score) || (!d.WithOrganisations && organisationPair(a.A, a.B)) {
			continue
		}
		k := countryPair{a.A, a.B}
		byPair[k] = append(byPair[k], i)
	}
	var first countryPair
	if len(offered) > 0 {
		first = countryPair{min(offered[0].a, offered[0].b), max(offered[0].a, offered[0].b)}
	}
	aligned, allAligned := offeredAlignments(d.Alignments, byPair, first)
	if len(offered) == 0 && len(aligned) == 0 {
		return nil
	}

	window := d.SmoothWindow
	var shown []aggregate.Dyad
	for _, k := range offered {
		for _, i := range byKey[k] {
			shown = append(shown, d.Dyads[i])
		}
	}
	if window == 0 {
		window = DefaultSmoothWindow
		shown = slices.Clone(shown)
		aggregate.Smooth(shown, d.Period, window)
	}
	var labels []string
	for _, dy := range shown {
		labels = append(labels, dy.Period)
	}
	for _, k := range aligned {
		for _, i := range byPair[k] {
			labels = append(labels, d.Alignments[i].Period)
		}
	}
	periods, dates, slots, shortest, leftOut := timeAxis(labels)
	p.SeriesLeftOut = leftOut
	if len(slots) == 0 {
		return nil
	}
	data.Periods, data.PeriodDates = periods, dates
	at := indexOf(periods)
	axis := timeAxisSpec{dates: dates, first: slots[0].start, last: slots[len(slots)-1].start, shortest: shortest}

	if len(offered) > 0 {
		p.SmoothNote = fmt.Sprintf("The dashed line is the n-weighted mean over %d periods on each side (periods with data only).", window)
		byShown := map[countryPair][]aggregate.Dyad{}
		for _, dy := range shown {
			k := countryPair{dy.Speaker, dy.Target}
			byShown[k] = append(byShown[k], dy)
		}
		for i, k := range offered {
			s := seriesJSON{Speaker: k.a, Target: k.b, Points: [][]any{}}
			rows := byShown[k]
			slices.SortFunc(rows, func(x, y aggregate.Dyad) int { return cmp.Compare(at[x.Period], at[y.Period]) })
			for _, dy := range rows {
				if j, ok := at[dy.Period]; ok {
					s.N += dy.N
					s.Points = append(s.Points, []any{j, jsonNum3(dy.Mean), jsonNum3(dy.CILow), jsonNum3(dy.CIHigh), jsonNum3(dy.Smoothed), dy.N})
				}
			}
			data.Series = append(data.Series, s)
			addNames(data.Names, k.a, k.b)
			if i < top {
				p.SeriesDyads = append(p.SeriesDyads, seriesDyad{CountryLabel(k.a), CountryLabel(k.b), s.N})
			}
		}
		data.SeriesTop = top
		p.SeriesOffered, p.SeriesQualified, p.SeriesAll, p.SeriesCut = len(offered), qualified, all, cut
		opt, err := bandOption(axis, bandSpec{id: seriesChartID, tooltip: seriesTooltipID, value: "mean", yName: "mean stance", smoothed: true},
			data.Series[0].Points, len(periods))
		if err != nil {
			return err
		}
		p.Series = &chartBox{ID: seriesChartID, Height: 440}
		data.Options[seriesChartID] = opt
	}

	if len(aligned) > 0 {
		slices.SortFunc(aligned[1:], func(x, y countryPair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
		for _, k := range aligned {
			s := alignJSON{A: k.a, B: k.b, Points: [][]any{}}
			rows := byPair[k]
			slices.SortFunc(rows, func(x, y int) int {
				return cmp.Compare(at[d.Alignments[x].Period], at[d.Alignments[y].Period])
			})
			for _, i := range rows {
				a := &d.Alignments[i]
				if j, ok := at[a.Period]; ok {
					s.N += a.N
					s.Points = append(s.Points, []any{j, jsonNum3(a.Score), jsonNum3(a.CILow), jsonNum3(a.CIHigh), a.N})
				}
			}
			data.Align = append(data.Align, s)
			addNames(data.Names, k.a, k.b)
		}
		p.AlignOffered, p.AlignAll = len(aligned), allAligned
		opt, err := bandOption(axis, bandSpec{id: alignChartID, tooltip: alignTooltipID, value: "alignment", yName: "alignment"},
			data.Align[0].Points, len(periods))
		if err != nil {
			return err
		}
		p.AlignSeries = &chartBox{ID: alignChartID, Height: 400}
		data.Options[alignChartID] = opt
	}
	return nil
}

// jsonNum3 is jsonNum at 3 decimals, for the pickers' series.
func jsonNum3(x float64) any {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	r := math.Round(x*1e3) / 1e3
	if r == 0 {
		r = 0
	}
	return r
}

// timeAxisSpec is the shared time axis of the series charts.
type timeAxisSpec struct {
	dates       []string // start date of each slot
	first, last time.Time
	shortest    time.Duration
}

// bandSpec is a band chart: a value per period with its 95 % band, and
// for the dyads a smoothed line.
type bandSpec struct {
	id, tooltip  string
	value, yName string // the value's legend name and the y axis name
	smoothed     bool   // points carry a smoothed value after the band
}

// bandOption returns the options of a band chart drawing points, sparse
// entries [slot, value, ci_low, ci_high, (smoothed,) n] over nslots slots.
// Each item is [start date, value]; "-" is a gap: a period without data,
// or without an interval, is never drawn as 0. The band is ci_low plus a
// stacked (ci_high − ci_low), inside the scale's [−1, 1] (the tooltip
// gives the interval itself). html.tmpl builds the same columns when
// another pair is chosen.
func bandOption(axis timeAxisSpec, spec bandSpec, points [][]any, nslots int) (json.RawMessage, error) {
	dense := make([][]any, nslots)
	for _, pt := range points {
		dense[pt[0].(int)] = pt[1:]
	}
	col := func(f func([]any) any) []opts.LineData {
		out := make([]opts.LineData, nslots)
		for i, pt := range dense {
			var v any
			if pt != nil {
				v = f(pt)
			}
			if v == nil {
				v = "-"
			}
			out[i] = opts.LineData{Value: []any{axis.dates[i], v}}
		}
		return out
	}
	num := func(v any) (float64, bool) { f, ok := v.(float64); return f, ok }
	clamp := func(x float64) float64 { return math.Max(-1, math.Min(1, x)) }
	lower := col(func(pt []any) any {
		lo, ok1 := num(pt[1])
		_, ok2 := num(pt[2])
		if !ok1 || !ok2 {
			return nil
		}
		return jsonNum3(clamp(lo))
	})
	band := col(func(pt []any) any {
		lo, ok1 := num(pt[1])
		hi, ok2 := num(pt[2])
		if !ok1 || !ok2 {
			return nil
		}
		return jsonNum3(clamp(hi) - clamp(lo))
	})
	value := col(func(pt []any) any { return pt[0] })

	const valueColor, bandColor, smoothColor = "#08519c", "#9ecae1", "#d95f02"
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: spec.id}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", Formatter: types.FuncStr(spec.tooltip)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "50", Right: "40", Top: "40", Bottom: "95", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time", Name: "start of the period", NameLocation: "middle", NameGap: 30,
			MinInterval: float64(axis.shortest.Milliseconds())}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: -1, Max: 1, Name: spec.yName, NameLocation: "middle", NameGap: 40}),
		charts.WithDataZoomOpts(opts.DataZoom{Type: "slider", XAxisIndex: []int{0}}),
	)
	line.AddSeries("lower", lower, charts.WithLineChartOpts(opts.LineChart{Stack: "ci", ShowSymbol: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}))
	line.AddSeries("95 % interval", band, charts.WithLineChartOpts(opts.LineChart{Stack: "ci", ShowSymbol: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: bandColor}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Color: bandColor, Opacity: opts.Float(0.5)}))
	line.AddSeries(spec.value, value, charts.WithLineStyleOpts(opts.LineStyle{Color: valueColor, Width: 2}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: valueColor}))
	legend := []any{
		map[string]any{"name": spec.value, "itemStyle": map[string]any{"color": valueColor}, "lineStyle": map[string]any{"color": valueColor}},
		// The band's mark is its fill, not a line.
		map[string]any{"name": "95 % interval", "icon": "rect", "itemStyle": map[string]any{"color": bandColor, "opacity": 0.5}},
	}
	if spec.smoothed {
		smooth := col(func(pt []any) any { return pt[3] })
		line.AddSeries("smoothed", smooth, charts.WithLineStyleOpts(opts.LineStyle{Color: smoothColor, Width: 2, Type: "dashed"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: smoothColor}), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}))
		legend = append(legend, map[string]any{"name": "smoothed", "itemStyle": map[string]any{"color": smoothColor}, "lineStyle": map[string]any{"color": smoothColor, "type": "dashed"}})
	}
	return optionJSON(line, func(m map[string]any) {
		for _, s := range m["series"].([]any) {
			// Stack across signs: ci_low may be negative and the band is
			// positive (ECharts stacks same signs only by default).
			s.(map[string]any)["stackStrategy"] = "all"
			s.(map[string]any)["connectNulls"] = false
		}
		component(m, "legend")["data"] = legend
		component(m, "dataZoom")["bottom"] = 10
		// Half the shortest period of room at each end, so that the
		// first and last points and their tick labels are not at the
		// very edge. Local times, as ECharts reads the dates of the data.
		x := component(m, "xAxis")
		const local = "2006-01-02 15:04:05"
		x["min"] = axis.first.Add(-axis.shortest / 2).Format(local)
		x["max"] = axis.last.Add(axis.shortest / 2).Format(local)
		// Tick labels are dates at the precision of the tick, ISO style.
		x["axisLabel"] = map[string]any{"hideOverlap": true, "showMinLabel": false, "showMaxLabel": false, "formatter": map[string]any{
			"year": "{yyyy}", "month": "{yyyy}-{MM}", "day": "{yyyy}-{MM}-{dd}",
			"hour": "{yyyy}-{MM}-{dd}", "minute": "{yyyy}-{MM}-{dd}", "second": "{yyyy}-{MM}-{dd}", "millisecond": "{yyyy}-{MM}-{dd}",
		}}
	})
}
