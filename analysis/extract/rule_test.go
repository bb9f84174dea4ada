package extract

import "testing"

// TestStmtRuleText: every statement rule has a text of its own, which
// stance explain prints.
func TestStmtRuleText(t *testing.T) {
	seen := map[string]Rule{}
	for r := RuleNone + 1; r < NumRules; r++ {
		text := r.String()
		if text == "" {
			t.Errorf("rule %d has no text", r)
		}
		if prev, ok := seen[text]; ok {
			t.Errorf("rules %d and %d share the text %q", prev, r, text)
		}
		seen[text] = r
	}
	if got := NumRules.String(); got != "stmtRule(?)" {
		t.Errorf("NumRules.String() = %q, want %q", got, "stmtRule(?)")
	}
}

// TestPairRelation: the rules that read a relation two countries share
// are the pair rules, and no other.
func TestPairRelation(t *testing.T) {
	want := map[Rule]bool{RulePairCompound: true, RulePairBetween: true, RuleEmbeddedPair: true, RuleTitleIn: true, RulePairList: true}
	for r := RuleNone; r < NumRules; r++ {
		if got := r.PairRelation(); got != want[r] {
			t.Errorf("%s.PairRelation() = %v, want %v", r.ID(), got, want[r])
		}
	}
}
