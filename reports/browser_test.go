package reports

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/validate"
	"github.com/stance-project/stance/internal/browsertest"
)

// Payloads that run script if the page ever treats data as markup or
// code: each calls alert with its own number.
var payloads = []string{
	`<img src=x onerror=alert(1)>`,
	`</script><script>alert(2)</script>`,
	`__f__function(){alert(3)}__f__`,
	`"};alert(4);//`,
	`<svg onload=alert(5)>`,
	`{{alert(6)}}`,
	`javascript:alert(7)`,
	`'-alert(8)-'`,
}

// payloadReport builds the report of an invented corpus whose speakers,
// country codes, statements and summary are full of payloads, through
// the same stages as a run: stances into an accumulator and a collector,
// then dyads, alignment, map and blocs.
func payloadReport() HTMLData {
	countries := []string{"FRA", "DEU", "USA", "RUS", "CHN", payloads[0], payloads[1], payloads[2]}
	speakers := []string{"Ann Example", payloads[3], payloads[4], "Bo Sample"}
	acc := aggregate.NewAccumulator(aggregate.Options{Period: aggregate.Year})
	col := NewCollector(CollectOptions{Period: aggregate.Year, Mentions: codeMentions(countries)})
	n := 0
	for year := 2015; year <= 2020; year++ {
		for i, sp := range countries {
			for j, tg := range countries {
				if i == j {
					continue
				}
				// Two camps, FRA DEU USA against RUS CHN, the payload
				// countries with the second.
				sign := 1.0
				if (i < 3) != (j < 3) {
					sign = -1
				}
				for k := range 2 {
					n++
					score := sign * (0.3 + 0.1*float64((i+j+k+year)%5))
					label := record.Positive
					if score < 0 {
						label = record.Negative
					}
					s := record.Stance{
						StatementID: fmt.Sprintf("doc%d#%d", n, k+1), DocID: fmt.Sprintf("doc%d", n),
						Date:    corpus.Date{Year: year, Month: time.Month(1 + k), Day: 1, Precision: corpus.Day},
						Speaker: speakers[(i+k)%len(speakers)], SpeakerCountry: sp, TargetCountry: tg,
						Score: score, Label: label, Confidence: 0.8, Evidence: []string{"condemn*-0.80 forward", payloads[(i+j)%len(payloads)] + "+0.40 object"},
					}
					acc.Add(s)
					// The target named by its code (codeMentions finds it), a
					// payload in the text and one as the cue.
					col.Add(s, StatementText{Text: "They condemned " + tg + ": " + payloads[(i+j+k)%len(payloads)] + " said the minister.",
						Kind: "indirect", Cue: payloads[(i+j+k+1)%len(payloads)]})
				}
			}
		}
	}
	dyads := acc.Dyads()
	align := aggregate.Alignments(dyads, aggregate.AlignOptions{})
	return HTMLData{
		Title:      "report " + payloads[1],
		Generated:  payloads[0],
		Summary:    []SummaryItem{{payloads[4], payloads[2]}, {"corpus", payloads[5]}},
		Period:     aggregate.Year,
		Dyads:      dyads,
		Alignments: align,
		Map:        aggregate.Map(align, aggregate.MapOptions{}),
		Blocs:      aggregate.Blocs(align, aggregate.BlocOptions{}),
		Speakers:   col.TopSpeakers(TopSpeakers),
		Statements: col.Rows(0),
		FocusDyads: [][2]string{{payloads[0], "FRA"}},
		Validation: &Validation{File: payloads[3], Overall: validate.Stats{Pairs: 2, Spearman: 0.5, Pearson: math.NaN()},
			Periods: []validate.Stats{{Period: payloads[2], Pairs: 2, Spearman: 0.5, Pearson: math.NaN()}},
			Points: []ValidationPoint{{A: payloads[0], B: "FRA", Period: payloads[1], Alignment: 0.4, Agreement: 0.8},
				{A: "DEU", B: "FRA", Period: "2019", Alignment: -0.2, Agreement: 0.3}}},
	}
}

