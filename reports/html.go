package reports

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/stance-project/stance/analysis/aggregate"
)

// HTMLData is the content of the HTML report. Every string in it is
// treated as untrusted data: it is escaped for its context and never
// becomes markup or code.
type HTMLData struct {
	Title     string        // page title, e.g. "stance report"
	Generated string        // shown as is; supplied by the caller so that output stays reproducible
	Summary   []SummaryItem // rows of the overview table, in order

	// Period is the period of the dyads, used to order the time series
	// and stated in "How to read this report" (when the dyads' labels are
	// not of Period, the report names the period their labels show).
	Period     aggregate.Period
	Dyads      []aggregate.Dyad
	Alignments []aggregate.Alignment
	Map        []aggregate.MapPoint
	Blocs      []aggregate.Bloc
	Speakers   []SpeakerTarget // from Collector.TopSpeakers (TopSpeakers of them are charted)
	Statements []ExplorerRow   // from Collector.Rows, in the order shown
	// FocusDyads are (speaker country, target country) pairs whose time
	// series the report shows before the top dyads by volume.
	FocusDyads [][2]string
	// AlignWindow is the alignment's pooling window in periods on each
	// side, as aggregate.AlignOptions.Window after its defaults: -1 means
	// none, 0 unknown (the report then does not state it).
	AlignWindow int
	// Weighting says whether the dyads' means weigh stances by their
	// confidence (stance -weighted); the zero value is unknown.
	Weighting Weighting
	// SmoothWindow is the window of the dyads' Smoothed values (0: they
	// were not smoothed; the report then smooths the series it shows over
	// DefaultSmoothWindow periods on each side and says so).
	SmoothWindow int
	// WithOrganisations charts international organisations (UN, EU, NATO
	// ...: lexicons.IsOrganisation) as countries. By default a dyad, a
	// speaker row, a map point or a bloc row of an organisation is left out
	// of the charts, the overview's lists and the tables under the charts
	// (the page says how many stances that left out); the statement
	// explorer keeps their statements, and FocusDyads are shown whatever
	// they are.
	WithOrganisations bool

	// Validation, when set (stance run -votes), is the alignment compared
	// with an agreement file: a scatter and its figures.
	Validation *Validation

	// MaxCountries caps the countries of the heatmap and the network: the
	// countries with the most stances (as speaker or target) are kept. 0
	// means DefaultMaxCountries.
	MaxCountries int
	// MinEvidence is the least number of stances with evidence, over all
	// periods, that a speaker → target pair needs to be in the heatmap,
	// the dyads over time (their quick list and pickers) and the network
	// (which needs at least 3): thinner pairs are mostly one-off mentions.
	// FocusDyads are shown whatever their evidence. 0 means the default
	// for the corpus: the largest of 5, 3 and 2 that leaves at least 30
	// pairs, else 1 (every pair); the page states the value used.
	MinEvidence int
	// MaxStatements caps the rows of the statement explorer (0 means
	// DefaultMaxStatements). The CSV files have them all.
	MaxStatements int
}

// Weighting is how a dyad's mean weighs its stances.
type Weighting int

// Weightings; the zero value is unknown.
const (
	WeightingUnknown   Weighting = iota
	Unweighted                   // each stance with evidence counts once
	ConfidenceWeighted           // each stance weighs its confidence (-weighted)
)

// SummaryItem is one row of the overview table.
type SummaryItem struct{ Label, Value string }

// Defaults and caps of the report; the CSV files always hold everything.
const (
	DefaultMaxCountries  = 40
	DefaultMaxStatements = 3000
	DefaultSmoothWindow  = 2
	topDyads             = 6  // time series shown besides FocusDyads
	TopSpeakers          = 20 // rows of the speaker chart
	topSpeakerTargets    = 15 // columns of the speaker chart
	topListed            = 10 // rows of each overview list
	maxNetworkEdges      = 150
	// minNetworkEvidence is the least number of stances with evidence a
	// speaker → target pair needs for an edge of the network: thinner
	// pairs would draw a hairball of one-off mentions.
	minNetworkEvidence = 3
)

