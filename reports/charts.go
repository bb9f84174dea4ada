package reports

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/stance-project/stance/analysis/aggregate"
)

// This file builds the chart options with go-echarts. Options are
// marshalled to JSON and reach the page through html/template, which
// escapes them for the script context; formatters are ids (see html.go).

type jsonChart interface {
	Validate()
	JSON() map[string]any
}

// optionJSON marshals a chart's options; patch, when not nil, edits the
// decoded options for what go-echarts cannot express.
func optionJSON(c jsonChart, patch func(map[string]any)) (json.RawMessage, error) {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("html report: chart options: %w", err)
	}
	if patch == nil {
		return b, nil
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("html report: chart options: %w", err)
	}
	patch(m)
	if b, err = json.Marshal(m); err != nil {
		return nil, fmt.Errorf("html report: chart options: %w", err)
	}
	return b, nil
}

// component returns the first of the component key of decoded options
// (go-echarts writes some as an object, some as an array).
func component(m map[string]any, key string) map[string]any {
	switch v := m[key].(type) {
	case map[string]any:
		return v
	case []any:
		if len(v) > 0 {
			if c, ok := v[0].(map[string]any); ok {
				return c
			}
		}
	}
	c := map[string]any{}
	m[key] = c
	return c
}

// cellsData returns heatmap items [x index, y index, mean, n, ci_low,
// ci_high] of the cells whose target is in xs and speaker in ys.
func cellsData(cells []heatCell, xs, ys []string) []opts.HeatMapData {
	xi, yi := indexOf(xs), indexOf(ys)
	data := make([]opts.HeatMapData, 0, len(cells))
	for _, c := range cells {
		x, okx := xi[c.Target]
		y, oky := yi[c.Speaker]
		if okx && oky {
			data = append(data, opts.HeatMapData{Value: []any{x, y, jsonNum(c.Mean), c.N, jsonNum(c.Low), jsonNum(c.High)}})
		}
	}
	return data
}

func indexOf(xs []string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		m[x] = i
	}
	return m
}

// heatmapOption returns the options of a heatmap of the mean stance, ys
// (rows) toward xs (columns).
func heatmapOption(id, tooltip string, xs, ys []string, data []opts.HeatMapData, xName, yName string) (json.RawMessage, error) {
	longest := 0
	for _, c := range xs {
		longest = max(longest, utf8.RuneCountInString(c))
	}
	labelAngle := 0.0
	if len(xs) > 12 || longest > 4 {
		labelAngle = 90
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: id}),
		charts.WithAnimation(false),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: types.FuncStr(tooltip)}),
		charts.WithGridOpts(opts.Grid{Left: "10", Right: "120", Top: "40", Bottom: "10", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{
			Type: "category", Name: xName, NameLocation: "end", Data: xs,
			// Grey where there are no statements, unlike the near-white of
			// a mean of 0.
			SplitArea: &opts.SplitArea{Show: opts.Bool(true), AreaStyle: &opts.AreaStyle{Color: noDataColor}},
			AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: labelAngle},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "category", Name: yName, NameLocation: "start", Data: ys,
			Inverse:   opts.Bool(true), // first row on top
			AxisLabel: &opts.AxisLabel{Interval: "0"},
		}),
		charts.WithVisualMapOpts(opts.VisualMap{
			Type: "continuous", Calculable: opts.Bool(true), Min: -1, Max: 1,
			Dimension: "2", // the mean
			Orient:    "vertical", Right: "10", Top: "middle",
			Text:    []string{"positive", "negative"},
			InRange: &opts.VisualMapInRange{Color: rdBu},
		}),
	)
	hm.AddSeries("mean stance", data,
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#ffffff", BorderWidth: 1}),
		charts.WithEmphasisOpts(opts.Emphasis{ItemStyle: &opts.ItemStyle{BorderColor: "#222222", BorderWidth: 1}}),
	)
	return optionJSON(hm, func(m map[string]any) {
		// Axis labels are names (the tooltip has the code): a long one is
		// cut with "…" rather than squeezing the cells.
		for _, axis := range []string{"xAxis", "yAxis"} {
			for _, a := range m[axis].([]any) {
				if l, ok := a.(map[string]any)["axisLabel"].(map[string]any); ok {
					l["width"], l["overflow"] = maxAxisLabelWidth, "truncate"
				}
			}
		}
	})
}

