package lexicons

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"strings"
	"testing"
	"testing/fstest"
	"time"
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
		{"weight NaN", StanceFile, "# version: 1\nhail\tNaN\tSUPPORT\n", "stance.tsv:2:"},
		{"cue weight NaN", CuesFile, "# version: 1\nhailed\tevaluate\tnan\n", "cues.tsv:2:"},
		{"upper case", StanceFile, "# version: 1\nHail\t0.5\tSUPPORT\n", "stance.tsv:2:"},
		{"repeat", StanceFile, "# version: 1\nhail\t0.5\tX\n\nhail\t0.6\tX\n", "stance.tsv:4: bad lexicon row: \"hail\" repeats line 2"},
		{"columns", CountriesFile, "# version: 1\nIRN\n", "countries.tsv:2:"},
		{"code", CountriesFile, "# version: 1\nIran\tIran\n", "countries.tsv:2:"},
		{"until no year", CountriesFile, "# version: 1\nSUN\tSoviet Union\t\t\tlate\n", "countries.tsv:2: bad lexicon row: until \"late\" is no year"},
		{"six columns", CountriesFile, "# version: 1\nSUN\tSoviet Union\t\t\t1991\tx\n", "countries.tsv:2: bad lexicon row: want 2 to 5 columns"},
		{"cue kind", CuesFile, "# version: 1\nsaid\tshout\t0\n", "cues.tsv:2:"},
		{"say weight", CuesFile, "# version: 1\nsaid\tsay\t0.5\n", "cues.tsv:2:"},
		{"empty cue", CuesFile, "# version: 1\n \tsay\t0\n", "cues.tsv:2: bad lexicon row: an empty cue"},
		{"lone star", StanceFile, "# version: 1\n*\t0.5\tX\n", "stance.tsv:2:"},
		// Country codes are ISO alpha-3 or organisation codes, nothing
		// that only looks upper case.
		{"code <I>", CountriesFile, "# version: 1\n<I>\tNowhere\n", "countries.tsv:2: bad lexicon row: country \"<I>\" is neither"},
		{"code =A1", CountriesFile, "# version: 1\n=A1\tNowhere\n", "countries.tsv:2: bad lexicon row: country \"=A1\""},
		{"code with a digit", CountriesFile, "# version: 1\nAB1\tNowhere\n", "countries.tsv:2:"},
		{"code of two letters", CountriesFile, "# version: 1\nAB\tNowhere\n", "countries.tsv:2:"},
		// A term is one country's.
		{"name under a second code", CountriesFile, "# version: 1\nAAA\tAland\nBBB\tBland;Aland\n",
			"countries.tsv:3: bad lexicon row: \"Aland\" is already a term of AAA (line 2)"},
		{"adjective under a second code", CountriesFile, "# version: 1\nAAA\tAland\tAlandic\nBBB\tBland\t?Alandic\n",
			"countries.tsv:3: bad lexicon row: \"?Alandic\" is already a term of AAA (line 2)"},
		{"capital of another's name", CountriesFile, "# version: 1\nAAA\tAland\nBBB\tBland\t\tAland\n", "countries.tsv:3:"},
		// Invalid UTF-8 anywhere, in any file.
		{"invalid UTF-8 term", StanceFile, "# version: 1\nh\xe9il\t0.5\tX\n", "stance.tsv:2: bad lexicon row: not valid UTF-8 (byte 0xE9 at column 2)"},
		{"invalid UTF-8 country", CountriesFile, "# version: 1\nAAA\tAl\xffand\n", "countries.tsv:2: bad lexicon row: not valid UTF-8"},
		{"invalid UTF-8 cue", CuesFile, "# version: 1\ns\xc3id\tsay\t0\n", "cues.tsv:2: bad lexicon row: not valid UTF-8"},
		{"invalid UTF-8 comment", CuesFile, "# version: 1\n# caf\xe9\nsaid\tsay\t0\n", "cues.tsv:2: bad lexicon row: not valid UTF-8"},
		{"invalid UTF-8 imported role", RolesPhoenixFile, "# version: 1\nminist\xe8re\ttitle\n", "roles-phoenix.tsv:2: bad lexicon row: not valid UTF-8"},
		{"invalid UTF-8 event", EventsFile, "# version: 1\n\xff\n", "cameo.tsv:2: bad lexicon row: not valid UTF-8"},
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

