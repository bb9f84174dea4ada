package analysis

import "testing"

// TestRoles checks the roles of targets on invented sentences: a place of
// a situation, another country's act told in a speech, and the partner of
// a contact that reached no country.
func TestRoles(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// A situation noun: the country written before it is its place.
		{"a country's adjective before a crisis is its place", "",
			"The Peruvian minister said the Chilean crisis would be discussed at the summit.",
			nil},
		{"a country's name before tensions is their place", "",
			"The Peruvian minister said the Chile tensions were rising.",
			nil},
		{"the owner of a hostile noun stays its agent", "",
			"The Peruvian minister said Chile's aggression must stop.",
			[]string{"PER→CHL -"}},
		{"a situation in a speech", "BOL",
			"The Peruvian crisis must end through dialogue.",
			nil},
		// A speech tells of another country's act: of a hostile act the
		// agent is the speaker's target, and its object a victim.
		{"another country's hostile act in a speech", "BOL",
			"Chile has closed its border with Peru.",
			[]string{"BOL→CHL -"}},
		{"another country's refusal in a speech", "BOL",
			"Chile failed to respond to Peru's proposal.",
			[]string{"BOL→CHL -"}},
		{"another country's friendly act in a speech", "BOL",
			"Chile has extended condolences to Peru.",
			nil},
		{"the speaker's own act keeps its object", "BOL",
			"We have closed our border with Peru.",
			[]string{"BOL→PER -"}},
		{"a joint subject with the speaker keeps its object", "BOL",
			"Bolivia and Chile have closed their borders with Peru.",
			[]string{"BOL→PER -"}},
		// Contact of each party: only with a partner it reached.
		// The signature still colours the statement at half weight
		// (ruleStatement); only the reverse stance is gone.
		{"a signature that reached no country names no partner", "",
			"Peru signed two decrees on migration on Monday, moving ahead with plans for a fence along the border with Chile.",
			[]string{"PER→CHL +"}},
		{"a signed agreement with a partner is of each party", "",
			"Peru signed a fisheries agreement with Chile on Monday.",
			[]string{"CHL→PER +", "PER→CHL +"}},
		// A passive's agent speaks of the act its subject names: the
		// country of that act is the target, with "be" or without.
		{"a passive of a country's adjective and its act", "",
			"The Chilean raid on the port was condemned by Peru.",
			[]string{"PER→CHL -"}},
		{"praise won from another country is that country's", "",
			"Peru won praise from Chile for its handling of the floods.",
			[]string{"CHL→PER +"}},
		{"pressure faced from another country is that country's", "",
			"Chile faces mounting pressure from Peru to reopen the border.",
			[]string{"PER→CHL -"}},
		{"the country a move angers is hostile to the mover", "",
			"Peru's border move angered Chile.",
			[]string{"CHL→PER -"}},
		{"a country's decision as the subject of a reaction", "",
			"Chile's decision to close the border drew sharp criticism from Peru.",
			[]string{"PER→CHL -"}},
		{"an irregular participle after be is a passive: its subject is no actor", "",
			"A Peruvian jet was shot down over Chile.",
			nil},
		{"a pattern's victim before the verb is the agent of a country's own act", "",
			"Kenyan jets shot down a Tanzanian drone near the Ugandan border.",
			[]string{"KEN→TZA -"}},
		{"an event verb of a passive is done to its subject", "",
			"A Kenyan engineer was sentenced to five years by a court in Tanzania.",
			[]string{"TZA→KEN -"}},
		{"a passive's agent speaks of its clause, though the subject names no country", "",
			"A note of protest was delivered to the Tanzanian embassy by Kenya's foreign ministry on Monday.",
			[]string{"KEN→TZA -"}},
		{"a passive's clause of support", "",
			"Readiness to expand trade with Uganda was voiced on Friday by the Kenyan government.",
			[]string{"KEN→UGA +"}},
		{"a passive's subject is the phrase, not a name inside it", "",
			"Kenya's decision to impose sanctions on Uganda was announced by the Kenyan foreign ministry.",
			[]string{"KEN→UGA -"}},
		{"a passive's subject naming the target", "",
			"A formal complaint against Uganda was filed by Kenya at the tribunal.",
			[]string{"KEN→UGA -"}},
		{"cooperation with the speaker asked of the addressee is toward it", "",
			"The Kenyan president urged Uganda to work together with Nairobi on border security.",
			[]string{"KEN→UGA +"}},
		{"cooperation with the speaker's country asked of the addressee", "",
			"The Kenyan president urged Uganda to cooperate with Kenya.",
			[]string{"KEN→UGA +"}},
		{"a thing after by is no agent", "",
			"Kenya was shaken by the Kampala flood fatalities.",
			nil},
		{"a place after a passive with no agent is no target", "",
			"Peruvian troops were attacked near the Chilean border.",
			nil},
		{"a participle of passive between commas", "",
			"The Chilean raid on the port, condemned by Peru, left two boats sunk.",
			[]string{"PER→CHL -"}},
	})
}
