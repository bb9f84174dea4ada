package reports

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
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
		// Room for the rotated labels around the circle, and for the
		// legend above it.
		series["top"], series["bottom"], series["left"], series["right"] = 110, 90, 150, 150
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
		charts.WithGridOpts(opts.Grid{Left: "10", Right: "110", Top: "30", Bottom: "30", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: -lim, Max: lim, Name: "dimension 1", NameLocation: "middle", NameGap: 25}),
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