// echartsVersion is the version of the ECharts bundle in assets/echarts
// (see assets/echarts/README.md).
const echartsVersion = "5.6.0"

// Chart element ids in index.html: fixed, so that the page is the same
// bytes for the same data.
const (
	heatmapChartID  = "heatmap"
	speakersChartID = "speakers"
	seriesChartID   = "series"
	networkChartID  = "network"
	mapChartID      = "map"
	alignChartID    = "alignment"
)

// Formatter ids stand in the chart options for functions defined in
// html.tmpl: options are JSON and cannot carry functions, and no corpus
// text ever becomes a formatter template.
const (
	heatmapTooltipID  = "stance:heatmapTooltip"
	speakersTooltipID = "stance:speakersTooltip"
	seriesTooltipID   = "stance:seriesTooltip"
	networkTooltipID  = "stance:networkTooltip"
	mapTooltipID      = "stance:mapTooltip"
	alignTooltipID    = "stance:alignTooltip"
	mapLabelID        = "stance:mapLabel"
	countryNameID     = "stance:countryName" // a label: the name of the code p.name
	noDataColor       = "#e0e0e0"
)

// rdBu is ColorBrewer's RdBu, red for −1 to blue for +1.
var rdBu = []string{"#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"}

// blocColors colour blocs 1, 2, ...; countries in no bloc are grey.
var blocColors = []string{"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#b15928", "#6a3d9a"}

const noBlocColor = "#9e9e9e"

func blocColor(b int) string {
	if b <= 0 {
		return noBlocColor
	}
	return blocColors[(b-1)%len(blocColors)]
}

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
// opens from file://; its Content-Security-Policy allows no request but
// the bundled script and its own inline script (by hash).
//
// The page has a "How to read this report" section and an overview; a
// heatmap of mean stance, speaker country × target country over all
// periods, ordered by bloc; the time series of the top dyads on a time
// axis; a network of the countries coloured by bloc; the alignment map
// with a period slider and a legend of its blocs; the top speakers' mean
// stance by target; and a
// statement explorer that every chart filters when clicked. Tables carry
// the numbers for readers without JavaScript. The charts are of countries:
// the dyads of international organisations are left out of them unless
// d.WithOrganisations, and the overview says how many stances that left
// out.
//
// The output depends only on d: the same data gives the same bytes.
func WriteHTMLReport(dir string, d HTMLData) error {
	page, err := buildHTMLPage(d)
	if err != nil {
		return err
	}
	b, err := renderHTMLPage(page)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), b, 0o644); err != nil {
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

// cspPlaceholder stands in the template for the inline script's hash,
// which is known only once the page is rendered.
const cspPlaceholder = "stance-csp-script-hash"

// renderHTMLPage executes the template and puts the hash of the page's
// one inline script into its Content-Security-Policy.
func renderHTMLPage(p *htmlPage) ([]byte, error) {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("html report: %w", err)
	}
	b := buf.Bytes()
	const open, close = "<script>", "</script>"
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		return nil, fmt.Errorf("html report: no inline script") // unreachable: html.tmpl has one
	}
	j := bytes.Index(b[i:], []byte(close))
	sum := sha256.Sum256(b[i+len(open) : i+j])
	hash := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	return bytes.Replace(b, []byte(cspPlaceholder), []byte(hash), 1), nil
}

