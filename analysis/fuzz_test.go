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
		"Chile, Peru hold drills; Bolivia warns of 'grave consequences'", "Two Peruvian engineers detained in",
		"Chile staged drills, drawing a protest from", "Chile-Peru war —", "Chile hits back at", "X a reliable partner",
		"Chile's embassy in", "beat Peru 2-0", "Chile, Peru swap 215", "the aggression of Peru against", "chose last month to",
		"the view of Peruvian colleagues that", "waged a war of", "Ruiz to Boric:", "eases Peru sanctions", "carried out against",
		"Lima dismissed Chile’s fresh criticism of its fishing fleet.", "the regime in", "condolences over the deaths in", "its foreign ministry said",
		"Our envoy met the Malawian minister. He said the talks had been \"very useful\" for both sides.", // a pronoun's fragment in a speech (panicked)
	} {
		f.Add(s, "")
		f.Add(s, "FRA")
	}
	a := newActorAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		if !utf8.ValidString(text) || !utf8.ValidString(speaker) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text, Title: text, SpeakerCountry: speaker}
		r := a.Analyze(doc)
		checkResult(t, doc, r)
	})
}

// FuzzAnalyzeSyntax: FuzzAnalyze with the parser, whose trees tell nouns
// from cues and give the subjects word order misses in news bodies.
func FuzzAnalyzeSyntax(f *testing.F) {
	for _, s := range []string{
		"Amid the latest rebel attacks in the north, Peru asked Ecuador for help.",
		"The Chilean envoy read the note twice and then said Peru had violated the border treaty.",
		"The Chilean envoy, visibly tired after the long flight, said the Peruvian claim was baseless.",
		"“Why now?” Ana Ruiz asked. “Never!” Garcia said.",
		"On Monday the talks in Lima ended and said nothing.", "and said", "the said", ", said the",
	} {
		f.Add(s, "")
		f.Add(s, "FRA")
	}
	a := modelAnalyzer(f, false, false)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		if !utf8.ValidString(text) || !utf8.ValidString(speaker) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text, Title: text, SpeakerCountry: speaker}
		checkResult(t, doc, a.Analyze(doc))
	})
}
