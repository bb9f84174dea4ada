package reports

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/record"
)

// orgHTMLData has a country pair, and an organisation (UN) that draws the
// most stances, as the General Debate's UN does.
func orgHTMLData() HTMLData {
	d := func(s, t, p string, n int, m float64) aggregate.Dyad {
		return aggregate.Dyad{Speaker: s, Target: t, Period: p, N: n, NEvidence: n, Mean: m, EvidenceMean: m,
			SD: math.NaN(), CILow: math.NaN(), CIHigh: math.NaN(), Smoothed: math.NaN()}
	}
	return HTMLData{
		Title:  "stance report",
		Period: aggregate.Year,
		Dyads: []aggregate.Dyad{
			d("FRA", "DEU", "2019", 5, 0.5),
			d("DEU", "FRA", "2019", 4, 0.4),
			d("USA", "UN", "2019", 90, 0.3),
			d("USA", "UN", "2020", 60, 0.2),
			d("UN", "USA", "2020", 7, -0.1),
			d("USA", "DEU", "2020", 3, 0.1),
		},
		Speakers: []SpeakerTarget{
			{Speaker: "Ann", Country: "USA", Target: "UN", N: 150, Mean: 0.25},
			{Speaker: "Ann", Country: "USA", Target: "DEU", N: 3, Mean: 0.1},
			{Speaker: "Guterres", Country: "UN", Target: "USA", N: 7, Mean: -0.1},
		},
		Map:   []aggregate.MapPoint{{Country: "DEU", Period: "2019", X: 1}, {Country: "UN", Period: "2019", X: -1}},
		Blocs: []aggregate.Bloc{{Period: "2019", Bloc: 1, Country: "DEU"}, {Period: "2019", Bloc: 1, Country: "UN"}},
		Statements: []ExplorerRow{
			{StatementID: "a#1", SpeakerCountry: "USA", Target: "UN", Score: 0.3, Label: "positive", Confidence: 1, Text: "We support the United Nations."},
		},
	}
}

func TestChartedData(t *testing.T) {
	t.Parallel()
	tests := []struct {
		with                             bool
		wantDyads, wantSpeakers, wantMap []string
		wantBlocs                        []string
	}{
		{false, []string{"FRA>DEU", "DEU>FRA", "USA>DEU"}, []string{"Ann USA>DEU"}, []string{"DEU"}, []string{"DEU"}},
		{true, []string{"FRA>DEU", "DEU>FRA", "USA>UN", "USA>UN", "UN>USA", "USA>DEU"},
			[]string{"Ann USA>UN", "Ann USA>DEU", "Guterres UN>USA"}, []string{"DEU", "UN"}, []string{"DEU", "UN"}},
	}
	for _, tt := range tests {
		in := orgHTMLData()
		in.WithOrganisations = tt.with
		got := chartedData(in)
		var dyads, speakers, points, blocs []string
		for _, x := range got.Dyads {
			dyads = append(dyads, x.Speaker+">"+x.Target)
		}
		for _, x := range got.Speakers {
			speakers = append(speakers, x.Speaker+" "+x.Country+">"+x.Target)
		}
		for _, x := range got.Map {
			points = append(points, x.Country)
		}
		for _, x := range got.Blocs {
			blocs = append(blocs, x.Country)
		}
		for _, c := range []struct {
			what      string
			got, want []string
		}{{"dyads", dyads, tt.wantDyads}, {"speakers", speakers, tt.wantSpeakers}, {"map", points, tt.wantMap}, {"blocs", blocs, tt.wantBlocs}} {
			if !slices.Equal(c.got, c.want) {
				t.Errorf("WithOrganisations %v: %s = %q, want %q", tt.with, c.what, c.got, c.want)
			}
		}
		if len(in.Dyads) != 6 || in.Dyads[2].Target != "UN" {
			t.Errorf("WithOrganisations %v: chartedData changed its argument's dyads: %v", tt.with, in.Dyads)
		}
	}
}

