package analysis

import (
	"slices"
	"testing"
)

// TestStmtRuleText: every statement rule has a text of its own, which
// stance explain prints.
func TestStmtRuleText(t *testing.T) {
	seen := map[string]stmtRule{}
	for r := stmtNone + 1; r < numStmtRules; r++ {
		text := r.String()
		if text == "" {
			t.Errorf("rule %d has no text", r)
		}
		if prev, ok := seen[text]; ok {
			t.Errorf("rules %d and %d share the text %q", prev, r, text)
		}
		seen[text] = r
	}
	if got := numStmtRules.String(); got != "stmtRule(?)" {
		t.Errorf("numStmtRules.String() = %q, want %q", got, "stmtRule(?)")
	}
}

// TestRegistryCoversRules: every statement rule is given by a pass of the
// registry (extract_registry.go), and has an id of its own.
func TestRegistryCoversRules(t *testing.T) {
	listed := map[stmtRule]bool{}
	for _, p := range bodyPasses {
		for _, r := range p.rules() {
			listed[r] = true
		}
	}
	for _, p := range titlePasses {
		for _, r := range p.rules() {
			listed[r] = true
		}
	}
	// The shapes of reported speech give the rules of reportedPass.
	for _, sh := range reportedShapes {
		for _, r := range sh.rules() {
			if !slices.Contains(reportedPass{}.rules(), r) {
				t.Errorf("reported shape %T gives %s, not in reportedPass.rules", sh, r.ID())
			}
		}
	}
	ids := map[string]stmtRule{}
	for r := stmtNone + 1; r < numStmtRules; r++ {
		if !listed[r] {
			t.Errorf("rule %s (%q) is given by no pass", r.ID(), r)
		}
		if r.ID() == "" {
			t.Errorf("rule %d has no id", r)
		}
		if prev, ok := ids[r.ID()]; ok {
			t.Errorf("rules %d and %d share the id %q", prev, r, r.ID())
		}
		ids[r.ID()] = r
	}
}