// htmlPage is what html.tmpl renders.
type htmlPage struct {
	Title, Generated string
	Summary          []SummaryItem
	EChartsVersion   string
	CSPHash          string
	PeriodRange      string
	Tops             []topList

	// Countries is the number of countries in the heatmap, AllCountries the
	// number in the data; Countries is 0 when there is nothing to draw.
	Countries, AllCountries int
	Heatmap, Speakers       *chartBox
	Series, Network, Map    *chartBox
	Validation              *chartBox
	ValidationFile          string
	ValidationRows          []validationRow
	ValidationShown         int
	SeriesDyads             []seriesDyad
	SeriesLeftOut           int  // period labels the time axis cannot place
	SeriesOffered           int  // speaker → target pairs in the pickers
	SeriesQualified         int  // pairs with MinEvidence (the focus dyads not counted)
	SeriesAll               int  // pairs with dated stances (of the kind charted)
	SeriesCut               bool // the pickers' budget left out qualified pairs
	AlignSeries             *chartBox
	AlignOffered, AlignAll  int // country pairs in the alignment pickers, and with alignment rows
	MinEvidence             int // the pairs' minimum of stances with evidence
	MinEvidenceDefault      bool
	MapPeriods              []string
	NetworkEdges            int // edges drawn
	MinNetworkEvidence      int
	Params                  []SummaryItem // the run's parameters, for "How to read this report"
	SmoothNote              string
	OrgNote                 string // what became of the organisations
	OrgsLeftOut             bool   // organisations' dyads were left out of the charts
	Rows                    []htmlRow
	SpeakerRows             []htmlSpeakerRow
	Statements              int // rows in the explorer
	AllStatements           int // rows the collector kept

	// Data is everything the script needs: chart options and the data
	// behind the series selector, the map slider and the explorer.
	Data json.RawMessage
}

// chartBox is a chart's element.
type chartBox struct {
	ID     string
	Height int // pixels
}

type topList struct {
	Title string
	Items []topItem
}

type topItem struct {
	Name string
	N    int
}

type htmlRow struct {
	Speaker, Target string
	N               int
	Mean, CI        string
}

type htmlSpeakerRow struct {
	Speaker, Country, Target string
	N                        int
	Mean                     string
}

// pageData is the JSON the page script reads.
type pageData struct {
	Options map[string]json.RawMessage `json:"options"`
	// Series are the speaker → target pairs of the pickers, the first
	// SeriesTop of them in the quick list.
	Series    []seriesJSON `json:"series"`
	SeriesTop int          `json:"seriesTop"`
	// Align are the country pairs of the alignment pickers, the first
	// drawn first.
	Align   []alignJSON `json:"align"`
	Periods []string    `json:"periods"` // of the series
	Map     mapJSON     `json:"map"`
	Rows    [][]any     `json:"rows"` // explorer rows, see explorerJSON
	// PeriodDates are the start dates ("2018-10-01") of Periods, the x
	// values of the time series; a "" period is a gap between periods
	// that are not neighbours.
	PeriodDates    []string    `json:"periodDates"`
	Heatmap        []string    `json:"heatmapCountries"` // codes of the heatmap's rows and columns
	Speakers       [][2]string `json:"speakerRows"`      // speaker, country of the speaker chart's rows
	SpeakerTargets []string    `json:"speakerTargets"`   // codes of the speaker chart's columns
	// Names maps the codes that have a name (CountryName) to it.
	Names map[string]string `json:"names"`
}

type seriesDyad struct {
	Speaker, Target string
	N               int
}

type seriesJSON struct {
	Speaker string `json:"speaker"`
	Target  string `json:"target"`
	N       int    `json:"n"` // stances over the periods
	// The periods with data: [index in Periods, mean, ci_low, ci_high,
	// smoothed, n] (a period without is a gap, never 0).
	Points [][]any `json:"points"`
}

type alignJSON struct {
	A string `json:"a"`
	B string `json:"b"`
	N int    `json:"n"` // stances with evidence in the profiles, over the periods
	// The periods with a row: [index in Periods, score, ci_low, ci_high, n].
	Points [][]any `json:"points"`
}

// addNames adds the names of codes to m.
func addNames(m map[string]string, codes ...string) {
	for _, c := range codes {
		if n := CountryName(c); n != c {
			m[c] = n
		}
	}
}

type mapJSON struct {
	Periods []string `json:"periods"`
	// Per period: [x, y, country, bloc].
	Points [][][]any `json:"points"`
}

