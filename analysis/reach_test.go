package analysis

import "testing"

// TestReach checks, on invented sentences, mechanisms by which an act or
// a term reaches its country: a pattern verb of assault by a weapon, a
// destination that is no party, a relative clause of a country's forces,
// the act of people who act for themselves, the agent of a participle, aid
// carried by verbs of flying and handing over, forces that cross a
// border, and a group of states named by its examples.
func TestReach(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a verb of assault only in a pattern of its weapon reaches the weapon's country in a report", "",
			"Togolese investigators said a Ghanaian rocket had brought down the cargo plane.",
			[]string{"TGO→GHA -"}},
		{"a destination compound is no party", "",
			"Ghanaian marines boarded a Lome-bound relief vessel on Friday.",
			nil},
		{"storming a country's mission is an assault on it", "",
			"Ghanaian gendarmes stormed Togo's consulate before dawn.",
			[]string{"GHA→TGO -"}},
		{"a relative clause of a country's forces is their act", "",
			"Ghanaian gendarmes, who raided Togo's consulate in Accra last year, detained a retired general.",
			[]string{"GHA→TGO -"}},
		{"the act of demonstrators beside a leader's flight is no act of the leader's", "",
			"Ghana's president quit and fled to Togo while demonstrators stormed the parliament.",
			nil},
		{"the agent of a participle owns no noun before it", "",
			"Togo condemned the harassment of its fishermen detained by Ghana.",
			[]string{"TGO→GHA -"}},
		{"aid flown to a capital", "",
			"Ghana flew blankets and medicine to Lome after the storm.",
			[]string{"GHA→TGO +"}},
		{"aid ferried to a country", "",
			"Ghanaian boats ferried oxygen and ventilators to Togo on Sunday.",
			[]string{"GHA→TGO +"}},
		{"arms handed over to a country's army", "",
			"Ghana handed over two helicopters to the Togolese army.",
			[]string{"GHA→TGO +"}},
		{"forces that crossed a border in a report", "",
			"Togo said Ghanaian soldiers had crossed the border overnight.",
			[]string{"TGO→GHA -"}},
		{"civilians who cross are no intrusion", "",
			"Togo said Ghanaian traders had crossed the border overnight.",
			nil},
		{"a group of states named by its examples", "KEN",
			"We appreciate the patient mediation of several States of West Africa, including Ghana and Togo.",
			[]string{"KEN→GHA +", "KEN→TGO +"}},
		{"a group of states named by examples after such as", "KEN",
			"We appreciate the efforts of neighbouring countries such as Uganda.",
			[]string{"KEN→UGA +"}},
	})
}
