package main

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/lexicons"
)

func TestParseEvidence(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want evidence
	}{
		{"condemn/v-0.70 forward", evidence{label: "condemn/v", rule: "forward"}},
		{"hail+0.60 adjacent intensified", evidence{label: "hail", rule: "adjacent intensified"}},
		{"called off-0.35 cue (object)", evidence{label: "called off", rule: "cue (object)"}},
		{"accuse [CAMEO 112]-0.40 joint subject", evidence{label: "accuse", source: "cameo", code: "112", rule: "joint subject"}},
		{"accused [CAMEO 112: * + of]-0.40 forward", evidence{label: "accused", source: "cameo", code: "112", rule: "forward"}},
		{"kick out [CAMEO 174: * + (of) the country]-0.80 forward", evidence{label: "kick out", source: "cameo", code: "174", rule: "forward"}},
		{"impose sanction [CAMEO 163]+1.20 backward negated", evidence{label: "impose sanction", source: "cameo", code: "163", rule: "backward negated"}},
		{"general_sentiment+0.10 blend", evidence{label: "general_sentiment", rule: "blend"}},
		{"co-operate+0.50 statement", evidence{label: "co-operate", rule: "statement"}},
		{"truce+0.04", evidence{label: "truce"}},
	}
	for _, tt := range tests {
		got, ok := parseEvidence(tt.in)
		if !ok || got != tt.want {
			t.Errorf("parseEvidence(%q) = %+v, %v; want %+v, true", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "hail", "+0.60 forward", "hail+0.6 forward", "hail 0.60 forward"} {
		if got, ok := parseEvidence(bad); ok {
			t.Errorf("parseEvidence(%q) = %+v, true; want false", bad, got)
		}
	}
}

// statsTerms: two forms of one row of ours, a row of ours and two
// imported rows, one with the label of a row of ours.
var statsTerms = []lexicons.Term{
	{Words: []string{"hail"}, Weight: 0.6, Class: "SUPPORT", Label: "hail/v", Source: lexicons.SourceOurs},
	{Words: []string{"hailed"}, Weight: 0.6, Class: "SUPPORT", Label: "hail/v", Source: lexicons.SourceOurs},
	{Words: []string{"rebuke"}, Weight: -0.7, Class: "DISAPPROVE", Label: "rebuke"}, // no source: ours
	{Words: []string{"rebuked"}, Weight: -0.4, Class: "DISAPPROVE", Label: "rebuke", Source: lexicons.SourceCAMEO, Code: "111"},
	{Words: []string{"besieged"}, Weight: -0.9, Class: "ASSAULT", Label: "besiege", Source: lexicons.SourceCAMEO, Code: "191"},
}

func TestTermRows(t *testing.T) {
	t.Parallel()
	got := termRows(statsTerms)
	want := []termRow{
		{Source: "ours", Label: "hail/v", Class: "SUPPORT", Weight: 0.6, Forms: 2},
		{Source: "ours", Label: "rebuke", Class: "DISAPPROVE", Weight: -0.7, Forms: 1},
		{Source: "cameo", Label: "rebuke", Class: "DISAPPROVE", Code: "111", Weight: -0.4, Forms: 1},
		{Source: "cameo", Label: "besiege", Class: "ASSAULT", Code: "191", Weight: -0.9, Forms: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("termRows = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("termRows[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got, want := strings.Join(sources(got), ","), "ours,cameo"; got != want {
		t.Errorf("sources = %s, want %s", got, want)
	}
}

func TestFirings(t *testing.T) {
	t.Parallel()
	f := newFirings(statsTerms)
	f.add(&analysis.Result{
		Statements: make([]analysis.Statement, 2),
		Stances: []analysis.Stance{
			{Evidence: []string{"hail/v+0.60 forward", "hail/v+0.90 adjacent intensified"}},
			{Evidence: []string{"rebuke-0.70 cue", "rebuke [CAMEO 111]-0.40 backward"}},
			{Evidence: []string{"besiege [CAMEO 191]-0.45 statement", "general_sentiment+0.10 blend"}},
			{Evidence: []string{"denounced-0.80 cue", "rebuke-0.70 cue (object)", "hail/v+0.60 cue"}},
			{Evidence: []string{"unknown+0.50 forward", "besieged [CAMEO 191: * +]-0.90 forward", "no weight"}},
			{Evidence: []string{"hailed+0.60 forward", "besiege [CAMEO 999]-0.45 forward"}},
		},
	})
	if f.Documents != 1 || f.Statements != 2 || f.Stances != 6 || f.Entries != 14 {
		t.Errorf("documents %d, statements %d, stances %d, entries %d; want 1, 2, 6, 14", f.Documents, f.Statements, f.Stances, f.Entries)
	}
	// Terms: hail/v ×4 (one through a communicative cue, one by its form),
	// rebuke of ours (untagged) and of cameo (tagged), besiege ×3 (by its
	// label, by its form framed by a pattern, by its label with an unknown
	// code); cues: "denounced" (no row) and "rebuke … cue (object)";
	// unrecognised: an unknown label, no weight.
	if f.TermEntries != 9 || f.CueEntries != 2 || f.BlendEntries != 1 || f.OtherEntries != 2 {
		t.Errorf("entries: terms %d, cues %d, blend %d, other %d; want 9, 2, 1, 2", f.TermEntries, f.CueEntries, f.BlendEntries, f.OtherEntries)
	}
	for i, want := range []int{4, 1, 1, 3} {
		if got := f.Rows[i].Firings; got != want {
			t.Errorf("row %s (%s): firings %d, want %d", f.Rows[i].Label, f.Rows[i].Source, got, want)
		}
	}

	var b strings.Builder
	if err := f.write(&b); err != nil {
		t.Fatal(err)
	}
	want := `
corpus: 1 documents, 2 statements, 6 stances, 14 evidence entries
evidence: 9 of stance terms, 2 of cues, 1 of general_sentiment, 2 unrecognised

stance terms fired: rows by source and class
source  class       rows  fired  firings
ours    DISAPPROVE     1      1        1
ours    SUPPORT        1      1        4
cameo   ASSAULT        1      1        3
cameo   DISAPPROVE     1      1        1

stance terms that never fired: rows by source
source  rows  fired  never fired  firings
ours       2      2            0        5
cameo      2      2            0        4
total      4      4            0        9

top 4 stance terms by firings (of 4 that fired)
rank  firings  source  class       code  weight  term
   1        4  ours    SUPPORT     -      +0.60  hail/v
   2        3  cameo   ASSAULT     191    -0.90  besiege
   3        1  cameo   DISAPPROVE  111    -0.40  rebuke
   4        1  ours    DISAPPROVE  -      -0.70  rebuke
`
	if got := b.String(); got != want {
		t.Errorf("write:\n%s\nwant:\n%s", got, want)
	}

	b.Reset()
	if err := f.writeTSV(&b); err != nil {
		t.Fatal(err)
	}
	wantTSV := "source\tclass\tcode\tterm\tweight\tforms\tfirings\n" +
		"ours\tSUPPORT\t\thail/v\t0.60\t2\t4\n" +
		"ours\tDISAPPROVE\t\trebuke\t-0.70\t1\t1\n" +
		"cameo\tDISAPPROVE\t111\trebuke\t-0.40\t1\t1\n" +
		"cameo\tASSAULT\t191\tbesiege\t-0.90\t1\t3\n"
	if got := b.String(); got != wantTSV {
		t.Errorf("writeTSV:\n%s\nwant:\n%s", got, wantTSV)
	}
}

func TestLexiconTables(t *testing.T) {
	t.Parallel()
	builtin := fstest.MapFS{
		"stance.tsv":    {Data: []byte("# version: 2\n# a comment\nhail/v\t0.6\tSUPPORT\n\nrebuke\t-0.7\tDISAPPROVE\n")},
		"actors.tsv":    {Data: []byte("# version: 1\nA\t\tCHL\thead of state\t\t\n")},
		"imported.tsv":  {Data: []byte("# version: 9\nx\ny\nz\n")},
		"countries.tsv": {Data: []byte("# version: 3\n")},
	}
	user := fstest.MapFS{"actors.tsv": {Data: []byte("# version: mine\nA\t\tCHL\thead of state\t\t\nB\t\tPER\tforeign minister\t2001\t\n")}}
	files, err := lexiconFiles(map[string]string{"stance.tsv": "2", "imported.tsv": "9", "actors.tsv": "user:mine", "countries.tsv": "3"}, builtin, user)
	if err != nil {
		t.Fatal(err)
	}
	set := &lexicons.Set{
		Terms: statsTerms,
		Cues: []lexicons.Cue{
			{Words: []string{"said"}, Label: "say/v"}, {Words: []string{"says"}, Label: "say/v"},
			{Words: []string{"believes"}, Think: true},
			{Words: []string{"denounced"}, Evaluative: true, Weight: -0.8},
		},
		Roles: map[string]string{"envoy": "person", "officials": "group", "president": "title"},
	}
	actors := []lexicons.Actor{
		{Name: "A", Country: "CHL", Role: "head of state"},
		{Name: "B", Country: "PER", Role: "foreign minister", From: "2001"},
		{Name: "C", Country: "PER", Role: "foreign minister", To: "2001-05"},
	}
	var b strings.Builder
	if err := writeLexiconTables(&b, files, set, actors); err != nil {
		t.Fatal(err)
	}
	want := `lexicon files
file           version    rows
countries.tsv  3             0
stance.tsv     2             2
actors.tsv     user:mine     2
imported.tsv   9             3

stance terms: rows by class and source (4 rows, 5 forms)
class       ours  cameo  total
ASSAULT        0      1      1
DISAPPROVE     1      1      2
SUPPORT        1      0      1
total          2      2      4

cues: rows by kind (4 forms)
kind      rows  forms
say          1      2
think        1      1
evaluate     1      1
total        3      4

roles: words by class
class        words
title            1
person           1
group            1
institution      0
total            3

actors: rows by source and role (3 rows)
source      role              rows  dated  undated
actors.tsv  foreign minister     2      2        0
actors.tsv  head of state        1      0        1
total                            3      2        1
`
	if got := b.String(); got != want {
		t.Errorf("writeLexiconTables:\n%s\nwant:\n%s", got, want)
	}
}

// TestUsageExitStatus: bad command lines of lexicon and eval -half exit 2.
func TestUsageExitStatus(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"lexicon"},
		{"lexicon", "frobnicate"},
		{"lexicon", "check"},
		{"lexicon", "stats", "-nosuchflag"},
		{"lexicon", "stats", "-o", "out.tsv"},
		{"lexicon", "stats", "-lexicons", "testdata/no-such-folder", "corpus"},
		{"eval", "-half", "odd", "gold.jsonl"},
	} {
		var stdout, stderr strings.Builder
		err := run(context.Background(), args, &stdout, &stderr, env{})
		if got := exitCode(err, &stderr); got != 2 {
			t.Errorf("stance %s: exit status %d, want 2 (%v)", strings.Join(args, " "), got, err)
		}
	}
}
