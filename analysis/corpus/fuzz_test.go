package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
)

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
	}
	for _, in := range parseDateErrorTests {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrBadDate) {
				t.Errorf("ParseDate(%q) error %v does not wrap ErrBadDate", s, err)
			}
			if d != (Date{}) {
				t.Errorf("ParseDate(%q) = %+v with an error", s, d)
			}
			return
		}
		if d.IsZero() {
			if strings.TrimSpace(strings.Map(plainSpace, s)) != "" && d != (Date{}) {
				t.Errorf("ParseDate(%q) = %+v, want a date or an error", s, d)
			}
			return
		}
		if msg := d.check(); msg != "" || d.Precision > Day {
			t.Errorf("ParseDate(%q) = %+v, an invalid date: %s", s, d, msg)
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Errorf("ParseDate(%q) = %+v, but ParseDate(%q) = %+v, %v", s, d, d.String(), back, err)
		}
	})
}

// fuzzRead runs readStream on data and checks the invariants that hold
// for any input: no error, valid UTF-8, dates that round-trip, documents
// with a title or a text, in input order, problems that say where: a bad
// record of a JSON, JSON Lines or CSV file by its line, always within the
// input.
func fuzzRead(t *testing.T, data []byte, name string, form format) {
	lines := bytes.Count(data, []byte("\n")) + 1
	records := form != textFormat && form != htmlFormat
	for _, opts := range []Options{{}, {MaxRecordBytes: 64}} {
		var docs []Document
		err := readStream(t.Context(), bytes.NewReader(data), name, form, opts,
			func(d Document) error { docs = append(docs, d); return nil },
			func(p Problem) {
				if p.File != name || p.Line < 0 || p.Line > lines || strings.HasPrefix(p.Reason.String(), "Reason(") {
					t.Errorf("bad problem %+v (input of %d lines)", p, lines)
				}
				switch p.Reason {
				case Malformed, TooLarge, InvalidUTF8, BadDate:
					if records && p.Line == 0 {
						t.Errorf("problem %v of a record has no line", &p)
					}
				}
				if !records && p.Line > 1 {
					t.Errorf("problem %v of a whole-file document is past line 1", &p)
				}
				if want := fmt.Sprintf("%s:%d: ", name, p.Line); p.Line > 0 && !strings.HasPrefix(p.Error(), want) {
					t.Errorf("problem prints as %q, want the prefix %q", p.Error(), want)
				}
			})
		if err != nil {
			t.Fatalf("readStream(%s) = %v, want nil", name, err)
		}
		for k, d := range docs {
			checkDocument(t, d, name)
			if d.Line > lines || k > 0 && d.Line < docs[k-1].Line {
				t.Errorf("document %d at line %d, after one at line %d (input of %d lines)", k, d.Line, docs[max(k-1, 0)].Line, lines)
			}
		}
	}
}

func checkDocument(t *testing.T, d Document, name string) {
	t.Helper()
	for _, s := range []string{d.ID, d.RawDate, d.Title, d.Text, d.URL, d.Source, d.Speaker, d.SpeakerCountry} {
		if !utf8.ValidString(s) {
			t.Errorf("document %q has invalid UTF-8: %q", d.ID, s)
		}
	}
	if d.ID == "" || d.File != name || d.Line < 1 || d.Repaired < 0 {
		t.Errorf("document ID, File, Line, Repaired = %q, %q, %d, %d", d.ID, d.File, d.Line, d.Repaired)
	}
	if d.Title == "" && strings.TrimSpace(d.Text) == "" {
		t.Errorf("document %q has neither title nor text", d.ID)
	}
	if !d.Date.IsZero() {
		back, err := ParseDate(d.Date.String())
		if err != nil || back != d.Date || d.RawDate == "" {
			t.Errorf("document %q: Date %+v (raw %q) does not round-trip: %+v, %v", d.ID, d.Date, d.RawDate, back, err)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"id\": \"a\", \"date\": \"2018-11-05\", \"title\": \"T\", \"text\": \"x\"}\n\n{\"text\": 5}\n"))
	f.Add([]byte("{\"text\": \"caf\xe9\", \"date\": 2020}\r\n{\"text\": }\n[1]\nnull\n"))
	f.Add([]byte("[{\"text\": \"a\"}, {\"title\": \"b\", \"date\": \"Nov 5, 2018\"}, 3, {\"text\": \"[{\\\"\"}]"))
	f.Add([]byte(`{"text": "one"} {"text": "two"}`))
	f.Add([]byte("{\"id\": \" \", \"text\": \"an ID of spaces is none\"}\n"))
	f.Add([]byte("\uFEFF{\"TEXT\": \"bom\", \"Date\": \"2018-02-30\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.jsonl", jsonlFormat)
		fuzzRead(t, data, "f.json", jsonFormat)
	})
}

