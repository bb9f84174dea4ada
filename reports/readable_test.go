package reports

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/aggregate"
)

// This file tests what makes the report readable at first sight: names,
// the time axis, the map's legend and slider, the network's threshold and
// "How to read this report".

func TestPeriodSpan(t *testing.T) {
	tests := []struct {
		label      string
		start, end string
		period     aggregate.Period
	}{
		{"2018", "2018-01-01", "2019-01-01", aggregate.Year},
		{"2018-Q4", "2018-10-01", "2019-01-01", aggregate.Quarter},
		{"2018-Q1", "2018-01-01", "2018-04-01", aggregate.Quarter},
		{"2018-11", "2018-11-01", "2018-12-01", aggregate.Month},
		{"2018-W45", "2018-11-05", "2018-11-12", aggregate.Week},
		{"2021-W01", "2021-01-04", "2021-01-11", aggregate.Week},
		{"2020-W53", "2020-12-28", "2021-01-04", aggregate.Week},
		{"2018-11-05", "2018-11-05", "2018-11-06", aggregate.Day},
	}
	for _, tt := range tests {
		start, end, p, ok := periodSpan(tt.label)
		if !ok || start.Format(time.DateOnly) != tt.start || end.Format(time.DateOnly) != tt.end || p != tt.period {
			t.Errorf("periodSpan(%q) = %s, %s, %v, %v; want %s, %s, %v, true", tt.label,
				start.Format(time.DateOnly), end.Format(time.DateOnly), p, ok, tt.start, tt.end, tt.period)
		}
	}
	for _, bad := range []string{"", "all", "18", "2018-Q5", "2018-Q0", "2018-W00", "2018-W54", "2018-13", "2018-11-31", "+201", "<img>", "2018-x"} {
		if _, _, _, ok := periodSpan(bad); ok {
			t.Errorf("periodSpan(%q) placed a label that is not a period", bad)
		}
	}
}

// seriesOption is the part of the series chart's options the tests read.
type seriesOption struct {
	XAxis []struct {
		Type      string
		Name      string
		AxisLabel struct {
			HideOverlap bool
			Formatter   map[string]string
		}
	} `json:"xAxis"`
	Legend []struct {
		Data []struct {
			Name      string
			ItemStyle struct{ Color string }
		}
	}
	Series []struct {
		Name      string
		Data      []struct{ Value [2]any }
		AreaStyle struct{ Color string }
	}
}

func decodeOption[T any](t *testing.T, data pageData, id string) T {
	t.Helper()
	var o T
	raw := data.Options[id]
	// go-echarts writes a single legend as an object.
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range m {
		if len(v) > 0 && v[0] == '{' && (k == "legend" || k == "xAxis") {
			m[k] = append(append([]byte("["), v...), ']')
		}
	}
	b, _ := json.Marshal(m)
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatalf("%s options: %v\n%s", id, err, raw)
	}
	return o
}

