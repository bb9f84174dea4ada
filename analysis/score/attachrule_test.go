package score

import "testing"

func TestAttachRule(t *testing.T) {
	tests := []struct {
		r         attachRule
		text      string
		certainty float64
		event     bool
	}{
		{ruleNone, "", 0, false},
		{ruleFrame, "frame", 0.9, false},
		{ruleForward, "forward", 0.8, true},
		{ruleObjectOfAct, "object of the speaker's act", 0.8, true},
		{ruleStatement, "statement", 0.3, false},
		{ruleComplement, "complement of the object", 0.8, true},
		{numAttachRules, "attachRule(?)", 0, false},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.text {
			t.Errorf("attachRule(%d).String() = %q, want %q", tt.r, got, tt.text)
		}
		if got := tt.r.certainty(); got != tt.certainty {
			t.Errorf("%q certainty = %v, want %v", tt.text, got, tt.certainty)
		}
		if got := tt.r.eventRule(); got != tt.event {
			t.Errorf("%q eventRule = %v, want %v", tt.text, got, tt.event)
		}
	}
	// Every rule has a text of its own: explain and the evidence column
	// tell them apart.
	seen := map[string]attachRule{}
	for r := ruleNone + 1; r < numAttachRules; r++ {
		if prev, ok := seen[r.String()]; ok || r.String() == "" {
			t.Errorf("rule %d has the text %q of rule %d", r, r.String(), prev)
		}
		seen[r.String()] = r
	}
}
