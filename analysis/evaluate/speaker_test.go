package evaluate

import (
	"reflect"
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
		{"Harry M. Reid (D-Nev.)", []string{"harry", "m", "reid", "dnev"}},
		{"Lael Brainard, a Fed governor,", []string{"lael", "brainard", "a", "fed", "governor"}},
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
		{"Paul Maslin, a Democratic pollster,", "Paul Maslin"},
		{"Sen. Chuck Grassley (R-Iowa)", "Sen. Chuck Grassley"},
		{"Dennis B. Ross, a former senior adviser to Mr. Obama who is now a fellow", "Dennis B. Ross"},
		{"Doley, who held a fundraiser", "Doley"},
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