func buildHTMLPage(d HTMLData) (*htmlPage, error) {
	maxCountries := cmp.Or(d.MaxCountries, DefaultMaxCountries)
	maxStatements := cmp.Or(d.MaxStatements, DefaultMaxStatements)
	if maxCountries < 0 || maxStatements < 0 {
		return nil, fmt.Errorf("html report: MaxCountries %d, MaxStatements %d: want >= 0", d.MaxCountries, d.MaxStatements)
	}
	charted := chartedData(d)
	every := combineHeatCells(charted.Dyads)
	minEv := d.MinEvidence
	if minEv < 0 {
		return nil, fmt.Errorf("html report: MinEvidence %d: want >= 0", minEv)
	}
	if minEv == 0 {
		minEv = defaultMinEvidence(every)
	}
	all := every
	if minEv > 1 {
		all = slices.DeleteFunc(slices.Clone(every), func(c heatCell) bool { return c.NEvidence < minEv })
	}
	countries, allCountries := heatmapCountries(all, maxCountries)
	blocs := overallBlocs(charted.Dyads, d.WithOrganisations)
	orderByBloc(countries, blocs)
	cells := heatCellsAmong(all, countries)

	p := &htmlPage{
		Title:          d.Title,
		Generated:      d.Generated,
		Summary:        d.Summary,
		EChartsVersion: echartsVersion,
		CSPHash:        cspPlaceholder,
		AllCountries:   allCountries,
		PeriodRange:    periodRange(d.Dyads, d.Period),
		Tops:           topLists(every, charted.Speakers),
		OrgNote:        organisationNote(d),
		OrgsLeftOut:    len(charted.Dyads) < len(d.Dyads),
	}
	p.Params = runParams(d)
	data := pageData{Options: map[string]json.RawMessage{}, Rows: [][]any{}, Periods: []string{}, PeriodDates: []string{}, Series: []seriesJSON{}, Align: []alignJSON{}, Names: map[string]string{}}
	data.Map.Periods, data.Map.Points = []string{}, [][][]any{}
	if len(cells) > 0 {
		p.Countries = len(countries)
		names := countryNames(countries)
		p.Heatmap = &chartBox{ID: heatmapChartID, Height: heatmapHeight(names)}
		opt, err := heatmapOption(heatmapChartID, heatmapTooltipID, names, names, cellsData(cells, countries, countries), "target", "speaker")
		if err != nil {
			return nil, err
		}
		data.Options[heatmapChartID] = opt
		data.Heatmap = countries
		addNames(data.Names, countries...)
		for _, c := range cells {
			p.Rows = append(p.Rows, htmlRow{CountryLabel(c.Speaker), CountryLabel(c.Target), c.N, htmlMean(c.Mean), htmlInterval(c.Low, c.High)})
		}
		net, edges, err := networkOption(countries, cells, blocs)
		if err != nil {
			return nil, err
		}
		p.NetworkEdges, p.MinNetworkEvidence = edges, max(minNetworkEvidence, minEv)
		p.Network = &chartBox{ID: networkChartID, Height: 720}
		data.Options[networkChartID] = net
	}
	if err := addSpeakers(p, &data, charted.Speakers); err != nil {
		return nil, err
	}
	p.MinEvidence, p.MinEvidenceDefault = minEv, d.MinEvidence == 0
	if err := addSeries(p, &data, d, minEv); err != nil {
		return nil, err
	}
	if err := addMap(p, &data, charted.Map, charted.Blocs); err != nil {
		return nil, err
	}
	if err := addValidation(p, &data, d.Validation); err != nil {
		return nil, err
	}
	data.Rows, p.Statements = explorerRows(d.Statements, maxStatements)
	for _, r := range d.Statements[:p.Statements] {
		addNames(data.Names, r.SpeakerCountry, r.Target)
	}
	p.AllStatements = len(d.Statements)
	b, err := json.Marshal(data)
	if err != nil {
		return nil, fmt.Errorf("html report: page data: %w", err)
	}
	p.Data = b
	return p, nil
}

// countryNames returns the names of codes (CountryName).
func countryNames(codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = CountryName(c)
	}
	return out
}

func heatmapHeight(rows []string) int {
	longest := 0
	for _, c := range rows {
		longest = max(longest, len([]rune(c)))
	}
	h := max(360, 16*len(rows)+100)
	if len(rows) > 12 || longest > 4 {
		h += min(7*longest, maxAxisLabelWidth)
	}
	return h
}