// TestSeriesTimeAxis checks that periods far apart stand apart on a time
// axis with a gap between them, and that a point with one stance with
// evidence (NaN interval) has no band: a gap, not 0.
func TestSeriesTimeAxis(t *testing.T) {
	nan := math.NaN()
	d := HTMLData{
		Period:       aggregate.Month,
		SmoothWindow: 1,
		Dyads: []aggregate.Dyad{
			{Speaker: "RUS", Target: "UKR", Period: "2012-09", N: 5, NEvidence: 4, Mean: -0.4, CILow: -0.6, CIHigh: -0.2, Smoothed: -0.4},
			{Speaker: "RUS", Target: "UKR", Period: "2012-10", N: 2, NEvidence: 1, Mean: -0.5, CILow: nan, CIHigh: nan, Smoothed: -0.45},
			{Speaker: "RUS", Target: "UKR", Period: "2018-07", N: 3, NEvidence: 3, Mean: 0.2, CILow: 0.0, CIHigh: 0.4, Smoothed: 0.2},
		},
	}
	p, data, _ := orgPage(t, d)
	wantPeriods := []string{"2012-09", "2012-10", "", "2018-07"}
	wantDates := []string{"2012-09-01", "2012-10-01", "2012-11-01", "2018-07-01"}
	if !slices.Equal(data.Periods, wantPeriods) || !slices.Equal(data.PeriodDates, wantDates) {
		t.Errorf("periods %q at %q, want %q at %q", data.Periods, data.PeriodDates, wantPeriods, wantDates)
	}
	if got := p.SeriesDyads[0]; got.Speaker != "Russia (RUS)" || got.Target != "Ukraine (UKR)" {
		t.Errorf("series dyad %+v, want Russia (RUS) → Ukraine (UKR)", got)
	}
	o := decodeOption[seriesOption](t, data, seriesChartID)
	if x := o.XAxis[0]; x.Type != "time" || !x.AxisLabel.HideOverlap || x.AxisLabel.Formatter["month"] != "{yyyy}-{MM}" {
		t.Errorf("x axis %+v, want a time axis with dates as tick labels", x)
	}
	cols := map[string][]any{}
	for _, s := range o.Series {
		for i, pt := range s.Data {
			if pt.Value[0] != wantDates[i] {
				t.Errorf("series %s point %d at %v, want %s", s.Name, i, pt.Value[0], wantDates[i])
			}
			cols[s.Name] = append(cols[s.Name], pt.Value[1])
		}
	}
	want := map[string][]any{
		"lower":         {-0.6, "-", "-", 0.0},
		"95 % interval": {0.4, "-", "-", 0.4},
		"mean":          {-0.4, -0.5, "-", 0.2},
		"smoothed":      {-0.4, -0.45, "-", 0.2},
	}
	for name, w := range want {
		got := cols[name]
		if len(got) != len(w) {
			t.Errorf("%s = %v, want %v", name, got, w)
			continue
		}
		for i := range w {
			if f, ok := w[i].(float64); ok {
				if g, ok := got[i].(float64); !ok || math.Abs(g-f) > 1e-9 {
					t.Errorf("%s = %v, want %v", name, got, w)
				}
			} else if got[i] != w[i] {
				t.Errorf("%s = %v, want %v", name, got, w)
			}
		}
	}
	var band, legend string
	for _, s := range o.Series {
		if s.Name == "95 % interval" {
			band = s.AreaStyle.Color
		}
	}
	for _, l := range o.Legend[0].Data {
		if l.Name == "95 % interval" {
			legend = l.ItemStyle.Color
		}
	}
	if band == "" || legend != band {
		t.Errorf("interval legend colour %q, band colour %q: want the same", legend, band)
	}
}

func TestMapLegendAndSlider(t *testing.T) {
	one := []aggregate.MapPoint{{Country: "FRA", Period: "2019", X: 0.1, Y: 0.2}, {Country: "DEU", Period: "2019", X: -0.1, Y: 0.1}, {Country: "RUS", Period: "2019", X: 0.3, Y: -0.2}}
	blocs := []aggregate.Bloc{{Country: "FRA", Period: "2019", Bloc: 1}, {Country: "DEU", Period: "2019", Bloc: 1}, {Country: "RUS", Period: "2019", Bloc: 2}}
	d := sampleHTMLData()
	d.Map, d.Blocs = one, blocs
	_, page := writeHTML(t, d)
	if strings.Contains(page, `id="map-period"`) {
		t.Errorf("one period: the page has a period slider")
	}
	if !strings.Contains(page, "One period: 2019.") {
		t.Errorf("one period: the page does not name it")
	}
	_, data, _ := orgPage(t, d)
	var o struct {
		VisualMap []struct {
			Type      string
			Dimension int
			Pieces    []struct {
				Value int
				Label string
				Color string
			}
		} `json:"visualMap"`
		Series []struct {
			LabelLayout struct{ HideOverlap bool }
			Label       struct{ Formatter string }
		}
	}
	if err := json.Unmarshal(data.Options[mapChartID], &o); err != nil {
		t.Fatal(err)
	}
	if len(o.VisualMap) != 1 || o.VisualMap[0].Type != "piecewise" || o.VisualMap[0].Dimension != 2 {
		t.Fatalf("map visualMap %+v, want a piecewise legend of dimension 2 (the bloc)", o.VisualMap)
	}
	var legend []string
	for _, p := range o.VisualMap[0].Pieces {
		legend = append(legend, p.Label+" "+p.Color)
		if p.Color != blocColor(p.Value) {
			t.Errorf("legend %q has colour %s, its points %s", p.Label, p.Color, blocColor(p.Value))
		}
	}
	if want := []string{"bloc 1 " + blocColor(1), "bloc 2 " + blocColor(2), "no bloc " + noBlocColor}; !slices.Equal(legend, want) {
		t.Errorf("map legend %q, want %q", legend, want)
	}
	if s := o.Series[0]; !s.LabelLayout.HideOverlap || s.Label.Formatter != mapLabelID {
		t.Errorf("map series %+v, want labels named by %s that hide on overlap", s, mapLabelID)
	}
	if data.Names["FRA"] != "France" || data.Names["RUS"] != "Russia" {
		t.Errorf("page names %v lack the map's countries", data.Names)
	}

	d.Map = append(d.Map, aggregate.MapPoint{Country: "FRA", Period: "2020", X: 0.1, Y: 0.2}, aggregate.MapPoint{Country: "RUS", Period: "2020", X: 0.2, Y: 0.1})
	if _, page := writeHTML(t, d); !strings.Contains(page, `id="map-period"`) {
		t.Errorf("two periods: the page has no period slider")
	}
}

