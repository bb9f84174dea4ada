package extract

import (
	"slices"
	"testing"
)

// TestRegistryCoversRules: every statement rule is given by a pass of the
// registry (extract_registry.go), and has an id of its own.
func TestRegistryCoversRules(t *testing.T) {
	listed := map[Rule]bool{}
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
	ids := map[string]Rule{}
	for r := RuleNone + 1; r < NumRules; r++ {
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