// edgeColor is the colour of a network edge of mean stance m: from
// RdBu's red at −1 through grey at 0 (still visible on white, unlike
// RdBu's near-white) to its blue at +1.
func edgeColor(m float64) string {
	if math.IsNaN(m) {
		return noDataColor
	}
	m = math.Max(-1, math.Min(1, m))
	from, to := [3]float64{0xbd, 0xbd, 0xbd}, [3]float64{0x21, 0x66, 0xac}
	if m < 0 {
		to, m = [3]float64{0xb2, 0x18, 0x2b}, -m
	}
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(from[i] + (to[i]-from[i])*m))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// maxAxisLabelWidth caps the width of a heatmap's axis labels, in pixels.
const maxAxisLabelWidth = 190

// networkOption draws the countries on a circle in bloc order, sized by
// stances, coloured by bloc, with an arrow for each of the directed pairs
// with the most stances among those with at least minNetworkEvidence
// stances with evidence, coloured by its mean and as wide as its n. It
// returns the options and the number of edges.
func networkOption(countries []string, cells []heatCell, blocs map[string]int) (json.RawMessage, int, error) {
	volume := countryVolume(cells)
	most := 1
	for _, c := range countries {
		most = max(most, volume[c])
	}
	maxBloc := 0
	for _, c := range countries {
		maxBloc = max(maxBloc, blocs[c])
	}
	var cats []*opts.GraphCategory
	for b := 1; b <= maxBloc; b++ {
		cats = append(cats, &opts.GraphCategory{Name: fmt.Sprintf("bloc %d", b), ItemStyle: &opts.ItemStyle{Color: blocColor(b)}})
	}
	cats = append(cats, &opts.GraphCategory{Name: "no bloc", ItemStyle: &opts.ItemStyle{Color: noBlocColor}})
	var nodes []opts.GraphNode
	for _, c := range countries {
		cat := len(cats) - 1
		if b, ok := blocs[c]; ok {
			cat = b - 1
		}
		size := 10 + 40*math.Sqrt(float64(volume[c])/float64(most))
		nodes = append(nodes, opts.GraphNode{Name: c, Value: float32(volume[c]), Category: cat, SymbolSize: math.Round(size)})
	}
	edges := slices.Clone(cells)
	edges = slices.DeleteFunc(edges, func(c heatCell) bool { return c.Speaker == c.Target || c.NEvidence < minNetworkEvidence })
	slices.SortStableFunc(edges, func(a, b heatCell) int { return cmp.Compare(b.N, a.N) })
	edges = edges[:min(len(edges), maxNetworkEdges)]
	slices.SortFunc(edges, func(a, b heatCell) int {
		return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Target, b.Target))
	})
	mostEdge := 1
	for _, e := range edges {
		mostEdge = max(mostEdge, e.N)
	}
	var links []opts.GraphLink
	for _, e := range edges {
		w := 0.5 + 5.5*math.Sqrt(float64(e.N)/float64(mostEdge))
		links = append(links, opts.GraphLink{Source: e.Speaker, Target: e.Target, Value: float32(e.N),
			LineStyle: &opts.LineStyle{Color: edgeColor(e.Mean), Width: float32(math.Round(w*10) / 10), Curveness: 0.15, Opacity: opts.Float(0.8)}})
	}
	g := charts.NewGraph()
	g.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: networkChartID}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: types.FuncStr(networkTooltipID)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
	)
	g.AddSeries("countries", nodes, links,
		charts.WithGraphChartOpts(opts.GraphChart{Layout: "circular", Roam: opts.Bool(true), Categories: cats,
			EdgeSymbol: []string{"none", "arrow"}, EdgeSymbolSize: 7}),
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Formatter: countryNameID}),
	)
	opt, err := optionJSON(g, func(m map[string]any) {
		// Link values are n, and the link data carry the mean for the
		// tooltip; go-echarts' GraphLink has no field for it.
		series := m["series"].([]any)[0].(map[string]any)
		ls, _ := series["links"].([]any)
		for i, l := range ls {
			l.(map[string]any)["mean"] = jsonNum(edges[i].Mean)
		}
		series["circular"] = map[string]any{"rotateLabel": true}
		series["labelLayout"] = map[string]any{"hideOverlap": true}
	})
	return opt, len(edges), err
}

