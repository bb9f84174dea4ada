package reports

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
)

func sampleHTMLData() HTMLData {
	return HTMLData{
		Title:     "stance report",
		Generated: "test run",
		Summary:   []SummaryItem{{"documents", "12"}, {"statements", "96"}},
		Dyads: []aggregate.Dyad{
			{Speaker: "USA", Target: "CHN", Period: "2018", N: 10, Mean: -0.5},
			{Speaker: "USA", Target: "CHN", Period: "2019", N: 30, Mean: -0.1},
			{Speaker: "CHN", Target: "USA", Period: "2019", N: 5, Mean: -0.8},
			{Speaker: "FRA", Target: "DEU", Period: "2019", N: 50, Mean: 0.7},
			{Speaker: "FRA", Target: "RUS", Period: "2019", N: 0, Mean: math.NaN()},
		},
	}
}

// writeHTML writes the report into a new directory and returns the
// directory and index.html.
func writeHTML(t *testing.T, d HTMLData) (dir, page string) {
	t.Helper()
	dir = t.TempDir()
	if err := WriteHTMLReport(dir, d); err != nil {
		t.Fatalf("WriteHTMLReport: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, string(b)
}

// TestCombineHeatCells checks the pooled mean and interval by hand. USA →
// CHN: 10 stances of mean −0.5 and 30 of mean −0.1, each period's sd 0:
// mean −0.2; the pooled sum of squares is 10·0.3² + 30·0.1² = 1.2, so the
// sd is √(1.2/39) and the half-width t(0.975, 39)·sd/√40 = 2.022691 ×
// 0.0277350 = 0.0560995.
func TestCombineHeatCells(t *testing.T) {
	got := combineHeatCells(sampleHTMLData().Dyads)
	nan := math.NaN()
	want := []heatCell{
		{"CHN", "USA", 5, -0.8, -0.8, -0.8, 0},
		{"FRA", "DEU", 50, 0.7, 0.7, 0.7, 0},
		{"USA", "CHN", 40, -0.2, -0.2 - 0.0560995, -0.2 + 0.0560995, 0},
	}
	if len(got) != len(want) {
		t.Fatalf("combineHeatCells = %v, want %v", got, want)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-6 || math.IsNaN(a) && math.IsNaN(b) }
	for i, w := range want {
		g := got[i]
		if g.Speaker != w.Speaker || g.Target != w.Target || g.N != w.N || !near(g.Mean, w.Mean) || !near(g.Low, w.Low) || !near(g.High, w.High) {
			t.Errorf("cell %d: got %+v, want %+v", i, g, w)
		}
		if !(g.Low <= g.Mean && g.Mean <= g.High) {
			t.Errorf("cell %d: interval [%g, %g] does not contain the mean %g", i, g.Low, g.High, g.Mean)
		}
	}
	one := combineHeatCells([]aggregate.Dyad{{Speaker: "A", Target: "B", Period: "1", N: 1, Mean: 0.3, SD: nan}})
	if len(one) != 1 || !math.IsNaN(one[0].Low) || !math.IsNaN(one[0].High) {
		t.Errorf("a single stance: got %+v, want a NaN interval", one)
	}
}

func TestHeatmapCountries(t *testing.T) {
	cells := []heatCell{
		{"AAA", "BBB", 1, 0, 0, 0, 0},
		{"CCC", "CCC", 5, 0, 0, 0, 0}, // counted once
		{"DDD", "BBB", 3, 0, 0, 0, 0},
		{"EEE", "FFF", 2, 0, 0, 0, 0},
	}
	// Volumes: BBB 4, CCC 5, DDD 3, AAA 1, EEE 2, FFF 2.
	tests := []struct {
		limit int
		want  []string
	}{
		{1, []string{"CCC"}},
		{3, []string{"BBB", "CCC", "DDD"}},
		{4, []string{"BBB", "CCC", "DDD", "EEE"}}, // EEE wins the tie with FFF
		{10, []string{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"}},
	}
	for _, tt := range tests {
		got, all := heatmapCountries(cells, tt.limit)
		if !slices.Equal(got, tt.want) || all != 6 {
			t.Errorf("heatmapCountries(limit %d) = %q, %d; want %q, 6", tt.limit, got, all, tt.want)
		}
	}
}

func TestWriteHTMLReportDeterministic(t *testing.T) {
	d := sampleHTMLData()
	dir1, _ := writeHTML(t, d)
	dir2, _ := writeHTML(t, d)
	entries1, err := os.ReadDir(dir1)
	if err != nil {
		t.Fatal(err)
	}
	entries2, err := os.ReadDir(dir2)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries1) != len(entries2) {
		t.Fatalf("first write made %d files, second %d", len(entries1), len(entries2))
	}
	for i, e := range entries1 {
		if e.Name() != entries2[i].Name() {
			t.Fatalf("file %d: %s in first write, %s in second", i, e.Name(), entries2[i].Name())
		}
		b1, err1 := os.ReadFile(filepath.Join(dir1, e.Name()))
		b2, err2 := os.ReadFile(filepath.Join(dir2, e.Name()))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(b1, b2) {
			t.Errorf("%s differs between two writes of the same data", e.Name())
		}
	}
}

func TestWriteHTMLReportContent(t *testing.T) {
	_, page := writeHTML(t, sampleHTMLData())
	for _, want := range []string{
		"<title>stance report</title>",
		"Generated test run",
		`<tr><th scope="row">documents</th><td>12</td></tr>`,
		`<div id="heatmap"`,
		// The fallback table: combined periods, sorted, n = 0 left out.
		// Countries by name and code.
		`<tr><td>China (CHN)</td><td>United States (USA)</td><td class="num">5</td><td class="num">-0.800</td><td class="num">[-0.800, -0.800]</td></tr>
<tr><td>France (FRA)</td><td>Germany (DEU)</td><td class="num">50</td><td class="num">0.700</td><td class="num">[0.700, 0.700]</td></tr>
<tr><td>United States (USA)</td><td>China (CHN)</td><td class="num">40</td><td class="num">-0.200</td><td class="num">[-0.256, -0.144]</td></tr>
</tbody>`,
		"<tr><th scope=\"row\">periods</th><td>2018 – 2019</td></tr>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	if strings.Contains(page, "RUS") {
		t.Errorf("index.html shows RUS, whose only dyad has n = 0")
	}

	opt := chartOption(t, page)
	// Axis labels are names alone, in the order of the codes.
	countries := []any{"China", "Germany", "France", "United States"}
	if got := opt.XAxis[0].Data; !slices.Equal(got, countries) {
		t.Errorf("xAxis data = %v, want %v", got, countries)
	}
	if got := opt.YAxis[0].Data; !slices.Equal(got, countries) {
		t.Errorf("yAxis data = %v, want %v", got, countries)
	}
	if got := opt.Tooltip.Formatter; got != heatmapTooltipID {
		t.Errorf("tooltip formatter = %q, want %q", got, heatmapTooltipID)
	}
	if vm := opt.VisualMap[0]; vm.Min != -1 || vm.Max != 1 || vm.Dimension != "2" {
		t.Errorf("visualMap min, max, dimension = %v, %v, %q; want -1, 1, \"2\"", vm.Min, vm.Max, vm.Dimension)
	}
	// [x = target, y = speaker, mean, n, ci_low, ci_high], in the order of
	// the table.
	want := [][6]float64{{3, 0, -0.8, 5, -0.8, -0.8}, {1, 2, 0.7, 50, 0.7, 0.7}, {0, 3, -0.2, 40, -0.2561, -0.1439}}
	var got [][6]float64
	for _, d := range opt.Series[0].Data {
		got = append(got, d.Value)
	}
	if len(got) != len(want) {
		t.Fatalf("series data = %v, want %v", got, want)
	}
	for i := range want {
		for j := range want[i] {
			if math.Abs(got[i][j]-want[i][j]) > 1e-12 {
				t.Errorf("series data = %v, want %v", got, want)
			}
		}
	}
}

func TestWriteHTMLReportMaxCountries(t *testing.T) {
	d := sampleHTMLData()
	d.MaxCountries = 2
	_, page := writeHTML(t, d)
	if got := chartOption(t, page).XAxis[0].Data; !slices.Equal(got, []any{"Germany", "France"}) {
		t.Errorf("with MaxCountries 2, xAxis data = %v, want [Germany France] (DEU FRA: most statements)", got)
	}
	if !strings.Contains(page, "Showing the 2 countries with the most stances out of 4.") {
		t.Errorf("index.html does not say the heatmap is cut to 2 of 4 countries")
	}
	table := page[strings.Index(page, `<table class="dyads">`):]
	table = table[:strings.Index(table, "</table>")]
	if strings.Contains(table, "<td>United States (USA)</td>") {
		t.Errorf("the heatmap's table lists USA, which is not in the heatmap")
	}

	d.MaxCountries = -1
	if err := WriteHTMLReport(t.TempDir(), d); err == nil {
		t.Errorf("WriteHTMLReport with MaxCountries -1: no error")
	}
}

func TestWriteHTMLReportEmpty(t *testing.T) {
	for _, dyads := range [][]aggregate.Dyad{
		nil,
		{{Speaker: "USA", Target: "CHN", Period: "2019", N: 0, Mean: math.NaN()}},
	} {
		d := sampleHTMLData()
		d.Dyads = dyads
		dir, page := writeHTML(t, d)
		if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.HasSuffix(page, "</html>\n") {
			t.Errorf("index.html is not a whole HTML document:\n%s", page)
		}
		if !strings.Contains(page, "No data") {
			t.Errorf("index.html without dyads does not say there is no data:\n%s", page)
		}
		if !strings.Contains(page, "<td>12</td>") {
			t.Errorf("index.html without dyads lacks the summary:\n%s", page)
		}
		if strings.Contains(page, `class="chart"`) {
			t.Errorf("index.html without dyads has a chart:\n%s", page)
		}
		checkAssets(t, dir)
	}
}

func TestWriteHTMLReportAssets(t *testing.T) {
	dir, _ := writeHTML(t, sampleHTMLData())
	checkAssets(t, dir)

	js, err := os.ReadFile(filepath.Join(dir, "echarts.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := echartsAssets.ReadFile("assets/echarts/echarts.min.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(js, embedded) || len(js) < 500_000 {
		t.Errorf("echarts.min.js: %d bytes, want the %d embedded bytes", len(js), len(embedded))
	}
	if !bytes.Contains(js, []byte(`.version="`+echartsVersion+`"`)) {
		t.Errorf("echarts.min.js does not declare version %s (echartsVersion)", echartsVersion)
	}
	for name, want := range map[string]string{
		"LICENSE-echarts.txt": "Apache License",
		"NOTICE-echarts.txt":  "Apache ECharts",
		"LICENSE-d3.txt":      "Mike Bostock",
		"LICENSE-zrender.txt": "Baidu",
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s: %v, or it lacks %q", name, err, want)
		}
	}
}

// checkAssets checks that dir holds every bundled file, byte for byte.
func checkAssets(t *testing.T, dir string) {
	t.Helper()
	for _, a := range htmlAssets {
		got, err := os.ReadFile(filepath.Join(dir, a[0]))
		if err != nil {
			t.Errorf("asset not written: %v", err)
			continue
		}
		want, err := echartsAssets.ReadFile(a[1])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the embedded %s", a[0], a[1])
		}
	}
}

func TestWriteHTMLReportNoExternalResources(t *testing.T) {
	_, page := writeHTML(t, sampleHTMLData())
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, "//cdn") {
		t.Errorf("index.html names a URL")
	}
	attrs := regexp.MustCompile(`(?i)\b(src|href|action|srcset|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`).FindAllStringSubmatch(page, -1)
	var refs []string
	for _, a := range attrs {
		ref := strings.Trim(a[2], `"'`)
		if strings.HasPrefix(ref, "#") {
			continue // a link within the page
		}
		refs = append(refs, strings.ToLower(a[1])+"="+ref)
	}
	if want := []string{"src=echarts.min.js"}; !slices.Equal(refs, want) {
		t.Errorf("index.html refers to %q, want only %q", refs, want)
	}
	if regexp.MustCompile(`(?i)@import|url\(|<link|<iframe|<img|<object|<embed`).MatchString(page) {
		t.Errorf("index.html loads another resource")
	}
}

// Strings from the corpus that would run as script if written into the page
// unescaped, or through go-echarts' own renderer (which strips __f__).
var htmlPayloads = []string{
	`</script><script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`__f__alert(1)__f__`,
	`"};alert(1);//`,
	`<!--<script>`,
	"line\u2028separator",
}

func TestWriteHTMLReportPayloads(t *testing.T) {
	d := HTMLData{
		Title:     htmlPayloads[0],
		Generated: htmlPayloads[1],
		Summary:   []SummaryItem{{htmlPayloads[2], htmlPayloads[3]}, {htmlPayloads[1], htmlPayloads[0]}},
	}
	for i, p := range htmlPayloads {
		d.Dyads = append(d.Dyads,
			aggregate.Dyad{Speaker: p, Target: "USA", Period: "2019", N: 2 + i, Mean: 0.5},
			aggregate.Dyad{Speaker: "USA", Target: p, Period: "2019", N: 3, Mean: -0.5},
			aggregate.Dyad{Speaker: p, Target: htmlPayloads[(i+1)%len(htmlPayloads)], Period: "2019", N: 1, Mean: 0},
		)
	}
	_, page := writeHTML(t, d)

	for _, bad := range []string{"<script>alert", "<img", "<!--"} {
		if strings.Contains(page, bad) {
			t.Errorf("index.html contains %q unescaped", bad)
		}
	}
	// Only the two script elements of the template.
	if n, m := strings.Count(page, "<script"), strings.Count(page, "</script"); n != 2 || m != 2 {
		t.Errorf("index.html has %d <script and %d </script, want 2 and 2", n, m)
	}
	// In HTML, the payloads are escaped text.
	for _, want := range []string{
		"<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>",
		"<td>&lt;img src=x onerror=alert(1)&gt;</td>",
		"<td>&#34;};alert(1);//</td>",
		"<th scope=\"row\">__f__alert(1)__f__</th>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}

	// In the script, the payloads are only inside the JSON literal of the
	// page data: the code around it is the same as for harmless data...
	_, plain := writeHTML(t, sampleHTMLData())
	code, literal := splitScript(t, page)
	plainCode, _ := splitScript(t, plain)
	if code != plainCode {
		t.Errorf("the page script changes with the data:\n%s\nwant\n%s", code, plainCode)
	}
	// ... the literal has no character that could end the script or a
	// string early ...
	if strings.ContainsAny(literal, "<>&\u2028\u2029") {
		t.Errorf("the data literal has an unescaped <, >, &, U+2028 or U+2029:\n%s", literal)
	}
	// ... every payload in it is in a JSON string, not code ...
	for _, p := range []struct{ raw, quoted string }{
		{`__f__alert(1)__f__`, `"__f__alert(1)__f__"`},
		{`};alert(1);//`, `"\"};alert(1);//"`},
	} {
		n := strings.Count(literal, p.raw)
		if n == 0 {
			t.Errorf("the options literal lacks %s: data was dropped or changed", p.raw)
		}
		if m := strings.Count(literal, p.quoted); m != n {
			t.Errorf("%s appears %d times in the options literal, only %d of them as the JSON string %s", p.raw, n, m, p.quoted)
		}
	}
	// ... and it decodes to exactly the countries given.
	var countries []any
	for _, p := range htmlPayloads {
		countries = append(countries, p)
	}
	countries = append(countries, "USA")
	slices.SortFunc(countries, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	for i, c := range countries {
		countries[i] = CountryName(c.(string))
	}
	if got := chartOption(t, page).XAxis[0].Data; !slices.Equal(got, countries) {
		t.Errorf("xAxis data = %q, want %q", got, countries)
	}
}

// splitScript returns the inline script of page with the data literal
// replaced by OPTION, and the literal.
func splitScript(t *testing.T, page string) (code, literal string) {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script>\n(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no inline script in index.html")
	}
	script := m[1]
	const start = "var D = "
	i := strings.Index(script, start)
	j := strings.Index(script[i+1:], ";\n")
	if i < 0 || j < 0 {
		t.Fatalf("no options literal in the script:\n%s", script)
	}
	j += i + 1
	return script[:i+len(start)] + "OPTION" + script[j:], script[i+len(start) : j]
}

// echartsOption is the part of the chart options the tests read.
type echartsOption struct {
	XAxis     []struct{ Data []any } `json:"xAxis"`
	YAxis     []struct{ Data []any } `json:"yAxis"`
	Tooltip   struct{ Formatter string }
	VisualMap []struct {
		Min, Max  float64
		Dimension string
	} `json:"visualMap"`
	Series []struct {
		Data []struct{ Value [6]float64 }
	}
}

// chartOption returns the heatmap's options from the page data.
func chartOption(t *testing.T, page string) echartsOption {
	t.Helper()
	_, literal := splitScript(t, page)
	var data struct{ Options map[string]json.RawMessage }
	if err := json.Unmarshal([]byte(literal), &data); err != nil {
		t.Fatalf("data literal: %v\n%s", err, literal)
	}
	var opt echartsOption
	if err := json.Unmarshal(data.Options[heatmapChartID], &opt); err != nil {
		t.Fatalf("heatmap options: %v\n%s", err, data.Options[heatmapChartID])
	}
	return opt
}
