package reports

import (
	"slices"
	"testing"

	"github.com/stance-project/stance/lexicons"
)

func TestCountryName(t *testing.T) {
	tests := []struct{ code, want string }{
		{"RUS", "Russia"},
		{"USA", "United States"},
		{"GBR", "United Kingdom"},
		{"CHN", "China"},
		{"DEU", "Germany"},
		{"KOR", "South Korea"},
		{"PRK", "North Korea"},
		{"IRN", "Iran"},
		{"SYR", "Syria"},
		{"TWN", "Taiwan"},
		{"VAT", "Vatican City"},
		// Our own names: historical, user-assigned, renamed.
		{"SUN", "Soviet Union"},
		{"YUG", "Yugoslavia"},
		{"CSK", "Czechoslovakia"},
		{"DDR", "East Germany"},
		{"YMD", "South Yemen"},
		{"PSE", "Palestine"},
		{"XKX", "Kosovo"},
		{"COD", "DR Congo"},
		{"MKD", "North Macedonia"},
		// Organisations.
		{"UN", "United Nations"},
		{"EU", "European Union"},
		{"NATO", "NATO"},
		{"ARL", "Arab League"},
		{"G20", "G20"},
		// Not a code: returned as is.
		{"rus", "rus"},
		{"ZZZ", "ZZZ"},
		{"ABC", "ABC"},
		{"XAA", "XAA"}, // private use
		{"840", "840"},
		{"RU", "RU"},
		{"", ""},
		{"<img src=x>", "<img src=x>"},
	}
	for _, tt := range tests {
		if got := CountryName(tt.code); got != tt.want {
			t.Errorf("CountryName(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestCountryLabel(t *testing.T) {
	tests := []struct{ code, want string }{
		{"RUS", "Russia (RUS)"},
		{"SUN", "Soviet Union (SUN)"},
		{"NATO", "NATO"},
		{"G7", "G7"},
		{"ARL", "Arab League (ARL)"},
		{"ZZZ", "ZZZ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CountryLabel(tt.code); got != tt.want {
			t.Errorf("CountryLabel(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestCountryNameLexicons checks that every code of the country lexicon
// and every organisation code has a name.
func TestCountryNameLexicons(t *testing.T) {
	for _, code := range []string{"EU", "NATO", "UN", "AU", "ASEAN", "OPEC", "ARL", "GCC", "OIC", "IAEA", "WHO", "IMF", "WTO", "OSCE", "SCO", "CSTO", "BRICS", "G7", "G20"} {
		if !lexicons.IsOrganisation(code) {
			t.Errorf("%s is not an organisation for lexicons.IsOrganisation", code)
		}
		if CountryName(code) == "" {
			t.Errorf("CountryName(%q) is empty", code)
		}
	}
	for _, code := range lexiconCountryCodes(t) {
		if got := CountryName(code); got == code && !lexicons.IsOrganisation(code) {
			t.Errorf("CountryName(%q) has no name", code)
		}
	}
}

func lexiconCountryCodes(t *testing.T) []string {
	t.Helper()
	cs, err := lexicons.LoadCountries(lexicons.Default())
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range cs {
		codes = append(codes, c.Code)
	}
	return codes
}

// TestExtraCountryCodes checks that every extra code has a name of its
// own and is not an ISO 3166-1 code.
func TestExtraCountryCodes(t *testing.T) {
	for _, c := range ExtraCountryCodes {
		if _, ok := ownNames[c]; !ok {
			t.Errorf("extra code %s has no name in ownNames", c)
		}
	}
	for c := range ownNames {
		if lexicons.IsOrganisation(c) && !slices.Contains(ExtraCountryCodes, c) {
			t.Errorf("organisation %s is not in ExtraCountryCodes", c)
		}
	}
}
