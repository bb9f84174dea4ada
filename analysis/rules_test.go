package analysis

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/analysis/segment"
)

var update = flag.Bool("update", false, "rewrite the output sections of testdata/rules/*.txtar")

// rulesDir holds one archive for each statement rule: <rule.ID()>.txtar.
const rulesDir = "testdata/rules"

// TestRuleFiles runs the archive of each statement rule: its input (a
// header of "key: value" lines, a blank line, the body) is analysed and
// the statements and stances, rendered by renderRuleResult, must be its
// output section (-update rewrites it). At least one statement must be of
// the file's rule, and each line of an optional want section (a signed
// dyad, "PER→CHL -") must be among the document's signed stances.
//
// Adding a statement rule is one file, one registry line, its constant
// with its text and id (extract/rule.go) and one archive here.
func TestRuleFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(rulesDir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, p := range paths {
		have[strings.TrimSuffix(filepath.Base(p), ".txtar")] = true
	}
	var missing []string
	for r := extract.RuleNone + 1; r < extract.NumRules; r++ {
		if !have[r.ID()] {
			missing = append(missing, filepath.Join(rulesDir, r.ID()+".txtar"))
		}
		delete(have, r.ID())
	}
	if len(missing) > 0 {
		t.Errorf("statement rules without an archive:\n\t%s", strings.Join(missing, "\n\t"))
	}
	for _, id := range slices.Sorted(maps.Keys(have)) {
		t.Errorf("%s: no statement rule has the id %q", filepath.Join(rulesDir, id+".txtar"), id)
	}

	// One analyzer for every file: the actor lexicon and the parser's
	// model, which reads the titles that nothing else reads (tree-act).
	o := testOptions(t, true)
	o.LoadSyntax = syntaxModel
	a := newAnalyzer(t, o)
	for _, path := range paths {
		id := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(id, func(t *testing.T) { runRuleFile(t, a, path, id) })
	}
}

func runRuleFile(t *testing.T, a *Analyzer, path, id string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(bytes.TrimSpace(ar.Comment)) == 0 {
		t.Errorf("%s: no comment saying what shape the rule reads", path)
	}
	sections := map[string][]byte{}
	for _, f := range ar.Files {
		switch f.Name {
		case "input", "output", "want":
		default:
			t.Errorf("%s: unknown section %q (want input, output and an optional want)", path, f.Name)
		}
		if _, dup := sections[f.Name]; dup {
			t.Errorf("%s: section %q twice", path, f.Name)
		}
		sections[f.Name] = f.Data
	}
	in, ok := sections["input"]
	if !ok {
		t.Fatalf("%s: no input section", path)
	}
	doc, err := parseRuleInput(id, string(in))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	r, err := a.AnalyzeContext(t.Context(), doc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	got := renderRuleResult(t, doc, r)

	if *update {
		replaced := false
		for k := range ar.Files {
			if ar.Files[k].Name == "output" {
				ar.Files[k].Data, replaced = []byte(got), true
			}
		}
		if !replaced {
			ar.Files = append(ar.Files, txtar.File{Name: "output", Data: []byte(got)})
		}
		if err := os.WriteFile(path, txtar.Format(ar), 0o666); err != nil {
			t.Fatal(err)
		}
	} else if want := string(sections["output"]); got != want {
		t.Errorf("%s: output differs (go test ./analysis -run TestRuleFiles -update rewrites it)\n got:\n%s\nwant:\n%s", path, got, want)
	}

	// The file exercises its rule.
	exercised := false
	for _, s := range r.Statements {
		if ruleIDOf(s.Rule) == id {
			exercised = true
		}
	}
	if !exercised {
		t.Errorf("%s: no statement of the rule %q; got:\n%s", path, id, got)
	}

	// The signed dyads the rule is about.
	if want, ok := sections["want"]; ok {
		dyads := slices.DeleteFunc(signedStances(r), func(s string) bool { return strings.HasPrefix(s, "→") })
		n := 0
		for line := range strings.Lines(string(want)) {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			n++
			if !slices.Contains(dyads, line) {
				t.Errorf("%s: want %q among the signed dyads %q", path, line, dyads)
			}
		}
		if n == 0 {
			t.Errorf("%s: an empty want section", path)
		}
	}
}

// parseRuleInput reads an archive's input: "key: value" lines (title,
// date, speaker_country), a blank line, then the body, whose paragraphs
// are separated by blank lines. A document with a title only may leave
// out the blank line and the body.
func parseRuleInput(id, in string) (corpus.Document, error) {
	doc := corpus.Document{ID: id, Date: corpus.Date{Year: 2022, Month: time.March, Day: 1, Precision: corpus.Day}}
	head, body, _ := strings.Cut(in, "\n\n")
	if strings.HasPrefix(in, "\n") {
		head, body = "", in[1:]
	}
	for line := range strings.Lines(head) {
		line = strings.TrimRight(line, "\r\n")
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return doc, fmt.Errorf("input header: %q is no key: value line (a blank line must end the header)", line)
		}
		value = strings.TrimSpace(value)
		switch key {
		case "title":
			doc.Title = value
		case "date":
			d, err := time.Parse(time.DateOnly, value)
			if err != nil {
				return doc, fmt.Errorf("input header: date %q: want YYYY-MM-DD", value)
			}
			doc.Date, doc.RawDate = corpus.Date{Year: d.Year(), Month: d.Month(), Day: d.Day(), Precision: corpus.Day}, value
		case "speaker_country":
			doc.SpeakerCountry = value
		default:
			return doc, fmt.Errorf("input header: unknown key %q (want title, date or speaker_country)", key)
		}
	}
	doc.Text = strings.TrimRight(body, "\n")
	return doc, nil
}

