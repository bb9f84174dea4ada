package lexicons

import (
	"errors"
	"testing"
	"testing/fstest"
)

// TestWords: words.tsv gives each word its classes; a /v row gives every
// form of the verb, irregular ones too; bad rows are file:line errors.
func TestWords(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want ClassSet
	}{
		{"lenders", ClassesOf(WordBusiness)},
		{"denied", ClassesOf(WordDeny, WordAnswer)},
		{"fled", ClassesOf(WordUndergo)}, // flee/v, through irregular.tsv
		{"retaliates", ClassesOf(WordAnswer)},
		{"closer", ClassesOf(WordGrowth)},
		{"crisis", ClassesOf(WordSituation)},
		{"the", ClassSet{}},
	}
	for _, tt := range tests {
		if got := s.Words[tt.word]; got != tt.want {
			t.Errorf("Words[%q] = %v, want %v", tt.word, got, tt.want)
		}
	}
	for _, c := range []WordClass{WordBusiness, WordGrowth, WordAuthor} {
		if got, ok := ParseWordClass(c.String()); !ok || got != c {
			t.Errorf("ParseWordClass(%q) = %v, %v", c.String(), got, ok)
		}
	}
	bad := []struct{ name, data string }{
		{"unknown class", "# version: 1\nfirm\tcompany\n"},
		{"upper case", "# version: 1\nFirm\tbusiness\n"},
		{"one column", "# version: 1\nfirm\n"},
		{"a word twice in one class", "# version: 1\nfirm\tbusiness\nfirm\tbusiness\n"},
	}
	for _, tt := range bad {
		_, err := Load(Default(), fstest.MapFS{WordsFile: {Data: []byte(tt.data)}})
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != WordsFile || pe.Line < 2 {
			t.Errorf("%s: err %v, want a ParseError of %s from line 2", tt.name, err, WordsFile)
		}
	}
	// A word may have two classes.
	user := fstest.MapFS{WordsFile: {Data: []byte("# version: 1\nfirm\tbusiness\nfirm\treport\n")}}
	u, err := Load(Default(), user)
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Words["firm"]; got != ClassesOf(WordBusiness, WordReport) {
		t.Errorf("user Words[firm] = %v, want business and report", got)
	}
}

// TestClassSet: a set of word classes holds what was added, reports
// classes in common, and ignores a class words.tsv does not have.
func TestClassSet(t *testing.T) {
	s := ClassesOf(WordDeny, WordAuthor)
	tests := []struct {
		name      string
		got, want bool
	}{
		{"has an added class", s.Has(WordDeny), true},
		{"has a class past the first 64", s.Has(WordAuthor), true},
		{"has no other class", s.Has(WordReject), false},
		{"has any of a list", s.HasAny([]WordClass{WordReject, WordAuthor}), true},
		{"has none of a list", s.HasAny([]WordClass{WordReject, WordBusiness}), false},
		{"meets a set in common", s.Meets(ClassesOf(WordAuthor)), true},
		{"meets no disjoint set", s.Meets(ClassesOf(WordReject)), false},
		{"a class out of range is none", s.Has(WordClass(200)), false},
		{"the empty set", ClassSet{}.Empty(), true},
		{"the union", ClassesOf(WordDeny).Union(ClassesOf(WordAuthor)) == s, true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if got, want := s.String(), "deny+author"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	var out ClassSet
	out.Add(WordClass(200))
	if !out.Empty() {
		t.Errorf("Add(200) added %v", out)
	}
}