// TestCheckFileErrors: an error of the file as a whole (no version line)
// is reported once, after the bad rows, and a bad row is not the line a
// later row repeats.
func TestCheckFileErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string
	}{
		{"no version", CuesFile, "said\tsay\t0\ntold\tsay\t0\n", []string{"cues.tsv:1"}},
		{"no version and a bad row", CuesFile, "said\tsay\t0\ntold\tshout\t0\n", []string{"cues.tsv:2", "cues.tsv:1"}},
		{"repeat of a bad row", StanceFile, "# version: 1\nhail\tlots\tX\nhail\t0.5\tX\nhail\t0.6\tX\n", []string{"stance.tsv:2", "stance.tsv:4"}},
		{"actors", ActorsFile, "# version: 1\nA B\t\tFRA\tx\t\t\nA B\t\tFRA\tx\t\t\nC\t\tfr\tx\t\t\n", []string{"actors.tsv:3", "actors.tsv:4"}},
		{"invalid UTF-8 rows", StanceFile, "# version: 1\nh\xe9il\t0.5\tX\nhail\t0.5\tX\nh\xe9il\t0.5\tX\n", []string{"stance.tsv:2", "stance.tsv:4"}},
		{"invalid UTF-8 version", StanceFile, "# version: \xff\nhail\t0.5\tX\n", []string{"stance.tsv:1", "stance.tsv:1"}},
		{"bad codes", CountriesFile, "# version: 1\n<I>\tAland\n=A1\tBland\nAAA\tCland\n", []string{"countries.tsv:2", "countries.tsv:3"}},
		{"a term of three codes", CountriesFile, "# version: 1\nAAA\tAland\nBBB\tAland\nCCC\tAland\nDDD\tDland\n", []string{"countries.tsv:3", "countries.tsv:4"}},
		{"a term of a bad row", CountriesFile, "# version: 1\n<I>\tAland\nBBB\tAland\n", []string{"countries.tsv:2"}},
		{"an actor of two countries", ActorsFile, "# version: 1\nA B\tB\tFRA\tx\t2001\t2005\nC\tB\tDEU\tx\t2005-12\t\nA B\t\tITA\tx\t2006\t\nD\t\t<I>\tx\t\t\n",
			[]string{"actors.tsv:3", "actors.tsv:5"}},
		{"line too long", RolesFile, "# version: 1\nx\t" + strings.Repeat("y", 2<<20) + "\nz\tq\n", []string{"roles.tsv:2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := Check(fstest.MapFS{tt.file: {Data: []byte(tt.data)}})
			var got []string
			for _, e := range errs {
				got = append(got, strings.SplitN(e.Error(), ": ", 2)[0])
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("errors at %q, want %q (%v)", got, tt.want, errs)
			}
		})
	}
}

// TestCheckManyBadRows: checking a file of many bad rows takes time in
// proportion to its size (it used to parse the file again after each bad
// row: minutes for 100,000 of them).
func TestCheckManyBadRows(t *testing.T) {
	const rows = 100_000
	data := "# version: 1\n" + strings.Repeat("bad\tlots\tX\n", rows)
	start := time.Now()
	_, errs := Check(fstest.MapFS{StanceFile: {Data: []byte(data)}})
	took := time.Since(start)
	if len(errs) != rows {
		t.Errorf("Check found %d errors, want %d", len(errs), rows)
	}
	if took > 10*time.Second {
		t.Errorf("Check took %v for %d bad rows, want less than 10s", took, rows)
	}
}

// hugeFS is a file system whose every file holds size bytes of "#", made
// as they are read.
type hugeFS struct{ size int64 }

func (h hugeFS) Open(name string) (fs.File, error) {
	return &hugeFile{name: name, left: h.size}, nil
}

type hugeFile struct {
	name string
	left int64
}

func (f *hugeFile) Stat() (fs.FileInfo, error) {
	return fstest.MapFS{f.name: {}}.Stat(f.name)
}

func (f *hugeFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(int64(len(p)), f.left)], hashes)
	f.left -= int64(n)
	return n, nil
}

func (f *hugeFile) Close() error { return nil }

var hashes = []byte(strings.Repeat("#", 64<<10))

// TestHugeFile: a lexicon file larger than the limit is an error, read no
// further than the limit.
func TestHugeFile(t *testing.T) {
	user := hugeFS{size: 1 << 40}
	if _, err := Load(Default(), user); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load of a 1 TiB file = %v, want an error saying it is too large", err)
	}
	if _, _, err := LoadActors(Default(), user); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("LoadActors of a 1 TiB file = %v, want an error saying it is too large", err)
	}
	if _, errs := Check(user); len(errs) != len(FileNames()) {
		t.Errorf("Check of 1 TiB files = %v, want one error a file", errs)
	}
}

// TestCountryUntil: the fifth column of countries.tsv is the last year of a
// state that no longer exists.
func TestCountryUntil(t *testing.T) {
	cs, err := LoadCountries(Default())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, c := range cs {
		if c.Until != 0 {
			got[c.Code] = c.Until
		}
	}
	want := map[string]int{"CSK": 1992, "DDR": 1990, "SUN": 1991, "YMD": 1990, "YUG": 2006}
	if !maps.Equal(got, want) {
		t.Errorf("until = %v, want %v", got, want)
	}
}
