package reports

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/stance-project/stance/analysis/aggregate"
)

// HTMLData is the content of the HTML report.
type HTMLData struct {
	Title     string        // page title, e.g. "stance report"
	Generated string        // shown as is; supplied by the caller so that output stays reproducible
	Summary   []SummaryItem // rows of the overview table, in order
	Dyads     []aggregate.Dyad
	// MaxCountries caps the rows and columns of the heatmap: the countries
	// with the most statements (as speaker or target) are kept. 0 means
	// DefaultMaxCountries.
	MaxCountries int
}

// SummaryItem is one row of the overview table.
type SummaryItem struct{ Label, Value string }

// DefaultMaxCountries is the heatmap size used when HTMLData.MaxCountries is 0.
const DefaultMaxCountries = 40

// echartsVersion is the version of the ECharts bundle in assets/echarts
// (see assets/echarts/README.md).
const echartsVersion = "5.6.0"

const (
	// heatmapChartID is the id of the chart's element in index.html.
	heatmapChartID = "heatmap"
	// heatmapTooltipID stands in the chart options for the tooltip
	// formatter; the page script swaps it for a function defined in
	// html.tmpl. Options cannot carry functions: they are JSON.
	heatmapTooltipID = "stance:heatmapTooltip"
	// noDataColor fills the heatmap cells without statements.
	noDataColor = "#e0e0e0"
)

//go:embed html.tmpl
var htmlTemplateText string

//go:embed assets/echarts
var echartsAssets embed.FS

var htmlTemplate = template.Must(template.New("html.tmpl").Parse(htmlTemplateText))

// htmlAssets lists the files WriteHTMLReport copies next to index.html:
// name in the output directory, then path in echartsAssets.
var htmlAssets = [...][2]string{
	{"echarts.min.js", "assets/echarts/echarts.min.js"},
	{"LICENSE-echarts.txt", "assets/echarts/LICENSE"},
	{"NOTICE-echarts.txt", "assets/echarts/NOTICE"},
	{"LICENSE-d3.txt", "assets/echarts/licenses/LICENSE-d3"},
	{"LICENSE-zrender.txt", "assets/echarts/licenses/LICENSE-zrender"},
}

// WriteHTMLReport writes the HTML report into the existing directory dir:
// index.html, the bundled ECharts it loads (echarts.min.js) and that
// bundle's licence files (LICENSE-echarts.txt, NOTICE-echarts.txt,
// LICENSE-d3.txt, LICENSE-zrender.txt). The page needs no network and
// opens from file://.
//
// The page shows the summary table, then a heatmap of the mean stance of
// each speaker country (rows) toward each target country (columns) over all
// periods combined (the n-weighted mean of the per-period means, with the
// total n), and the same numbers as a table that needs no JavaScript. Dyads
// with n = 0 or a non-finite mean are left out.
//
// The output depends only on d: the same data gives the same bytes.
func WriteHTMLReport(dir string, d HTMLData) error {
	page, err := buildHTMLPage(d)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	for _, a := range htmlAssets {
		b, err := echartsAssets.ReadFile(a[1])
		if err != nil {
			return fmt.Errorf("html report: %w", err) // unreachable: embedded
		}
		if err := os.WriteFile(filepath.Join(dir, a[0]), b, 0o644); err != nil {
			return fmt.Errorf("html report: %w", err)
		}
	}
	return nil
}

// htmlPage is what html.tmpl renders.
type htmlPage struct {
	Title, Generated string
	Summary          []SummaryItem
	EChartsVersion   string

	// Countries is the number of countries in the heatmap, AllCountries the
	// number in the data; Countries is 0 when there is nothing to draw.
	Countries, AllCountries int
	ChartID                 string
	ChartHeight             int             // pixels
	Option                  json.RawMessage // ECharts options from go-echarts
	TooltipID               string
	Rows                    []htmlRow
}

type htmlRow struct {
	Speaker, Target string
	N               int
	Mean            string
}

// heatCell is one speaker-target pair over all periods.
type heatCell struct {
	Speaker, Target string
	N               int
	Mean            float64
}

func buildHTMLPage(d HTMLData) (*htmlPage, error) {
	maxCountries := d.MaxCountries
	if maxCountries == 0 {
		maxCountries = DefaultMaxCountries
	}
	if maxCountries < 0 {
		return nil, fmt.Errorf("html report: MaxCountries is %d, want >= 0", d.MaxCountries)
	}
	all := combineHeatCells(d.Dyads)
	countries, allCountries := heatmapCountries(all, maxCountries)
	cells := heatCellsAmong(all, countries)

	p := &htmlPage{
		Title:          d.Title,
		Generated:      d.Generated,
		Summary:        d.Summary,
		EChartsVersion: echartsVersion,
		AllCountries:   allCountries,
		ChartID:        heatmapChartID,
		TooltipID:      heatmapTooltipID,
	}
	if len(cells) == 0 {
		return p, nil
	}
	p.Countries = len(countries)
	// Horizontal x labels fit up to about 12 codes of 3 letters.
	longest := 0
	for _, c := range countries {
		longest = max(longest, utf8.RuneCountInString(c))
	}
	rotate := len(countries) > 12 || longest > 4
	// Room for the cells (at least 16 px each), the x labels (about 7 px a
	// letter when rotated) and the visual map.
	p.ChartHeight = max(360, 16*len(countries)+100)
	if rotate {
		p.ChartHeight += 7 * min(longest, 40)
	}
	opt, err := heatmapOption(countries, cells, rotate)
	if err != nil {
		return nil, err
	}
	p.Option = opt
	for _, c := range cells {
		p.Rows = append(p.Rows, htmlRow{c.Speaker, c.Target, c.N, htmlMean(c.Mean)})
	}
	return p, nil
}

