package analysis

import (
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestMisreadings: natural sentences that the rules of word order once
// misread, each invented. want is "speaker|country|kind|cue|content" for
// each statement (nil: none); dyads, when set, the signed stances.
func TestMisreadings(t *testing.T) {
	a := newActorAnalyzer(t)
	tests := []struct {
		name  string
		doc   corpus.Document
		want  []string
		dyads []string
	}{
		// A quote that opens a headline before a colon is no speaker, nor
		// the content of a speaker after it; a clause after a colon is
		// no source.
		// A claim made by one who speaks for no state (a former office
		// holder) is no country's act for an appraisal to answer.
		{"a claim of one who speaks for no state is no country's to reject",
			corpus.Document{Date: corpus.Date{Year: 2024, Month: 5, Day: 1, Precision: corpus.Day},
				Text: "Mwai Kibaki, Kenya's former president, accused Uganda of closing the lake ports, a charge that officials in Kampala have flatly rejected."},
			[]string{"Mwai Kibaki||indirect|accused|Uganda of closing the lake ports"},
			[]string{}},
		// A name the actor lexicon gives a country on the date, after
		// "former" and a role, is one who held the office: of no state.
		{"a leader named as a former office holder is no party",
			corpus.Document{Date: corpus.Date{Year: 2000, Month: 1, Day: 1, Precision: corpus.Day},
				Text: "A week after former Kenyan president Mwai Kibaki visited Kampala for private talks, the fishermen were handed back."},
			nil,
			[]string{}},
		{"a quote before a colon, then the speaker and cue",
			corpus.Document{Title: "'We will respond': Kenya warns Uganda after border clash"},
			[]string{"Kenya|KEN|headline|warns|Uganda after border clash"},
			[]string{"KEN→UGA -"}},
		{"a clause after a colon is no source",
			corpus.Document{Title: "Kenya's 'red line': Uganda must withdraw"},
			[]string{"Kenya's 'red line|KEN|headline|:|Uganda must withdraw"},
			[]string{"KEN→UGA -"}},
		// A plural noun in -es after a country's adjective is no verb:
		// the passive's agent acts on the subject.
		{"plural noun in -es after a country's adjective",
			corpus.Document{Text: "Three Chadian villages were shelled by troops from Niger."},
			[]string{"troops from Niger|NER|indirect|were|Three Chadian villages were shelled by"},
			[]string{"NER→TCD -"}},
		// The agent of a passive cue ends before a phrase with neither
		// a name nor a role.
		{"passive agent with a reason after it",
			corpus.Document{Text: "The new port was criticised by Ecuador for the harm to fisheries."},
			[]string{"Ecuador|ECU|indirect|criticised|The new port was criticised by Ecuador for the harm to fisheries"}, nil},
		{"passive agent keeps a role after for",
			corpus.Document{Text: "The new port was criticised by a spokesman for the Ecuadorian ministry."},
			[]string{"spokesman for the Ecuadorian ministry|ECU|indirect|criticised|The new port was criticised by a spokesman for the Ecuadorian ministry"}, nil},
		// A name that is the object of a preposition after a thing is
		// no subject; after a role it still gives the country.
		{"a place after a thing is no speaker",
			corpus.Document{Text: "The tense meeting in Quito showed that Colombia rejects the new tariffs."},
			[]string{"Colombia|COL|indirect|rejects|the new tariffs"}, nil},
		{"a place after a role gives the country",
			corpus.Document{Text: "Diplomats in Quito said the border would reopen soon."},
			[]string{"Quito|ECU|indirect|said|the border would reopen soon"}, nil},
		{"a place after a singular person noun gives the country",
			corpus.Document{Text: "A source in Quito said the border would reopen soon."},
			[]string{"Quito|ECU|indirect|said|the border would reopen soon"}, nil},
		{"a sender after a thing speaks",
			corpus.Document{Text: "A letter from Quito says the border will reopen soon."},
			[]string{"Quito|ECU|indirect|says|the border will reopen soon"}, nil},
		{"a clause after a conjunction keeps its subject",
			corpus.Document{Text: "Markets fell days after Ecuador said the border would close."},
			[]string{"Ecuador|ECU|indirect|said|the border would close"}, nil},
		// A noun phrase whose head is a thing says nothing.
		{"a thing toward a country is no speaker",
			corpus.Document{Text: "Growing Bolivian anger toward Chile worries investors in Lima."},
			nil, nil},
		// A speech verb with only a listener and a time says nothing
		// there, but its speaker goes on in the quote after it.
		{"listener and time only",
			corpus.Document{Text: "The Uruguayan trade minister spoke to reporters after the summit."},
			nil, nil},
		{"listener and time only, then a quote",
			corpus.Document{Text: "The Uruguayan trade minister spoke to reporters after the summit. \"Paraguay has broken its word on the bridge.\""},
			[]string{"Uruguayan trade minister|URY|direct||Paraguay has broken its word on the bridge"}, nil},
		{"a quote before a speaker and a time",
			corpus.Document{Text: "\"Paraguay has broken its word on the bridge,\" the Uruguayan minister told reporters after the summit."},
			[]string{"Uruguayan minister|URY|direct|told|Paraguay has broken its word on the bridge"}, nil},
		{"a topic after the verb is content",
			corpus.Document{Text: "The Uruguayan minister spoke about the bridge with Paraguay."},
			[]string{"Uruguayan minister|URY|indirect|spoke about|the bridge with Paraguay"}, nil},
		// A pronoun before anyone has spoken is the person introduced.
		{"pronoun after a person introduced, intro cue",
			corpus.Document{Text: "Peru's foreign minister Rosa Tello met her counterpart on Friday. She told reporters:\n\n\"Bolivia has betrayed the trust of its neighbours.\""},
			[]string{"Rosa Tello|PER|direct|told|Bolivia has betrayed the trust of its neighbours"}, nil},
		{"pronoun after a speaker in the same paragraph",
			corpus.Document{Text: "Peruvian Foreign Minister Rosa Tello criticised Bolivia on Friday. She told reporters: \"Bolivia has betrayed the trust of its neighbours.\""},
			[]string{"Rosa Tello|PER|indirect|criticised|Bolivia on Friday", "Rosa Tello|PER|direct|told|Bolivia has betrayed the trust of its neighbours"}, nil},
		// A quoted question or exclamation keeps its attribution in its
		// sentence, a name first included.
		{"a quoted question, then its speaker",
			corpus.Document{Text: "“Will Bolivia keep its word?” Rosa Tello asked. “We doubt it, and so do our partners.”"},
			[]string{"Rosa Tello||direct|asked|Will Bolivia keep its word", "Rosa Tello||direct||We doubt it, and so do our partners"}, nil},
		// A cue in -ing after "be" that opens a clause speaks; an -ing
		// adjective does not.
		{"a progressive cue before that",
			corpus.Document{Text: "Ana Ruiz was warning that Chile would retaliate."},
			[]string{"Ana Ruiz||indirect|warning|Chile would retaliate"}, nil},
		{"an adjective in -ing after be is no cue",
			corpus.Document{Text: "The Bolivian note was threatening."},
			nil, nil},
		// "with" + noun phrase + participle: the noun phrase speaks.
		{"an absolute construction",
			corpus.Document{Text: "The talks ended early, with the Peruvian minister accusing Chile of bad faith."},
			[]string{"Peruvian minister|PER|indirect|accusing|Chile of bad faith"}, []string{"PER→CHL -"}},
		// A participle after a quote's attribution is the same speaker's.
		{"a participle after a quote's attribution",
			corpus.Document{Text: "“Prices are too high,” Lopez said, citing low growth and rising costs."},
			[]string{"Lopez||direct|said|Prices are too high", "Lopez||indirect|citing|low growth and rising costs"}, nil},
		// After "did", "would" ... a cue's bare form is a verb ("held
		// talks" keeps the noun): its clause ends the one before.
		{"a cue after did",
			corpus.Document{Text: "Ana Ruiz did not disclose her plans, but she did say the vote in Chile was fair."},
			[]string{"Ana Ruiz||indirect|disclose|her plans", "Ana Ruiz||indirect|say|the vote in Chile was fair"}, nil},
		// With no person named, "he" is the last speaker when a person's
		// role names it.
		{"a pronoun after a role",
			corpus.Document{Text: "The Peruvian envoy did not disclose his plans, but he did say the vote in Chile was fair."},
			[]string{"Peruvian envoy|PER|indirect|disclose|his plans", "Peruvian envoy|PER|indirect|say|the vote in Chile was fair"}, nil},
		// The longest cue is read: "called for", not "called".
		{"the longest cue",
			corpus.Document{Text: "Ana Ruiz has called for talks with Peru."},
			[]string{"Ana Ruiz||indirect|called for|talks with Peru"}, nil},
		{"a quoted exclamation, then its speaker with an appositive",
			corpus.Document{Text: "“Never again!” Rosa Tello, the Peruvian foreign minister, said on Friday."},
			[]string{"Rosa Tello|PER|direct|said|Never again"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID, tt.doc.Date = "d", mar2022
			got := statementsOf(a, tt.doc)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got  %q\n want %q", tt.doc.Text, got, tt.want)
			}
			if tt.dyads != nil {
				checkDyads(t, a, tt.doc, tt.dyads)
			}
		})
	}
}

