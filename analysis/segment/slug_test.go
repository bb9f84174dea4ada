package segment

import "testing"

func TestTitleSpanWireSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"UPDATE 2-Ghana summons Togo envoy", "Ghana summons Togo envoy"},
		{"EXCLUSIVE-Ghana plans to expel Togolese diplomats", "Ghana plans to expel Togolese diplomats"},
		{"RPT-UPDATE 1-Ghana, Togo sign pact", "Ghana, Togo sign pact"},
		{"  SPECIAL REPORT-How Ghana won  ", "How Ghana won"},
		{"US-China talks collapse", "US-China talks collapse"},           // a pair compound, no slug
		{"UPDATE - Ghana summons envoy", "UPDATE - Ghana summons envoy"}, // a dash with spaces is a title's own
		{"UPDATE 2-", "UPDATE 2-"},                                       // nothing after the slug
		{"Update 2-Ghana summons envoy", "Update 2-Ghana summons envoy"}, // slugs are in capitals
		{"GHANA-TOGO ties", "GHANA-TOGO ties"},
	}
	for _, tt := range tests {
		sp := TitleSpan(tt.title)
		if got := tt.title[sp.Start:sp.End]; got != tt.want {
			t.Errorf("TitleSpan(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func FuzzTitleSpan(f *testing.F) {
	for _, s := range []string{"UPDATE 2-Ghana", "RPT-UPDATE 1-x", "SPECIAL REPORT-", " UPDATE 12-", "A-B", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp := TitleSpan(s)
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(s) {
			t.Fatalf("TitleSpan(%q) = %v, out of range", s, sp)
		}
	})
}