// heatCell is one speaker-target pair over all periods.
type heatCell struct {
	Speaker, Target string
	N               int
	Mean            float64
	Low, High       float64 // 95 % interval of the pooled mean; NaN when n < 2
	NEvidence       int     // stances with evidence
}

// combineHeatCells merges the periods of each speaker-target pair into one
// cell, sorted by speaker then target. The mean is n-weighted; the
// interval is Student's t on the pooled variance (within periods from each
// dyad's sd, plus between their means).
func combineHeatCells(dyads []aggregate.Dyad) []heatCell {
	type key struct{ s, t string }
	type part struct {
		n        int
		mean, sd float64
	}
	type sum struct {
		n, nev   int
		weighted float64
		parts    []part
	}
	sums := make(map[key]*sum)
	for _, d := range dyads {
		if d.N <= 0 || math.IsNaN(d.Mean) || math.IsInf(d.Mean, 0) {
			continue
		}
		k := key{d.Speaker, d.Target}
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		s.n += d.N
		s.nev += d.NEvidence
		s.weighted += float64(d.N) * d.Mean
		s.parts = append(s.parts, part{d.N, d.Mean, d.SD})
	}
	var tq aggregate.TTable
	cells := make([]heatCell, 0, len(sums))
	for k, s := range sums {
		mean := s.weighted / float64(s.n)
		c := heatCell{Speaker: k.s, Target: k.t, N: s.n, Mean: mean, Low: math.NaN(), High: math.NaN(), NEvidence: s.nev}
		if s.n >= 2 {
			var ss float64
			for _, d := range s.parts {
				if d.n >= 2 && !math.IsNaN(d.sd) {
					ss += float64(d.n-1) * d.sd * d.sd
				}
				ss += float64(d.n) * (d.mean - mean) * (d.mean - mean)
			}
			half := tq.Quantile975(float64(s.n-1)) * math.Sqrt(ss/float64(s.n-1)/float64(s.n))
			c.Low, c.High = mean-half, mean+half
		}
		cells = append(cells, c)
	}
	slices.SortFunc(cells, func(a, b heatCell) int {
		return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Target, b.Target))
	})
	return cells
}

// heatmapCountries returns, sorted, the at most limit countries with the
// most stances as speaker or target (ties go to the alphabetically
// first), and the number of countries in cells.
func heatmapCountries(cells []heatCell, limit int) (countries []string, all int) {
	volume := countryVolume(cells)
	for _, it := range topOf(volume, limit) {
		countries = append(countries, it.Name)
	}
	slices.Sort(countries)
	return countries, len(volume)
}

func countryVolume(cells []heatCell) map[string]int {
	volume := make(map[string]int)
	for _, c := range cells {
		volume[c.Speaker] += c.N
		if c.Target != c.Speaker {
			volume[c.Target] += c.N
		}
	}
	return volume
}

// heatCellsAmong returns the cells whose speaker and target are both in
// countries.
func heatCellsAmong(cells []heatCell, countries []string) []heatCell {
	in := make(map[string]bool, len(countries))
	for _, c := range countries {
		in[c] = true
	}
	var kept []heatCell
	for _, c := range cells {
		if in[c.Speaker] && in[c.Target] {
			kept = append(kept, c)
		}
	}
	return kept
}

