package corpus

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// Inputs from the hostile-input report (issue 16) that were read wrongly
// or reported unclearly. The folder walk (links, pipes, devices, the output
// folder, the same folder twice) is tested in files_unix_test.go.

// csvRecordEnds returns the offsets just past each record that csvStream
// ends in data (blank lines left out), and those encoding/csv gives, read
// as the reader reads.
func csvRecordEnds(t *testing.T, data []byte, comma rune) (stream, encoding []int64) {
	t.Helper()
	s := &csvStream{comma: byte(comma)}
	for rest := data; len(rest) > 0; {
		before := len(s.sizes)
		k, ended := s.scan(rest, true)
		rest = rest[k:]
		if ended && len(s.sizes) > before {
			stream = append(stream, s.off)
		}
	}
	before := len(s.sizes)
	s.end(s.off)
	if len(s.sizes) > before {
		stream = append(stream, s.off)
	}
	// Passed on in pieces of 1 to 7 bytes, as reads do, the input gives
	// the same records, of the same sizes.
	pieces := &csvStream{comma: byte(comma)}
	for i := 0; i < len(data); {
		n := min(len(data)-i, 1+i%7)
		pieces.scan(data[i:i+n], false)
		i += n
	}
	pieces.end(pieces.off)
	if !slices.Equal(pieces.sizes, s.sizes) || pieces.lines != s.lines {
		t.Fatalf("records of %q (comma %q) in pieces: sizes %v, %d lines; whole: %v, %d lines", data, comma, pieces.sizes, pieces.lines, s.sizes, s.lines)
	}
	cr := newCSVReader(bytes.NewReader(data), comma)
	for {
		_, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("encoding/csv: %v", err)
		}
		encoding = append(encoding, cr.InputOffset())
	}
	return stream, encoding
}

// checkCSVRecordEnds fails the test when csvStream and encoding/csv split
// data into records differently.
func checkCSVRecordEnds(t *testing.T, data []byte) {
	t.Helper()
	for _, comma := range []rune{',', '\t'} {
		stream, encoding := csvRecordEnds(t, data, comma)
		if !slices.Equal(stream, encoding) {
			t.Fatalf("records of %q (comma %q) end at %v in csvStream, at %v in encoding/csv", data, comma, stream, encoding)
		}
	}
}

// TestCSVStreamSplitsAsEncodingCSV: csvStream, which finds the end of a row
// too large for encoding/csv to read, ends rows where encoding/csv does,
// on random inputs made of the bytes that matter.
func TestCSVStreamSplitsAsEncodingCSV(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(16, 1))
	const alphabet = "\"\",,\t\n\n\r ab"
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	for range n {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		checkCSVRecordEnds(t, b)
	}
}

