package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
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
// with a title or a text, problems that say where.
func fuzzRead(t *testing.T, data []byte, name string, form format) {
	for _, opts := range []Options{{}, {MaxRecordBytes: 64}} {
		var docs []Document
		err := readStream(t.Context(), bytes.NewReader(data), name, form, opts,
			func(d Document) error { docs = append(docs, d); return nil },
			func(p Problem) {
				if p.File != name || p.Line < 0 || strings.HasPrefix(p.Reason.String(), "Reason(") {
					t.Errorf("bad problem %+v", p)
				}
			})
		if err != nil {
			t.Fatalf("readStream(%s) = %v, want nil", name, err)
		}
		for _, d := range docs {
			checkDocument(t, d, name)
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
	f.Add([]byte("\uFEFF{\"TEXT\": \"bom\", \"Date\": \"2018-02-30\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.jsonl", jsonlFormat)
		fuzzRead(t, data, "f.json", jsonFormat)
	})
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