// addSpeakers adds the top speakers' chart: their mean stance toward the
// targets they address most.
func addSpeakers(p *htmlPage, data *pageData, speakers []SpeakerTarget) error {
	total := map[[2]string]int{}
	for _, s := range speakers {
		total[[2]string{s.Speaker, s.Country}] += s.N
	}
	rows := make([][2]string, 0, len(total))
	for k := range total {
		rows = append(rows, k)
	}
	slices.SortFunc(rows, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	rows = rows[:min(len(rows), TopSpeakers)]
	if len(rows) == 0 {
		return nil
	}
	in := map[[2]string]bool{}
	for _, r := range rows {
		in[r] = true
	}
	byTarget := map[string]int{}
	for _, s := range speakers {
		if in[[2]string{s.Speaker, s.Country}] {
			byTarget[s.Target] += s.N
		}
	}
	var targets []string
	for _, it := range topOf(byTarget, topSpeakerTargets) {
		targets = append(targets, it.Name)
	}
	slices.Sort(targets)
	labels := make([]string, len(rows))
	for i, r := range rows {
		labels[i] = speakerLabel(r[0], r[1])
	}
	ti, ri := indexOf(targets), map[[2]string]int{}
	for i, r := range rows {
		ri[r] = i
	}
	var cells []opts.HeatMapData
	for _, s := range speakers {
		y, oky := ri[[2]string{s.Speaker, s.Country}]
		x, okx := ti[s.Target]
		if oky && okx {
			cells = append(cells, opts.HeatMapData{Value: []any{x, y, jsonNum(s.Mean), s.N}})
			p.SpeakerRows = append(p.SpeakerRows, htmlSpeakerRow{s.Speaker, CountryLabel(s.Country), CountryLabel(s.Target), s.N, htmlMean(s.Mean)})
		}
	}
	opt, err := heatmapOption(speakersChartID, speakersTooltipID, countryNames(targets), labels, cells, "target", "speaker")
	if err != nil {
		return err
	}
	p.Speakers = &chartBox{ID: speakersChartID, Height: heatmapHeight(labels)}
	data.Options[speakersChartID] = opt
	data.Speakers = rows
	data.SpeakerTargets = targets
	addNames(data.Names, targets...)
	for _, r := range rows {
		addNames(data.Names, r[1])
	}
	return nil
}

// addSeries adds the time series of the focus dyads and of the dyads with
// the most stances (of countries only, unless d.WithOrganisations): mean
// per period, its 95 % band, and the smoothed line.
func addSeries(p *htmlPage, data *pageData, d HTMLData) error {
	type key struct{ s, t string }
	total := map[key]int{}
	byKey := map[key][]aggregate.Dyad{}
	for _, dy := range d.Dyads {
		if dy.Period == "" || dy.N <= 0 {
			continue
		}
		k := key{dy.Speaker, dy.Target}
		total[k] += dy.N
		byKey[k] = append(byKey[k], dy)
	}
	var chosen []key
	seen := map[key]bool{}
	for _, f := range d.FocusDyads {
		k := key{f[0], f[1]}
		if !seen[k] {
			seen[k] = true
			chosen = append(chosen, k)
		}
	}
	ranked := make([]key, 0, len(total))
	for k := range total {
		if d.WithOrganisations || !organisationPair(k.s, k.t) {
			ranked = append(ranked, k)
		}
	}
	slices.SortFunc(ranked, func(a, b key) int {
		return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a.s, b.s), cmp.Compare(a.t, b.t))
	})
	for _, k := range ranked[:min(len(ranked), topDyads)] {
		if !seen[k] {
			seen[k] = true
			chosen = append(chosen, k)
		}
	}
	if len(chosen) == 0 {
		return nil
	}
	window := d.SmoothWindow
	var shown []aggregate.Dyad
	for _, k := range chosen {
		shown = append(shown, byKey[k]...)
	}
	if window == 0 {
		window = DefaultSmoothWindow
		shown = slices.Clone(shown)
		aggregate.Smooth(shown, d.Period, window)
	}
	p.SmoothNote = fmt.Sprintf("The dashed line is the n-weighted mean over %d periods on each side (periods with data only).", window)
	// The periods on the time axis, by start date, with a gap slot ("")
	// after a period whose next one is not its neighbour, so that the
	// line breaks there (2012-09 and 2018-07 are not neighbours).
	type slot struct {
		label      string
		start, end time.Time
	}
	var slots []slot
	seenPeriod := map[string]bool{}
	for _, dy := range shown {
		if seenPeriod[dy.Period] {
			continue
		}
		seenPeriod[dy.Period] = true
		if start, end, _, ok := periodSpan(dy.Period); ok {
			slots = append(slots, slot{dy.Period, start, end})
		} else {
			p.SeriesLeftOut++
		}
	}
	if len(slots) == 0 {
		return nil
	}
	slices.SortFunc(slots, func(a, b slot) int {
		return cmp.Or(a.start.Compare(b.start), b.end.Compare(a.end), cmp.Compare(a.label, b.label))
	})
	var periods, dates []string
	shortest := slots[0].end.Sub(slots[0].start)
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
	pi := indexOf(periods)
	byChosen := map[key][]aggregate.Dyad{}
	for _, dy := range shown {
		k := key{dy.Speaker, dy.Target}
		byChosen[k] = append(byChosen[k], dy)
	}
	for _, k := range chosen {
		pts := make([][]any, len(periods))
		for _, dy := range byChosen[k] {
			if i, ok := pi[dy.Period]; ok && dy.Period != "" {
				pts[i] = []any{jsonNum(dy.Mean), jsonNum(dy.CILow), jsonNum(dy.CIHigh), jsonNum(dy.Smoothed), dy.N}
			}
		}
		data.Series = append(data.Series, seriesJSON{Speaker: k.s, Target: k.t, Points: pts})
		p.SeriesDyads = append(p.SeriesDyads, seriesDyad{CountryLabel(k.s), CountryLabel(k.t), total[k]})
		addNames(data.Names, k.s, k.t)
	}
	data.Periods, data.PeriodDates = periods, dates

	// The options draw the first dyad; the page swaps the data when
	// another is chosen (html.tmpl builds the same columns). Each item is
	// [start date, value]; "-" is a gap: a period without stances, or
	// without an interval (fewer than two stances with evidence), is never
	// drawn as 0. The band is ci_low plus a stacked (ci_high − ci_low).
	first := data.Series[0].Points
	col := func(f func([]any) any) []opts.LineData {
		out := make([]opts.LineData, len(first))
		for i, pt := range first {
			var v any
			if pt != nil {
				v = f(pt)
			}
			if v == nil {
				v = "-"
			}
			out[i] = opts.LineData{Value: []any{dates[i], v}}
		}
		return out
	}
	num := func(v any) (float64, bool) { f, ok := v.(float64); return f, ok }
	// The band is drawn within the scale's [−1, 1]; the tooltip gives the
	// interval itself.
	clamp := func(x float64) float64 { return math.Max(-1, math.Min(1, x)) }
	lower := col(func(pt []any) any {
		lo, ok1 := num(pt[1])
		_, ok2 := num(pt[2])
		if !ok1 || !ok2 {
			return nil
		}
		return jsonNum(clamp(lo))
	})
	band := col(func(pt []any) any {
		lo, ok1 := num(pt[1])
		hi, ok2 := num(pt[2])
		if !ok1 || !ok2 {
			return nil
		}
		return jsonNum(clamp(hi) - clamp(lo))
	})
	mean := col(func(pt []any) any { return pt[0] })
	smooth := col(func(pt []any) any { return pt[3] })

	const meanColor, bandColor, smoothColor = "#08519c", "#9ecae1", "#d95f02"
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: seriesChartID}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", Formatter: types.FuncStr(seriesTooltipID)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "50", Right: "40", Top: "40", Bottom: "95", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time", Name: "start of the period", NameLocation: "middle", NameGap: 30,
			MinInterval: float64(shortest.Milliseconds())}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: -1, Max: 1, Name: "mean stance", NameLocation: "middle", NameGap: 40}),
		charts.WithDataZoomOpts(opts.DataZoom{Type: "slider", XAxisIndex: []int{0}}),
	)
	line.AddSeries("lower", lower, charts.WithLineChartOpts(opts.LineChart{Stack: "ci", ShowSymbol: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}))
	line.AddSeries("95 % interval", band, charts.WithLineChartOpts(opts.LineChart{Stack: "ci", ShowSymbol: opts.Bool(false)}),
		charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: bandColor}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Color: bandColor, Opacity: opts.Float(0.5)}))
	line.AddSeries("mean", mean, charts.WithLineStyleOpts(opts.LineStyle{Color: meanColor, Width: 2}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: meanColor}))
	line.AddSeries("smoothed", smooth, charts.WithLineStyleOpts(opts.LineStyle{Color: smoothColor, Width: 2, Type: "dashed"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: smoothColor}), charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}))
	opt, err := optionJSON(line, func(m map[string]any) {
		for _, s := range m["series"].([]any) {
			// Stack across signs: ci_low may be negative and the band is
			// positive (ECharts stacks same signs only by default).
			s.(map[string]any)["stackStrategy"] = "all"
			s.(map[string]any)["connectNulls"] = false
		}
		// The legend's marks are the colours drawn: the band's is its
		// fill, not a line.
		component(m, "legend")["data"] = []any{
			map[string]any{"name": "mean", "itemStyle": map[string]any{"color": meanColor}, "lineStyle": map[string]any{"color": meanColor}},
			map[string]any{"name": "95 % interval", "icon": "rect", "itemStyle": map[string]any{"color": bandColor, "opacity": 0.5}},
			map[string]any{"name": "smoothed", "itemStyle": map[string]any{"color": smoothColor}, "lineStyle": map[string]any{"color": smoothColor, "type": "dashed"}},
		}
		component(m, "dataZoom")["bottom"] = 10
		// Tick labels are dates at the precision of the tick, ISO style.
		x := component(m, "xAxis")
		// Half the shortest period of room at each end, so that the
		// first and last points and their tick labels are not at the
		// very edge. Local times, as ECharts reads the dates of the data.
		const local = "2006-01-02 15:04:05"
		x["min"] = slots[0].start.Add(-shortest / 2).Format(local)
		x["max"] = slots[len(slots)-1].start.Add(shortest / 2).Format(local)
		x["axisLabel"] = map[string]any{"hideOverlap": true, "showMinLabel": false, "showMaxLabel": false, "formatter": map[string]any{
			"year": "{yyyy}", "month": "{yyyy}-{MM}", "day": "{yyyy}-{MM}-{dd}",
			"hour": "{yyyy}-{MM}-{dd}", "minute": "{yyyy}-{MM}-{dd}", "second": "{yyyy}-{MM}-{dd}", "millisecond": "{yyyy}-{MM}-{dd}",
		}}
	})
	if err != nil {
		return err
	}
	p.Series = &chartBox{ID: seriesChartID, Height: 440}
	data.Options[seriesChartID] = opt
	return nil
}

