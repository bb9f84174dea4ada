package lexicons

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

// TestBuiltinParse is a repository invariant: every embedded lexicon parses,
// with no repeated key.
func TestBuiltinParse(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(s.Countries); got < 190 {
		t.Errorf("countries = %d, want at least 190", got)
	}
	for _, f := range []string{CountriesFile, StanceFile, CuesFile, RolesFile} {
		if s.Versions[f] == "" {
			t.Errorf("%s has no version", f)
		}
	}
	seen := map[string]string{}
	for _, c := range s.Countries {
		for _, term := range append(append(append([]string{}, c.Names...), c.Adjectives...), c.Capitals...) {
			term = strings.TrimPrefix(term, "?")
			if prev, ok := seen[term]; ok && prev != c.Code {
				t.Errorf("term %q names both %s and %s", term, prev, c.Code)
			}
			seen[term] = c.Code
		}
	}
}

func TestUserOverride(t *testing.T) {
	user := fstest.MapFS{CuesFile: {Data: []byte("# version: mine\nsaid\tsay\t0\n")}}
	s, err := Load(Default(), user)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Versions[CuesFile], "user:mine"; got != want {
		t.Errorf("version = %q, want %q", got, want)
	}
	if got := len(s.Cues); got != 1 {
		t.Errorf("cues = %d, want 1 (the user file replaces the built-in one)", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"no version", CuesFile, "said\tsay\t0\n", "cues.tsv:1:"},
		{"bad weight", StanceFile, "# version: 1\nhail\tlots\tSUPPORT\n", "stance.tsv:2:"},
		{"weight range", StanceFile, "# version: 1\nhail\t2\tSUPPORT\n", "stance.tsv:2:"},
		{"upper case", StanceFile, "# version: 1\nHail\t0.5\tSUPPORT\n", "stance.tsv:2:"},
		{"repeat", StanceFile, "# version: 1\nhail\t0.5\tX\n\nhail\t0.6\tX\n", "stance.tsv:4: bad lexicon row: \"hail\" repeats line 2"},
		{"columns", CountriesFile, "# version: 1\nIRN\n", "countries.tsv:2:"},
		{"code", CountriesFile, "# version: 1\nIran\tIran\n", "countries.tsv:2:"},
		{"cue kind", CuesFile, "# version: 1\nsaid\tshout\t0\n", "cues.tsv:2:"},
		{"say weight", CuesFile, "# version: 1\nsaid\tsay\t0.5\n", "cues.tsv:2:"},
		{"lone star", StanceFile, "# version: 1\n*\t0.5\tX\n", "stance.tsv:2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(Default(), fstest.MapFS{tt.file: {Data: []byte(tt.data)}})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("Load = %v, want a ParseError wrapping ErrSyntax", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	user := fstest.MapFS{
		StanceFile: {Data: []byte("# version: mine\nhail\t0.5\tSUPPORT\nbad\tlots\tX\n\ncondemn*\t-2\tX\nhail\t0.6\tX\n")},
		CuesFile:   {Data: []byte("# version: 1\nsaid\tsay\t0\n")},
	}
	checked, errs := Check(user)
	if got, want := strings.Join(checked, " "), "stance.tsv cues.tsv"; got != want {
		t.Errorf("checked %q, want %q", got, want)
	}
	var got []string
	for _, e := range errs {
		got = append(got, strings.SplitN(e.Error(), ": ", 2)[0])
	}
	if g, want := strings.Join(got, " "), "stance.tsv:3 stance.tsv:5 stance.tsv:6"; g != want {
		t.Errorf("errors at %q, want %q (%v)", g, want, errs)
	}
	if _, errs := Check(Default()); len(errs) > 0 {
		t.Errorf("the built-in lexicons have errors: %v", errs)
	}
}

// TestCountryTermsCapitalised is a repository invariant the country matcher
// relies on: every country term starts with a capital letter (or "?" then a
// capital).
func TestCountryTermsCapitalised(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	check := func(code, term string) {
		r := []rune(strings.TrimPrefix(term, "?"))
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			t.Errorf("%s: term %q does not start with a capital", code, term)
		}
	}
	for _, c := range s.Countries {
		for _, l := range [][]string{c.Names, c.Adjectives, c.Capitals} {
			for _, term := range l {
				if !strings.HasPrefix(term, "the ") {
					check(c.Code, term)
				}
			}
		}
	}
}
