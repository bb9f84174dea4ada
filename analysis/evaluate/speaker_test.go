package evaluate

import (
	"reflect"
	"strings"
	"testing"
)

func TestSpeakerTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"Vladimir Putin", []string{"vladimir", "putin"}},
		{"Sergei Lavrov's", []string{"sergei", "lavrov"}},
		{"Clinton’s", []string{"clinton"}},
		{"Republicans'", []string{"republicans"}},
		{"ISIS’", []string{"isis"}},
		{"Mr. O’Malley", []string{"mr", "omalley"}},
		{"U.S.", []string{"us"}},
		{"Jonas K. Berg (D-Ore.)", []string{"jonas", "k", "berg", "dore"}},
		{"Ana Ruiz, a bank governor,", []string{"ana", "ruiz", "a", "bank", "governor"}},
		{"“Lilyhammer”", []string{"lilyhammer"}},
		{"She’s", []string{"she"}},
		{"We’ve", []string{"we"}},
		{"Calderón", []string{"calderón"}},
		{"'s", nil},
		{" — ", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := speakerTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("speakerTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameToken(t *testing.T) {
	t.Parallel()
	tests := []struct {
		gold   string
		want   string
		judged bool
	}{
		{"Vladimir Putin", "putin", true},
		{"The Russian envoy", "envoy", true},
		{"ISIS soldiers", "soldiers", true},
		{"Trump's", "trump", true},
		{"officials", "officials", true}, // not a pronoun of the listed kinds
		{"Some", "some", true},
		{"Tehran", "tehran", true},
		{"He", "", false},
		{"she", "", false},
		{"They", "", false},
		{"I", "", false},
		{"his", "", false},
		{"Who", "", false},
		{"which", "", false},
		{"That", "", false},
		{"those", "", false},
		{"One", "", false},
		{"it's", "", false},
		{"We’ve", "", false},
		{"He,", "", false},
		{"'s", "", false}, // no token
		{"", "", false},
		{"he himself", "himself", true}, // two words: not a one-word pronoun
	}
	for _, tt := range tests {
		got, judged := nameToken(tt.gold)
		if got != tt.want || judged != tt.judged {
			t.Errorf("nameToken(%q) = %q, %v, want %q, %v", tt.gold, got, judged, tt.want, tt.judged)
		}
	}
}

func TestSpeakerRight(t *testing.T) {
	t.Parallel()
	tests := []struct {
		gold, predicted string
		want            bool
	}{
		{"Vladimir Putin", "Putin", true},
		{"Vladimir Putin", "Russian President Vladimir Putin's", true},
		{"Putin", "PUTIN", true},
		{"Vladimir Putin", "Vladimir", false},
		{"Vladimir Putin", "Putinism", false}, // a token, not a substring
		{"Mr. O'Malley", "Martin O’Malley", true},
		{"The Russian envoy", "the visiting envoy", true},
		{"The Russian envoy", "Lavrentiev", false},
		{"Donald Trump", "", false},
	}
	for _, tt := range tests {
		tok, ok := nameToken(tt.gold)
		if !ok {
			t.Fatalf("nameToken(%q) not judged", tt.gold)
		}
		if got := speakerRight(tt.predicted, tok); got != tt.want {
			t.Errorf("speakerRight(%q, token of %q) = %v, want %v", tt.predicted, tt.gold, got, tt.want)
		}
	}
}

func TestNameHead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana Ruiz, a veteran trade negotiator,", "Ana Ruiz"},
		{"Sen. Maria Lopez (D-Ore.)", "Sen. Maria Lopez"},
		{"Tomas J. Vidal, a former chief aide to Ms. Quispe who now teaches law", "Tomas J. Vidal"},
		{"Marsh, who chaired the panel", "Marsh"},
		{"the judge", "the judge"},
		{", odd", ", odd"},
		{"Stuart Stevens who was an adviser", "Stuart Stevens"},
	}
	for _, tt := range tests {
		if got := nameHead(tt.in); got != tt.want {
			t.Errorf("nameHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsNamedSpeaker(t *testing.T) {
	t.Parallel()
	tests := []struct {
		speaker string
		want    bool
	}{
		{"Sergei Lavrov", true},
		{"Lavrov", true},
		{"Tehran", true},
		{"U.S. officials", true},
		{"US", true}, // an acronym, not "us"
		{"US officials", true},
		{"I", false},
		{"IT", true},
		{"Russian diplomats", true},
		{"“Ana Ruiz”", true}, // the first letter counts, not the first character
		{"Ólafur Ragnar", true},
		{"officials", false},
		{"he", false},
		{"He", false},
		{"They", false},
		{"It's", false},
		{"the Russian envoy", false},
		{"The Russian envoy", false},
		{"A spokesman", false},
		{"An Iranian official", false},
		{"THE MINISTRY", false},
		{"Theresa May", true}, // "Theresa" is not "the"
		{"Andrea Nahles", true},
		{"", false},
		{"  ", false},
		{"2021 report", false},
		{"— …", false},
	}
	for _, tt := range tests {
		if got := isNamedSpeaker(tt.speaker); got != tt.want {
			t.Errorf("isNamedSpeaker(%q) = %v, want %v", tt.speaker, got, tt.want)
		}
	}
}

// TestSpeakerCountryCount: among the predicted statements of the gold
// documents, those with a named speaker are counted, and those of them
// with a country; statements of other documents are not.
func TestSpeakerCountryCount(t *testing.T) {
	t.Parallel()
	gold := []GoldDoc{{ID: "n1"}, {ID: "n2", Text: strings.Repeat("x", 40), Attributions: []Attribution{{Speaker: "Eva Lind", Start: 0, End: 10}}}}
	stmts := []PredStatement{
		{DocID: "n1", Speaker: "Eva Lind", SpeakerCountry: "SWE"},            // named, with a country
		{DocID: "n1", Speaker: "Lind", SpeakerCountry: ""},                   // named, none
		{DocID: "n1", Speaker: "the Swedish envoy", SpeakerCountry: "SWE"},   // a description: not counted
		{DocID: "n1", Speaker: "she", SpeakerCountry: "SWE"},                 // a pronoun: not counted
		{DocID: "n2", Speaker: "Oslo", SpeakerCountry: "NOR", InTitle: true}, // a title statement counts
		{DocID: "n2", Speaker: "Eva Lind", SpeakerCountry: "SWE", Start: 0, End: 10},
		{DocID: "zz", Speaker: "Eva Lind", SpeakerCountry: "SWE"}, // not in the gold file
	}
	got := Score("n.jsonl", gold, stmts, nil)
	if got.NamedSpeakers != 4 || got.NamedWithCountry != 3 || got.SpeakerCountryShare != 0.75 {
		t.Errorf("named %d, with a country %d, share %v; want 4, 3, 0.75", got.NamedSpeakers, got.NamedWithCountry, got.SpeakerCountryShare)
	}
	for i, want := range [][2]int{{2, 1}, {2, 2}} {
		if d := got.PerDoc[i]; d.NamedSpeakers != want[0] || d.NamedWithCountry != want[1] {
			t.Errorf("%s: named %d, with a country %d; want %d, %d", d.ID, d.NamedSpeakers, d.NamedWithCountry, want[0], want[1])
		}
	}
	var b strings.Builder
	if err := got.WriteText(&b, 0); err != nil {
		t.Fatal(err)
	}
	if want := "speaker country: named speakers 4, with a country 3 (share 0.750)\n"; !strings.Contains(b.String(), want) {
		t.Errorf("WriteText has no line %q:\n%s", want, b.String())
	}
	if got := Score("e.jsonl", gold, nil, nil); got.SpeakerCountryShare != 0 {
		t.Errorf("share with no named speaker = %v, want 0", got.SpeakerCountryShare)
	}
}