// combineHeatCells merges the periods of each speaker-target pair into one
// cell, n-weighted, sorted by speaker then target.
func combineHeatCells(dyads []aggregate.Dyad) []heatCell {
	type key struct{ s, t string }
	type sum struct {
		n        int
		weighted float64
	}
	sums := make(map[key]sum)
	for _, d := range dyads {
		if d.N <= 0 || math.IsNaN(d.Mean) || math.IsInf(d.Mean, 0) {
			continue
		}
		k := key{d.Speaker, d.Target}
		s := sums[k]
		s.n += d.N
		s.weighted += float64(d.N) * d.Mean
		sums[k] = s
	}
	cells := make([]heatCell, 0, len(sums))
	for k, s := range sums {
		cells = append(cells, heatCell{k.s, k.t, s.n, s.weighted / float64(s.n)})
	}
	slices.SortFunc(cells, func(a, b heatCell) int {
		return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Target, b.Target))
	})
	return cells
}

// heatmapCountries returns, sorted, the at most limit countries with the
// most statements as speaker or target (ties go to the alphabetically
// first), and the number of countries in cells.
func heatmapCountries(cells []heatCell, limit int) (countries []string, all int) {
	volume := make(map[string]int)
	for _, c := range cells {
		volume[c.Speaker] += c.N
		if c.Target != c.Speaker {
			volume[c.Target] += c.N
		}
	}
	for c := range volume {
		countries = append(countries, c)
	}
	slices.SortFunc(countries, func(a, b string) int {
		return cmp.Or(cmp.Compare(volume[b], volume[a]), cmp.Compare(a, b))
	})
	if len(countries) > limit {
		countries = countries[:limit]
	}
	slices.Sort(countries)
	return countries, len(volume)
}

// heatCellsAmong returns the cells whose speaker and target are both in
// countries, which is sorted.
func heatCellsAmong(cells []heatCell, countries []string) []heatCell {
	var kept []heatCell
	for _, c := range cells {
		_, s := slices.BinarySearch(countries, c.Speaker)
		_, t := slices.BinarySearch(countries, c.Target)
		if s && t {
			kept = append(kept, c)
		}
	}
	return kept
}

// heatmapOption returns the ECharts options of the heatmap as JSON. Data
// items are [x index, y index, mean, n]; the visual map reads the mean.
// rotate turns the x labels vertical.
func heatmapOption(countries []string, cells []heatCell, rotate bool) (json.RawMessage, error) {
	index := make(map[string]int, len(countries))
	for i, c := range countries {
		index[c] = i
	}
	data := make([]opts.HeatMapData, 0, len(cells))
	for _, c := range cells {
		data = append(data, opts.HeatMapData{Value: [4]any{index[c.Target], index[c.Speaker], c.Mean, c.N}})
	}
	labelAngle := 0.0
	if rotate {
		labelAngle = 90
	}
	hm := charts.NewHeatMap()
	hm.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: heatmapChartID}),
		charts.WithAnimation(false),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{
			Show:      opts.Bool(true),
			Trigger:   "item",
			Formatter: types.FuncStr(heatmapTooltipID),
		}),
		// containLabel keeps long labels inside; the axis names sit at the
		// ends of the axes, clear of the labels.
		charts.WithGridOpts(opts.Grid{Left: "10", Right: "120", Top: "40", Bottom: "10", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{
			Type:         "category",
			Name:         "target",
			NameLocation: "end",
			Data:         countries, // HeatMap.Validate ignores SetXAxis
			// Grey where there are no statements, unlike the near-white of
			// a mean of 0.
			SplitArea: &opts.SplitArea{Show: opts.Bool(true), AreaStyle: &opts.AreaStyle{Color: noDataColor}},
			AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: labelAngle},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type:         "category",
			Name:         "speaker",
			NameLocation: "start", // the top, as the axis is inverted
			Data:         countries,
			Inverse:      opts.Bool(true), // first country on top
			AxisLabel:    &opts.AxisLabel{Interval: "0"},
		}),
		charts.WithVisualMapOpts(opts.VisualMap{
			Type:       "continuous",
			Calculable: opts.Bool(true),
			Min:        -1,
			Max:        1,
			Dimension:  "2", // the mean; the default, the last, is n
			Orient:     "vertical",
			Right:      "10",
			Top:        "middle",
			Text:       []string{"positive", "negative"}, // top, bottom
			InRange: &opts.VisualMapInRange{
				// ColorBrewer RdBu, red for -1 to blue for +1.
				Color: []string{"#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"},
			},
		}),
	)
	hm.AddSeries("mean stance", data,
		charts.WithItemStyleOpts(opts.ItemStyle{BorderColor: "#ffffff", BorderWidth: 1}),
		charts.WithEmphasisOpts(opts.Emphasis{ItemStyle: &opts.ItemStyle{BorderColor: "#222222", BorderWidth: 1}}),
	)
	hm.Validate()
	b, err := json.Marshal(hm.JSON())
	if err != nil {
		return nil, fmt.Errorf("html report: chart options: %w", err)
	}
	return b, nil
}

// htmlMean formats a mean with 3 decimals, without "-0.000".
func htmlMean(m float64) string {
	s := strconv.FormatFloat(m, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}
