package reports

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
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
	col := NewCollector(CollectOptions{Period: aggregate.Year})
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
					label := analysis.Positive
					if score < 0 {
						label = analysis.Negative
					}
					s := analysis.Stance{
						StatementID: fmt.Sprintf("doc%d#%d", n, k+1), DocID: fmt.Sprintf("doc%d", n),
						Date:    corpus.Date{Year: year, Month: time.Month(1 + k), Day: 1, Precision: corpus.Day},
						Speaker: speakers[(i+k)%len(speakers)], SpeakerCountry: sp, TargetCountry: tg,
						Score: score, Label: label, Confidence: 0.8, Evidence: []string{"condemn*-0.80 forward", payloads[(i+j)%len(payloads)] + "+0.40 object"},
					}
					acc.Add(s)
					col.Add(s, "They condemned it: "+payloads[(i+j+k)%len(payloads)]+" said the minister.")
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

// TestReportInBrowser opens the report of the payload corpus in headless
// Chromium from file:// (see internal/browsertest for what Check
// asserts), and checks that tooltips show payloads as text, that a click
// on the heatmap filters the statement explorer, and that the slider, the
// dyad selector and the search work. It saves a screenshot in the test's
// temporary folder (and in $STANCE_SCREENSHOT_DIR when set).
func TestReportInBrowser(t *testing.T) {
	browsertest.Chromium(t)
	dir := t.TempDir()
	if err := WriteHTMLReport(dir, payloadReport()); err != nil {
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
  sel.value = String(sel.options.length - 1);
  sel.dispatchEvent(new Event("change"));
  document.getElementById("explorer-search").value = "minister";
  document.getElementById("explorer-search").dispatchEvent(new Event("input"));
  return document.getElementById("map-period-label").textContent;
})()`
	if period := browsertest.Eval[string](t, p, interact); period != "2015" {
		t.Errorf("map slider at 0 shows period %q, want 2015", period)
	}

	p.Screenshot(t, "report-payloads.png")
	p.Check(t, append(slices.Clone(browsertest.Charts), validationChartID))
}