// addMap adds the alignment map with a slider over its periods (none for
// one period), points coloured by their bloc in that period with a legend
// of the blocs, labels that would overlap another hidden.
func addMap(p *htmlPage, data *pageData, points []aggregate.MapPoint, blocs []aggregate.Bloc) error {
	if len(points) == 0 {
		return nil
	}
	type key struct{ period, country string }
	bloc := map[key]int{}
	for _, b := range blocs {
		bloc[key{b.Period, b.Country}] = b.Bloc
	}
	byPeriod := map[string][]aggregate.MapPoint{}
	var periods []string
	for _, pt := range points {
		if _, ok := byPeriod[pt.Period]; !ok {
			periods = append(periods, pt.Period)
		}
		byPeriod[pt.Period] = append(byPeriod[pt.Period], pt)
	}
	// Map rows come sorted by period label, which is calendar order for
	// every period format.
	slices.Sort(periods)
	lim, maxBloc := 0.0, 0
	for _, per := range periods {
		var pts [][]any
		for _, pt := range byPeriod[per] {
			b := bloc[key{per, pt.Country}]
			pts = append(pts, []any{jsonNum(pt.X), jsonNum(pt.Y), pt.Country, b})
			lim = math.Max(lim, math.Max(math.Abs(pt.X), math.Abs(pt.Y)))
			maxBloc = max(maxBloc, b)
			addNames(data.Names, pt.Country)
		}
		data.Map.Points = append(data.Map.Points, pts)
	}
	data.Map.Periods = periods
	p.MapPeriods = periods
	lim = math.Ceil(lim*10+0.5) / 10
	last := data.Map.Points[len(periods)-1]
	var sd []opts.ScatterData
	for _, pt := range last {
		sd = append(sd, opts.ScatterData{Name: pt[2].(string), Value: []any{pt[0], pt[1], pt[3]}, SymbolSize: 10})
	}
	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: mapChartID}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: types.FuncStr(mapTooltipID)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "10", Right: "110", Top: "30", Bottom: "10", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: -lim, Max: lim, Name: "dimension 1"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: -lim, Max: lim, Name: "dimension 2"}),
	)
	sc.AddSeries("countries", sd, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Formatter: mapLabelID}))
	// The legend of the blocs is a piecewise visual map of the bloc
	// number (the third value of a point): it colours the points too.
	pieces := []any{}
	for b := 1; b <= maxBloc; b++ {
		pieces = append(pieces, map[string]any{"value": b, "label": fmt.Sprintf("bloc %d", b), "color": blocColor(b)})
	}
	pieces = append(pieces, map[string]any{"value": 0, "label": "no bloc", "color": noBlocColor})
	opt, err := optionJSON(sc, func(m map[string]any) {
		m["visualMap"] = []any{map[string]any{
			"type": "piecewise", "dimension": 2, "pieces": pieces, "seriesIndex": 0,
			"orient": "vertical", "right": 5, "top": "middle", "itemGap": 6,
		}}
		m["series"].([]any)[0].(map[string]any)["labelLayout"] = map[string]any{"hideOverlap": true}
	})
	if err != nil {
		return err
	}
	p.Map = &chartBox{ID: mapChartID, Height: 600}
	data.Options[mapChartID] = opt
	return nil
}

