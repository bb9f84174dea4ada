package annotate

import "testing"

func TestWeaponModel(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"MiG-29s", true},
		{"Su-25", true},
		{"T-72", true},
		{"S-300", true},
		{"F-16s", true},
		{"Il-76MD", false},
		{"COVID-19", false},
		{"mig-29", false},
		{"T-", false},
		{"-72", false},
		{"Kenya-Uganda", false},
		{"2-0", false},
	}
	for _, tt := range tests {
		if got := weaponModel(tt.s); got != tt.want {
			t.Errorf("weaponModel(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
