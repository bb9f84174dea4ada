package lexicons_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// FuzzLoad loads user lexicon files with fuzzed rows. have picks the files
// the user's folder holds (bit 0 countries, 1 stance, 2 cues, 3 roles).
// Load either fails with a ParseError that says file:line, within the
// file, or gives a set whose rows are valid; Check agrees with Load (no
// error when Load succeeds, the same first error when it fails); and an
// analyzer built from the set reads a text without trouble.
func FuzzLoad(f *testing.F) {
	countries := "# version: c1\nFRA\tFrance;French Republic\tFrench\tParis;Élysée\nDEU\tGermany\tGerman;Germans\tBerlin\nEU\tEuropean Union\t\tBrussels\n-\tLatin America\n"
	stance := "# version: s1\ncondemn*\t-0.8\tCONDEMN\tobject\nsupport for\t0.6\tSUPPORT\tobject\nillegal\t-0.7\tJUDGE\tpredicate\nmatch\t0\tSPORT\n"
	cues := "# version: q1\nsaid\tsay\t0\nbelieves\tthink\t0\ndenounced\tevaluate\t-0.6\ntold reporters\tsay\t0\n"
	roles := "# version: r1\nenvoy\tperson\nminister\ttitle\nofficials\tgroup\nministry\tinstitution\n"
	f.Add(countries, stance, cues, roles, uint8(15))
	f.Add(countries, stance, cues, roles, uint8(3))
	f.Add("# version: 1\nIRN\n?Georgia\n", "# version: 1\n*\t0.5\tX\n", "said\tsay\t0\n", "# version: 1\nEnvoy\tperson\n", uint8(15))
	f.Add("# version: 1\nFRA\t;;\t\t\n", "# version: 1\nhail\t2\tX\nHail\t0.5\tX\n", "# version: 1\nsaid\tshout\t0\nsaid\tsay\t0.5\n", "\r\n# version: 1\r\nx\ty\r\n", uint8(15))
	f.Add("# version: 1\nFRA\t?\t\t\n", "# version: 1\nhail\tNaN\tX\nx\t1e-400\tX\n", "# version: 1\nsaid\tsay\t-0\n", "# version:\n", uint8(15))
	f.Add(countries, "# version: 1\nhail\tNaN\tX\n", "# version: 1\nhailed\tevaluate\tnan\n", roles, uint8(6))
	f.Add("# version: 1\n-\t\n", "# version: 1\n  \t0.1\tX\n", "# version: 1\n\tsay\t0\n", "# version: 1\nx\ttitle\tz\n", uint8(15))
	names := []string{lexicons.CountriesFile, lexicons.StanceFile, lexicons.CuesFile, lexicons.RolesFile}
	f.Fuzz(func(t *testing.T, countries, stance, cues, roles string, have uint8) {
		data := map[string]string{}
		user := fstest.MapFS{}
		for i, s := range []string{countries, stance, cues, roles} {
			if have&(1<<i) != 0 {
				data[names[i]] = s
				user[names[i]] = &fstest.MapFile{Data: []byte(s)}
			}
		}
		set, err := lexicons.Load(lexicons.Default(), user)
		_, errs := lexicons.Check(user)
		if err != nil {
			var pe *lexicons.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, lexicons.ErrSyntax) {
				t.Fatalf("Load = %v, want a ParseError wrapping ErrSyntax", err)
			}
			file, ok := data[pe.File]
			if !ok || pe.Line < 1 || pe.Line > strings.Count(file, "\n")+1 || !strings.HasPrefix(err.Error(), pe.File+":") {
				t.Errorf("Load = %v: not a line of a user file", err)
			}
			if len(errs) == 0 || errs[0].Error() != err.Error() {
				t.Errorf("Load = %v, but Check gives %v first", err, errs)
			}
			return
		}
		if len(errs) > 0 {
			t.Fatalf("Load succeeded, but Check gives %v", errs)
		}
		for _, name := range names {
			if _, mine := data[name]; mine != strings.HasPrefix(set.Versions[name], "user:") || set.Versions[name] == "" {
				t.Errorf("version of %s = %q, from the user's folder: %v", name, set.Versions[name], mine)
			}
		}
		for _, c := range set.Countries {
			if len(c.Names) == 0 || c.Code == "" {
				t.Errorf("country %+v has no code or no name", c)
			}
		}
		for _, term := range set.Terms {
			if !(term.Weight >= -1 && term.Weight <= 1) || len(term.Words) == 0 {
				t.Errorf("term %+v has no words or a weight out of [-1, 1]", term)
			}
		}
		for _, c := range set.Cues {
			if !(c.Weight >= -1 && c.Weight <= 1) {
				t.Errorf("cue %+v has a weight out of [-1, 1]", c)
			}
		}
		a, err := analysis.New(analysis.Options{Lexicons: set})
		if err != nil {
			t.Fatalf("analysis.New = %v", err)
		}
		doc := corpus.Document{ID: "f", Title: "France: Germany's plan illegal",
			Text: "“We condemn it,” the French envoy said. Berlin denounced Paris and said support for France was illegal, officials told reporters."}
		r := a.Analyze(doc)
		for _, s := range r.Statements {
			field := doc.Text
			if s.Field == analysis.TitleField {
				field = doc.Title
			}
			if s.Start < 0 || s.End > len(field) || s.Start > s.End || field[s.Start:s.End] != s.Text {
				t.Fatalf("statement %q has offsets %d-%d outside or off its field", s.Text, s.Start, s.End)
			}
		}
		for _, s := range r.Stances {
			if !(s.Score >= -1 && s.Score <= 1 && s.Confidence >= 0 && s.Confidence <= 1) {
				t.Fatalf("stance %+v out of range", s)
			}
		}
	})
}
