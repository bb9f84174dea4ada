package corpus

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Hostile and broken inputs: each must be read (or refused) in bounded
// time and memory, with its problems reported, never with a panic or a
// stack overflow. The time limits are generous, for a slow 2-core CI
// machine; the logged times are the typical ones.

// adversarialLimit is the time any one adversarial input may take; they
// typically take well under a second.
const adversarialLimit = 10 * time.Second

// repeatReader yields a pattern repeated, without holding the result: a
// gigabyte of input costs no memory.
type repeatReader struct {
	pattern []byte // the pattern repeated to some KiB, so that a Read copies a lot
	n       int64  // bytes in all
	off     int64
}

// newRepeatReader returns a reader of pattern repeated n times.
func newRepeatReader(pattern string, n int64) *repeatReader {
	p := strings.Repeat(pattern, max(1, (64<<10)/max(1, len(pattern))))
	return &repeatReader{pattern: []byte(p), n: n * int64(len(pattern))}
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.n-r.off)]
	w := 0
	for w < len(p) {
		k := (r.off + int64(w)) % int64(len(r.pattern))
		w += copy(p[w:], r.pattern[k:])
	}
	r.off += int64(w)
	return w, nil
}

// generated returns the lazy input prefix, pattern repeated n times,
// suffix.
func generated(prefix, pattern string, n int64, suffix string) io.Reader {
	return io.MultiReader(strings.NewReader(prefix), newRepeatReader(pattern, n), strings.NewReader(suffix))
}

// heapWatch passes its reader through and measures the live heap (after a
// collection) every 8 MiB read, keeping the largest value. Garbage is not
// counted: the live heap is what a reader holds on to.
type heapWatch struct {
	r     io.Reader
	read  int64
	next  int64
	peak  uint64
	stats runtime.MemStats
}

func (h *heapWatch) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.read += int64(n)
	if h.read >= h.next {
		h.sample()
		h.next = h.read + 8<<20
	}
	return n, err
}

func (h *heapWatch) sample() {
	runtime.GC()
	runtime.ReadMemStats(&h.stats)
	h.peak = max(h.peak, h.stats.HeapAlloc)
}

// readGenerated runs readStream on r and returns the documents, the
// problems as "line:reason" and how long it took.
func readGenerated(t *testing.T, r io.Reader, name string, form format, opts Options) (result, time.Duration) {
	t.Helper()
	var res result
	start := time.Now()
	err := readStream(t.Context(), r, name, form, opts,
		func(d Document) error { res.docs = append(res.docs, d); return nil },
		func(p Problem) {
			if p.File != name {
				t.Errorf("problem %v: File = %q, want %q", &p, p.File, name)
			}
			res.problems = append(res.problems, p)
		})
	took := time.Since(start)
	if err != nil {
		t.Fatalf("readStream(%s) = %v, want nil", name, err)
	}
	if took > adversarialLimit {
		t.Errorf("readStream(%s) took %v, want less than %v", name, took, adversarialLimit)
	}
	return res, took
}

// texts returns the text of each document.
func (r result) texts() []string {
	var out []string
	for _, d := range r.docs {
		out = append(out, d.Text)
	}
	return out
}

