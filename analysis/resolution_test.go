package analysis

import (
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestResolution checks speaker resolution and joint subjects on invented
// sentences: want is "speaker|country" for each statement, in order; dyads,
// when set, the signed stances.
func TestResolution(t *testing.T) {
	a := newActorAnalyzer(t)
	mar2021 := corpus.Date{Year: 2021, Month: 3, Day: 1, Precision: corpus.Day}
	tests := []struct {
		name  string
		doc   corpus.Document
		want  []string
		dyads []string
	}{
		{"a joint subject of three names in running text",
			corpus.Document{Text: "Kenya, Uganda and Tanzania signed a trade agreement on Monday."},
			[]string{"Kenya, Uganda and Tanzania|KEN", "Kenya, Uganda and Tanzania|UGA", "Kenya, Uganda and Tanzania|TZA"},
			[]string{"KEN→TZA +", "KEN→UGA +", "TZA→KEN +", "TZA→UGA +", "UGA→KEN +", "UGA→TZA +"}},
		{"a joint subject of three names with a serial comma",
			corpus.Document{Text: "Kenya, Uganda, and Tanzania signed a trade agreement on Monday."},
			[]string{"Kenya, Uganda, and Tanzania|KEN", "Kenya, Uganda, and Tanzania|UGA", "Kenya, Uganda, and Tanzania|TZA"}, nil},
		{"a joint subject of roles of three countries",
			corpus.Document{Text: "The foreign ministers of Kenya, Uganda and Tanzania met in Nairobi on Monday."},
			[]string{"foreign ministers of Kenya, Uganda and Tanzania|KEN", "foreign ministers of Kenya, Uganda and Tanzania|UGA",
				"foreign ministers of Kenya, Uganda and Tanzania|TZA"}, nil},
		{"names after a preposition do not join the subject",
			corpus.Document{Text: "After clashes with Kenya, Uganda and Tanzania signed a trade agreement on Monday."},
			[]string{"Uganda and Tanzania|UGA", "Uganda and Tanzania|TZA"}, nil},
		{"the two parties of the clause before speak each",
			corpus.Document{Text: "Kenya's president met his Ugandan counterpart, and the two leaders pledged closer ties."},
			[]string{"Kenya's president|KEN", "two leaders|KEN", "two leaders|UGA"}, nil},
		{"both, after a clause of one country, is no pair",
			corpus.Document{Text: "Kenya's president met opposition leaders, and both sides said the talks were useful."},
			[]string{"sides|"}, nil},
		{"a phrase of time before a comma is no person with the role after it",
			corpus.Document{Text: "On Wednesday, Bolivia's president said he was ready to talk to Chile."},
			[]string{"Bolivia's president|BOL"}, nil},
		{"a place after a locative before a comma is no person with the role after it",
			corpus.Document{Text: "At a rally in Santa Cruz, the Bolivian minister said the talks with Chile had failed. The minister later left for La Paz."},
			[]string{"Bolivian minister|BOL"}, nil},
		{"a phrase of place before a comma is no person with the role after it",
			corpus.Document{Text: "In Santa Cruz, Bolivia's president said he was ready to talk to Chile."},
			[]string{"Bolivia's president|BOL"}, nil},
		{"a past leader's administration is the leader's country",
			corpus.Document{Date: mar2021, Text: "The Obama administration criticised Venezuela in 2015."},
			[]string{"Obama administration|USA"}, []string{"USA→VEN -"}},
		{"a leader listed with an unknown name is no modifier of it",
			corpus.Document{Date: mar2021, Title: "Biden, Ruiz pledge closer ties"},
			[]string{"Ruiz|"}, nil},
		{"the government of a leader the text named",
			corpus.Document{Date: mar2021, Text: "Peruvian President Ana Ruiz spoke on Monday. Ruiz's government later criticised Chile."},
			[]string{"Ruiz's government|PER"}, []string{"PER→CHL -"}},
		{"an office for a country's affairs is not that country's",
			corpus.Document{Text: "The Somalia Affairs Office criticised Kenya on Monday."},
			[]string{"Somalia Affairs Office|"}, nil},
		{"an office for a country's affairs, the other order",
			corpus.Document{Text: "The Office for Somalia Affairs said Kenya had broken the accord."},
			[]string{"Office for Somalia Affairs|"}, nil},
		{"a work office",
			corpus.Document{Text: "The Somalia Work Office said Kenya had broken the accord."},
			[]string{"Somalia Work Office|"}, nil},
		{"the owner of an affairs office still speaks",
			corpus.Document{Text: "Ethiopia's Office for Somalia Affairs said Kenya had broken the accord."},
			[]string{"Ethiopia's Office for Somalia Affairs|ETH"}, nil},
		{"a past verb between names ends the phrase of a relative clause's speaker",
			corpus.Document{Text: "Kenya hosted Ugandan President Amos Okello, who said a railway between the neighbours was planned."},
			[]string{"Amos Okello|UGA"}, nil},
		{"a participle after a possessive stays in the phrase",
			corpus.Document{Text: "Uganda's exiled President Amos Okello, who lives in Nairobi, said the vote was rigged."},
			[]string{"Amos Okello|UGA"}, nil},
		{"a role that a quote's cue follows is the last speaker of a pronoun after it",
			corpus.Document{Text: "Zambia's foreign minister said the border raids were a \"grave concern.\" He said Lusaka would deepen its alliance with Malawi."},
			[]string{"Zambia's foreign minister|ZMB", "Zambia's foreign minister|ZMB"}, []string{"ZMB→MWI +"}},
		{"a joint subject of a quote's cue speaks for each of its countries",
			corpus.Document{Text: "The Zambian and Malawian presidents vowed on Monday to make a \"fresh start\" in relations, signing trade agreements."},
			[]string{"Zambian and Malawian presidents|ZMB", "Zambian and Malawian presidents|MWI"}, []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a subject with a companion set off by commas speaks",
			corpus.Document{Text: "Zambia, along with Malawi, condemned Angola on Monday."},
			[]string{"Zambia|ZMB"}, []string{"ZMB→AGO -"}},
		{"it is not a country's adjective",
			corpus.Document{Text: "Bolivia accused Chile of fraud. After a raid on Peruvian banks, it said Chile was to blame."},
			[]string{"Bolivia|BOL", "Bolivia|BOL"}, nil},
		{"it is not a name that modifies a noun",
			corpus.Document{Text: "Bolivia accused Chile of fraud. Days after the Lima attacks it said Chile was to blame."},
			[]string{"Bolivia|BOL", "Bolivia|BOL"}, nil},
		{"it is not the object of a preposition",
			corpus.Document{Text: "Bolivia accused Chile of fraud. Speaking in Brazil, it said Chile was to blame."},
			[]string{"Bolivia|BOL", "Bolivia|BOL"}, nil},
		{"it is the subject before an adverb",
			corpus.Document{Text: "Bolivia accused Chile of fraud. Peru later condemned Chile, and it imposed sanctions on Chile."},
			[]string{"Bolivia|BOL", "Peru|PER"}, nil},
		{"a country behind the head of a thing is no speaker's",
			corpus.Document{Text: "The end of Chile's banking scandal showed that Peru was to blame."},
			[]string{"end of Chile's banking scandal|"}, nil},
		{"a country after a role and of is the speaker's",
			corpus.Document{Text: "The foreign minister of Peru condemned Chile."},
			[]string{"foreign minister of Peru|PER"}, []string{"PER→CHL -"}},
		{"a country behind through is no speaker's",
			corpus.Document{Text: "Oil sold through Peru will help Chile, the Bolivian minister said."},
			[]string{"Bolivian minister|BOL"}, nil},
		{"according to opens no participle clause",
			corpus.Document{Text: "According to the Chilean defence ministry, Peruvian forces attacked Bolivian border posts on Monday."},
			[]string{"Peruvian forces|PER"}, []string{"PER→BOL -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range a.Analyze(tt.doc).Statements {
				got = append(got, s.Speaker+"|"+s.SpeakerCountry)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("statements %q, want %q", got, tt.want)
			}
			if tt.dyads != nil {
				checkDyads(t, a, tt.doc, tt.dyads)
			}
		})
	}
}