// explorerRows formats the statements of the explorer, at most limit.
// Each row is [statement id, date, speaker, speaker country, target,
// stance, label, confidence, segments, evidence, period], segments being
// the text cut into alternate plain and marked (evidence) parts.
func explorerRows(rows []ExplorerRow, limit int) ([][]any, int) {
	rows = rows[:min(len(rows), limit)]
	out := make([][]any, 0, len(rows))
	for _, r := range rows {
		out = append(out, []any{r.StatementID, r.Date, r.Speaker, r.SpeakerCountry, r.Target, jsonNum(r.Score), r.Label,
			jsonNum(r.Confidence), markEvidence(r.Text, r.Evidence), strings.Join(r.Evidence, EvidenceSep), r.Period})
	}
	return out, len(out)
}

// evidenceItem reads the term of an evidence item: "condemn*-0.80
// forward" → "condemn*".
var evidenceItem = regexp.MustCompile(`^(.+?)[+-]\d+\.\d+(?: |$)`)

// markEvidence cuts text into alternate plain and marked parts, marking
// each word sequence that matches an evidence term (case-insensitive, at
// word boundaries; a term ending in "*" matches any word it starts).
// The parts joined give text back.
func markEvidence(text string, evidence []string) []string {
	type span struct{ start, end int }
	var spans []span
	lower := strings.ToLower(text)
	for _, e := range evidence {
		m := evidenceItem.FindStringSubmatch(e)
		if m == nil {
			continue
		}
		term := strings.ToLower(strings.TrimSpace(m[1]))
		prefix := strings.HasSuffix(term, "*")
		term = strings.TrimSuffix(term, "*")
		if term == "" {
			continue
		}
		for i := 0; i < len(lower); {
			k := strings.Index(lower[i:], term)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(term)
			i = end
			if start > 0 && isWordByte(lower, start-1, true) {
				continue
			}
			if prefix {
				for end < len(lower) && isWordByte(lower, end, false) {
					_, n := utf8.DecodeRuneInString(lower[end:])
					end += n
				}
			} else if end < len(lower) && isWordByte(lower, end, false) {
				continue
			}
			// ToLower keeps byte offsets for the texts it does not
			// resize; skip a match it moved.
			if len(lower) != len(text) {
				continue
			}
			spans = append(spans, span{start, end})
		}
	}
	if len(spans) == 0 {
		return []string{text}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	var parts []string
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue // overlaps the previous mark
		}
		parts = append(parts, text[at:s.start], text[s.start:s.end])
		at = s.end
	}
	return append(parts, text[at:])
}

// isWordByte reports whether the rune at (before, if before is true:
// ending at) byte i of s is a letter or digit.
func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