// FuzzReadJSON fuzzes the reader of JSON files (an array of objects, or
// objects one after the other). An array of objects reads as the same
// documents, with the same problems, as JSON Lines holding its elements one
// a line (unless either is found binary).
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"id": "a", "text": "x"}, {"title": "t", "date": "2020-01-02", "url": " u "}]`))
	f.Add([]byte("[\n{\"text\": \"a\"},\n\n{\"text\": 1},\n[1],\n\"s\",\n{\"TEXT\": \"b\", \"text\": \"c\"},\n]"))
	f.Add([]byte("{\"text\": \"one\"}\n{\"text\": \"two\"}\n\n  {\"title\": \"three\"}"))
	f.Add([]byte(`[{"text": "unterminated`))
	f.Add([]byte(`[{"text": "a"} {"text": "b"}]`))
	f.Add([]byte(`[] trailing`))
	f.Add([]byte("  \n[ ]\n"))
	f.Add([]byte(`[1e5, -0, true, null, {"text": "\ud83d\ude00 caf\u00e9 \"q\" \\"}]`))
	f.Add([]byte("\uFEFF[{\"text\": \"bom\", \"date\": \"2018-02-30\", \"speaker\": \"caf\xe9\"}]"))
	f.Add([]byte(`[{"title": "", "text": "  "}, {"id": 7, "text": "n", "date": 2019}]`))
	f.Add([]byte("[{\"id\": \" \", \"text\": \"a\"}]\n{\"id\": \"\t\", \"text\": \"b\"}"))
	f.Add([]byte("{\"id\": \" \", \"text\": \"a\"}\n{\"id\": \"\t\", \"text\": \"b\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.json", jsonFormat)
		var elems []json.RawMessage
		if json.Unmarshal(data, &elems) != nil {
			return
		}
		var jsonl bytes.Buffer
		for _, e := range elems {
			if e = bytes.TrimSpace(e); len(e) == 0 || e[0] != '{' {
				return
			}
			if err := json.Compact(&jsonl, e); err != nil {
				t.Fatalf("json.Compact(%s) = %v after json.Unmarshal accepted it", e, err)
			}
			jsonl.WriteByte('\n')
		}
		array, lines := readDocs(t, data, "f.json", jsonFormat), readDocs(t, jsonl.Bytes(), "f.jsonl", jsonlFormat)
		if strings.Contains(array+lines, "problem binary") {
			return // the share of bad bytes that makes a file binary depends on the layout
		}
		if array != lines {
			t.Errorf("the array reads as\n%s\nits elements one a line as\n%s", array, lines)
		}
	})
}

// readDocs reads data and sums up its documents (without their IDs and
// lines) and the reasons of its problems, one a line.
func readDocs(t *testing.T, data []byte, name string, form format) string {
	var b strings.Builder
	err := readStream(t.Context(), bytes.NewReader(data), name, form, Options{},
		func(d Document) error {
			fmt.Fprintf(&b, "%q %q %q %v %q %q %q %q %q %d\n", d.Title, d.Text, d.RawDate, d.Date, d.URL, d.Source, d.Speaker, d.SpeakerCountry, d.Failed, d.Repaired)
			return nil
		},
		func(p Problem) { fmt.Fprintf(&b, "problem %s\n", p.Reason) })
	if err != nil {
		t.Fatalf("readStream(%s) = %v, want nil", name, err)
	}
	return b.String()
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,title,text,date\n1,T,\"quoted, text\nover lines\",2018-11-05\n2,,,\n3,x\n"))
	f.Add([]byte("text,date\n\"unterminated\n"))
	f.Add([]byte("id\ttext\ts\"peaker\n1\ta\tb\n"))
	f.Add([]byte("\uFEFFtext\ncaf\xe9\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.csv", csvFormat)
		fuzzRead(t, data, "f.tsv", tsvFormat)
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title><meta property="og:title" content="O"><meta name="date" content="2018-11-05"></head><body><article><p>a<br>b</p></article></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph": [{"datePublished": "Nov 5, 2018"}]}</script><main><h1>H</h1><div hidden>x</div><table><tr><td>a<td>b</table></main>`))
	f.Add([]byte(`<article><article><p>nested</p></article></article><time datetime="bad">t</time>`))
	f.Add([]byte("<p>caf\xe9&nbsp;&amp;</p><svg><text>x</text></svg><template><p>t</p></template>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.html", htmlFormat)
		// The fallback for pages nested too deep for html.Parse.
		s, _ := repair(string(data))
		d := scanHTML(s)
		for _, v := range []string{d.RawDate, d.Title, d.Text, d.URL, d.Source} {
			if !utf8.ValidString(v) {
				t.Errorf("scanHTML gave invalid UTF-8: %q", v)
			}
		}
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte(seedShaped))
	f.Add([]byte("Title\n\nBody.\n"))
	f.Add([]byte("A first line that ends with a full stop.\r\nMore.\r"))
	f.Add([]byte("2018\n\n\u2022\n"))
	f.Add([]byte("\xff\xfeT\x00i\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.txt", textFormat)
	})
}

