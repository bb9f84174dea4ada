package analysis

import "testing"

// TestPlaces checks cities and regions (places-phoenix.tsv): a place names
// its country only as what a country's hostile act befalls, never as a
// speaker, an agent, a partner of a visit or the object of a word.
func TestPlaces(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a hostile act on a city befalls its country", "",
			"Ugandan jets bombed Goma on Tuesday.",
			[]string{"UGA→COD -"}},
		{"a city of places.tsv", "",
			"Ugandan drones struck Mykolaiv overnight.",
			[]string{"UGA→UKR -"}},
		{"an act in a city befalls its country", "",
			"Ugandan troops arrested ten men in Goma.",
			[]string{"UGA→COD -"}},
		{"a city is no speaker", "",
			"The governor of Mombasa condemned Uganda's decision.",
			nil},
		{"a city's officials are no speaker", "",
			"Mombasa officials accused Uganda of blocking trade.",
			nil},
		{"a city in a joint subject is no partner", "",
			"Kharkiv and Peru signed a trade accord on Monday.",
			nil},
		{"a city's officials addressed are no listener", "",
			"Peru's president told Kharkiv officials that the talks would resume.",
			nil},
		{"a visit to a city is no contact with its state", "",
			"The Peruvian president visited Kandahar on Monday.",
			nil},
		{"aid sent to a city is no support of its state", "",
			"Peru sent food aid to Benghazi.",
			nil},
		{"a word on a city is none toward its state", "",
			"Peru said the shelling of Basra was deplorable.",
			nil},
		{"a visit to a site in a city is no contact with its state", "",
			"Ugandan officers said the Peruvian envoy visited the Kandahar base on Monday.",
			nil},
		{"a country's raid on a city's market is its act toward the city's state", "",
			"Peru condemned the Ugandan raid on the Goma market.",
			[]string{"PER→UGA -", "UGA→COD -"}},
		{"a city of a joint subject's partner keeps the partner", "",
			"Ugandan and Kenyan troops traded fire by the Mombasa road in March, leaving two people dead, and each side blamed the other.",
			[]string{"KEN→UGA -", "UGA→KEN -"}},
		{"talks of a joint subject in a third country's city are held there", "",
			"The foreign ministers of Zambia and Malawi completed two rounds of talks in Nairobi on Friday.",
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"talks of one country in another's city are with its host", "",
			"Zambia's foreign minister completed two rounds of talks in Nairobi on Friday.",
			[]string{"KEN→ZMB +", "ZMB→KEN +"}},
	})
}

// TestPlaceLabel: a city or region before a headline's colon is the scene
// of the news, a label, and no speaker: what follows has its own speaker.
// Every stance is listed, those of no speaker country too ("→X").
func TestPlaceLabel(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ title, want string }{
		{"Kharkiv: Kyiv accuses Russian forces of shelling homes", "UKR→RUS -"},
		{"Goma: Kinshasa says Rwandan troops shelled a camp", "COD→RWA - RWA→COD -"},
	}
	for _, tt := range tests {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}