// orgPage builds the page of d and decodes its data.
func orgPage(t *testing.T, d HTMLData) (*htmlPage, pageData, []string) {
	t.Helper()
	p, err := buildHTMLPage(d)
	if err != nil {
		t.Fatal(err)
	}
	var data pageData
	if err := json.Unmarshal(p.Data, &data); err != nil {
		t.Fatal(err)
	}
	var network struct {
		Series []struct {
			Data []struct{ Name string }
		}
	}
	if err := json.Unmarshal(data.Options[networkChartID], &network); err != nil {
		t.Fatal(err)
	}
	var nodes []string
	for _, n := range network.Series[0].Data {
		nodes = append(nodes, n.Name)
	}
	return p, data, nodes
}

func TestReportOrganisations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		with          bool
		focus         [][2]string
		wantCountries []string // heatmap and network
		wantSeries    []string
		wantTargets   []string // the overview's target countries
		wantSpeakers  [][2]string
		wantMap       []any // countries of the map's period
		wantNote      string
	}{
		{name: "default", wantCountries: []string{"DEU", "FRA", "USA"},
			wantSeries: []string{"FRA>DEU", "DEU>FRA", "USA>DEU"}, wantTargets: []string{"DEU", "FRA"},
			wantSpeakers: [][2]string{{"Ann", "USA"}}, wantMap: []any{"DEU"},
			wantNote: "the 157 stances of or toward international organisations (UN, EU, NATO …; 3 dyads) are left out"},
		{name: "focus on an organisation", focus: [][2]string{{"USA", "UN"}}, wantCountries: []string{"DEU", "FRA", "USA"},
			wantSeries: []string{"USA>UN", "FRA>DEU", "DEU>FRA", "USA>DEU"}, wantTargets: []string{"DEU", "FRA"},
			wantSpeakers: [][2]string{{"Ann", "USA"}}, wantMap: []any{"DEU"}, wantNote: "are left out"},
		{name: "with organisations", with: true, wantCountries: []string{"DEU", "FRA", "UN", "USA"},
			wantSeries: []string{"USA>UN", "UN>USA", "FRA>DEU", "DEU>FRA", "USA>DEU"}, wantTargets: []string{"UN", "DEU", "USA", "FRA"},
			wantSpeakers: [][2]string{{"Ann", "USA"}, {"Guterres", "UN"}}, wantMap: []any{"DEU", "UN"},
			wantNote: "charted as countries: 157 stances in 3 dyads"},
	}
	for _, tt := range tests {
		d := orgHTMLData()
		d.WithOrganisations = tt.with
		d.FocusDyads = tt.focus
		p, data, nodes := orgPage(t, d)
		heat := slices.Sorted(slices.Values(data.Heatmap))
		if !slices.Equal(heat, tt.wantCountries) {
			t.Errorf("%s: heatmap countries = %q, want %q", tt.name, heat, tt.wantCountries)
		}
		if slices.Sort(nodes); !slices.Equal(nodes, tt.wantCountries) {
			t.Errorf("%s: network nodes = %q, want %q", tt.name, nodes, tt.wantCountries)
		}
		var series []string
		for _, s := range data.Series {
			series = append(series, s.Speaker+">"+s.Target)
		}
		if !slices.Equal(series, tt.wantSeries) {
			t.Errorf("%s: series = %q, want %q", tt.name, series, tt.wantSeries)
		}
		var targets, wantTargets []string
		for _, it := range p.Tops[1].Items {
			targets = append(targets, it.Name)
		}
		for _, c := range tt.wantTargets {
			wantTargets = append(wantTargets, CountryLabel(c))
		}
		if p.Tops[1].Title != "Target countries" || !slices.Equal(targets, wantTargets) {
			t.Errorf("%s: %s = %q, want %q", tt.name, p.Tops[1].Title, targets, wantTargets)
		}
		if !slices.Equal(data.Speakers, tt.wantSpeakers) {
			t.Errorf("%s: speaker rows = %q, want %q", tt.name, data.Speakers, tt.wantSpeakers)
		}
		var mapped []any
		for _, pt := range data.Map.Points[0] {
			mapped = append(mapped, pt[2])
		}
		if !slices.Equal(mapped, tt.wantMap) {
			t.Errorf("%s: map points = %q, want %q", tt.name, mapped, tt.wantMap)
		}
		if !strings.Contains(p.OrgNote, tt.wantNote) {
			t.Errorf("%s: organisation note %q lacks %q", tt.name, p.OrgNote, tt.wantNote)
		}
		if p.OrgsLeftOut == tt.with {
			t.Errorf("%s: OrgsLeftOut = %v, want %v", tt.name, p.OrgsLeftOut, !tt.with)
		}
		// The explorer keeps the organisations' statements either way.
		if len(data.Rows) != 1 || data.Rows[0][4] != "UN" {
			t.Errorf("%s: explorer rows = %v, want the USA→UN statement", tt.name, data.Rows)
		}
	}
}

