package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// result is what ReadFile gave for one file.
type result struct {
	docs     []Document
	problems []Problem
}

// reasons lists the problems as "line:reason".
func (r result) reasons() []string {
	var out []string
	for _, p := range r.problems {
		out = append(out, fmt.Sprintf("%d:%s", p.Line, p.Reason))
	}
	return out
}

func (r result) ids() []string {
	var out []string
	for _, d := range r.docs {
		out = append(out, d.ID)
	}
	return out
}

// readAll runs ReadFile on name and fails the test on an error.
func readAll(t *testing.T, name string, opts Options) result {
	t.Helper()
	var r result
	err := ReadFile(t.Context(), name, opts,
		func(d Document) error { r.docs = append(r.docs, d); return nil },
		func(p Problem) { r.problems = append(r.problems, p) })
	if err != nil {
		t.Fatalf("ReadFile(%q) error: %v", name, err)
	}
	return r
}

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func zstdBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	w, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	return w.EncodeAll(data, nil)
}

func TestFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/c.jsonl", "a/d/e.html", ".hidden/x.txt", "a/.y.txt", "notes.md"} {
		writeFile(t, dir, name, []byte("x"))
	}
	explicit := writeFile(t, dir, ".explicit.txt", []byte("x"))
	missing := filepath.Join(dir, "missing.txt")

	files, problems := Files([]string{dir, filepath.Join(dir, "b.txt"), dir + "/./a", explicit, missing}, FilesOptions{})

	want := []string{
		filepath.Join(dir, ".explicit.txt"),
		filepath.Join(dir, "a/c.jsonl"),
		filepath.Join(dir, "a/d/e.html"),
		filepath.Join(dir, "b.txt"),
		filepath.Join(dir, "notes.md"),
	}
	if !slices.Equal(files, want) {
		t.Errorf("Files = %q, want %q", files, want)
	}
	// The folder a and the file b.txt are met twice: noted, read once.
	var got []string
	for _, p := range problems {
		got = append(got, fmt.Sprintf("%s: %s", p.File, p.Reason))
	}
	want = []string{dir + "/a: duplicate", missing + ": unreadable", dir + "/b.txt: duplicate"}
	if !slices.Equal(got, want) {
		t.Errorf("Files problems = %q, want %q", got, want)
	}
}

func TestSupported(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"a.txt", true}, {"A.TXT", true}, {"a.jsonl.gz", true}, {"a.ndjson.zst", true},
		{"a.json", true}, {"a.csv.GZ", true}, {"a.tsv", true}, {"a.htm", true}, {"a.html.zst", true},
		{"a.md", false}, {"a.gz", false}, {"a.txt.bz2", false}, {"txt", false}, {"a.gz.txt.zst", true},
	} {
		if got := Supported(tt.name); got != tt.want {
			t.Errorf("Supported(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The shape of the seed article, with invented text: a date line with a
// zone and an update note, a bulleted title, no-break spaces, CRLF.
const seedShaped = "Mar 14, 2021 09:05 Europe/Oslo [Updated: Mar 15, 2021 10:00 Europe/Oslo]\r\n" +
	"  \u2022 Ministers\u00a0meet in Oslo \r\n" +
	"\r\n" +
	"The two ministers met in Oslo on Sunday to talk about fishing quotas.\u00a0 \r\n" +
	"\r\n" +
	"Agency\u00a0North: both sides called the talks\u202fuseful.\u00a0\r\n" +
	"\r\n" +
	"\r\n" +
	"Read More:\r\n" +
	"\r\n"

func TestReadText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in            string
		title, raw, date    string
		text                string
		problems            []string
		noDocument, repairs bool
	}{{
		name:  "seed shape",
		in:    seedShaped,
		title: "Ministers meet in Oslo",
		raw:   "Mar 14, 2021 09:05 Europe/Oslo [Updated: Mar 15, 2021 10:00 Europe/Oslo]",
		date:  "2021-03-14",
		text: "The two ministers met in Oslo on Sunday to talk about fishing quotas.\n\n" +
			"Agency North: both sides called the talks useful.\n\nRead More:",
	}, {
		name:  "short first line is the title",
		in:    "\n\n- Harbour reopens after storm\nBoats left at dawn.\n\nThe port said so.",
		title: "Harbour reopens after storm",
		text:  "Boats left at dawn.\n\nThe port said so.",
	}, {
		name: "first line ending with a full stop is body",
		in:   "Boats left at dawn.\nThe port said so.\n",
		text: "Boats left at dawn.\nThe port said so.",
	}, {
		name: "long first line is body",
		in:   strings.Repeat("word ", 50) + "\n\nmore",
		text: strings.TrimSpace(strings.Repeat("word ", 50)) + "\n\nmore",
	}, {
		name:  "ISO date line",
		in:    "2019-07-01\nTalks resume\n\nBody here.",
		title: "Talks resume",
		raw:   "2019-07-01",
		date:  "2019-07-01",
		text:  "Body here.",
	}, {
		name:       "only a date line",
		in:         "2019-07-01\n\n",
		raw:        "2019-07-01",
		noDocument: true,
		problems:   []string{"1:empty"},
	}, {
		name:     "invalid UTF-8 is repaired",
		in:       "Caf\xe9 talks\n\nThey met at the caf\xe9 \xff\xfe again.",
		title:    "Caf\uFFFD talks",
		text:     "They met at the caf\uFFFD \uFFFD again.",
		problems: []string{"1:invalid-utf8"},
		repairs:  true,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "a.txt", []byte(tt.in))
			d, ok := readOne(t, name, tt.problems, !tt.noDocument)
			if !ok {
				return
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if d.RawDate != tt.raw || d.Date.String() != tt.date {
				t.Errorf("RawDate, Date = %q, %q, want %q, %q", d.RawDate, d.Date, tt.raw, tt.date)
			}
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
			if d.ID != name || d.File != name || d.Line != 1 {
				t.Errorf("ID, File, Line = %q, %q, %d, want %q, %q, 1", d.ID, d.File, d.Line, name, name)
			}
			if (d.Repaired > 0) != tt.repairs {
				t.Errorf("Repaired = %d, want repairs: %v", d.Repaired, tt.repairs)
			}
		})
	}
}