// overallBlocs returns each country's bloc over the whole run: the
// alignment of the dyads pooled over all periods (means and evidence
// means weighted by the stances under them), partitioned as
// aggregate.Blocs does; withOrgs as aggregate.AlignOptions has it.
// Countries in no bloc are absent.
func overallBlocs(dyads []aggregate.Dyad, withOrgs bool) map[string]int {
	type key struct{ s, t string }
	type sum struct {
		n, en int     // stances, and those of dyads with an evidence mean
		ev    float64 // n-weighted sum of evidence means
		nm    int     // stances with evidence under the means
		m     float64 // weighted sum of means
	}
	sums := map[key]*sum{}
	for _, d := range dyads {
		k := key{d.Speaker, d.Target}
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		s.n += d.N
		if !math.IsNaN(d.EvidenceMean) {
			s.en += d.N
			s.ev += float64(d.N) * d.EvidenceMean
		}
		if !math.IsNaN(d.Mean) && d.NEvidence > 0 {
			s.nm += d.NEvidence
			s.m += float64(d.NEvidence) * d.Mean
		}
	}
	var pooled []aggregate.Dyad
	for k, s := range sums {
		d := aggregate.Dyad{Speaker: k.s, Target: k.t, Period: "all", N: s.n, NEvidence: s.nm, Mean: math.NaN(), EvidenceMean: math.NaN()}
		if s.en > 0 {
			d.EvidenceMean = s.ev / float64(s.en)
		}
		if s.nm > 0 {
			d.Mean = s.m / float64(s.nm)
		}
		pooled = append(pooled, d)
	}
	out := map[string]int{}
	for _, b := range aggregate.Blocs(aggregate.Alignments(pooled, aggregate.AlignOptions{WithOrganisations: withOrgs}), aggregate.BlocOptions{}) {
		out[b.Country] = b.Bloc
	}
	return out
}

// orderByBloc sorts countries so that blocs sit together: bloc 1 first,
// countries in no bloc last, by name within each.
func orderByBloc(countries []string, blocs map[string]int) {
	rank := func(c string) int {
		if b, ok := blocs[c]; ok {
			return b
		}
		return math.MaxInt
	}
	slices.SortStableFunc(countries, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
}

// periodRange is "first – last" of the dyads' periods, in calendar order.
func periodRange(dyads []aggregate.Dyad, p aggregate.Period) string {
	var labels []string
	seen := map[string]bool{}
	for _, d := range dyads {
		if d.Period != "" && !seen[d.Period] {
			seen[d.Period] = true
			labels = append(labels, d.Period)
		}
	}
	if len(labels) == 0 {
		return ""
	}
	sortPeriods(labels, p)
	if len(labels) == 1 {
		return labels[0]
	}
	return labels[0] + " – " + labels[len(labels)-1]
}

// sortPeriods sorts period labels in calendar order (labels of another
// precision after, by text).
func sortPeriods(labels []string, p aggregate.Period) {
	slices.SortFunc(labels, func(a, b string) int {
		ia, oka := p.Index(a)
		ib, okb := p.Index(b)
		switch {
		case oka && okb:
			return cmp.Or(cmp.Compare(ia, ib), cmp.Compare(a, b))
		case oka:
			return -1
		case okb:
			return 1
		}
		return cmp.Compare(a, b)
	})
}

// topLists are the overview's lists: speaker countries, target countries
// and speakers with the most stances.
func topLists(cells []heatCell, speakers []SpeakerTarget) []topList {
	bySpeaker, byTarget := map[string]int{}, map[string]int{}
	for _, c := range cells {
		bySpeaker[c.Speaker] += c.N
		byTarget[c.Target] += c.N
	}
	byPerson := map[string]int{}
	for _, s := range speakers {
		byPerson[speakerLabel(s.Speaker, s.Country)] += s.N
	}
	labelled := func(items []topItem) []topItem {
		for i := range items {
			items[i].Name = CountryLabel(items[i].Name)
		}
		return items
	}
	return []topList{
		{"Speaker countries", labelled(topOf(bySpeaker, topListed))},
		{"Target countries", labelled(topOf(byTarget, topListed))},
		{"Speakers", topOf(byPerson, topListed)},
	}
}

// topOf returns the at most n keys of m with the largest values, ties to
// the first key.
func topOf(m map[string]int, n int) []topItem {
	items := make([]topItem, 0, len(m))
	for k, v := range m {
		items = append(items, topItem{k, v})
	}
	slices.SortFunc(items, func(a, b topItem) int { return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Name, b.Name)) })
	return items[:min(len(items), n)]
}

// speakerLabel is "Sergey Lavrov (Russia)".
func speakerLabel(speaker, country string) string {
	return speaker + " (" + CountryName(country) + ")"
}