// ruleIDOf returns the id of the rule whose text is Statement.Rule, or
// "?text" for a text no rule has.
func ruleIDOf(text string) string {
	for r := extract.RuleNone + 1; r < extract.NumRules; r++ {
		if r.String() == text {
			return r.ID()
		}
	}
	return "?" + text
}

// renderRuleResult renders r, one line per statement:
//
//	rule-id | kind | speaker | country | cue | field start-end "content"
//
// and under each its stances, "  → TARGET sign score [evidence; ...]"
// (a stance of another speaker, as the reciprocal of contact, names it:
// "  SPK → TARGET ..."). An empty value is "-"; content longer than 80
// characters is cut with "…".
func renderRuleResult(t *testing.T, doc corpus.Document, r Result) string {
	t.Helper()
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	var b strings.Builder
	if len(r.Statements) == 0 {
		b.WriteString("(no statement)\n")
	}
	for _, s := range r.Statements {
		field := doc.Text
		if s.Field == TitleField {
			field = segment.CapTitle(doc.Title)
		}
		if s.Start < 0 || s.End > len(field) || s.Start > s.End || field[s.Start:s.End] != s.Text {
			t.Errorf("statement %q: its span %s %d-%d is not its text", s.Text, s.Field, s.Start, s.End)
		}
		content := s.Text
		if utf8.RuneCountInString(content) > 80 {
			content = string([]rune(content)[:80]) + "…"
		}
		fmt.Fprintf(&b, "%s | %s | %s | %s | %s | %s %d-%d %q\n", ruleIDOf(s.Rule), s.Kind, dash(s.Speaker), dash(s.SpeakerCountry),
			dash(s.Cue), s.Field, s.Start, s.End, content)
		for _, x := range r.Stances {
			if x.StatementID != s.ID {
				continue
			}
			sign := "0"
			switch x.Label {
			case Positive:
				sign = "+"
			case Negative:
				sign = "-"
			}
			who := ""
			if x.SpeakerCountry != s.SpeakerCountry {
				who = dash(x.SpeakerCountry) + " "
			}
			fmt.Fprintf(&b, "  %s→ %s %s %.2f [%s]\n", who, dash(x.TargetCountry), sign, x.Score, strings.Join(x.Evidence, "; "))
		}
	}
	return b.String()
}