// TestReadSeed reads the project's real seed article, when it is there
// (it must be when CI is "true").
func TestReadSeed(t *testing.T) {
	t.Parallel()
	names, _ := filepath.Glob("../../../shared/seed/*.txt")
	if len(names) == 0 {
		skipNoShared(t, "no seed article in ../../../shared/seed")
	}
	r := readAll(t, names[0], Options{})
	if len(r.docs) != 1 || len(r.problems) != 0 {
		t.Fatalf("ReadFile(%s) = %d documents, problems %v, want 1 document and no problem", names[0], len(r.docs), r.problems)
	}
	d := r.docs[0]
	if got, want := d.Date.String(), "2018-11-05"; got != want {
		t.Errorf("Date = %s, want %s", got, want)
	}
	if got, want := d.Title, "Putin sends envoy to Tehran"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	if strings.ContainsRune(d.Text, '\u00a0') || !strings.Contains(d.Text, "\n\n") {
		t.Errorf("Text has no-break spaces or lost its paragraphs: %q", clip(d.Text, 200))
	}
}

func TestReadJSONL(t *testing.T) {
	t.Parallel()
	in := strings.Join([]string{
		`{"id": "a1", "date": "2018-11-05", "title": "Talks", "text": "Both sides\u00a0met.", "url": " https://example.org/a1 ", "source": "Agency", "speaker": "A. Person", "speaker_country": "NOR"}`,
		``,
		`{"id": "a2", "date": 2020, "text": "A year as a number."}`,
		`{"id": "broken", "text": }`,
		`{"date": "someday", "text": "Kept without a date."}`,
		`{"id": 7, "title": ["not", "a", "string"], "text": "Numbers become text; other types are empty.", "date": null}`,
		`["not an object"]`,
		`{"id": "empty", "title": "  ", "text": ""}`,
		"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9 and \xff\xff\"}\r",
		`   `,
		`{"ID": "upper", "Text": "Keys match ignoring case."}`,
		`null`,
	}, "\n")
	name := writeFile(t, t.TempDir(), "x.jsonl", []byte(in))
	r := readAll(t, name, Options{})

	wantIDs := []string{"a1", "a2", name + ":5", "7", "bad-utf8", "upper"}
	if got := r.ids(); !slices.Equal(got, wantIDs) {
		t.Errorf("IDs = %q, want %q", got, wantIDs)
	}
	wantProblems := []string{"4:malformed", "5:bad-date", "7:malformed", "8:empty", "9:invalid-utf8", "12:malformed"}
	if got := r.reasons(); !slices.Equal(got, wantProblems) {
		t.Errorf("problems = %q, want %q", got, wantProblems)
	}
	if len(r.docs) != len(wantIDs) {
		t.Fatalf("got %d documents, want %d", len(r.docs), len(wantIDs))
	}
	want := Document{
		ID: "a1", Date: day(2018, time.November, 5), RawDate: "2018-11-05", Title: "Talks",
		Text: "Both sides\u00a0met.", URL: "https://example.org/a1", Source: "Agency",
		Speaker: "A. Person", SpeakerCountry: "NOR", File: name, Line: 1,
	}
	if got := r.docs[0]; got != want {
		t.Errorf("document 1 =\n%+v, want\n%+v", got, want)
	}
	if got := r.docs[1]; got.Date != (Date{Year: 2020, Precision: Year}) || got.RawDate != "2020" || got.Line != 3 {
		t.Errorf("document 2 Date, RawDate, Line = %+v, %q, %d, want 2020, \"2020\", 3", got.Date, got.RawDate, got.Line)
	}
	if got := r.docs[2]; !got.Date.IsZero() || got.RawDate != "someday" {
		t.Errorf("document 3 Date, RawDate = %v, %q, want none, \"someday\"", got.Date, got.RawDate)
	}
	if got := r.docs[3]; got.Title != "" || got.RawDate != "" {
		t.Errorf("document 4 Title, RawDate = %q, %q, want empty", got.Title, got.RawDate)
	}
	if got := r.docs[4]; got.Text != "caf\uFFFD and \uFFFD" || got.Repaired != 2 {
		t.Errorf("document 5 Text, Repaired = %q, %d, want %q, 2", got.Text, got.Repaired, "caf\uFFFD and \uFFFD")
	}
	if got := r.docs[5]; got.Text != "Keys match ignoring case." {
		t.Errorf("document 6 Text = %q, want it read with a case-insensitive key", got.Text)
	}
}