// TestAdversarialJSONDepth: 100,000 levels of nesting, in a JSON Lines line
// and in a JSON file, are a Malformed record, found without recursion; the
// read goes on with the next record where the framing allows it.
func TestAdversarialJSONDepth(t *testing.T) {
	t.Parallel()
	const depth = 100_000
	arrays := strings.Repeat("[", depth) + strings.Repeat("]", depth)
	objects := strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
	ok := `{"text": "ok"}`
	tests := []struct {
		name     string
		file     string
		form     format
		in       string
		texts    []string // the documents read
		problems []string
	}{
		{"jsonl arrays", "deep.jsonl", jsonlFormat, arrays + "\n" + ok + "\n", []string{"ok"}, []string{"1:malformed"}},
		{"jsonl objects", "deep.jsonl", jsonlFormat, `{"text": ` + objects + "}\n" + ok + "\n", []string{"ok"}, []string{"1:malformed"}},
		{"jsonl arrays in a field", "deep.jsonl", jsonlFormat, `{"text": "x", "tags": ` + arrays + "}\n" + ok + "\n", []string{"ok"}, []string{"1:malformed"}},
		{"jsonl unclosed", "deep.jsonl", jsonlFormat, `{"text": ` + strings.Repeat("[", depth) + "\n" + ok + "\n", []string{"ok"}, []string{"1:malformed"}},
		{"json array element", "deep.json", jsonFormat, "[" + arrays + ",\n" + ok + "]", []string{"ok"}, []string{"1:malformed"}},
		{"json object element", "deep.json", jsonFormat, "[{\"text\": " + objects + "},\n" + ok + "]", []string{"ok"}, []string{"1:malformed"}},
		{"json top-level objects", "deep.json", jsonFormat, "{\"text\": " + objects + "}\n" + ok, []string{"ok"}, []string{"1:malformed"}},
		{"json unclosed array", "deep.json", jsonFormat, strings.Repeat("[", depth), nil, []string{"1:malformed"}},
		{"json unclosed object", "deep.json", jsonFormat, strings.Repeat(`{"a":`, depth), nil, []string{"1:malformed"}},
		{"html json-ld", "deep.html", htmlFormat, `<script type="application/ld+json">` + objects + `</script><p>ok</p>`, []string{"ok"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, took := readGenerated(t, strings.NewReader(tt.in), tt.file, tt.form, Options{})
			t.Logf("%d bytes in %v", len(tt.in), took)
			if got := r.texts(); !slices.Equal(got, tt.texts) {
				t.Errorf("texts = %q, want %q", got, tt.texts)
			}
			if got := r.reasons(); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q (%v)", got, tt.problems, r.problems)
			}
		})
	}
}

// TestAdversarialHugeLine: a line far larger than MaxRecordBytes is skipped
// as TooLarge without being held: the live heap grows by the limit at most
// (the buffer of a record that might still fit), whatever the length of the
// line, and all the memory allocated while reading it stays within a few
// times the limit (twice for JSON Lines and JSON). The input is generated
// as it is read. Not parallel: it measures the heap.
func TestAdversarialHugeLine(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name           string
		file           string
		form           format
		limit          int64 // MaxRecordBytes
		prefix, suffix string
		size           int64    // bytes of the huge record
		texts          []string // the documents read
		problems       []string
		live, alloc    int64 // the allowed growth of the live heap, and allocations in all, in limits
	}{
		{"jsonl 1 GiB line", "huge.jsonl", jsonlFormat, DefaultMaxRecordBytes, "{\"text\": \"a\"}\n{\"text\": \"", "\"}\n{\"text\": \"b\"}\n",
			1 << 30, []string{"a", "b"}, []string{"2:too-large"}, 1, 2},
		{"json 256 MiB element", "huge.json", jsonFormat, DefaultMaxRecordBytes, "[{\"text\": \"a\"},\n{\"text\": \"", "\"},\n{\"text\": \"b\"}]",
			256 * mib, []string{"a", "b"}, []string{"2:too-large"}, 1, 2},
		// encoding/csv keeps the raw line and the fields, each up to the
		// limit, and grows them its own way (slowly: hence a lower limit
		// here). The rest of the row is skipped, and the next one read.
		{"csv 256 MiB row", "huge.csv", csvFormat, 8 * mib, "text\na\n", "\nb\n",
			256 * mib, []string{"a", "b"}, []string{"3:too-large"}, 2, 8},
		// A text or HTML file is read whole, up to the limit (io.ReadAll).
		{"text 1 GiB file", "huge.txt", textFormat, DefaultMaxRecordBytes, "Title\n\n", "",
			1 << 30, nil, []string{"0:too-large"}, 2, 3},
		{"html 256 MiB file", "huge.html", htmlFormat, 8 * mib, "<p>", "</p>",
			256 * mib, nil, []string{"0:too-large"}, 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &heapWatch{r: generated(tt.prefix, "x", tt.size, tt.suffix)}
			h.sample()
			base, allocated := h.peak, h.stats.TotalAlloc
			r, took := readGenerated(t, h, tt.file, tt.form, Options{MaxRecordBytes: tt.limit})
			h.sample()
			live := int64(h.peak) - int64(base)
			alloc := int64(h.stats.TotalAlloc - allocated)
			t.Logf("%d MiB read in %v (limit %d MiB): live heap grew by %d MiB at most, %d MiB allocated",
				h.read>>20, took, tt.limit>>20, live>>20, alloc>>20)
			if got := r.texts(); !slices.Equal(got, tt.texts) {
				t.Errorf("texts = %q, want %q", got, tt.texts)
			}
			if got := r.reasons(); !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q (%v)", got, tt.problems, r.problems)
			}
			const slack = 8 * mib
			if want := tt.live*tt.limit + slack; live > want {
				t.Errorf("the live heap grew by %d MiB, want at most %d MiB", live>>20, want>>20)
			}
			if want := tt.alloc*tt.limit + slack; alloc > want && !raceEnabled {
				t.Errorf("reading allocated %d MiB, want at most %d MiB", alloc>>20, want>>20)
			}
		})
	}
}

