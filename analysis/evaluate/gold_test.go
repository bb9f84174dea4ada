package evaluate

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// sharedEval is the project's directory of development gold files, relative
// to this package. Tests that read it skip when it is absent, and fail
// instead when CI is "true" (see skipNoShared).
const sharedEval = "../../../shared/eval"

func TestReadGoldTestdata(t *testing.T) {
	t.Parallel()
	docs := readTestGold(t)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID+":"+strconv.Itoa(d.Line))
	}
	if got, want := strings.Join(ids, " "), "d1:1 d2:2 d3:3 d4:4 d5:5"; got != want {
		t.Fatalf("ids:lines = %s, want %s", got, want)
	}
	// d1 lists RUS→USA - twice: merged, and the dyads are sorted.
	wantD1 := []Dyad{{"IRN", "RUS", 1}, {"RUS", "IRN", 1}, {"RUS", "USA", -1}, {"SYR", "USA", -1}}
	if !reflect.DeepEqual(docs[0].Dyads, wantD1) {
		t.Errorf("d1 Dyads = %v, want %v", docs[0].Dyads, wantD1)
	}
	// d2 judges [USA RUS] and [RUS USA]: one sorted pair; signs [1, -1] sorted.
	wantD2 := GoldDoc{
		ID: "d2", Line: 2, Text: "Washington slammed Moscow.",
		Dyads: []Dyad{{"USA", "RUS", -1}},
		Judge: Judge{Pairs: [][2]string{{"RUS", "USA"}}, Signs: []int{-1, 1}},
	}
	if !reflect.DeepEqual(docs[1], wantD2) {
		t.Errorf("d2 = %+v, want %+v", docs[1], wantD2)
	}
	if j := docs[2].Judge; !j.AllPairs || !reflect.DeepEqual(j.Signs, []int{-1}) {
		t.Errorf("d3 Judge = %+v, want all pairs, signs [-1]", j)
	}
	if j := docs[3].Judge; j.AllPairs || j.Pairs == nil || len(j.Pairs) != 0 {
		t.Errorf("d4 Judge = %+v, want an empty (non-nil) list of pairs", j)
	}
	wantAttr := []Attribution{
		{"Vladimir Putin", 10, 30}, {"He", 40, 60}, {"The Russian envoy", 70, 90},
		{"Sergei Lavrov's", 100, 110}, {"Ali Shamkhani", 120, 140}, {"Nobody Known", 145, 145},
	}
	if !reflect.DeepEqual(docs[3].Attributions, wantAttr) {
		t.Errorf("d4 Attributions = %v, want %v", docs[3].Attributions, wantAttr)
	}
	if got := docs[3].Text[70:90]; got != "[07]......[08]......" {
		t.Errorf("d4 Text[70:90] = %q, want the ruler's blocks 07 and 08", got)
	}
}

func TestJudge(t *testing.T) {
	t.Parallel()
	j := Judge{Pairs: [][2]string{{"RUS", "USA"}}, Signs: []int{-1}}
	tests := []struct {
		d    Dyad
		want bool
	}{
		{Dyad{"RUS", "USA", -1}, true},
		{Dyad{"USA", "RUS", -1}, true},
		{Dyad{"USA", "RUS", 1}, false},
		{Dyad{"USA", "CHN", -1}, false},
	}
	for _, tt := range tests {
		if got := j.Judges(tt.d); got != tt.want {
			t.Errorf("Judges(%v) = %v, want %v", tt.d, got, tt.want)
		}
	}
	if all := (Judge{AllPairs: true}); !all.JudgesPair("AAA", "BBB") || all.JudgesSign(1) {
		t.Errorf("Judge{AllPairs} judges every pair and no sign: got %v, %v", all.JudgesPair("AAA", "BBB"), all.JudgesSign(1))
	}
}