// benchJSONL makes n JSON Lines records of invented text, the same for a
// given seed.
func benchJSONL(n int, seed uint64) []byte {
	words := strings.Fields("the minister said talks with the delegation were useful and that sanctions would not help anyone in the region")
	rng := rand.New(rand.NewPCG(seed, seed))
	var b bytes.Buffer
	for i := range n {
		var text strings.Builder
		for j := range 400 + rng.IntN(400) {
			if j > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(words[rng.IntN(len(words))])
		}
		fmt.Fprintf(&b, `{"id": "doc-%d", "date": "2019-%02d-%02d", "title": "Title %d", "text": %q, "source": "bench"}`+"\n",
			i, 1+i%12, 1+i%28, i, text.String())
	}
	return b.Bytes()
}

func BenchmarkReadJSONL(b *testing.B) {
	data := benchJSONL(1000, 1)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := readStream(b.Context(), bytes.NewReader(data), "bench.jsonl", jsonlFormat, Options{},
			func(Document) error { n++; return nil },
			func(p Problem) { b.Fatalf("unexpected problem %v", &p) })
		if err != nil || n != 1000 {
			b.Fatalf("readStream = %v after %d documents, want nil after 1000", err, n)
		}
	}
}

// FuzzUnquote checks unquote against encoding/json on every valid JSON
// string literal.
func FuzzUnquote(f *testing.F) {
	for _, s := range []string{`""`, `"plain"`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u2019"`, `"\ud83d\ude00"`,
		`"\ud83d"`, `"\ude00x"`, `"\ud83d\u0041"`, `"\ud83d\ud83d\ude00"`, "\"caf\xe9\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, lit []byte) {
		var want string
		if !utf8.Valid(lit) || json.Unmarshal(lit, &want) != nil || len(lit) == 0 || lit[0] != '"' {
			return
		}
		got, n := unquote(lit)
		if got != want || n != 0 {
			t.Errorf("unquote(%s) = %q, %d, want %q, 0", lit, got, n, want)
		}
	})
}

// zstdEncoder is shared by the fuzz runs: making one is costly.
var zstdEncoder = sync.OnceValue(func() *zstd.Encoder {
	w, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	if err != nil {
		panic(err)
	}
	return w
})

// FuzzReadCompressed fuzzes ReadFile on gzip and zstd files. mode picks
// the compression (bit 0: zstd), whether data is the compressed stream
// itself (bit 1) or is compressed here, whether that stream is cut in the
// middle (bit 2), and the format (the rest). A whole compressed file reads
// as the same documents, with the same problems, as the file uncompressed;
// a cut one, as a prefix of them, with a problem at the cut, for the
// formats read record by record.
func FuzzReadCompressed(f *testing.F) {
	f.Add([]byte("{\"id\": \"1\", \"text\": \"one\"}\n{\"text\": \"two\", \"date\": \"bad\"}\n"), uint8(0))
	f.Add([]byte("{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"three\"}\n"), uint8(5))
	f.Add([]byte("Nov 05, 2018\nTitle\n\nBody with caf\xe9.\n"), uint8(1<<3))
	f.Add([]byte("id,text\n1,one\n2,\"two\nlines\"\n"), uint8(2<<3|1))
	f.Add([]byte(`[{"text": "a"}, {"text": "b"}]`), uint8(3<<3|4))
	f.Add([]byte("<p>page</p>"), uint8(4<<3|1))
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"), uint8(2))   // a gzip header and nothing
	f.Add([]byte("(\xb5/\xfd\x04\x00\x00\x00\x00\x00\x00\x00"), uint8(3)) // a zstd frame header, cut
	f.Add([]byte(""), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		zst, raw, cut := mode&1 != 0, mode&2 != 0, mode&4 != 0
		exts := []string{".jsonl", ".txt", ".csv", ".json", ".html"}
		ext := exts[int(mode>>3)%len(exts)]
		comp := ".gz"
		if zst {
			comp = ".zst"
		}
		dir := t.TempDir()
		plain := filepath.Join(dir, "f"+ext)
		name := plain + comp
		stream := data
		if !raw {
			if zst {
				stream = zstdEncoder().EncodeAll(data, nil)
			} else {
				var b bytes.Buffer
				w := gzip.NewWriter(&b)
				w.Write(data)
				w.Close()
				stream = b.Bytes()
			}
			if cut {
				stream = stream[:len(stream)/2]
			}
		}
		if err := os.WriteFile(name, stream, 0o644); err != nil {
			t.Fatal(err)
		}
		got := readFileDocs(t, name)
		if raw {
			return
		}
		if err := os.WriteFile(plain, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want := readFileDocs(t, plain)
		if !cut {
			if got.String() != want.String() {
				t.Errorf("%s reads as\n%s\nuncompressed as\n%s", name, got.String(), want.String())
			}
			return
		}
		if ext == ".txt" || ext == ".html" {
			return // a whole-file document is lost at the cut
		}
		if len(got.problems) == 0 || !strings.HasPrefix(want.docs, got.docs) {
			t.Errorf("%s cut in the middle reads as\n%s\nwant a prefix of\n%s\nand a problem", name, got.String(), want.String())
		}
	})
}