func TestReadJSONLFields(t *testing.T) {
	t.Parallel()
	in := `{"id": "USA_75_2020", "iso3": "USA", "year": 2020, "speaker": "Someone", "text": "We the delegation."}`
	name := writeFile(t, t.TempDir(), "x.ndjson", []byte(in))
	f := DefaultFields()
	f.Date, f.SpeakerCountry = "year", "iso3"
	r := readAll(t, name, Options{Fields: f})
	if len(r.docs) != 1 || len(r.problems) != 0 {
		t.Fatalf("got %d documents, problems %v, want 1 and none", len(r.docs), r.problems)
	}
	if got := r.docs[0]; got.Date.String() != "2020" || got.SpeakerCountry != "USA" || got.Speaker != "Someone" {
		t.Errorf("Date, SpeakerCountry, Speaker = %s, %q, %q, want 2020, USA, Someone", got.Date, got.SpeakerCountry, got.Speaker)
	}
}

func TestReadJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		ids      []string
		problems []string
	}{{
		name: "array",
		in:   "[\n  {\"id\": \"a\", \"text\": \"one\"},\n  {\"text\": \"two\"},\n  {\"text\": \"three [with] {brackets} \\\"and quotes\\\"\"}\n]\n",
		ids:  []string{"a", "#2", "#3"},
	}, {
		name:     "bad elements are skipped",
		in:       "[{\"text\": \"one\"},\n\"a string\",\n{\"text\": tru},\n{\"text\": \"four\", \"date\": \"2018-02-30\"},\n{\"title\": \"\"}]",
		ids:      []string{"#1", "#4"},
		problems: []string{"2:malformed", "3:malformed", "4:bad-date", "5:empty"},
	}, {
		name:     "broken structure stops the file",
		in:       "[{\"text\": \"one\"}\n{\"text\": \"two\"}]",
		ids:      []string{"#1"},
		problems: []string{"2:malformed"},
	}, {
		name:     "unterminated array",
		in:       "[{\"text\": \"one\"},\n{\"text\": \"tw",
		ids:      []string{"#1"},
		problems: []string{"2:malformed"},
	}, {
		name: "trailing comma",
		in:   `[{"text": "one"},]`,
		ids:  []string{"#1"},
	}, {
		name:     "empty array",
		in:       " [ ] ",
		problems: []string{"0:empty"},
	}, {
		name: "one object",
		in:   "\n{\"title\": \"Alone\", \"text\": \"x\"}\n",
		ids:  []string{":2"},
	}, {
		name: "objects one after the other",
		in:   "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}",
		ids:  []string{"a", "b"},
	}, {
		name:     "not an object or array",
		in:       `"text"`,
		problems: []string{"1:malformed"},
	}, {
		name:     "garbage after the array",
		in:       `[{"text": "one"}] x`,
		ids:      []string{"#1"},
		problems: []string{"1:malformed"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "x.json", []byte(tt.in))
			r := readAll(t, name, Options{})
			var want []string
			for _, id := range tt.ids {
				if strings.HasPrefix(id, "#") || strings.HasPrefix(id, ":") {
					id = name + id
				}
				want = append(want, id)
			}
			if got := r.ids(); !slices.Equal(got, want) {
				t.Errorf("IDs = %q, want %q", got, want)
			}
			if got := r.reasons(); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
		})
	}
}

