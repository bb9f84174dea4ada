package reports

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
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
	}
}

// chromiumPath finds Debian's chromium. The test is skipped without it,
// except in CI (CI=true), whose .ci/run installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI must run the browser test (.ci/run installs it)")
	}
	t.Skip("chromium is not installed")
	return ""
}

// browserLog records what the page does that the test forbids.
type browserLog struct {
	mu       sync.Mutex
	problems []string
	requests []string
}

func (b *browserLog) add(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

func (b *browserLog) listen(ev any) {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
			var args []string
			for _, a := range e.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			b.add("console.%s: %s", e.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		b.add("exception: %s", (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
			b.add("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	case *page.EventJavascriptDialogOpening:
		b.add("a dialog opened: %q", e.Message)
	case *network.EventRequestWillBeSent:
		b.mu.Lock()
		b.requests = append(b.requests, e.Request.URL)
		b.mu.Unlock()
	}
}

// TestReportInBrowser opens the report of the payload corpus in headless
// Chromium from file:// and checks that every chart draws, that nothing
// is requested but the report's own files, that the console stays clean,
// that no payload runs (alert is replaced by a recorder before the page
// loads), that tooltips show payloads as text, and that a click on the
// heatmap filters the statement explorer. It saves a screenshot in the
// test's temporary folder (and in $STANCE_SCREENSHOT_DIR when set).
func TestReportInBrowser(t *testing.T) {
	chromium := chromiumPath(t)
	dir := t.TempDir()
	if err := WriteHTMLReport(dir, payloadReport()); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
		// Any name lookup fails: a request for the network could not
		// succeed, and the test sees it being sent.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	)
	allocCtx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var bl browserLog
	if err := chromedp.Do(ctx); err != nil { // start the browser and the tab
		t.Fatalf("start chromium: %v", err)
	}
	if err := chromedp.Listen(ctx, bl.listen); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	const recorder = `window.__ran = []; window.alert = function (x) { window.__ran.push(String(x)); };`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recorder}); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(filepath.Join(dir, "index.html"))
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(`body[data-charts]`)); err != nil {
		t.Fatalf("open the report: %v", err)
	}

	charts, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.getAttribute("data-charts")`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := charts, "heatmap map network series speakers"; got != want {
		t.Errorf("charts drawn: got %q, want %q", got, want)
	}
	// Each chart's canvas has drawn pixels.
	const inked = `(function () {
  var out = {};
  document.querySelectorAll(".chart").forEach(function (el) {
    var c = el.querySelector("canvas");
    if (!c) { out[el.id] = -1; return; }
    var d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data, n = 0;
    for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
    out[el.id] = n;
  });
  return out;
})()`
	ink, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]int](inked))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{heatmapChartID, seriesChartID, networkChartID, mapChartID, speakersChartID} {
		if ink[id] < 2000 {
			t.Errorf("chart %s: %d drawn pixels, want at least 2000", id, ink[id])
		}
	}

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
	tip, err := chromedp.Run(ctx, chromedp.Evaluate[string](tooltip))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(tip, payloads[0]+" → ") || !strings.Contains(tip, "95 % interval") {
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
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](cellXY))
	if err != nil || len(xy) != 2 {
		t.Fatalf("heatmap cell position: %v %v", xy, err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
		t.Fatal(err)
	}
	filters, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("explorer-filters").textContent + " | " + document.getElementById("explorer-count").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filters, "speaker country: ") || !strings.Contains(filters, "target: ") || !strings.Contains(filters, "Showing ") {
		t.Errorf("after a click on a heatmap cell the explorer shows %q, want its speaker country and target as filters and matching rows", filters)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#explorer mark").length`))
	if err != nil {
		t.Fatal(err)
	}
	if marks == 0 {
		t.Errorf("the explorer marks no evidence term")
	}

	// Move the map slider and choose another dyad: still no error.
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
	period, err := chromedp.Run(ctx, chromedp.Evaluate[string](interact))
	if err != nil {
		t.Fatal(err)
	}
	if period != "2015" {
		t.Errorf("map slider at 0 shows period %q, want 2015", period)
	}

	ran, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__ran`))
	if err != nil {
		t.Fatal(err)
	}
	if len(ran) > 0 {
		t.Errorf("payloads ran in the browser: alert(%s)", strings.Join(ran, "), alert("))
	}
	injected, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("img, svg, iframe, object, embed").length + document.scripts.length - 2`))
	if err != nil {
		t.Fatal(err)
	}
	if injected != 0 {
		t.Errorf("the page has %d elements beyond its own (images, SVG, frames or scripts): a payload became markup", injected)
	}

	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "report.png")
	if err := os.WriteFile(name, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if d := os.Getenv("STANCE_SCREENSHOT_DIR"); d != "" {
		if err := os.WriteFile(filepath.Join(d, "report-payloads.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot: %s", name)

	bl.mu.Lock()
	defer bl.mu.Unlock()
	for _, p := range bl.problems {
		t.Errorf("browser: %s", p)
	}
	if len(bl.requests) == 0 {
		t.Errorf("no request recorded: the network listener saw nothing")
	}
	for _, u := range bl.requests {
		if !strings.HasPrefix(u, "file://"+filepath.ToSlash(dir)+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request outside the report: %s", u)
		}
	}
}