// renderedTexts is a script returning the texts the chart with id drew
// (the zrender display list, after hidden labels are left out).
const renderedTexts = `(function (id) {
  var chart = echarts.getInstanceByDom(document.getElementById(id));
  var out = [];
  chart.getZr().storage.getDisplayList(true).forEach(function (el) {
    if (el.style && typeof el.style.text === "string" && !el.ignore && !el.invisible) { out.push(el.style.text); }
  });
  return out;
})`

// checkNames checks that the heatmap's axes show country names, drawn,
// and no bare code.
func checkNames(t *testing.T, p *browsertest.Page) {
	t.Helper()
	axis := browsertest.Eval[[]string](t, p, `echarts.getInstanceByDom(document.getElementById("heatmap")).getOption().yAxis[0].data`)
	for _, code := range []string{"FRA", "DEU", "USA", "RUS", "CHN"} {
		if slices.Contains(axis, code) {
			t.Errorf("heatmap axis labels %q include the bare code %s", axis, code)
		}
	}
	drawn := browsertest.Eval[[]string](t, p, renderedTexts+`("heatmap")`)
	for _, name := range []string{"France", "Germany", "United States", "Russia", "China"} {
		if !slices.Contains(axis, name) || !slices.Contains(drawn, name) {
			t.Errorf("heatmap: axis labels %q, drawn texts %q; want both to have %s", axis, drawn, name)
		}
	}
}

// checkTimeAxis checks that the series' x axis is a time axis whose tick
// labels, as drawn, are dates.
func checkTimeAxis(t *testing.T, p *browsertest.Page) {
	t.Helper()
	type axisInfo struct {
		Type   string   `json:"type"`
		Labels []string `json:"labels"`
		Drawn  []string `json:"drawn"`
	}
	info := browsertest.Eval[axisInfo](t, p, `(function () {
  var chart = echarts.getInstanceByDom(document.getElementById("series"));
  var axis = chart.getModel().getComponent("xAxis", 0).axis;
  return { type: axis.type, labels: axis.getViewLabels().map(function (l) { return l.formattedLabel; }),
    drawn: `+renderedTexts+`("series") };
})()`)
	if info.Type != "time" {
		t.Errorf("series x axis type %q, want time", info.Type)
	}
	date := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	drawn := 0
	for _, l := range info.Labels {
		if !date.MatchString(l) {
			t.Errorf("series x axis tick label %q is not a date (tick labels %q)", l, info.Labels)
		}
		if slices.Contains(info.Drawn, l) {
			drawn++
		}
	}
	// ECharts leaves out labels at the axis' ends that are not on a
	// nice tick.
	if drawn < 2 {
		t.Errorf("series x axis: %d of the tick labels %q drawn (drawn texts %q), want at least 2", drawn, info.Labels, info.Drawn)
	}
}

