package evaluate

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func writeText(t *testing.T, r FileResult, worst int) string {
	t.Helper()
	var b strings.Builder
	if err := r.WriteText(&b, worst); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteTextNA(t *testing.T) {
	t.Parallel()
	got := writeText(t, Score("none.jsonl", nil, nil, nil), 3)
	want := `none.jsonl: 0 documents
dyads       TP 0, FP 0 (wrong sign 0), FN 0, unjudged 0
            precision n/a, recall n/a, F1 n/a
statements  gold 0, predicted 0, matched gold 0, matched predicted 0
            recall n/a, precision n/a, F1 n/a
speakers    judged 0, right 0, accuracy n/a
            on the name at the head of the gold speaker: right 0, accuracy n/a
            that head a name: judged 0, right 0, accuracy n/a
speaker country: named speakers 0, with a country 0 (share n/a)

no document has errors
`
	if got != want {
		t.Errorf("WriteText of nothing:\n got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteTextPartlyNA(t *testing.T) {
	t.Parallel()
	// No predicted dyad and no predicted statement: precision is n/a,
	// recall and F1 are 0.
	r := FileResult{File: "f", Counts: Counts{FN: 2, GoldAttr: 3}}
	r.setRatios()
	got := writeText(t, r, 0)
	for _, want := range []string{
		"precision n/a, recall 0.000, F1 0.000",
		"recall 0.000, precision n/a, F1 0.000",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("WriteText = \n%s\nwant a line with %q", got, want)
		}
	}
	if strings.Contains(got, "worst") || strings.Contains(got, "ignored") {
		t.Errorf("WriteText(worst 0) = \n%s\nwant no worst documents and no ignored line", got)
	}
}

var docLine = regexp.MustCompile(`(?m)^(\S+) \(`)

func TestWriteTextWorst(t *testing.T) {
	t.Parallel()
	r := Score("score.jsonl", readTestGold(t), testStatements, testStances)
	got := writeText(t, r, 10)
	// FP+FN: d1 4, d3 2, d2 1, d4 0 (but 2 missed attributions), d5 nothing wrong.
	var order []string
	for _, m := range docLine.FindAllStringSubmatch(got, -1) {
		order = append(order, m[1])
	}
	if got, want := strings.Join(order, " "), "d1 d3 d2 d4"; got != want {
		t.Errorf("worst documents = %s, want %s", got, want)
	}
	for _, want := range []string{
		"score.jsonl: 5 documents\n",
		"ignored     1 stance, 1 statement of documents not in the file\n",
		"\nworst 4 of 4 documents with errors:\n",
		"d1 (score.jsonl:1): FP 2, FN 2, missed attributions 0\n" +
			"  false positive      SYR→USA + (wrong sign)\n" +
			"  false positive      USA→ISR -\n" +
			"  false negative      IRN→RUS +\n" +
			"  false negative      SYR→USA -\n",
		"d4 (score.jsonl:4): FP 0, FN 0, missed attributions 2\n" +
			`  missed attribution  [120,140) "Ali Shamkhani": "[12]......[13]......"` + "\n" +
			`  missed attribution  [145,145) "Nobody Known": ""` + "\n" +
			`  unmatched statement [131,150) "Ali Shamkhani": "13]......[14]......"` + "\n" +
			`  unmatched statement [50,50) "X": ""` + "\n" +
			`  wrong speaker       [10,30) gold "Vladimir Putin", predicted "Kremlin spokesman"` + "\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("WriteText =\n%s\nwant it to contain\n%s", got, want)
		}
	}

	// Ties on FP+FN and missed attributions go by ID.
	tied := FileResult{File: "f", PerDoc: []DocResult{
		{ID: "b", Counts: Counts{FP: 1}},
		{ID: "c", Counts: Counts{FN: 1}, MissedAttributions: []Attribution{{}}},
		{ID: "a", Counts: Counts{FN: 1}},
	}}
	order = nil
	for _, m := range docLine.FindAllStringSubmatch(writeText(t, tied, 2), -1) {
		order = append(order, m[1])
	}
	if got, want := strings.Join(order, " "), "c a"; got != want {
		t.Errorf("worst 2 of tied documents = %s, want %s", got, want)
	}
}

func TestWriteTextLongLists(t *testing.T) {
	t.Parallel()
	d := DocResult{ID: "long", File: "f", Line: 3, Text: strings.Repeat("é", 100)}
	for i := range 12 {
		d.Missed = append(d.Missed, Dyad{"AAA", fmt.Sprintf("B%02d", i), -1})
	}
	d.FN = len(d.Missed)
	d.MissedAttributions = []Attribution{{Speaker: "He", Start: 0, End: 200}}
	got := writeText(t, FileResult{File: "f", PerDoc: []DocResult{d}}, 1)
	if n := strings.Count(got, "false negative"); n != 11 {
		t.Errorf("WriteText lists %d false negative lines, want 10 and a count", n)
	}
	if !strings.Contains(got, "  false negative      ... 2 more\n") {
		t.Errorf("WriteText =\n%s\nwant \"... 2 more\"", got)
	}
	if want := `"` + strings.Repeat("é", 60) + `"…`; !strings.Contains(got, want) {
		t.Errorf("WriteText =\n%s\nwant a snippet of 60 runes and …", got)
	}
}

func TestSnippet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text       string
		start, end int
		want       string
	}{
		{"hello world", 0, 5, `"hello"`},
		{"hello world", 6, 100, `"world"`},
		{"hello world", -3, 2, `"he"`},
		{"hello world", 20, 30, `""`},
		{"hello world", 5, 2, `""`},
		{"a\nb", 0, 3, `"a\nb"`},
		{"\xff\xfe", 0, 2, `"\xff\xfe"`},
	}
	for _, tt := range tests {
		if got := snippet(tt.text, tt.start, tt.end); got != tt.want {
			t.Errorf("snippet(%q, %d, %d) = %s, want %s", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestWriteTextError(t *testing.T) {
	t.Parallel()
	err := FileResult{File: "f"}.WriteText(failingWriter{}, 1)
	if got, want := errStr(err), "pipe closed"; got != want {
		t.Errorf("WriteText(failing writer) = %q, want %q", got, want)
	}
}
