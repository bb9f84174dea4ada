// Package browsertest opens stance's HTML report in headless Chromium
// (Debian's chromium, driven with chromedp) for tests, and checks what a
// reader's browser would do with it: every chart drawn, no request beyond
// the report's own files, a clean console, and no script from the data.
//
// Tests are skipped when Chromium is absent, except in CI (CI=true), whose
// .ci/run installs it.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
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
)

// Charts returns the ids of the report's chart elements, sorted.
func Charts() []string {
	return []string{"alignment", "heatmap", "map", "network", "series", "speakers"}
}

// Page is a report open in the browser.
type Page struct {
	Ctx context.Context
	dir string

	mu       sync.Mutex
	problems []string
	requests []string
}

// Chromium returns the path of Debian's chromium, or skips the test (fails
// it in CI).
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI must run the browser tests (.ci/run installs it)")
	}
	t.Skip("chromium is not installed")
	return ""
}

// recorder replaces alert before the page loads: a payload that runs
// leaves its argument in window.__ran.
const recorder = `window.__ran = []; window.alert = function (x) { window.__ran.push(String(x)); };`

// Open opens dir/index.html from file:// in a new headless Chromium, with
// name resolution cut off, and waits until the page script has drawn its
// charts (it marks body[data-charts]).
func Open(t testing.TB, dir string) *Page {
	t.Helper()
	chromium := Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
		// Any name lookup fails: no request for the network could
		// succeed, and the listener sees it being sent.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	p := &Page{Ctx: ctx, dir: dir}
	if err := chromedp.Do(ctx); err != nil { // start the browser and the tab
		t.Fatalf("start chromium: %v", err)
	}
	if err := chromedp.Listen(ctx, p.listen); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recorder}); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(filepath.Join(dir, "index.html"))
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(`body[data-charts]`)); err != nil {
		t.Fatalf("open the report: %v", err)
	}
	return p
}

func (p *Page) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

func (p *Page) listen(ev any) {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
			var args []string
			for _, a := range e.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.add("console.%s: %s", e.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		p.add("exception: %s", (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
			p.add("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	case *page.EventJavascriptDialogOpening:
		p.add("a dialog opened: %q", e.Message)
	case *network.EventRequestWillBeSent:
		p.mu.Lock()
		p.requests = append(p.requests, e.Request.URL)
		p.mu.Unlock()
	}
}

// Eval evaluates a JavaScript expression in the page and decodes its value.
func Eval[T any](t testing.TB, p *Page, expr string) T {
	t.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %.60q…: %v", expr, err)
	}
	return v
}

// inked counts the drawn (non-transparent) pixels of each chart's canvas;
// -1 for a chart with no canvas.
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

// Check reports, as test errors, a chart of want that is not drawn (fewer
// than 2000 pixels on its canvas), a payload that ran (alert called, or an
// element the page does not make: an image, SVG, frame or extra script),
// any console error or warning, exception, dialog or security message, and
// any request for a file outside the report's folder.
func (p *Page) Check(t testing.TB, want []string) {
	t.Helper()
	drawn := Eval[string](t, p, `document.body.getAttribute("data-charts")`)
	if got, w := drawn, strings.Join(want, " "); got != w {
		t.Errorf("charts drawn: got %q, want %q", got, w)
	}
	ink := Eval[map[string]int](t, p, inked)
	for _, id := range want {
		if ink[id] < 2000 {
			t.Errorf("chart %s: %d drawn pixels, want at least 2000", id, ink[id])
		}
	}
	if ran := Eval[[]string](t, p, `window.__ran`); len(ran) > 0 {
		t.Errorf("payloads ran in the browser: alert(%s)", strings.Join(ran, "), alert("))
	}
	// The page's own: two scripts (echarts.min.js and the inline one).
	if n := Eval[int](t, p, `document.querySelectorAll("img, svg, iframe, object, embed, frame").length + document.scripts.length - 2`); n != 0 {
		t.Errorf("the page has %d elements beyond its own (images, SVG, frames or scripts): data became markup", n)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, pr := range p.problems {
		t.Errorf("browser: %s", pr)
	}
	if len(p.requests) == 0 {
		t.Errorf("no request recorded: the network listener saw nothing")
	}
	prefix := "file://" + filepath.ToSlash(p.dir) + "/"
	for _, u := range p.requests {
		if !strings.HasPrefix(u, prefix) {
			t.Errorf("request outside the report's folder: %s", u)
		}
	}
}

// Screenshot saves a PNG of the whole page as name in the test's temporary
// folder, and in $STANCE_SCREENSHOT_DIR when that is set; it returns the
// first path.
func (p *Page) Screenshot(t testing.TB, name string) string {
	t.Helper()
	shot, err := chromedp.Run(p.Ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return p.save(t, name, shot)
}

// save writes a screenshot as name in the test's temporary folder, and in
// $STANCE_SCREENSHOT_DIR when that is set; it returns the first path.
func (p *Page) save(t testing.TB, name string, shot []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if d := os.Getenv("STANCE_SCREENSHOT_DIR"); d != "" {
		if err := os.WriteFile(filepath.Join(d, name), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot: %s", path)
	return path
}

// ScreenshotSection saves a PNG of the part of the page from the top of
// the element matching the CSS selector from to the top of the one
// matching to ("": to the end of the page), at most maxHeight pixels (0:
// no limit), the page's whole width, as Screenshot saves it.
func (p *Page) ScreenshotSection(t testing.TB, name, from, to string, maxHeight float64) string {
	t.Helper()
	sel := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	box := Eval[[3]float64](t, p, `(function () {
  var top = function (s) { return document.querySelector(s).getBoundingClientRect().top + window.scrollY; };
  var doc = document.documentElement;
  return [top(`+sel(from)+`), `+cmpTo(to, sel)+`, doc.scrollWidth];
})()`)
	height := math.Ceil(box[1]-box[0]) + 8
	if maxHeight > 0 {
		height = min(height, maxHeight)
	}
	clip := &page.Viewport{X: 0, Y: math.Floor(box[0]) - 8, Width: box[2], Height: height, Scale: 1}
	shot, err := chromedp.Call(p.Ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		CaptureBeyondViewport: ptr(true), FromSurface: ptr(true), Format: page.CaptureScreenshotFormatPng, Clip: clip})
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	return p.save(t, name, shot.Data)
}

// cmpTo is the script expression of the bottom of a section: the top of
// the element to, or the height of the page.
func cmpTo(to string, sel func(string) string) string {
	if to == "" {
		return "doc.scrollHeight"
	}
	return "top(" + sel(to) + ")"
}

func ptr[T any](v T) *T { return &v }

// Click clicks the page at (x, y), in CSS pixels of the viewport.
func (p *Page) Click(t testing.TB, x, y float64) {
	t.Helper()
	if err := chromedp.Do(p.Ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatalf("click: %v", err)
	}
}