// TestTreeActNames: the tree's act names the speaker by the subject's
// noun phrase, without a phrase set off by commas, and counts the
// countries of adjectives joined by "and".
func TestTreeActNames(t *testing.T) {
	a := titleAnalyzer(t, syntaxModel)
	tests := []struct {
		name, title string
		speakers    []string // "speaker|country"
	}{
		{"a phrase set off by commas",
			"Ecuadorian coast guard, on patrol since Monday, seizes Peruvian trawlers", []string{"Ecuadorian coast guard|ECU"}},
		{"adjectives joined by and",
			"Kenyan and Ugandan trade ministers in Nairobi sign customs accord", []string{"Kenyan and Ugandan trade ministers in Nairobi|KEN", "Kenyan and Ugandan trade ministers in Nairobi|UGA"}},
		{"a noun read as a verb before a colon heads a topic label, no act",
			"Peru quake: Chile sends aid as death toll climbs", []string{"Chile|CHL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(corpus.Document{ID: "d", Date: mar2022, Title: tt.title})
			var got []string
			for _, s := range r.Statements {
				got = append(got, s.Speaker+"|"+s.SpeakerCountry)
			}
			if !slices.Equal(got, tt.speakers) {
				t.Errorf("%q: speakers %q, want %q", tt.title, got, tt.speakers)
			}
		})
	}
}