// checkMapLabels reads the boxes of the map's point labels as drawn
// (each label's bounding rectangle in its global transform, as ECharts'
// label layout computes it) and checks that no two visible ones overlap
// and that they are names.
func checkMapLabels(t *testing.T, p *browsertest.Page, when string) {
	t.Helper()
	type labels struct {
		Boxes  [][4]float64 `json:"boxes"`
		Texts  []string     `json:"texts"`
		Hidden int          `json:"hidden"`
	}
	got := browsertest.Eval[labels](t, p, `(function () {
  var chart = echarts.getInstanceByDom(document.getElementById("map"));
  chart.getZr().storage.getDisplayList(true); // updates the transforms
  var data = chart.getModel().getSeriesByIndex(0).getData();
  var out = { boxes: [], texts: [], hidden: 0 };
  for (var i = 0; i < data.count(); i++) {
    // A scatter point is a group around the symbol that carries the label.
    var el = data.getItemGraphicEl(i), label = el && (el.getTextContent() || (el.childAt && el.childAt(0) && el.childAt(0).getTextContent()));
    if (!label) { continue; }
    if (label.ignore || label.invisible) { out.hidden++; continue; }
    var r = label.getBoundingRect().clone();
    r.applyTransform(label.getComputedTransform());
    out.boxes.push([r.x, r.y, r.width, r.height]);
    out.texts.push(String(label.style.text));
  }
  return out;
})()`)
	if len(got.Boxes) < 2 {
		t.Fatalf("map, %s: %d labels shown (%d hidden), want at least 2", when, len(got.Boxes), got.Hidden)
	}
	for i, a := range got.Boxes {
		if a[2] <= 0 || a[3] <= 0 {
			t.Errorf("map, %s: label %q has an empty box %v", when, got.Texts[i], a)
		}
		for j := i + 1; j < len(got.Boxes); j++ {
			b := got.Boxes[j]
			w := math.Min(a[0]+a[2], b[0]+b[2]) - math.Max(a[0], b[0])
			h := math.Min(a[1]+a[3], b[1]+b[3]) - math.Max(a[1], b[1])
			if w > 0.5 && h > 0.5 {
				t.Errorf("map, %s: labels %q %v and %q %v overlap", when, got.Texts[i], a, got.Texts[j], b)
			}
		}
	}
	for _, text := range got.Texts {
		if slices.Contains([]string{"FRA", "DEU", "USA", "RUS", "CHN"}, text) {
			t.Errorf("map, %s: label %q is a bare code", when, text)
		}
	}
	t.Logf("map, %s: %d labels shown, %d hidden", when, len(got.Boxes), got.Hidden)
}

// checkPickers chooses, with the speaker and target pickers, a dyad that
// is not in the quick list, and with the alignment pickers another pair,
// and checks that each chart then draws that pair's points.
func checkPickers(t *testing.T, p *browsertest.Page, d HTMLData) {
	t.Helper()
	_, data, _ := orgPage(t, d)
	if data.SeriesTop >= len(data.Series) || len(data.Align) < 2 {
		t.Fatalf("the pickers offer %d dyads (%d in the quick list) and %d alignment pairs: want more", len(data.Series), data.SeriesTop, len(data.Align))
	}
	pointValues := func(points [][]any) []float64 {
		var out []float64
		for _, pt := range points {
			if v, ok := pt[1].(float64); ok {
				out = append(out, v)
			}
		}
		return out
	}
	js := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	type drawn struct {
		Got    []float64 `json:"got"`    // the values the chart holds
		Points int       `json:"points"` // points the chart drew
		Quick  string    `json:"quick"`  // the quick list's value
	}
	// Values as the chart holds them, without gaps ("-").
	const values = `function (id, name) {
    var opt = echarts.getInstanceByDom(document.getElementById(id)).getOption(), out = [];
    opt.series.forEach(function (s) {
      if (s.name === name) {
        s.data.forEach(function (d) { var v = d.value ? d.value[1] : d[1]; if (v !== "-") { out.push(v); } });
      }
    });
    return out;
  }`
	// Drawn points: the symbols of the series in the display list.
	const symbols = `function (id) {
    var chart = echarts.getInstanceByDom(document.getElementById(id)), n = 0;
    chart.getModel().getSeries().forEach(function (s) {
      var data = s.getData();
      for (var i = 0; i < data.count(); i++) { if (data.getItemGraphicEl(i)) { n++; } }
    });
    return n;
  }`
	s := data.Series[len(data.Series)-1]
	got := browsertest.Eval[drawn](t, p, `(function () {
  var values = `+values+`, symbols = `+symbols+`;
  var sp = document.getElementById("series-speaker"), tg = document.getElementById("series-target");
  sp.value = `+js(s.Speaker)+`;
  sp.dispatchEvent(new Event("change"));
  tg.value = `+js(s.Target)+`;
  tg.dispatchEvent(new Event("change"));
  return { got: values("series", "mean"), points: symbols("series"), quick: document.getElementById("series-select").value };
})()`)
	if want := pointValues(s.Points); len(want) == 0 || !slices.Equal(got.Got, want) || got.Points == 0 {
		t.Errorf("series of %q > %q chosen with the pickers: chart holds %v (%d points drawn), want %v", s.Speaker, s.Target, got.Got, got.Points, want)
	}
	if got.Quick != "" {
		t.Errorf("quick list shows %q for a pair not in it, want the blank entry", got.Quick)
	}
	a := data.Align[len(data.Align)-1]
	got = browsertest.Eval[drawn](t, p, `(function () {
  var values = `+values+`, symbols = `+symbols+`;
  var a = document.getElementById("align-a"), b = document.getElementById("align-b");
  a.value = `+js(a.B)+`;
  a.dispatchEvent(new Event("change"));
  b.value = `+js(a.A)+`;
  b.dispatchEvent(new Event("change"));
  return { got: values("alignment", "alignment"), points: symbols("alignment") };
})()`)
	if want := pointValues(a.Points); len(want) == 0 || !slices.Equal(got.Got, want) || got.Points == 0 {
		t.Errorf("alignment of %q and %q chosen with the pickers: chart holds %v (%d points drawn), want %v", a.A, a.B, got.Got, got.Points, want)
	}
}