func TestReadGoldLayout(t *testing.T) {
	t.Parallel()
	const line = `{"id": "a", "text": "xy", "gold": {"dyads": [], "judge": {"pairs": "all", "signs": [-1, 1]}, "attributions": [{"speaker": "He", "start": 0, "end": 2}]}}`
	tests := []struct {
		name, in  string
		wantLines []int
	}{
		{"empty", "", nil},
		{"no final newline", line, []int{1}},
		{"blank lines", "\n" + line + "\n   \n\t\n" + strings.Replace(line, `"a"`, `"b"`, 1) + "\n\n", []int{2, 5}},
		{"CRLF", line + "\r\n" + strings.Replace(line, `"a"`, `"b"`, 1) + "\r\n", []int{1, 2}},
		{"BOM", "\uFEFF" + line + "\n", []int{1}},
	}
	for _, tt := range tests {
		docs, err := ReadGold(strings.NewReader(tt.in), "x.jsonl")
		if err != nil {
			t.Errorf("ReadGold(%s): %v", tt.name, err)
			continue
		}
		var lines []int
		for _, d := range docs {
			lines = append(lines, d.Line)
		}
		if !reflect.DeepEqual(lines, tt.wantLines) {
			t.Errorf("ReadGold(%s) lines = %v, want %v", tt.name, lines, tt.wantLines)
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	t.Parallel()
	const ok = `{"id": "ok", "text": "", "gold": {"dyads": [], "judge": {"pairs": "all", "signs": [-1, 1]}}}`
	gold := func(id, text, g string) string {
		return `{"id": ` + strconv.Quote(id) + `, "text": ` + strconv.Quote(text) + `, "gold": ` + g + `}`
	}
	judge := `"judge": {"pairs": "all", "signs": [-1, 1]}`
	tests := []struct {
		name    string
		in      string
		want    string // the whole error message
		wantErr error
	}{
		{"bad JSON", ok + "\n{\"id\": x}\n", `x.jsonl:2:8: invalid character 'x' looking for beginning of value: malformed line`, ErrMalformed},
		{"bad JSON after BOM", "\uFEFF{,}", `x.jsonl:1:5: invalid character ',' looking for beginning of object key string: malformed line`, ErrMalformed},
		{"not an object", "[1]", `x.jsonl:1:1: the line: got array, want an object: malformed line`, ErrMalformed},
		{"stance not an integer", gold("a", "", `{"dyads": [{"speaker_country": "RUS", "target_country": "USA", "stance": 0.5}], `+judge+`}`),
			`x.jsonl:1:108: gold.dyads.stance: got number 0.5, want an integer: malformed line`, ErrMalformed},
		{"id a number", `{"id": 7}`, `x.jsonl:1:8: id: got number, want a string: malformed line`, ErrMalformed},
		{"dyads an object", `{"id": "a", "gold": {"dyads": {}}}`, `x.jsonl:1:31: gold.dyads: got object, want a list: malformed line`, ErrMalformed},
		{"invalid UTF-8", "{\"id\": \"\xff\"}", `x.jsonl:1: invalid UTF-8: malformed line`, ErrMalformed},
		{"no id", `{"gold": {}}`, `x.jsonl:1: missing "id": invalid gold`, ErrInvalid},
		{"empty id", `{"id": "", "gold": {}}`, `x.jsonl:1: missing "id": invalid gold`, ErrInvalid},
		{"no gold", `{"id": "a", "text": "t"}`, `x.jsonl:1: missing "gold": invalid gold`, ErrInvalid},
		{"duplicate id", ok + "\n\n" + ok, `x.jsonl:3: duplicate id "ok" (first on line 1): invalid gold`, ErrInvalid},
		{"no judge", gold("a", "", `{"dyads": []}`), `x.jsonl:1: missing "gold.judge": invalid gold`, ErrInvalid},
		{"no pairs", gold("a", "", `{"judge": {"signs": [1]}}`), `x.jsonl:1: missing "gold.judge.pairs": invalid gold`, ErrInvalid},
		{"null pairs", gold("a", "", `{"judge": {"pairs": null, "signs": [1]}}`), `x.jsonl:1: missing "gold.judge.pairs": invalid gold`, ErrInvalid},
		{"pairs not all", gold("a", "", `{"judge": {"pairs": "some", "signs": [1]}}`), `x.jsonl:1: gold.judge.pairs: "some", want "all" or a list of pairs: invalid gold`, ErrInvalid},
		{"pairs a number", gold("a", "", `{"judge": {"pairs": 3, "signs": [1]}}`), `x.jsonl:1: gold.judge.pairs: want "all" or a list of pairs: invalid gold`, ErrInvalid},
		{"pair of three", gold("a", "", `{"judge": {"pairs": [["RUS", "USA", "IRN"]], "signs": [1]}}`), `x.jsonl:1: gold.judge.pairs[0]: 3 countries, want 2: invalid gold`, ErrInvalid},
		{"pair not codes", gold("a", "", `{"judge": {"pairs": [["RUS", "usa"]], "signs": [1]}}`), `x.jsonl:1: gold.judge.pairs[0]: ["RUS" "usa"] is not a pair of alpha-3 codes: invalid gold`, ErrInvalid},
		{"pair with itself", gold("a", "", `{"judge": {"pairs": [["RUS", "RUS"]], "signs": [1]}}`), `x.jsonl:1: gold.judge.pairs[0]: RUS paired with itself: invalid gold`, ErrInvalid},
		{"no signs", gold("a", "", `{"judge": {"pairs": "all"}}`), `x.jsonl:1: missing "gold.judge.signs": invalid gold`, ErrInvalid},
		{"sign 0", gold("a", "", `{"judge": {"pairs": "all", "signs": [-1, 0]}}`), `x.jsonl:1: gold.judge.signs[1]: 0, want -1 or 1: invalid gold`, ErrInvalid},
		{"dyad stance 2", gold("a", "", `{"dyads": [{"speaker_country": "RUS", "target_country": "USA", "stance": 2}], `+judge+`}`), `x.jsonl:1: gold.dyads[0]: stance 2, want -1 or 1: invalid gold`, ErrInvalid},
		{"dyad no stance", gold("a", "", `{"dyads": [{"speaker_country": "RUS", "target_country": "USA"}], `+judge+`}`), `x.jsonl:1: gold.dyads[0]: stance 0, want -1 or 1: invalid gold`, ErrInvalid},
		{"dyad bad speaker", gold("a", "", `{"dyads": [{"speaker_country": "Russia", "target_country": "USA", "stance": 1}], `+judge+`}`), `x.jsonl:1: gold.dyads[0]: speaker_country "Russia" is not an alpha-3 code: invalid gold`, ErrInvalid},
		{"dyad empty target", gold("a", "", `{"dyads": [{"speaker_country": "RUS", "target_country": "", "stance": 1}], `+judge+`}`), `x.jsonl:1: gold.dyads[0]: target_country "" is not an alpha-3 code: invalid gold`, ErrInvalid},
		{"dyad self", gold("a", "", `{"dyads": [{"speaker_country": "RUS", "target_country": "RUS", "stance": 1}], `+judge+`}`), `x.jsonl:1: gold.dyads[0]: self-stance RUS→RUS: invalid gold`, ErrInvalid},
		{"span past text", gold("a", "abc", `{`+judge+`, "attributions": [{"speaker": "He", "start": 1, "end": 4}]}`), `x.jsonl:1: gold.attributions[0]: span [1,4) is not within the text (3 bytes): invalid gold`, ErrInvalid},
		{"span reversed", gold("a", "abc", `{`+judge+`, "attributions": [{"speaker": "He", "start": 2, "end": 1}]}`), `x.jsonl:1: gold.attributions[0]: span [2,1) is not within the text (3 bytes): invalid gold`, ErrInvalid},
		{"span negative", gold("a", "abc", `{`+judge+`, "attributions": [{"speaker": "He", "start": -1, "end": 1}]}`), `x.jsonl:1: gold.attributions[0]: span [-1,1) is not within the text (3 bytes): invalid gold`, ErrInvalid},
		{"span no end", gold("a", "abc", `{`+judge+`, "attributions": [{"speaker": "He", "start": 0}]}`), `x.jsonl:1: gold.attributions[0]: missing start or end: invalid gold`, ErrInvalid},
	}
	for _, tt := range tests {
		docs, err := ReadGold(strings.NewReader(tt.in), "x.jsonl")
		if err == nil {
			t.Errorf("ReadGold(%s) = %d documents, want error %q", tt.name, len(docs), tt.want)
			continue
		}
		if docs != nil {
			t.Errorf("ReadGold(%s) returned documents with an error", tt.name)
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("ReadGold(%s) error:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "x.jsonl" {
			t.Errorf("ReadGold(%s) error %T, want *ParseError for x.jsonl", tt.name, err)
		}
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ReadGold(%s) error does not wrap %v", tt.name, tt.wantErr)
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadGoldReadError(t *testing.T) {
	t.Parallel()
	_, err := ReadGold(failingReader{}, "x.jsonl")
	if got, want := errStr(err), "read x.jsonl: disk on fire"; got != want {
		t.Errorf("ReadGold(failing reader) error = %q, want %q", got, want)
	}
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// manifestRow is a row of the table in MANIFEST.md.
type manifestRow struct {
	docs, plus, minus, attributions int
}

// readManifest reads the table of MANIFEST.md: "| `file` | ... | documents
// | dyads +1 | dyads -1 | attributions |", the last four columns numbers.
func readManifest(t *testing.T, path string) map[string]manifestRow {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := make(map[string]manifestRow)
	for line := range strings.Lines(string(data)) {
		cells := strings.Split(strings.TrimSpace(line), "|")
		// A row "| a | b |" splits into "", " a ", " b ", "".
		if len(cells) < 6 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		name := strings.Trim(strings.TrimSpace(cells[1]), "`")
		var n [4]int
		for i := range n {
			v, err := strconv.Atoi(strings.TrimSpace(cells[len(cells)-5+i]))
			if err != nil {
				t.Fatalf("%s: row %s: column %d: %v", path, name, len(cells)-5+i, err)
			}
			n[i] = v
		}
		rows[name] = manifestRow{docs: n[0], plus: n[1], minus: n[2], attributions: n[3]}
	}
	return rows
}

// TestReadGoldSharedFiles reads every development gold file and checks its
// figures against MANIFEST.md.
func TestReadGoldSharedFiles(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join(sharedEval, "*.jsonl"))
	if len(files) == 0 {
		skipNoShared(t, "no gold files in %s", sharedEval)
	}
	manifest := readManifest(t, filepath.Join(sharedEval, "MANIFEST.md"))
	if len(manifest) == 0 {
		t.Fatalf("no rows in %s/MANIFEST.md", sharedEval)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, err := ReadGold(f, name)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) == 0 {
				t.Fatalf("%s: no documents", name)
			}
			var got manifestRow
			got.docs = len(docs)
			for _, d := range docs {
				for _, dy := range d.Dyads {
					if dy.Stance > 0 {
						got.plus++
					} else {
						got.minus++
					}
				}
				got.attributions += len(d.Attributions)
			}
			want, ok := manifest[name]
			if !ok {
				t.Logf("%s: %d documents, not in MANIFEST.md", name, len(docs))
				return
			}
			if got != want {
				t.Errorf("%s: documents, +1, -1, attributions = %v, want %v (MANIFEST.md)", name, got, want)
			}
		})
	}
	for name := range manifest {
		if _, err := os.Stat(filepath.Join(sharedEval, name)); err != nil {
			t.Errorf("MANIFEST.md lists %s: %v", name, err)
		}
	}
}

func FuzzReadGold(f *testing.F) {
	seeds := [][]byte{
		[]byte(""),
		[]byte("\n\n"),
		[]byte(`{"id": "a", "gold": {"judge": {"pairs": [["USA", "RUS"]], "signs": [-1]}}}`),
		[]byte(`{"id": "a", "text": "é", "gold": {"judge": {"pairs": "all", "signs": []}, "attributions": [{"speaker": "He", "start": 0, "end": 1}]}}`),
	}
	if data, err := os.ReadFile("testdata/score.jsonl"); err == nil {
		seeds = append(seeds, data)
		for line := range bytes.Lines(data) {
			seeds = append(seeds, line)
		}
	}
	// A few lines of each development file.
	files, _ := filepath.Glob(filepath.Join(sharedEval, "*.jsonl"))
	for _, path := range files {
		fh, err := os.Open(path)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for i := 0; i < 2 && sc.Scan(); i++ {
			seeds = append(seeds, bytes.Clone(sc.Bytes()))
		}
		fh.Close()
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ReadGold(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v (%T) is not a *ParseError with a line", err, err)
			}
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v wraps neither ErrMalformed nor ErrInvalid", err)
			}
			return
		}
		ids := make(map[string]bool)
		for _, d := range docs {
			if d.ID == "" || ids[d.ID] {
				t.Fatalf("empty or duplicate id %q", d.ID)
			}
			ids[d.ID] = true
			for _, a := range d.Attributions {
				if a.Start < 0 || a.End < a.Start || a.End > len(d.Text) {
					t.Fatalf("span [%d,%d) outside a text of %d bytes", a.Start, a.End, len(d.Text))
				}
			}
			for _, p := range d.Judge.Pairs {
				if p[0] >= p[1] {
					t.Fatalf("pair %v not sorted", p)
				}
			}
		}
		// Scoring what was read never panics either.
		var stmts []PredStatement
		var stances []PredStance
		for _, d := range docs {
			stmts = append(stmts, PredStatement{DocID: d.ID, Speaker: "He", Start: 0, End: len(d.Text)})
			for _, dy := range d.Dyads {
				stances = append(stances, PredStance{DocID: d.ID, Speaker: dy.Speaker, Target: dy.Target, Score: float64(dy.Stance)})
			}
		}
		r := Score("fuzz.jsonl", docs, stmts, stances)
		if r.FP != 0 {
			t.Fatalf("predicting the gold dyads: FP %d, want 0", r.FP)
		}
		if err := r.WriteText(&bytes.Buffer{}, 3); err != nil {
			t.Fatal(err)
		}
	})
}