// TestNetworkEvidence checks that the network draws only pairs with at
// least minNetworkEvidence stances with evidence.
func TestNetworkEvidence(t *testing.T) {
	d := HTMLData{Dyads: []aggregate.Dyad{
		{Speaker: "USA", Target: "CHN", Period: "2019", N: 30, NEvidence: 2, Mean: -0.5},
		{Speaker: "USA", Target: "CHN", Period: "2020", N: 10, NEvidence: 1, Mean: -0.3}, // 3 over both periods
		{Speaker: "CHN", Target: "USA", Period: "2019", N: 40, NEvidence: 2, Mean: -0.6}, // too thin
		{Speaker: "FRA", Target: "DEU", Period: "2019", N: 5, NEvidence: 5, Mean: 0.7},
	}}
	p, data, _ := orgPage(t, d)
	var o struct {
		Series []struct {
			Links []struct {
				Source, Target string
				LineStyle      struct {
					Color string
					Width float64
				}
			}
		}
	}
	if err := json.Unmarshal(data.Options[networkChartID], &o); err != nil {
		t.Fatal(err)
	}
	var edges []string
	for _, l := range o.Series[0].Links {
		edges = append(edges, l.Source+">"+l.Target)
	}
	if want := []string{"FRA>DEU", "USA>CHN"}; !slices.Equal(edges, want) {
		t.Errorf("network edges %q, want %q", edges, want)
	}
	if p.NetworkEdges != 2 {
		t.Errorf("NetworkEdges = %d, want 2", p.NetworkEdges)
	}
	if l := o.Series[0].Links; l[1].LineStyle.Width <= l[0].LineStyle.Width || l[0].LineStyle.Color == l[1].LineStyle.Color {
		t.Errorf("edges %+v: want USA>CHN (n 40) wider than FRA>DEU (n 5), and of another colour", l)
	}
	_, page := writeHTML(t, d)
	if !strings.Contains(page, "at least\n3 stances with evidence (2 drawn") {
		t.Errorf("the network's note does not give its threshold and edges")
	}
}

func TestEdgeColor(t *testing.T) {
	tests := []struct {
		m    float64
		want string
	}{{-1, "#b2182b"}, {-2, "#b2182b"}, {0, "#bdbdbd"}, {1, "#2166ac"}, {math.NaN(), noDataColor}}
	for _, tt := range tests {
		if got := edgeColor(tt.m); got != tt.want {
			t.Errorf("edgeColor(%v) = %s, want %s", tt.m, got, tt.want)
		}
	}
}

func TestHowToRead(t *testing.T) {
	tests := []struct {
		name string
		d    func(*HTMLData)
		want []string
		not  []string
	}{
		{"unknown", func(*HTMLData) {},
			[]string{"This run: period year (from the period labels)."},
			[]string{"alignment window", "weighting", "smoothing"}},
		{"known", func(d *HTMLData) {
			d.Period, d.AlignWindow, d.Weighting, d.SmoothWindow = aggregate.Year, 4, ConfidenceWeighted, 2
		}, []string{"This run: period year; alignment window ±4 periods around each period; weighting stances weighted by their confidence (-weighted); smoothing ±2 periods (n-weighted)."}, nil},
		{"no pooling", func(d *HTMLData) { d.Period, d.AlignWindow, d.Weighting = aggregate.Year, -1, Unweighted },
			[]string{"alignment window none: each period alone; weighting none: each stance with evidence counts once."}, nil},
	}
	for _, tt := range tests {
		d := sampleHTMLData()
		tt.d(&d)
		_, page := writeHTML(t, d)
		for _, w := range append([]string{
			`<h2 id="sec-read">How to read this report</h2>`,
			"below &minus;0.05 hostile, above 0.05 supportive",
			"a dyad stance of &minus;0.4 means",
			"There is none below two stances with evidence",
			"cosine of their stance profiles",
		}, tt.want...) {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the page lacks %q", tt.name, w)
			}
		}
		read := page[strings.Index(page, `id="sec-read"`):strings.Index(page, `id="sec-overview"`)]
		for _, n := range tt.not {
			if strings.Contains(read, n) {
				t.Errorf("%s: How to read states %q, which the data does not give", tt.name, n)
			}
		}
	}
}
