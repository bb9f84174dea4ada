package analysis

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestActs checks acts in the body on invented sentences: an act inside
// reported content, a victim who is no actor, and a verb that is an event
// only in its patterns.
func TestActs(t *testing.T) {
	a := buildAnalyzer(t, true)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an act inside reported content",
			"A Chilean official said on Monday that Peru had closed its border with Bolivia.",
			// The reporter's own stance is scored from the content too.
			[]string{"CHL→BOL -", "PER→BOL -"}},
		{"the subject of a verb of undergoing is a victim",
			"Two Bolivian fishermen drowned beside a Peruvian patrol boat, the coast guard reported.",
			nil},
		{"a pattern that holds its negation is not negated again",
			"Peru has never accepted Chile's claims to the islands, the foreign minister said on Monday.",
			[]string{"PER→CHL -"}},
		{"a negated pattern leaves a term of its own sign in place",
			"Ecuador did not rule out new sanctions against Peru after the incident.",
			[]string{"ECU→PER -"}},
		{"the place of a joint event is no party to it",
			"Delegations from Chile and Uruguay attended the trade conference in Lima.",
			nil},
		{"a bare form after a determiner and a country's adjective heads a noun phrase, no act",
			"Ghana called the Togolese raid unacceptable but urged both sides to talk.",
			[]string{"GHA→TGO -"}},
		{"a past form after a determiner and a country's adjective is still a verb",
			"Ghana said the Togolese troops shelled its border posts.",
			[]string{"GHA→TGO -", "TGO→GHA -"}},
		{"a verb that is an event in its patterns",
			"Peruvian engineers began an operation to demolish Bolivian customs sheds.",
			[]string{"PER→BOL -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDyads(t, a, corpus.Document{ID: "d", Date: corpus.Date{Year: 2001, Month: 3, Day: 1, Precision: corpus.Day}, Text: tt.text}, tt.want)
		})
	}
}
