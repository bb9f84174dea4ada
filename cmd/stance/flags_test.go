package main

import (
	"context"
	"strings"
	"testing"
)

// TestBlendFlag: -blend takes a number in [0, 1]; NaN (which emptied every
// stance with evidence), infinities and numbers out of range are usage
// errors (exit 2) that name the range, in every command that has it.
func TestBlendFlag(t *testing.T) {
	t.Parallel()
	for _, cmd := range [][]string{{"run"}, {"eval"}, {"explain"}, {"lexicon", "stats"}} {
		for _, v := range []string{"NaN", "nan", "Inf", "+Inf", "-Inf", "infinity", "1e400", "-0.1", "1.5", "0x1p1", "lots", ""} {
			args := append(append([]string{}, cmd...), "-blend", v, "no-such-input.txt")
			var stdout, stderr strings.Builder
			err := run(context.Background(), args, &stdout, &stderr, env{})
			if got := exitCode(err, &stderr); got != 2 {
				t.Errorf("stance %q: exit status %d, want 2 (%v)", args, got, err)
				continue
			}
			if want := "flag -blend: want a number in [0, 1]"; !strings.Contains(stderr.String(), want) {
				t.Errorf("stance %q: stderr %q, want %q", args, stderr.String(), want)
			}
		}
	}
	for _, tt := range []struct {
		in   string
		want float64
	}{{"0", 0}, {"0.1", 0.1}, {"1", 1}, {"1e-3", 0.001}, {"-0", 0}} {
		var f blendFlag
		if err := f.Set(tt.in); err != nil || float64(f) != tt.want {
			t.Errorf("-blend %s = %v (%v), want %v", tt.in, float64(f), err, tt.want)
		}
	}
}
