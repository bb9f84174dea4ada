package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// explorerCorpus is an invented corpus of speeches: one speaker written
// three ways, a statement long enough to be cut around its evidence.
const explorerCorpus = `{"id":"s1","date":"2021-03-01","speaker":"Mr. VARGAS","speaker_country":"CHL","text":"We thank Peru for the help it gave our fishermen."}
{"id":"s2","date":"2021-04-01","speaker":"Mr. Vargas","speaker_country":"CHL","text":"Our delegation recalls the many years of work that our engineers have shared on the bridges, roads and schools of the valley, year after year, season after season, in rain and in sun, and it thanks Argentina for its steady support during the floods of the southern winter, which is a long story that we will not tell here again in full today, nor tomorrow, nor on any other day of this session."}
{"id":"s3","date":"2021-05-01","speaker":"Vargas","speaker_country":"CHL","text":"We welcome the agreement with Bolivia on water."}
`

// explorerData reads the statement explorer's rows and the speaker
// chart's rows from a report.
func explorerData(t *testing.T, dir string) (rows []any, speakers [][2]string) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(dir, "report", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`var D = (.*?);\n`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("%s: no page data", dir)
	}
	var d struct {
		Rows     []any       `json:"rows"`
		Speakers [][2]string `json:"speakerRows"`
	}
	if err := json.Unmarshal(m[1], &d); err != nil {
		t.Fatal(err)
	}
	return d.Rows, d.Speakers
}

// TestExplorerRunAggregate: the explorer of stance aggregate, which reads
// the statements back from statements.csv (or .parquet), shows the rows
// of stance run: document ids, kinds and cues, the same windows and
// target marks, the speaker's spellings under one name.
func TestExplorerRunAggregate(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "speeches.jsonl")
	if err := os.WriteFile(in, []byte(explorerCorpus), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "parquet"} {
		out, agg := filepath.Join(dir, "out-"+format), filepath.Join(dir, "agg-"+format)
		var stdout, stderr bytes.Buffer
		args := []string{"run", "-o", out, "-format", format, "-field", "speaker=speaker", "-field", "speaker_country=speaker_country", in}
		if err := run(context.Background(), args, &stdout, &stderr, env{}); err != nil {
			t.Fatalf("%s: run: %v\n%s", format, err, stderr.String())
		}
		if err := run(context.Background(), []string{"aggregate", "-o", agg, out}, &stdout, &stderr, env{}); err != nil {
			t.Fatalf("%s: aggregate: %v\n%s", format, err, stderr.String())
		}
		want, wantSpeakers := explorerData(t, out)
		got, gotSpeakers := explorerData(t, agg)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSpeakers, wantSpeakers) {
			t.Errorf("%s: aggregate's explorer\n%v\n%v\nwant run's\n%v\n%v", format, got, gotSpeakers, want, wantSpeakers)
		}
		// Three rows of the delegation's own stances, and two of the acts
		// it thanks Peru and Argentina for, theirs toward Chile.
		var own []any
		var thanked []string
		for _, r := range want {
			if row := r.([]any); row[2] == "Mr. Vargas" {
				own = append(own, r)
			} else {
				thanked = append(thanked, row[2].(string)+"→"+row[4].(string))
			}
		}
		slices.Sort(thanked)
		if len(own) != 3 || !slices.Equal(thanked, []string{"ARG→CHL", "PER→CHL"}) {
			t.Fatalf("%s: explorer rows %v, want 3 of Mr. Vargas and ARG→CHL, PER→CHL", format, want)
		}
		for _, r := range own {
			row := r.([]any)
			id, speaker, target, doc := row[0].(string), row[2].(string), row[4].(string), row[11].(string)
			var text, marked []string
			for _, seg := range row[8].([]any) {
				s := seg.([]any)
				text = append(text, s[0].(string))
				if s[1] == "t" {
					marked = append(marked, s[0].(string))
				}
			}
			rule := row[12].([]any)
			if speaker != "Mr. Vargas" || !strings.HasPrefix(id, doc+"#") || len(rule) < 2 || rule[0] != "speech" {
				t.Errorf("%s: row %v: want speaker Mr. Vargas, the document id, the rule speech then the evidence", format, row)
			}
			if names := map[string]string{"PER": "Peru", "ARG": "Argentina", "BOL": "Bolivia"}; !slices.Equal(marked, []string{names[target]}) {
				t.Errorf("%s: row %s: target %s marked as %q", format, id, target, marked)
			}
			if full := strings.Join(text, ""); doc == "s2" && (!strings.HasPrefix(full, "…") || !strings.HasSuffix(full, "…") || len([]rune(full)) > 300) {
				t.Errorf("%s: s2 shows %q, want at most 300 characters around its evidence, cut at both ends", format, full)
			}
		}
		// A thanked act's speaker is its country, named by its code.
		if want := [][2]string{{"Mr. Vargas", "CHL"}, {"ARG", "ARG"}, {"PER", "PER"}}; !reflect.DeepEqual(wantSpeakers, want) {
			t.Errorf("%s: speaker chart rows %q, want %q", format, wantSpeakers, want)
		}
	}
}

func TestRunLexicons(t *testing.T) {
	t.Parallel()
	cmd := func(args ...string) map[string]any {
		var list []any
		for _, a := range args {
			list = append(list, a)
		}
		return map[string]any{"command": list}
	}
	tests := []struct {
		man  map[string]any
		want string
	}{
		{cmd("stance", "run", "-lexicons", "my-lex", "corpus"), "my-lex"},
		{cmd("stance", "run", "corpus", "--lexicons=other"), "other"},
		{cmd("stance", "run", "-lexicons=a=b", "corpus"), "a=b"},
		{cmd("stance", "run", "corpus"), ""},
		{cmd("stance", "run", "corpus", "-lexicons"), ""}, // no value
		{map[string]any{}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := runLexicons(tt.man); got != tt.want {
			t.Errorf("runLexicons(%v) = %q, want %q", tt.man, got, tt.want)
		}
	}
}
