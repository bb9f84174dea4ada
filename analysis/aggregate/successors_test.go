package aggregate

import (
	"maps"
	"strconv"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

func TestSuccessorsMap(t *testing.T) {
	t.Parallel()
	def := DefaultSuccessors()
	chain := Successors{"AAA": "BBB", "BBB": "CCC"}
	cycle := Successors{"AAA": "BBB", "BBB": "AAA"} // hand-built: With refuses it
	tests := []struct {
		name string
		s    Successors
		code string
		want string
	}{
		{"soviet union", def, "SUN", "RUS"},
		{"yugoslavia", def, "YUG", "SRB"},
		{"czechoslovakia", def, "CSK", "CZE"},
		{"east germany", def, "DDR", "DEU"},
		{"south yemen", def, "YMD", "YEM"},
		{"successor itself", def, "RUS", "RUS"},
		{"other country", def, "USA", "USA"},
		{"organisation", def, "UN", "UN"},
		{"empty code", def, "", ""},
		{"nil table", nil, "SUN", "SUN"},
		{"empty table", Successors{}, "SUN", "SUN"},
		{"chain", chain, "AAA", "CCC"},
		{"end of chain", chain, "CCC", "CCC"},
		{"cycle ends", cycle, "AAA", "AAA"},
	}
	for _, tt := range tests {
		if got := tt.s.Map(tt.code); got != tt.want {
			t.Errorf("%s: Map(%q) = %q, want %q", tt.name, tt.code, got, tt.want)
		}
	}
}

func TestSuccessorsPair(t *testing.T) {
	t.Parallel()
	def := DefaultSuccessors()
	tests := []struct {
		name                    string
		s                       Successors
		speaker, target         string
		wantSpeaker, wantTarget string
		wantDistinct            bool
	}{
		{"target mapped", def, "USA", "SUN", "USA", "RUS", true},
		{"speaker mapped", def, "SUN", "USA", "RUS", "USA", true},
		{"both mapped apart", def, "DDR", "SUN", "DEU", "RUS", true},
		{"delegation about itself", def, "RUS", "SUN", "RUS", "RUS", false},
		{"predecessor about successor", def, "YUG", "SRB", "SRB", "SRB", false},
		{"self without mapping", def, "FRA", "FRA", "FRA", "FRA", false},
		{"no speaker country", def, "", "SUN", "", "RUS", true},
		{"organisation target", def, "SUN", "UN", "RUS", "UN", true},
		{"nil table keeps codes", nil, "RUS", "SUN", "RUS", "SUN", true},
		{"nil table self", nil, "RUS", "RUS", "RUS", "RUS", false},
	}
	for _, tt := range tests {
		s, tg, ok := tt.s.Pair(tt.speaker, tt.target)
		if s != tt.wantSpeaker || tg != tt.wantTarget || ok != tt.wantDistinct {
			t.Errorf("%s: Pair(%q, %q) = %q, %q, %v, want %q, %q, %v", tt.name, tt.speaker, tt.target,
				s, tg, ok, tt.wantSpeaker, tt.wantTarget, tt.wantDistinct)
		}
	}
}

func TestParseAlias(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want Alias
	}{
		{"SUN=RUS", Alias{"SUN", "RUS"}},
		{"sun=rus", Alias{"SUN", "RUS"}},
		{" SCG = SRB ", Alias{"SCG", "SRB"}},
		{"DDR=DDR", Alias{"DDR", "DDR"}},
		{"G7=G20", Alias{"G7", "G20"}},
	}
	for _, tt := range tests {
		got, err := ParseAlias(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseAlias(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "SUN", "SUN=", "=RUS", "SUN:RUS", "SUN=RUS=X", "S U=RUS", "SÜN=RUS"} {
		if got, err := ParseAlias(in); err == nil {
			t.Errorf("ParseAlias(%q) = %v, want an error", in, got)
		} else if !strings.Contains(err.Error(), "want FROM=TO") {
			t.Errorf("ParseAlias(%q) error %q does not say what it wants", in, err)
		}
	}
}

func TestSuccessorsWith(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		base    Successors
		aliases []Alias
		want    Successors
	}{
		{"nothing added", DefaultSuccessors(), nil, DefaultSuccessors()},
		{"added", DefaultSuccessors(), []Alias{{"SCG", "SRB"}}, with(DefaultSuccessors(), "SCG", "SRB")},
		{"overridden", DefaultSuccessors(), []Alias{{"CSK", "SVK"}}, with(DefaultSuccessors(), "CSK", "SVK")},
		{"removed by an alias to itself", DefaultSuccessors(), []Alias{{"DDR", "DDR"}}, without(DefaultSuccessors(), "DDR")},
		{"later alias wins", nil, []Alias{{"AAA", "BBB"}, {"AAA", "CCC"}}, Successors{"AAA": "CCC"}},
		{"nil base", nil, []Alias{{"SUN", "RUS"}}, Successors{"SUN": "RUS"}},
		{"nil base, nothing", nil, nil, Successors{}},
		{"chain allowed", DefaultSuccessors(), []Alias{{"SCG", "YUG"}}, with(DefaultSuccessors(), "SCG", "YUG")},
	}
	for _, tt := range tests {
		base := maps.Clone(tt.base)
		got, err := tt.base.With(tt.aliases...)
		if err != nil {
			t.Errorf("%s: With(%v) error: %v", tt.name, tt.aliases, err)
			continue
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("%s: With(%v) = %v, want %v", tt.name, tt.aliases, got, tt.want)
		}
		if !maps.Equal(tt.base, base) {
			t.Errorf("%s: With changed its receiver: %v, was %v", tt.name, tt.base, base)
		}
	}

	bad := []struct {
		name    string
		base    Successors
		aliases []Alias
	}{
		{"two-code cycle", nil, []Alias{{"AAA", "BBB"}, {"BBB", "AAA"}}},
		{"cycle through the defaults", DefaultSuccessors(), []Alias{{"RUS", "SUN"}}},
		{"three-code cycle", nil, []Alias{{"AAA", "BBB"}, {"BBB", "CCC"}, {"CCC", "AAA"}}},
	}
	for _, tt := range bad {
		if got, err := tt.base.With(tt.aliases...); err == nil {
			t.Errorf("%s: With(%v) = %v, want an error", tt.name, tt.aliases, got)
		}
	}
}

func with(s Successors, from, to string) Successors { s[from] = to; return s }

func without(s Successors, from string) Successors { delete(s, from); return s }

func TestSuccessorsResolved(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		s    Successors
		want map[string]string
	}{
		{"nil", nil, map[string]string{}},
		{"defaults", DefaultSuccessors(), map[string]string{"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU", "YMD": "YEM"}},
		{"chain followed", Successors{"SCG": "YUG", "YUG": "SRB"}, map[string]string{"SCG": "SRB", "YUG": "SRB"}},
		{"identity row left out", Successors{"DDR": "DDR", "SUN": "RUS"}, map[string]string{"SUN": "RUS"}},
	}
	for _, tt := range tests {
		got := tt.s.Resolved()
		if got == nil || !maps.Equal(got, tt.want) {
			t.Errorf("%s: Resolved() = %#v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDefaultSuccessorsFresh: each call returns a table of its own.
func TestDefaultSuccessorsFresh(t *testing.T) {
	t.Parallel()
	a := DefaultSuccessors()
	a["SUN"] = "XXX"
	if got := DefaultSuccessors().Map("SUN"); got != "RUS" {
		t.Errorf("DefaultSuccessors().Map(SUN) after changing another copy = %q, want RUS", got)
	}
}

// TestDefaultSuccessorsInLexicon is a repository invariant: every code of
// the default table is a country of countries.tsv, and no successor is
// itself mapped (the table has no chains).
func TestDefaultSuccessorsInLexicon(t *testing.T) {
	t.Parallel()
	countries, err := lexicons.LoadCountries(lexicons.Default())
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range countries {
		known[c.Code] = true
	}
	def := DefaultSuccessors()
	for from, to := range def {
		for _, c := range []string{from, to} {
			if !known[c] || lexicons.IsOrganisation(c) {
				t.Errorf("successor row %s→%s: %s is not a country of %s", from, to, c, lexicons.CountriesFile)
			}
		}
		if _, ok := def[to]; ok {
			t.Errorf("successor row %s→%s: %s is mapped too", from, to, to)
		}
	}
}

// TestSuccessorsInAccumulator: with the table, stances toward and by a
// historical code join its successor's dyads, and a delegation's stances
// about its own predecessor are left out as stances toward itself.
func TestSuccessorsInAccumulator(t *testing.T) {
	t.Parallel()
	y := corpus.Date{Year: 1985, Precision: corpus.Year}
	stances := []record.Stance{
		{SpeakerCountry: "USA", TargetCountry: "SUN", Score: -0.5, Label: record.Negative, Confidence: 1, Date: y, Evidence: []string{"x-0.50 cue"}},
		{SpeakerCountry: "USA", TargetCountry: "RUS", Score: -0.3, Label: record.Negative, Confidence: 1, Date: y, Evidence: []string{"x-0.30 cue"}},
		{SpeakerCountry: "RUS", TargetCountry: "SUN", Score: 0.6, Label: record.Positive, Confidence: 1, Date: y, Evidence: []string{"x+0.60 cue"}},
		{SpeakerCountry: "SUN", TargetCountry: "USA", Score: -0.4, Label: record.Negative, Confidence: 1, Date: y, Evidence: []string{"x-0.40 cue"}},
	}
	tests := []struct {
		name     string
		s        Successors
		want     []string // speaker>target:n
		wantSelf int
	}{
		{"defaults", DefaultSuccessors(), []string{"RUS>USA:1", "USA>RUS:2"}, 1},
		{"none", nil, []string{"RUS>SUN:1", "SUN>USA:1", "USA>RUS:1", "USA>SUN:1"}, 0},
	}
	for _, tt := range tests {
		acc := NewAccumulator(Options{Period: Year, Successors: tt.s})
		for _, s := range stances {
			acc.Add(s)
		}
		var got []string
		for _, d := range acc.Dyads() {
			got = append(got, d.Speaker+">"+d.Target+":"+strconv.Itoa(d.N))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: dyads = %v, want %v", tt.name, got, tt.want)
		}
		if acc.Skipped["self"] != tt.wantSelf {
			t.Errorf("%s: Skipped[self] = %d, want %d", tt.name, acc.Skipped["self"], tt.wantSelf)
		}
	}
}