// TestReportInBrowser opens the report of the payload corpus in headless
// Chromium from file:// (see internal/browsertest for what Check
// asserts), and checks that tooltips show payloads as text, that a click
// on the heatmap filters the statement explorer, and that the slider, the
// dyad selector and the search work. It saves a screenshot in the test's
// temporary folder (and in $STANCE_SCREENSHOT_DIR when set).
func TestReportInBrowser(t *testing.T) {
	browsertest.Chromium(t)
	dir := t.TempDir()
	d := payloadReport()
	if err := WriteHTMLReport(dir, d); err != nil {
		t.Fatal(err)
	}
	p := browsertest.Open(t, dir)

	// A tooltip of a payload cell: the payload shows as text, no element.
	const tooltip = `(function () {
  var chart = echarts.getInstanceByDom(document.getElementById("heatmap"));
  var opt = chart.getOption(), ys = opt.yAxis[0].data, data = opt.series[0].data;
  for (var i = 0; i < data.length; i++) {
    if (String(ys[data[i].value[1]]).indexOf("<img") === 0) {
      chart.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: i });
      break;
    }
  }
  var tips = Array.prototype.filter.call(document.querySelectorAll("div"), function (d) {
    return d.textContent.indexOf("<img src=x") === 0;
  });
  return tips.length ? tips[tips.length - 1].textContent : "";
})()`
	if tip := browsertest.Eval[string](t, p, tooltip); !strings.HasPrefix(tip, payloads[0]+" → ") || !strings.Contains(tip, "95 % interval") {
		t.Errorf("heatmap tooltip: got %q, want the payload as text, then the interval", tip)
	}

	checkNames(t, p)
	checkTimeAxis(t, p)
	checkMapLabels(t, p, "last period")

	// A click on the first heatmap cell filters the explorer.
	const cellXY = `(function () {
  var el = document.getElementById("heatmap");
  el.scrollIntoView();
  var chart = echarts.getInstanceByDom(el);
  var v = chart.getOption().series[0].data[0].value;
  var p = chart.convertToPixel({ seriesIndex: 0 }, [v[0], v[1]]);
  var r = el.getBoundingClientRect();
  return [r.left + p[0], r.top + p[1]];
})()`
	xy := browsertest.Eval[[]float64](t, p, cellXY)
	if len(xy) != 2 {
		t.Fatalf("heatmap cell position: %v", xy)
	}
	p.Click(t, xy[0], xy[1])
	filters := browsertest.Eval[string](t, p, `document.getElementById("explorer-filters").textContent + " | " + document.getElementById("explorer-count").textContent`)
	if !strings.Contains(filters, "speaker country: ") || !strings.Contains(filters, "target: ") || !strings.Contains(filters, "Showing ") {
		t.Errorf("after a click on a heatmap cell the explorer shows %q, want its speaker country and target as filters and matching rows", filters)
	}
	if marks := browsertest.Eval[int](t, p, `document.querySelectorAll("#explorer mark").length`); marks == 0 {
		t.Errorf("the explorer marks no evidence term")
	}

	// Move the map slider, choose another dyad, search: still no error.
	const interact = `(function () {
  var s = document.getElementById("map-period");
  s.value = "0";
  s.dispatchEvent(new Event("input"));
  var sel = document.getElementById("series-select");
  sel.value = String(sel.options.length - 2);
  sel.dispatchEvent(new Event("change"));
  document.getElementById("explorer-search").value = "minister";
  document.getElementById("explorer-search").dispatchEvent(new Event("input"));
  return document.getElementById("map-period-label").textContent;
})()`
	if period := browsertest.Eval[string](t, p, interact); period != "2015" {
		t.Errorf("map slider at 0 shows period %q, want 2015", period)
	}

	checkMapLabels(t, p, "first period")
	checkPickers(t, p, d)
	// Clear the filters: the explorer shows countries by name and code.
	browsertest.Eval[bool](t, p, `document.getElementById("explorer-clear").click() || true`)
	const labelled = `Array.prototype.filter.call(document.querySelectorAll("#explorer tbody td:nth-child(4), #explorer tbody td:nth-child(5)"),
  function (td) { return / \([A-Z]{3}\)$/.test(td.textContent); }).length`
	if n := browsertest.Eval[int](t, p, labelled); n == 0 {
		t.Errorf("the explorer shows no country as \"name (code)\"")
	}
	checkExplorerRow(t, p)

	p.Screenshot(t, "report-payloads.png")
	p.Check(t, append(browsertest.Charts(), validationChartID))
}