// TestAdversarialManyFiles: a folder of 20,000 tiny files is listed in
// bounded time, and Files keeps little more than the names. (A manual run
// with 1,000,000 files is reported in the commit that added this test.)
// It does not run in parallel: its allocation count is the process's, and
// another test allocating meanwhile made it fail now and then under the
// race detector.
func TestAdversarialManyFiles(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	dir := t.TempDir()
	first := filepath.Join(dir, "000000.txt")
	if err := os.WriteFile(first, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < n; i++ {
		// Hard links to one file are made much faster than files.
		name := filepath.Join(dir, fmt.Sprintf("%06d.txt", i))
		if err := os.Link(first, name); err != nil {
			if err := os.WriteFile(name, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	files, problems := Files([]string{dir}, FilesOptions{})
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	perFile := (after.TotalAlloc - before.TotalAlloc) / uint64(n)
	t.Logf("%d files listed in %v, %d bytes allocated per file", len(files), took, perFile)
	if len(files) != n || len(problems) != 0 {
		t.Fatalf("Files = %d files, problems %v, want %d and none", len(files), problems, n)
	}
	if want := filepath.Join(dir, "000000.txt"); files[0] != want || !slices.IsSorted(files) {
		t.Errorf("Files()[0] = %q, want %q, and sorted", files[0], want)
	}
	if took > adversarialLimit {
		t.Errorf("Files took %v for %d files, want less than %v", took, n, adversarialLimit)
	}
	// A name is about 70 bytes here; the walk's directory entries are
	// garbage once read. The garbage collector's own work counts too: be
	// generous.
	if perFile > 4<<10 {
		t.Errorf("Files allocated %d bytes per file, want at most 4 KiB", perFile)
	}
}

// TestAdversarialBytes: NUL bytes, invalid UTF-8, a single 10 MB line of
// words, HTML nested 100,000 deep: read or refused in bounded time, with
// the problem said.
func TestAdversarialBytes(t *testing.T) {
	t.Parallel()
	const mb = 1 << 20
	words := "the minister said that the talks with the delegation were useful "
	tests := []struct {
		name     string
		file     string
		form     format
		in       io.Reader
		docs     int
		problems []string
		// check, when set, looks at the first document.
		check func(t *testing.T, d Document)
	}{
		{"NUL-filled text", "nul.txt", textFormat, generated("", "\x00", 10*mb, ""), 0, []string{"0:binary"}, nil},
		{"NUL-filled jsonl", "nul.jsonl", jsonlFormat, generated("", "\x00", 10*mb, ""), 0, []string{"0:binary"}, nil},
		{"NUL-filled csv", "nul.csv", csvFormat, generated("", "\x00", 10*mb, ""), 0, []string{"0:binary"}, nil},
		{"NUL-filled html", "nul.html", htmlFormat, generated("", "\x00", 10*mb, ""), 0, []string{"0:binary"}, nil},
		{"NULs after the sniffed start", "late.txt", textFormat, generated(strings.Repeat(words, 200), "a\x00", 2*mb, ""), 1, nil,
			func(t *testing.T, d Document) {
				if !strings.Contains(d.Text, "\x00") || !utf8.ValidString(d.Text) {
					t.Errorf("text lost its NULs or is invalid UTF-8")
				}
			}},
		{"NULs in jsonl strings", "late.jsonl", jsonlFormat, generated(strings.Repeat(`{"text": "a"}`+"\n", 1000), "{\"text\": \"\x00\"}\n", 100_000, ""), 1000,
			[]string{"1001:malformed", "1002:malformed"}, nil}, // and so on: only the first problems are compared
		{"invalid UTF-8 only", "bad.txt", textFormat, generated("", "\xff\xfe\xc0", 4*mb, ""), 0, []string{"0:binary"}, nil},
		{"invalid UTF-8 sprinkled", "bad.txt", textFormat, generated("", "Tehran\xffsaid caf\xe9 talks \xe2\x80 ended. ", 100_000, ""), 1,
			[]string{"1:invalid-utf8"},
			func(t *testing.T, d Document) {
				if !utf8.ValidString(d.Text) || !strings.Contains(d.Text, "\uFFFD") {
					t.Errorf("text is invalid UTF-8 or was not repaired")
				}
			}},
		{"invalid UTF-8 in jsonl", "bad.jsonl", jsonlFormat, generated("", "{\"text\": \"caf\xe9 au \xff lait\"}\n", 20_000, ""), 20_000,
			[]string{"1:invalid-utf8", "2:invalid-utf8"}, nil},
		{"invalid UTF-8 in csv", "bad.csv", csvFormat, generated("text\n", "caf\xe9 au lait\n", 20_000, ""), 20_000,
			[]string{"2:invalid-utf8", "3:invalid-utf8"}, nil},
		{"10 MB line of words", "line.txt", textFormat, generated("", words, 10*mb/int64(len(words)), ""), 1, nil,
			func(t *testing.T, d Document) {
				if d.Title != "" || len(d.Text) < 10*mb-len(words) {
					t.Errorf("title %q, text of %d bytes, want no title and the whole line as text", clip(d.Title, 20), len(d.Text))
				}
			}},
		{"100,000 nested divs", "divs.html", htmlFormat, generated("", "<div>", 100_000, "deep text"+strings.Repeat("</div>", 100_000)), 1, nil,
			func(t *testing.T, d Document) {
				if d.Text != "deep text" {
					t.Errorf("text = %q, want %q", clip(d.Text, 40), "deep text")
				}
			}},
		{"100,000 unclosed divs", "divs.html", htmlFormat, generated("", "<div>a", 100_000, ""), 1, nil,
			func(t *testing.T, d Document) {
				if got, want := strings.Count(d.Text, "a"), 100_000; got != want {
					t.Errorf("text has %d paragraphs, want %d", got, want)
				}
			}},
		{"20,000 nested formatting elements", "b.html", htmlFormat, generated("", "<b><i><a href=x><p>x", 20_000, ""), 1, nil, nil},
		{"100,000 nested tables", "t.html", htmlFormat, generated("", "<table><tr><td>x", 100_000, ""), 1, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, took := readGenerated(t, tt.in, tt.file, tt.form, Options{})
			t.Logf("%d documents, %d problems in %v", len(r.docs), len(r.problems), took)
			if len(r.docs) != tt.docs {
				t.Errorf("got %d documents, want %d", len(r.docs), tt.docs)
			}
			got := r.reasons()
			if len(tt.problems) > 0 && len(got) > len(tt.problems) {
				got = got[:len(tt.problems)]
			}
			if !slices.Equal(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
			for _, d := range r.docs {
				checkDocument(t, d, tt.file)
			}
			if tt.check != nil && len(r.docs) > 0 {
				tt.check(t, r.docs[0])
			}
		})
	}
}

// TestRepeatReader checks the generator the tests above rely on.
func TestRepeatReader(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		pattern string
		n       int64
	}{{"ab", 5}, {"xyz", 200_001}, {"\x00", 0}} {
		got, err := io.ReadAll(newRepeatReader(tt.pattern, tt.n))
		want := bytes.Repeat([]byte(tt.pattern), int(tt.n))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("repeatReader(%q, %d) gave %d bytes (%v), want %d", tt.pattern, tt.n, len(got), err, len(want))
		}
	}
}