// fileDocs sums up what ReadFile gave for one file.
type fileDocs struct {
	docs     string // the documents, one a line, without file names
	problems []string
}

func (r fileDocs) String() string { return r.docs + strings.Join(r.problems, "\n") }

// readFileDocs runs ReadFile on name, checks each document and problem,
// and sums them up without the file name.
func readFileDocs(t *testing.T, name string) fileDocs {
	var r fileDocs
	var b strings.Builder
	err := ReadFile(t.Context(), name, Options{},
		func(d Document) error {
			checkDocument(t, d, name)
			fmt.Fprintf(&b, "%s %q %q %q %v %q %q %q %q %q %d %d\n", strings.ReplaceAll(d.ID, name, "F"), d.Title, d.Text, d.RawDate, d.Date,
				d.URL, d.Source, d.Speaker, d.SpeakerCountry, d.Failed, d.Repaired, d.Line)
			return nil
		},
		func(p Problem) {
			if p.File != name || p.Line < 0 || strings.HasPrefix(p.Reason.String(), "Reason(") {
				t.Errorf("bad problem %+v", p)
			}
			r.problems = append(r.problems, fmt.Sprintf("%d:%s", p.Line, p.Reason))
		})
	if err != nil {
		t.Fatalf("ReadFile(%s) = %v, want nil", name, err)
	}
	r.docs = b.String()
	return r
}

// FuzzCSVStream: csvStream, which finds where a row too large to read
// ends, splits any input into rows where encoding/csv does.
func FuzzCSVStream(f *testing.F) {
	f.Add([]byte("id,title,text,date\n1,T,\"quoted, text\nover lines\",2018-11-05\n2,,,\n3,x\n"))
	f.Add([]byte("a,\"b\"\r\n\r\n\"c\"\"\"\r\"d\"x\n\"e\"\r"))
	f.Add([]byte("\"\n\n\"\t\"\"\n\r\n,\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkCSVRecordEnds(t, data)
	})
}

// FuzzReadCSVLimit: a row over the record limit costs that row alone:
// read with a small limit, a CSV gives the documents it gives without one,
// less those of rows reported too large, at the same lines.
func FuzzReadCSVLimit(f *testing.F) {
	f.Add([]byte("id,text\n1,one\n2,"+strings.Repeat("x", 100)+"\n3,three\n"), uint8(20))
	f.Add([]byte("text\n\""+strings.Repeat("a\"\"\n", 30)+"\"\r\nb\n\n\nc"), uint8(10))
	f.Fuzz(func(t *testing.T, data []byte, limit uint8) {
		header := false // too large: nothing is read
		read := func(max int64) (docs []Document, tooLarge map[int]bool) {
			tooLarge = map[int]bool{}
			err := readStream(t.Context(), bytes.NewReader(data), "f.csv", csvFormat, Options{MaxRecordBytes: max},
				func(d Document) error { docs = append(docs, d); return nil },
				func(p Problem) {
					if p.Reason == TooLarge {
						tooLarge[p.Line] = true
						header = header || strings.HasPrefix(p.Err.Error(), "header")
					}
				})
			if err != nil {
				t.Fatalf("readStream = %v, want nil", err)
			}
			return docs, tooLarge
		}
		all, _ := read(0)
		some, tooLarge := read(int64(limit) + 1)
		if header {
			return
		}
		i := 0
		for _, d := range all {
			if i < len(some) && some[i] == d {
				i++
				continue
			}
			if !tooLarge[d.Line] {
				t.Fatalf("the document at line %d is lost with a limit of %d bytes, and no row there was too large", d.Line, int(limit)+1)
			}
		}
		if i != len(some) {
			t.Fatalf("with a limit of %d bytes, the document at line %d is not one read without", int(limit)+1, some[i].Line)
		}
	})
}