func TestReadJSONLargeElement(t *testing.T) {
	t.Parallel()
	text := strings.Repeat(`a \"quoted\" [word] {x} \\`, 20_000)
	in := "[\n" + `{"id": "big", "text": "` + text + `"},` + "\n" + `{"id": "next", "text": "x"}]`
	name := writeFile(t, t.TempDir(), "big.json", []byte(in))
	r := readAll(t, name, Options{})
	if got, want := r.ids(), []string{"big", "next"}; !slices.Equal(got, want) || len(r.problems) != 0 {
		t.Fatalf("IDs = %q, problems %v, want %q and none", got, r.problems, want)
	}
	want := strings.Repeat(`a "quoted" [word] {x} \`, 20_000)
	if got := r.docs[0].Text; got != want {
		t.Errorf("Text = %q, want %q", clip(got, 80), clip(want, 80))
	}
	if got := r.docs[1].Line; got != 3 {
		t.Errorf("Line of the second element = %d, want 3", got)
	}
}

func TestReadCSV(t *testing.T) {
	t.Parallel()
	in := "ID,Title,text,date,extra\r\n" +
		"r1,First,\"A quoted text, with a comma\nand a newline\",2018-11-05,x\r\n" +
		",Second,Lazy \"quotes\" are fine,2019,y\n" +
		"\n" +
		"r3,,,,\n" +
		"r4,Short row\n" +
		"r5,Fifth,\"caf\xe9\",May 2020\n"
	name := writeFile(t, t.TempDir(), "t.csv", []byte(in))
	r := readAll(t, name, Options{})
	wantIDs := []string{"r1", name + ":4", "r4", "r5"}
	if got := r.ids(); !slices.Equal(got, wantIDs) {
		t.Errorf("IDs = %q, want %q", got, wantIDs)
	}
	wantProblems := []string{"6:empty", "8:invalid-utf8"}
	if got := r.reasons(); !slices.Equal(got, wantProblems) {
		t.Errorf("problems = %q, want %q", got, wantProblems)
	}
	if len(r.docs) != 4 {
		t.Fatalf("got %d documents, want 4", len(r.docs))
	}
	if d := r.docs[0]; d.Title != "First" || d.Text != "A quoted text, with a comma\nand a newline" || d.Date.String() != "2018-11-05" || d.Line != 2 {
		t.Errorf("document 1 = %+v", d)
	}
	if d := r.docs[1]; d.Text != `Lazy "quotes" are fine` || d.Date.String() != "2019" {
		t.Errorf("document 2 Text, Date = %q, %s", d.Text, d.Date)
	}
	if d := r.docs[3]; d.Text != "caf\uFFFD" || d.Repaired != 1 || d.Date.String() != "2020-05" {
		t.Errorf("document 4 Text, Repaired, Date = %q, %d, %s", d.Text, d.Repaired, d.Date)
	}
}

func TestReadTSV(t *testing.T) {
	t.Parallel()
	in := "id\tspeaker\ttext\n" +
		"s1\tA. Speaker\tWe welcome the agreement.\n" +
		"s2\tB. Speaker\tWe regret the decision.\n"
	name := writeFile(t, t.TempDir(), "t.TSV.gz", gzipBytes(t, []byte(in)))
	r := readAll(t, name, Options{})
	if got, want := r.ids(), []string{"s1", "s2"}; !slices.Equal(got, want) || len(r.problems) != 0 {
		t.Fatalf("IDs = %q, problems %v, want %q and none", got, r.problems, want)
	}
	if d := r.docs[1]; d.Speaker != "B. Speaker" || d.Text != "We regret the decision." || d.Line != 3 {
		t.Errorf("document 2 = %+v", d)
	}
}

func TestReadCSVBad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		ids      []string
		problems []string
	}{
		{"header only", "id,text\n", nil, []string{"0:empty"}},
		{"no text column", "id,body\n1,hello\n", nil, []string{"1:malformed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "t.csv", []byte(tt.in))
			r := readAll(t, name, Options{})
			if got := r.ids(); !slices.Equal(got, tt.ids) {
				t.Errorf("IDs = %q, want %q", got, tt.ids)
			}
			if got := r.reasons(); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
		})
	}
}

func TestReadHTML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in              string
		title, raw, url, text string
		problems              []string
	}{{
		name: "article page",
		in: `<!doctype html><html><head>
<title>Site | Talks resume</title>
<meta property="og:title" content=" Talks   resume in Geneva ">
<meta property="article:published_time" content="2021-06-01T22:30:00+02:00">
<meta property="og:url" content="https://example.org/og">
<link rel="alternate canonical" href="https://example.org/talks">
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a></nav>
<header><h1>Site banner</h1></header>
<article>
  <h1>Talks resume</h1>
  <p>Delegates   met
  on Tuesday.<br>They spoke&nbsp;for an hour.</p>
  <script>var x = "not text";</script>
  <aside>Related: other news</aside>
  <ul><li>One point</li><li>Another <b>bold</b> point</li></ul>
  <div hidden>secret</div>
</article>
<article><p>A short teaser.</p></article>
<footer>Copyright</footer>
</body></html>`,
		title: "Talks resume in Geneva",
		raw:   "2021-06-01T22:30:00+02:00",
		url:   "https://example.org/talks",
		text:  "Talks resume\n\nDelegates met on Tuesday.\n\nThey spoke for an hour.\n\nOne point\n\nAnother bold point",
	}, {
		name:  "the article's h1 before the banner's",
		in:    `<body><header><h1>Banner</h1></header><article><header><h1>Headline</h1></header><p>Story.</p></article></body>`,
		title: "Headline",
		text:  "Story.",
	}, {
		name:  "main, h1 title, meta date",
		in:    `<html><head><title>T</title><meta name="DC.date" content="2020-02-02"></head><body><div>menu</div><main><h1>Main title</h1><p>Main text.</p></main></body></html>`,
		title: "Main title",
		raw:   "2020-02-02",
		text:  "Main title\n\nMain text.",
	}, {
		name:  "body, title element, time element, og:url",
		in:    `<html><head><title> Just a title </title><meta property="og:url" content="https://example.org/x"></head><body><p>Posted <time datetime="2019-03-04">March 4</time></p><table><tr><td>a</td><td>b</td></tr></table></body></html>`,
		title: "Just a title",
		raw:   "2019-03-04",
		url:   "https://example.org/x",
		text:  "Posted March 4\n\na b",
	}, {
		name: "JSON-LD graph",
		in:   `<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "datePublished": "2017-08-09T10:00:00Z"}]}</script></head><body><p>Text.</p></body></html>`,
		raw:  "2017-08-09T10:00:00Z",
		text: "Text.",
	}, {
		name: "JSON-LD array",
		in:   `<script type="application/ld+json">[{"datePublished": "2016-01-02"}]</script><p>Text.</p>`,
		raw:  "2016-01-02",
		text: "Text.",
	}, {
		name:     "a date that does not parse is kept raw",
		in:       `<meta name="pubdate" content="last Tuesday"><p>Text.</p>`,
		raw:      "last Tuesday",
		text:     "Text.",
		problems: []string{"1:bad-date"},
	}, {
		name: "a later date that parses wins over a bad one",
		in:   `<meta name="pubdate" content="last Tuesday"><time datetime="2015-05-05">x</time><p>Text.</p>`,
		raw:  "2015-05-05",
		text: "x\n\nText.",
	}, {
		name: "nested deeper than html.Parse allows",
		in: `<html><head><title>Deep</title><meta name="date" content="2014-04-04"><style>p {}</style></head><body>` +
			strings.Repeat("<div>", 600) + `<nav>menu</nav><p>Deep  text.</p><p>More.<embed src="x"> Still.</p><script>x()</script>`,
		title: "Deep",
		raw:   "2014-04-04",
		text:  "Deep text.\n\nMore. Still.",
	}, {
		name:     "no text",
		in:       `<html><head><script>x()</script></head><body><nav>menu</nav></body></html>`,
		problems: []string{"1:empty"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "page.html", []byte(tt.in))
			d, ok := readOne(t, name, tt.problems, tt.text != "" || tt.title != "")
			if !ok {
				return
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if d.RawDate != tt.raw {
				t.Errorf("RawDate = %q, want %q", d.RawDate, tt.raw)
			}
			if d.URL != tt.url {
				t.Errorf("URL = %q, want %q", d.URL, tt.url)
			}
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
		})
	}
}

func TestReadHTMLDateInOwnZone(t *testing.T) {
	t.Parallel()
	name := writeFile(t, t.TempDir(), "p.htm", []byte(`<meta property="article:published_time" content="2021-06-01T23:30:00+03:30"><p>x</p>`))
	r := readAll(t, name, Options{})
	if len(r.docs) != 1 || r.docs[0].Date != day(2021, time.June, 1) {
		t.Errorf("documents = %+v, want one dated 2021-06-01", r.docs)
	}
}

func TestReadBadInput(t *testing.T) {
	t.Parallel()
	jsonl := []byte("{\"id\": \"1\", \"text\": \"one\"}\n{\"id\": \"2\", \"text\": \"two\"}\n")
	truncatedGzip := gzipBytes(t, bytes.Repeat(jsonl, 2000))
	truncatedGzip = truncatedGzip[:len(truncatedGzip)/2]
	corruptGzip := gzipBytes(t, jsonl)
	corruptGzip[len(corruptGzip)-5] ^= 0xff // the CRC
	tests := []struct {
		name     string
		file     string
		data     []byte
		opts     Options
		docs     int
		problems []string
	}{
		{"binary", "a.txt", []byte("PK\x03\x04\x00\x00binary"), Options{}, 0, []string{"0:binary"}},
		{"binary jsonl", "a.jsonl", []byte("{\"text\": \"x\"}\n\x00\x01"), Options{}, 0, []string{"0:binary"}},
		{"mostly invalid UTF-8", "a.txt", bytes.Repeat([]byte{0xff, 0xfe, 'a', 0x80}, 100), Options{}, 0, []string{"0:binary"}},
		{"empty", "a.txt", nil, Options{}, 0, []string{"0:empty"}},
		{"white space only", "a.jsonl", []byte(" \n\n\t\r\n"), Options{}, 0, []string{"0:empty"}},
		{"white space only html", "a.html", []byte("\n \n"), Options{}, 0, []string{"0:empty"}},
		{"empty csv", "a.csv", nil, Options{}, 0, []string{"0:empty"}},
		{"empty gzip", "a.txt.gz", nil, Options{}, 0, []string{"0:empty"}},
		{"gzip of nothing", "a.txt.gz", gzipBytes(t, nil), Options{}, 0, []string{"0:empty"}},
		{"unsupported", "a.pdf", []byte("%PDF"), Options{}, 0, []string{"0:unsupported"}},
		{"not gzip", "a.jsonl.gz", []byte("plain text"), Options{}, 0, []string{"0:malformed"}},
		{"not zstd", "a.jsonl.zst", []byte("plain text"), Options{}, 0, []string{"0:malformed"}},
		{"bad gzip checksum", "a.jsonl.gz", corruptGzip, Options{}, 2, []string{"3:malformed"}},
		{"truncated gzip", "a.jsonl.gz", truncatedGzip, Options{}, -1, []string{"malformed"}},
		{"text too large", "a.txt", []byte("Title\n\n" + strings.Repeat("x", 100)), Options{MaxRecordBytes: 50}, 0, []string{"0:too-large"}},
		{"html too large", "a.html", []byte("<p>" + strings.Repeat("x", 100)), Options{MaxRecordBytes: 50}, 0, []string{"0:too-large"}},
		{"BOM", "a.csv", []byte("\uFEFFid,text\n1,x\n"), Options{}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), tt.file, tt.data)
			r := readAll(t, name, tt.opts)
			got := r.reasons()
			if tt.docs < 0 { // some documents, then the problem, at a line that depends on the compressor
				for i := range got {
					got[i] = got[i][strings.IndexByte(got[i], ':')+1:]
				}
			} else if len(r.docs) != tt.docs {
				t.Errorf("got %d documents, want %d", len(r.docs), tt.docs)
			}
			if !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
			for _, p := range r.problems {
				if p.File != name {
					t.Errorf("problem %v: File = %q, want %q", &p, p.File, name)
				}
			}
		})
	}
}

func TestReadTooLargeLine(t *testing.T) {
	t.Parallel()
	huge := `{"id": "huge", "text": "` + strings.Repeat("x", 200_000) + `"}`
	in := strings.Join([]string{`{"id": "1", "text": "one"}`, huge, `{"id": "3", "text": "three"}`, `{"id": "4", "text": "` + strings.Repeat("y", 70) + `"}`}, "\n")
	for _, tt := range []struct{ name, file, in, problem string }{
		{"jsonl", "big.jsonl", in, "2:too-large"},
		{"json array", "big.json", "[" + strings.ReplaceAll(in, "}\n", "},\n") + "]", "2:too-large"},
		{"csv", "big.csv", "id,text\n1,one\n" + strings.Repeat("z", 150) + ",x\n3,three\n4," + strings.Repeat("y", 90) + "\n", "3:too-large"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), tt.file, []byte(tt.in))
			r := readAll(t, name, Options{MaxRecordBytes: 100})
			if got, want := r.ids(), []string{"1", "3", "4"}; !slices.Equal(got, want) {
				t.Errorf("IDs = %q, want %q", got, want)
			}
			if got, want := r.reasons(), []string{tt.problem}; !slices.Equal(got, want) {
				t.Errorf("problems = %q, want %q", got, want)
			}
		})
	}
}

// TestReadCSVHugeRows: a CSV row far over the limit (more than encoding/csv
// is let read) is skipped alone: the rows after it are read, at their
// lines, whatever the quoting and line ends around it.
func TestReadCSVHugeRows(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("x", 100_000)
	hugeQuoted := `"` + strings.Repeat("y,\n\"\"", 30_000) + `"`
	for _, tt := range []struct {
		name, in string
		ids      []string
		problems []string
	}{
		{"plain", "id,text\n1,one\n2," + huge + "\n3,three\n", []string{"1", "3"}, []string{"3:too-large"}},
		{"CRLF", "id,text\r\n1,one\r\n2," + huge + "\r\n3,three\r\n", []string{"1", "3"}, []string{"3:too-large"}},
		{"quoted over lines", "id,text\n1,one\n2," + hugeQuoted + "\n3,three\n4,four\n", []string{"1", "3", "4"}, []string{"3:too-large"}},
		{"two in a row", "id,text\n2," + huge + "\n3," + huge + "\n\n4,four\n", []string{"4"}, []string{"2:too-large", "3:too-large"}},
		{"last row", "id,text\n1,one\n2," + huge, []string{"1"}, []string{"3:too-large"}},
		{"blank lines", "id,text\n" + strings.Repeat("\n", 50_000) + "1,one\n" + strings.Repeat("\r\n", 50_000) + "2,two\n", []string{"1", "2"}, nil},
		{"header", "id," + huge + "\n1,one\n", nil, []string{"1:too-large"}},
		{"only row", "id,text\n1," + huge + "\n", nil, []string{"2:too-large"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "big.csv", []byte(tt.in))
			r := readAll(t, name, Options{MaxRecordBytes: 100})
			if got := r.ids(); !slices.Equal(got, tt.ids) {
				t.Errorf("IDs = %q, want %q", got, tt.ids)
			}
			if got := r.reasons(); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
			for _, d := range r.docs {
				if line := strings.Count(tt.in[:strings.Index(tt.in, "\n"+d.ID+",")+1], "\n") + 1; d.Line != line {
					t.Errorf("document %s at line %d, want %d", d.ID, d.Line, line)
				}
			}
		})
	}
}

