package analysis

import "testing"

// TestSpeechRoles checks, on invented sentences of first-person speeches,
// how a sentence's terms reach countries: another country's act told in
// the speech, a victim after a hostile preposition or adjective, and
// contact the speaker is no party of.
func TestSpeechRoles(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// Another country's act: its object is not the speaker's target.
		{"another country's rejection makes its agent the target", "BOL",
			"Chile has rejected Peru's generous proposal.",
			[]string{"BOL→CHL -"}},
		{"another country's support is not the speaker's", "BOL",
			"Chile supported Peru throughout the negotiations.",
			nil},
		{"a hostile act toward the speaker is its complaint", "BOL",
			"Chile blamed Bolivia for the incident.",
			[]string{"BOL→CHL -"}},
		{"a passive subject is no agent", "BOL",
			"Peru was refused its rightful seat by the committee.",
			nil},
		{"the speaker's own support keeps its object", "BOL",
			"We supported Peru throughout the negotiations.",
			[]string{"BOL→PER +"}},
		// A participle between a preposition and its noun qualifies
		// the noun: "alleged" there is no allegation of the speaker's.
		{"an alleged act after a preposition", "BOL",
			"We have read the reports of alleged arms deliveries to Uruguay.",
			nil},
		{"an alleged act after regarding", "BOL",
			"We have read the reports regarding alleged arms deliveries to Uruguay.",
			nil},
		// A joint subject of the speaker's country and another: what
		// the two did together is each one's toward the other.
		{"a pact the speaker's country and another signed", "BOL",
			"Bolivia and Paraguay signed a fisheries pact in May.",
			[]string{"BOL→PRY +", "PRY→BOL +"}},
		{"talks of the two, the other named first", "BOL",
			"Paraguay and Bolivia held talks on the border.",
			[]string{"BOL→PRY +", "PRY→BOL +"}},
		{"cooperation the two deepened", "BOL",
			"Both Bolivia and Paraguay have deepened their cooperation.",
			[]string{"BOL→PRY +", "PRY→BOL +"}},
		{"their cooperation, with a phrase after it", "BOL",
			"Paraguay and Bolivia have widened their cooperation along the river.",
			[]string{"BOL→PRY +", "PRY→BOL +"}},
		{"together with another, we signed", "BOL",
			"Together with Uruguay, we signed a treaty on river navigation.",
			[]string{"BOL→URY +", "URY→BOL +"}},
		{"our talks with another are ours alone", "BOL",
			"We held talks with Paraguay on the border.",
			[]string{"BOL→PRY +"}},
		// Thanks for an act: the act is the thanked country's, toward
		// the speaker.
		{"grateful to a country for its help", "BOL",
			"We remain grateful to Uruguay for its assistance in rebuilding our schools.",
			[]string{"BOL→URY +", "URY→BOL +"}},
		{"thanks to a government for agreeing to receive", "BOL",
			"We thank the Government of Paraguay for agreeing to shelter our displaced families.",
			[]string{"BOL→PRY +", "PRY→BOL +"}},
		{"thanks to two countries for what they did, told in a relative clause", "BOL",
			"We remain grateful to Uruguay and Argentina, which opened their hospitals to our wounded miners.",
			[]string{"ARG→BOL +", "BOL→ARG +", "BOL→URY +", "URY→BOL +"}},
		{"the reason of thanks ends at and", "BOL",
			"We thank Uruguay and Argentina for their reports and stand with them.",
			[]string{"BOL→ARG +", "BOL→URY +"}},
		{"support of a cause thanked for is no act toward the speaker", "BOL",
			"We are grateful to Uruguay for its support for a negotiated solution.",
			[]string{"BOL→URY +"}},
		// A victim after a hostile preposition or adjective.
		{"against the will of a country", "BOL",
			"The vote was organised against the will of Peru.",
			nil},
		{"against a country's people", "BOL",
			"The campaign waged against the Peruvian people must stop.",
			nil},
		{"against a country stays a stance", "BOL",
			"We stand firmly against Chile on this matter.",
			[]string{"BOL→CHL -"}},
		{"a hostile adjective of a noun with the country as complement", "BOL",
			"The armed groups must end their illegal control of Peruvian towns.",
			nil},
		// Contact the speaker is no party of, and what it gives back.
		{"a contact of two others", "BOL",
			"Chile and Peru held talks last week.",
			nil},
		{"a numbered meeting is a session", "BOL",
			"As we heard from Chile [512th meeting], the border will stay open.",
			nil},
		{"the speaker's contact gives no reverse stance", "BOL",
			"We held talks with Peru last week.",
			[]string{"BOL→PER +"}},
	})
}