// htmlMean formats a mean with 3 decimals, without "-0.000".
func htmlMean(m float64) string {
	if math.IsNaN(m) || math.IsInf(m, 0) {
		return ""
	}
	s := strconv.FormatFloat(m, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}

// htmlInterval formats a 95 % interval, "" when it is not defined.
func htmlInterval(lo, hi float64) string {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return ""
	}
	return "[" + htmlMean(lo) + ", " + htmlMean(hi) + "]"
}

// jsonNum is a number for the page data: rounded to 4 decimals, nil for
// NaN (JSON has no NaN).
func jsonNum(x float64) any {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	r := math.Round(x*1e4) / 1e4
	if r == 0 {
		r = 0
	}
	return r
}

// periodSpan returns the first day of the period a label names, "2018"
// (year), "2018-Q4", "2018-11", "2018-W45" (ISO week) or "2018-11-05",
// the first day after it, and the period the label is of.
func periodSpan(label string) (start, end time.Time, p aggregate.Period, ok bool) {
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	year := func(s string) (int, bool) {
		y, err := strconv.Atoi(s)
		return y, err == nil && len(s) == 4 && s[0] != '+' && s[0] != '-'
	}
	switch {
	case len(label) == 4:
		y, ok := year(label)
		return date(y, 1, 1), date(y+1, 1, 1), aggregate.Year, ok
	case len(label) == 7 && label[4:6] == "-Q":
		y, ok := year(label[:4])
		q := int(label[6] - '0')
		if !ok || q < 1 || q > 4 {
			return start, end, 0, false
		}
		start = date(y, time.Month(3*q-2), 1)
		return start, start.AddDate(0, 3, 0), aggregate.Quarter, true
	case len(label) == 8 && label[4:6] == "-W":
		y, ok := year(label[:4])
		w, err := strconv.Atoi(label[6:])
		if !ok || err != nil || w < 1 || w > 53 {
			return start, end, 0, false
		}
		// Monday of ISO week 1 is the Monday on or before January 4.
		jan4 := date(y, 1, 4)
		start = jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return start, start.AddDate(0, 0, 7), aggregate.Week, true
	case len(label) == 7:
		t, err := time.Parse("2006-01", label)
		return t, t.AddDate(0, 1, 0), aggregate.Month, err == nil
	case len(label) == 10:
		t, err := time.Parse("2006-01-02", label)
		return t, t.AddDate(0, 0, 1), aggregate.Day, err == nil
	}
	return start, end, 0, false
}

// runParams are the run's parameters that "How to read this report"
// states: those d does not know are left out.
func runParams(d HTMLData) []SummaryItem {
	var items []SummaryItem
	// The period of the dyads' labels: d.Period when it places them,
	// else the period of the first label (d.Period's zero value is Day).
	period, known := "", false
	for _, dy := range d.Dyads {
		if dy.Period == "" {
			continue
		}
		if _, ok := d.Period.Index(dy.Period); ok {
			period, known = d.Period.String(), true
			break
		}
		if _, _, p, ok := periodSpan(dy.Period); ok && period == "" {
			period = p.String()
		}
	}
	if period != "" {
		if !known {
			period += " (from the period labels)"
		}
		items = append(items, SummaryItem{"period", period})
	}
	switch {
	case d.AlignWindow < 0:
		items = append(items, SummaryItem{"alignment window", "none: each period alone"})
	case d.AlignWindow > 0:
		items = append(items, SummaryItem{"alignment window", fmt.Sprintf("±%s around each period", plural(d.AlignWindow, "period"))})
	}
	switch d.Weighting {
	case Unweighted:
		items = append(items, SummaryItem{"weighting", "none: each stance with evidence counts once"})
	case ConfidenceWeighted:
		items = append(items, SummaryItem{"weighting", "stances weighted by their confidence (-weighted)"})
	}
	if d.SmoothWindow > 0 {
		items = append(items, SummaryItem{"smoothing", fmt.Sprintf("±%s (n-weighted)", plural(d.SmoothWindow, "period"))})
	}
	return items
}