// TestReportOrganisationText: the page says where the organisations went,
// in the overview and beside the charts; a report without organisations
// says nothing about them.
func TestReportOrganisationText(t *testing.T) {
	t.Parallel()
	_, page := writeHTML(t, orgHTMLData())
	for _, want := range []string{
		`<p class="note" id="organisations">The charts and their tables are of countries: the 157 stances`,
		`Organisations are left out (see <a href="#organisations">above</a>).`,
		`The dyads with the most stances are of countries`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	table := page[strings.Index(page, `<table class="dyads">`):]
	table = table[:strings.Index(table, "</table>")]
	if strings.Contains(table, "<td>UN</td>") {
		t.Errorf("the heatmap's table lists UN:\n%s", table)
	}

	_, page = writeHTML(t, sampleHTMLData())
	if strings.Contains(page, "rganisation") {
		t.Errorf("a report without organisations mentions them")
	}
}

// TestCollectorSuccessors: the collector maps codes as the dyads do, and
// leaves out a delegation's stances about its predecessor.
func TestCollectorSuccessors(t *testing.T) {
	t.Parallel()
	in := []record.Stance{
		collectStance("d1#1", "Ann", "USA", "SUN", -0.5, 1, 1985),
		collectStance("d1#2", "Ann", "USA", "RUS", -0.3, 1, 1995),
		collectStance("d2#1", "Boris", "RUS", "SUN", 0.4, 1, 1985), // about itself
		collectStance("d3#1", "Boris", "SUN", "USA", -0.2, 1, 1985),
	}
	tests := []struct {
		name         string
		s            aggregate.Successors
		wantRows     []string
		wantSpeakers []string
	}{
		{"defaults", aggregate.DefaultSuccessors(),
			[]string{"d1#1 USA>RUS", "d1#2 USA>RUS", "d3#1 RUS>USA"},
			[]string{"Ann USA>RUS", "Boris RUS>USA"}},
		{"none", nil,
			[]string{"d2#1 RUS>SUN", "d3#1 SUN>USA", "d1#2 USA>RUS", "d1#1 USA>SUN"},
			[]string{"Ann USA>RUS", "Ann USA>SUN", "Boris RUS>SUN", "Boris SUN>USA"}},
	}
	for _, tt := range tests {
		c := NewCollector(CollectOptions{Period: aggregate.Year, Successors: tt.s})
		for _, s := range in {
			c.Add(s, StatementText{})
		}
		var rows, speakers []string
		for _, r := range c.Rows(0) {
			rows = append(rows, r.StatementID+" "+r.SpeakerCountry+">"+r.Target)
		}
		for _, s := range c.TopSpeakers(10) {
			speakers = append(speakers, s.Speaker+" "+s.Country+">"+s.Target)
		}
		if !slices.Equal(rows, tt.wantRows) {
			t.Errorf("%s: rows = %q, want %q", tt.name, rows, tt.wantRows)
		}
		if !slices.Equal(speakers, tt.wantSpeakers) {
			t.Errorf("%s: speakers = %q, want %q", tt.name, speakers, tt.wantSpeakers)
		}
	}
}
