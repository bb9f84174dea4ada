package analysis

import "testing"

// TestSoleTargetBackoff checks, on invented sentences, the back-off of a
// term that no rule attached in a report whose speaker has a country: it
// reaches the one other country of its clause, and nothing when the
// clause names two countries or the speaker's own, or when the country
// stands right by the term (a rule of the attacher left it out).
func TestSoleTargetBackoff(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"the one country of the clause", "",
			"Kenyan officials said Tanzania was responsible for the recent server hacks.",
			[]string{"KEN→TZA -"}},
		{"two countries: no sole target", "",
			"Kenyan officials said Tanzania and Uganda were responsible for the recent server hacks.",
			nil},
		{"a victim right by the term stays out", "",
			"Kenyan officials said easing the embargo on Tanzania is out of the question.",
			nil},
		{"the speaker's own country in the clause", "",
			"Kenyan officials said Kenya's embargo remains, and Tanzania must comply.",
			nil},
		// Hosting a leader is contact (CAMEO 043), in a text the host's act.
		{"a host of a visit", "",
			"Ugandan President Museveni hosted Rwandan President Kagame in Entebbe.",
			[]string{"UGA→RWA +"}},
	})
}
