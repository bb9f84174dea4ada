package reports

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The report shows countries by name: "Russia (RUS)" in tables, tooltips,
// the dyad selector and the statement explorer, and the name alone where
// space is short (the heatmap's axes, the map's and the network's point
// labels), because a long list of "name (code)" labels overflows. The
// CSV and Parquet tables keep the codes.

// ownNames are the names of the codes that CLDR (through x/text) lacks or
// names in a way that misleads in this report: historical states that
// ISO 3166-1 no longer lists (CLDR folds DDR into Germany and YMD into
// Yemen), user-assigned codes (XKX), common short names where CLDR's are
// dated or awkward, and the international organisations of
// lexicons.IsOrganisation. Keep in sync with lexicons/countries.tsv.
var ownNames = map[string]string{
	// Historical states (ISO 3166-3) and user-assigned codes.
	"SUN": "Soviet Union",
	"YUG": "Yugoslavia",
	"CSK": "Czechoslovakia",
	"DDR": "East Germany",
	"YMD": "South Yemen",
	"PSE": "Palestine",
	"XKX": "Kosovo",
	// Names CLDR gives in an older or less readable form.
	"COD": "DR Congo",
	"COG": "Congo",
	"MKD": "North Macedonia",
	"SWZ": "Eswatini",
	"MMR": "Myanmar",
	"KNA": "Saint Kitts and Nevis",
	"LCA": "Saint Lucia",
	"VCT": "Saint Vincent and the Grenadines",
	"ATG": "Antigua and Barbuda",
	"BIH": "Bosnia and Herzegovina",
	"TTO": "Trinidad and Tobago",
	"STP": "São Tomé and Príncipe",
	// International organisations (lexicons.IsOrganisation).
	"UN":    "United Nations",
	"EU":    "European Union",
	"NATO":  "NATO",
	"AU":    "African Union",
	"ASEAN": "ASEAN",
	"OPEC":  "OPEC",
	"ARL":   "Arab League",
	"GCC":   "Gulf Cooperation Council",
	"OIC":   "Organisation of Islamic Cooperation",
	"IAEA":  "International Atomic Energy Agency",
	"WHO":   "World Health Organization",
	"IMF":   "International Monetary Fund",
	"WTO":   "World Trade Organization",
	"OSCE":  "OSCE",
	"SCO":   "Shanghai Cooperation Organisation",
	"CSTO":  "Collective Security Treaty Organization",
	"BRICS": "BRICS",
	"G7":    "G7",
	"G20":   "G20",
}

// ExtraCountryCodes are the codes of stance's tables beyond ISO 3166-1
// alpha-3: historical states (ISO 3166-3), Kosovo's user-assigned XKX,
// and the international organisations of lexicons.IsOrganisation.
var ExtraCountryCodes = []string{
	"SUN", "YUG", "CSK", "DDR", "YMD", "XKX",
	"UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "ARL", "GCC", "OIC", "IAEA", "WHO", "IMF", "WTO", "OSCE", "SCO", "CSTO", "BRICS", "G7", "G20",
}

var regionNames = display.English.Regions()

// CountryName returns the English name of a country code of stance's
// tables: an ISO 3166-1 alpha-3 code ("RUS" → "Russia", CLDR's English
// display name through golang.org/x/text), one of the historical codes
// stance uses (SUN, YUG, CSK, DDR, YMD; PSE Palestine, XKX Kosovo) or an
// organisation code of lexicons.IsOrganisation ("ARL" → "Arab League").
// Any other string, lower case included, is returned as it is. It
// depends on nothing but code and the x/text version.
func CountryName(code string) string {
	if n, ok := ownNames[code]; ok {
		return n
	}
	if !isAlpha3(code) {
		return code
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	// ParseRegion maps some withdrawn codes to their successors; only a
	// region that maps back to the same code is named.
	if r.ISO3() != code || r.IsPrivateUse() || r.String() == "ZZ" {
		return code
	}
	if n := regionNames.Name(r); n != "" {
		return n
	}
	return code
}

// CountryLabel is CountryName with the code beside it, "Russia (RUS)",
// or the code alone when it has no name.
func CountryLabel(code string) string {
	n := CountryName(code)
	if n == code {
		return code
	}
	return n + " (" + code + ")"
}

func isAlpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