// checkExplorerRow checks the explorer's first rows: each shows its
// document id, the rule (the statement's kind and cue, then each evidence
// item's attachment rule) and its target marked in the text, apart from
// the evidence marks.
func checkExplorerRow(t *testing.T, p *browsertest.Page) {
	t.Helper()
	type row struct {
		Doc      string   `json:"doc"`
		Target   string   `json:"target"`
		Marked   []string `json:"marked"`   // texts of the target marks
		Evidence int      `json:"evidence"` // evidence marks
		Rule     []string `json:"rule"`     // the rule cell's lines
	}
	rows := browsertest.Eval[[]row](t, p, `(function () {
  var trs = document.querySelectorAll("#explorer tbody tr"), out = [];
  for (var i = 0; i < trs.length && i < 20; i++) {
    var td = trs[i].cells;
    out.push({
      doc: td[1].textContent, target: td[4].textContent,
      marked: Array.prototype.map.call(td[7].querySelectorAll("mark.target"), function (m) { return m.textContent; }),
      evidence: td[7].querySelectorAll("mark:not(.target)").length,
      rule: Array.prototype.map.call(td[8].childNodes, function (n) { return n.textContent; }).filter(function (s) { return s !== ""; })
    });
  }
  return out;
})()`)
	if len(rows) == 0 {
		t.Fatalf("the explorer shows no row")
	}
	doc := regexp.MustCompile(`^doc\d+$`)
	for i, r := range rows {
		if !doc.MatchString(r.Doc) {
			t.Errorf("explorer row %d: document id %q, want doc<n>", i, r.Doc)
		}
		if len(r.Rule) != 3 || !strings.HasPrefix(r.Rule[0], `indirect, cue "`) || r.Rule[1] != "condemn* -0.80: forward" {
			t.Errorf("explorer row %d: rule %q, want the kind and cue, then \"condemn* -0.80: forward\" and the other item", i, r.Rule)
		}
		if len(r.Marked) != 1 || (r.Target != r.Marked[0] && !strings.HasSuffix(r.Target, "("+r.Marked[0]+")")) {
			t.Errorf("explorer row %d: target %q, marked as target %q; want its code marked once", i, r.Target, r.Marked)
		}
		if r.Evidence == 0 {
			t.Errorf("explorer row %d: no evidence term marked", i)
		}
	}
}