// TestReadTooLargeLineMemory checks that a huge line is skipped without
// being held in memory. It is not parallel: it measures the heap.
func TestReadTooLargeLineMemory(t *testing.T) {
	const lineSize = 32 << 20
	data := make([]byte, 0, lineSize+100)
	data = append(data, `{"text": "`...)
	data = append(data, bytes.Repeat([]byte("x"), lineSize)...)
	data = append(data, "\"}\n{\"text\": \"small\"}\n"...)
	var docs, problems int
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	err := readStream(t.Context(), bytes.NewReader(data), "big.jsonl", jsonlFormat, Options{MaxRecordBytes: 1 << 10},
		func(Document) error { docs++; return nil },
		func(Problem) { problems++ })
	runtime.ReadMemStats(&after)
	if err != nil || docs != 1 || problems != 1 {
		t.Fatalf("readStream = %v, %d documents, %d problems, want nil, 1, 1", err, docs, problems)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 && !raceEnabled {
		t.Errorf("reading a %d MiB line allocated %d KiB, want less than 4 MiB", lineSize>>20, alloc>>10)
	}
}

func TestReadCompressed(t *testing.T) {
	t.Parallel()
	jsonl := []byte("{\"id\": \"1\", \"text\": \"one\"}\n{\"text\": \"two\"}\n")
	for _, tt := range []struct {
		file string
		data []byte
	}{
		{"c.jsonl.gz", gzipBytes(t, jsonl)},
		{"c.jsonl.zst", zstdBytes(t, jsonl)},
		{"c.JSONL.GZ", gzipBytes(t, jsonl)},
		{"c.jsonl.gz", append(gzipBytes(t, jsonl[:27]), gzipBytes(t, jsonl[27:])...)}, // two gzip members
	} {
		dir := t.TempDir()
		name := writeFile(t, dir, tt.file, tt.data)
		r := readAll(t, name, Options{})
		if got, want := r.ids(), []string{"1", name + ":2"}; !slices.Equal(got, want) || len(r.problems) != 0 {
			t.Errorf("%s: IDs = %q, problems %v, want %q and none", tt.file, got, r.problems, want)
		}
	}
	name := writeFile(t, t.TempDir(), "a.txt.zst", zstdBytes(t, []byte(seedShaped)))
	r := readAll(t, name, Options{})
	if len(r.docs) != 1 || r.docs[0].ID != name || r.docs[0].Title != "Ministers meet in Oslo" {
		t.Errorf("ReadFile(%s) = %+v, want one document with ID %q", name, r.docs, name)
	}
}

func TestReadVanished(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := writeFile(t, dir, "gone.txt", []byte("x"))
	files, _ := Files([]string{dir}, FilesOptions{})
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	r := readAll(t, files[0], Options{})
	if got, want := r.reasons(), []string{"0:unreadable"}; !slices.Equal(got, want) || !errors.Is(&r.problems[0], os.ErrNotExist) {
		t.Errorf("problems = %v, want %q (not exist)", r.problems, want)
	}
	r = readAll(t, t.TempDir()+"/dir.txt", Options{})
	if got, want := r.reasons(), []string{"0:unreadable"}; !slices.Equal(got, want) {
		t.Errorf("problems = %v, want %q", r.problems, want)
	}
}

func TestReadDirectory(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "folder.jsonl")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r := readAll(t, dir, Options{})
	if got, want := r.reasons(), []string{"0:unreadable"}; !slices.Equal(got, want) {
		t.Errorf("problems = %v, want %q", r.problems, want)
	}
}

