package analysis

import (
	"testing"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/corpus"
)

// FuzzAnalyze: no text makes a stage panic, and every statement's offsets
// lie within its field and give its text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"“We condemn the Kenyan raids,” Somali President Abdi Warsame said.",
		"Chile said it would not support Peru, while Bolivia said it had doubts.",
		"Related News:\n\nEgypt: Sudan's dam plan unacceptable",
		"Sen. Maria Lopez, D-Ore., a candidate, said that Peru must be punished.",
		"Petro has since called Lula, whom he has praised, accusing them of it, saying \"no\".",
		"Putin has been praised by Trump. Germany came under criticism from Trump advisers.",
		"\"unclosed quote, said X", "'", "”, said", ", saying", "to condemn", "were quick to condemn Iran",
		"Peru, Chile pledge deeper cooperation", "Sweden cuts diplomatic relations with Belarus", "raid unacceptable: FM",
		"Envoys of Ghana, Togo meet", "officials meet", "Bolivian, Paraguayan ministers discuss river transit",
	} {
		f.Add(s, "")
		f.Add(s, "FRA")
	}
	a := newActorAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text, Title: text, SpeakerCountry: speaker}
		r := a.Analyze(doc)
		checkResult(t, doc, r)
	})
}
