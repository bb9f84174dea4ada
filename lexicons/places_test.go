package lexicons

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPlacesBuiltin: the imported places load, each under one country that
// countries.tsv has, and the cities of a country are there.
func TestPlacesBuiltin(t *testing.T) {
	t.Parallel()
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Versions[PlacesPhoenixFile]; got != "1" {
		t.Errorf("version = %q, want 1", got)
	}
	if got := s.Versions[PlacesFile]; got != "1" {
		t.Errorf("%s version = %q, want 1", PlacesFile, got)
	}
	codes := map[string]bool{}
	for _, c := range s.Countries {
		codes[c.Code] = true
	}
	byName := map[string]string{}
	for _, p := range s.Places {
		if !codes[p.Code] {
			t.Errorf("places of %s, a code countries.tsv lacks", p.Code)
		}
		for _, n := range p.Names {
			byName[n] = p.Code
		}
	}
	for _, tt := range []struct{ place, want string }{
		{"Kharkiv", "UKR"}, {"Crimea", "UKR"}, {"Aleppo", "SYR"}, {"Mombasa", "KEN"},
		// places.tsv: cities of later wars.
		{"Kherson", "UKR"}, {"Rafah", "PSE"}, {"Natanz", "IRN"}, {"El Fasher", "SDN"},
		// No one country's place: an organisation's seat, a disputed
		// status.
		{"Brussels", ""}, {"Geneva", ""}, {"Jerusalem", ""}, {"Western Sahara", ""},
		// countries.tsv has it.
		{"Kyiv", ""}, {"Gaza", ""},
	} {
		if got := byName[tt.place]; got != tt.want {
			t.Errorf("place %q: got %q, want %q", tt.place, got, tt.want)
		}
	}
}

// TestPlacesErrors: a bad row of a user's places-phoenix.tsv is reported
// with its line; a place that is a country term is refused.
func TestPlacesErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, data, want string }{
		{"one column", "# version: 1\nUKR\n", "places-phoenix.tsv:2: bad lexicon row: want 2 columns (code, places), got 1"},
		{"bad code", "# version: 1\nukr\tKharkiv\n", "places-phoenix.tsv:2:"},
		{"no place", "# version: 1\nUKR\t ; \n", "country UKR has no place"},
		{"ambiguous", "# version: 1\nUKR\t?Kharkiv\n", "a place is no ambiguous term"},
		{"two countries", "# version: 1\nUKR\tKharkiv\nRUS\tKharkiv\n", `"Kharkiv" is already a place of UKR (line 2)`},
		{"a country term", "# version: 1\nUKR\tKharkiv;Moscow\n", `place "Moscow" of UKR is a term of RUS in countries.tsv`},
		{"a blocked phrase", "# version: 1\nRUS\tKazan;Latin America\n", `place "Latin America" of RUS is a blocked phrase of countries.tsv`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(Default(), fstest.MapFS{PlacesPhoenixFile: {Data: []byte(tt.data)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrSyntax) {
				t.Errorf("got %v, want an ErrSyntax with %q", err, tt.want)
			}
		})
	}
	s, err := Load(Default(), fstest.MapFS{PlacesPhoenixFile: {Data: []byte("# version: 9\nUKR\tKharkiv;Sumy\n")}})
	if err != nil {
		t.Fatal(err)
	}
	got := slices.DeleteFunc(slices.Clone(s.Places), func(p Place) bool { return p.File != PlacesPhoenixFile })
	if want := []Place{{"UKR", []string{"Kharkiv", "Sumy"}, PlacesPhoenixFile}}; !slices.EqualFunc(got, want, func(a, b Place) bool { return a.Code == b.Code && slices.Equal(a.Names, b.Names) }) {
		t.Errorf("user places = %v, want %v", got, want)
	}
	if got := s.Versions[PlacesPhoenixFile]; got != "user:9" {
		t.Errorf("version = %q, want user:9", got)
	}
}

// TestPlacesOneCountry: a place that places-phoenix.tsv and places.tsv
// both list is of one country.
func TestPlacesOneCountry(t *testing.T) {
	t.Parallel()
	if _, err := Load(Default(), fstest.MapFS{PlacesFile: {Data: []byte("# version: 2\nUKR\tKharkiv\n")}}); err != nil {
		t.Errorf("Load(a place of both files, one country) error = %v, want none", err)
	}
	_, err := Load(Default(), fstest.MapFS{PlacesFile: {Data: []byte("# version: 2\nRUS\tKharkiv\n")}})
	if err == nil || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "places.tsv: place \"Kharkiv\" of RUS is a place of UKR in places-phoenix.tsv") {
		t.Errorf("Load(a place of both files) error = %v, want it named", err)
	}
}