func TestReadFileStops(t *testing.T) {
	t.Parallel()
	name := writeFile(t, t.TempDir(), "x.jsonl", []byte("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n"))
	noProblem := func(p Problem) { t.Errorf("unexpected problem %v", &p) }

	ctx, cancel := context.WithCancel(t.Context())
	n := 0
	err := ReadFile(ctx, name, Options{}, func(Document) error {
		n++
		cancel()
		return nil
	}, noProblem)
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("ReadFile with a cancelled context = %v after %d documents, want %v after 1", err, n, context.Canceled)
	}

	stop := errors.New("stop")
	n = 0
	err = ReadFile(t.Context(), name, Options{}, func(Document) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	}, noProblem)
	if err != stop || n != 2 {
		t.Errorf("ReadFile with a failing emit = %v after %d documents, want %v after 2", err, n, stop)
	}
}

func TestRepair(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in, want string
		n        int
	}{
		{"", "", 0},
		{"plain ü", "plain ü", 0},
		{"a\xffb", "a\uFFFDb", 1},
		{"a\xff\xfe\xfdb\xc3", "a\uFFFDb\uFFFD", 2},
		{"\xed\xa0\x80", "\uFFFD", 1}, // a surrogate
	} {
		got, n := repair(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("repair(%q) = %q, %d, want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

// readOne reads a file that holds one document (or none, when !want) and
// checks its problems; ok is false when there is no document to check.
func readOne(t *testing.T, name string, problems []string, want bool) (d Document, ok bool) {
	t.Helper()
	r := readAll(t, name, Options{})
	if got := r.reasons(); !slices.Equal(got, problems) {
		t.Errorf("problems = %q, want %q", got, problems)
	}
	if !want {
		if len(r.docs) != 0 {
			t.Errorf("got %d documents, want none", len(r.docs))
		}
		return Document{}, false
	}
	if len(r.docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(r.docs))
	}
	return r.docs[0], true
}