// TestReadCSVRowSizes: a row is too large by its bytes in the file without
// its line end, whether encoding/csv read it whole or was stopped in it.
func TestReadCSVRowSizes(t *testing.T) {
	t.Parallel()
	const limit = 100
	for _, tt := range []struct {
		name, row string
		tooLarge  bool
	}{
		{"at the limit", "2," + strings.Repeat("x", limit-2), false},
		{"at the limit, CRLF", "2," + strings.Repeat("x", limit-2) + "\r", false},
		{"one over", "2," + strings.Repeat("x", limit-1), true},
		{"two over", "2," + strings.Repeat("x", limit), true},
		{"quoted, at the limit", `2,"` + strings.Repeat("x", limit-4) + `"`, false},
		{"quoted, one over", `2,"` + strings.Repeat("x", limit-3) + `"`, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := writeFile(t, t.TempDir(), "rows.csv", []byte("id,text\n1,one\n"+tt.row+"\n3,three\n"))
			r := readAll(t, name, Options{MaxRecordBytes: limit})
			want, problems := []string{"1", "2", "3"}, []string(nil)
			if tt.tooLarge {
				want, problems = []string{"1", "3"}, []string{"3:too-large"}
			}
			if got := r.ids(); !slices.Equal(got, want) {
				t.Errorf("IDs = %q, want %q", got, want)
			}
			if got := r.reasons(); !slices.Equal(got, problems) {
				t.Errorf("problems = %q, want %q", got, problems)
			}
		})
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// TestReadWideText: UTF-16 and UTF-32 text is refused with a message that
// says how to convert it, not as "binary: NUL byte"; binary files with NUL
// bytes keep their message.
func TestReadWideText(t *testing.T) {
	t.Parallel()
	const text = "Ministers from two countries met on Tuesday.\n"
	utf16Msg := "UTF-16 text: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
	for _, tt := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"UTF-16LE with BOM", "a.txt", utf16Bytes(text, false, true), utf16Msg},
		{"UTF-16BE with BOM", "a.txt", utf16Bytes(text, true, true), utf16Msg},
		{"UTF-16LE without BOM", "a.jsonl", utf16Bytes(`{"text": "a"}`+"\n", false, false), utf16Msg},
		{"UTF-16BE without BOM", "a.csv", utf16Bytes("text\n"+text, true, false), utf16Msg},
		{"UTF-16LE, some Cyrillic", "a.txt", utf16Bytes(strings.Repeat(text, 3)+"Москва", false, false), utf16Msg},
		{"UTF-32LE with BOM", "a.txt", append([]byte{0xff, 0xfe, 0, 0}, 'a', 0, 0, 0), "UTF-32 text: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)"},
		{"ELF", "a.txt", append([]byte("\x7fELF\x02\x01\x01\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 512)...), "NUL byte in the first 8 KiB"},
		{"NULs", "a.txt", make([]byte, 100), "NUL byte in the first 8 KiB"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := readAll(t, writeFile(t, t.TempDir(), tt.file, tt.data), Options{})
			if len(r.docs) != 0 || len(r.problems) != 1 || r.problems[0].Reason != Binary || r.problems[0].Err.Error() != tt.want {
				t.Fatalf("documents %d, problems %v, want none and one: binary: %s", len(r.docs), r.problems, tt.want)
			}
		})
	}
}

// TestReadOneProblemPerFile: a file of white space too large to read is
// too large, not also empty; a CSV whose only row is too large is not also
// "no rows".
func TestReadOneProblemPerFile(t *testing.T) {
	t.Parallel()
	spaces := bytes.Repeat([]byte(" \n"), 1000)
	for _, tt := range []struct {
		name, file string
		data       []byte
		want       []string
	}{
		{"white space text", "a.txt", spaces, []string{"0:too-large"}},
		{"white space gzip", "a.txt.gz", gzipBytes(t, spaces), []string{"0:too-large"}},
		{"white space html", "a.html", spaces, []string{"0:too-large"}},
		{"white space jsonl line", "a.jsonl", bytes.Repeat([]byte(" "), 2000), []string{"1:too-large"}},
		{"small white space", "a.txt.gz", gzipBytes(t, []byte(" \n")), []string{"0:empty"}},
		{"csv of one huge row", "a.csv", []byte("text\n" + strings.Repeat("x", 2000) + "\n"), []string{"2:too-large"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := readAll(t, writeFile(t, t.TempDir(), tt.file, tt.data), Options{MaxRecordBytes: 1000})
			if got := r.reasons(); !slices.Equal(got, tt.want) {
				t.Errorf("problems = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShownName(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"corpus/café.txt", "corpus/café.txt"},
		{"corpus/caf\xe9.txt", `corpus/caf\xe9.txt`},
		{"caf\xe9\xff/\xc3", `caf\xe9\xff/\xc3`},
		{"\xe2\x80.txt", `\xe2\x80.txt`},
		{"", ""},
	} {
		got := ShownName(tt.in)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("ShownName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadInvalidUTF8Name: a file whose name is not valid UTF-8 gives
// documents whose ID and File are valid UTF-8 (each invalid byte as \xNN),
// and one problem that says so; its text is read as usual.
func TestReadInvalidUTF8Name(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, tt := range []struct {
		file string
		data string
		ids  []string
	}{
		{"caf\xe9.txt", "Ministers met in Oslo on Sunday.\n", []string{`caf\xe9.txt`}},
		{"caf\xe9.jsonl", `{"text": "a"}` + "\n" + `{"id": "own", "text": "b"}` + "\n", []string{`caf\xe9.jsonl:1`, "own"}},
		{"caf\xe9.csv", "text\na\n", []string{`caf\xe9.csv:2`}},
	} {
		name := filepath.Join(dir, tt.file)
		if err := os.WriteFile(name, []byte(tt.data), 0o644); err != nil {
			t.Skipf("the file system refuses the name %q: %v", tt.file, err)
		}
		r := readAll(t, name, Options{})
		shown := filepath.Join(dir, ShownName(tt.file))
		var ids []string
		for _, d := range r.docs {
			ids = append(ids, strings.TrimPrefix(d.ID, dir+string(filepath.Separator)))
			if d.File != shown || !utf8.ValidString(d.ID) {
				t.Errorf("%q: document File %q, ID %q, want File %q and a valid ID", tt.file, d.File, d.ID, shown)
			}
		}
		if !slices.Equal(ids, tt.ids) {
			t.Errorf("%q: IDs = %q, want %q", tt.file, ids, tt.ids)
		}
		if len(r.problems) != 1 || r.problems[0].Reason != InvalidUTF8 || r.problems[0].File != shown ||
			!strings.Contains(r.problems[0].Error(), "file name is not valid UTF-8") {
			t.Errorf("%q: problems = %v, want one about the name of %s", tt.file, r.problems, shown)
		}
	}
}

// TestReasonNames: every reason has a name, notes are neither problems
// that skip nor repairs.
func TestReasonNames(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for r := Unreadable; r <= Duplicate; r++ {
		name := r.String()
		if name == "" || strings.HasPrefix(name, "Reason(") || seen[name] {
			t.Errorf("Reason(%d).String() = %q: want a name of its own", int(r), name)
		}
		seen[name] = true
		if r.Note() && r.Skips() {
			t.Errorf("%s is a note that skips", r)
		}
	}
	for _, r := range []Reason{DanglingLink, LinkLoop, SpecialFile} {
		if !r.Skips() || r.Note() {
			t.Errorf("%s: Skips() = %v, Note() = %v, want true, false", r, r.Skips(), r.Note())
		}
	}
	for _, r := range []Reason{Excluded, Duplicate} {
		if !r.Note() {
			t.Errorf("%s.Note() = false, want true", r)
		}
	}
}

// TestReadCSVHeaderSize: a header over the limit, by a byte or by far, is
// one problem at its line, and nothing is read.
func TestReadCSVHeaderSize(t *testing.T) {
	t.Parallel()
	for _, header := range []string{"id,text," + strings.Repeat("h", 93), "id,text," + strings.Repeat("h", 100_000)} {
		name := writeFile(t, t.TempDir(), "h.csv", []byte("\n"+header+"\n1,one\n"))
		r := readAll(t, name, Options{MaxRecordBytes: 100})
		if got, want := r.reasons(), []string{"2:too-large"}; len(r.docs) != 0 || !slices.Equal(got, want) {
			t.Errorf("header of %d bytes: %d documents, problems %q; want none and %q", len(header), len(r.docs), got, want)
		}
	}
}
