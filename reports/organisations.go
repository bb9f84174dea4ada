package reports

import (
	"fmt"
	"slices"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/lexicons"
)

// This file keeps international organisations (UN, EU, NATO ...) out of
// the report's charts unless HTMLData.WithOrganisations asks for them: the
// charts are of country pairs, and an organisation that many countries
// address (the UN in the General Debate) would fill the heatmap's rows,
// the top dyads and the network without saying anything about how
// countries stand toward each other.

// organisationPair reports whether a speaker country or a target is an
// organisation.
func organisationPair(speaker, target string) bool {
	return lexicons.IsOrganisation(speaker) || lexicons.IsOrganisation(target)
}

// chartedData returns the part of d that the charts show: all of it with
// WithOrganisations, else d without the dyads, speaker rows, map points and
// bloc rows of organisations. d's slices are not changed.
func chartedData(d HTMLData) HTMLData {
	if d.WithOrganisations {
		return d
	}
	d.Dyads = slices.DeleteFunc(slices.Clone(d.Dyads), func(x aggregate.Dyad) bool { return organisationPair(x.Speaker, x.Target) })
	d.Speakers = slices.DeleteFunc(slices.Clone(d.Speakers), func(x SpeakerTarget) bool { return organisationPair(x.Country, x.Target) })
	d.Map = slices.DeleteFunc(slices.Clone(d.Map), func(x aggregate.MapPoint) bool { return lexicons.IsOrganisation(x.Country) })
	d.Blocs = slices.DeleteFunc(slices.Clone(d.Blocs), func(x aggregate.Bloc) bool { return lexicons.IsOrganisation(x.Country) })
	return d
}

// organisationNote says what the report did with the organisations'
// dyads: "" when there are none.
func organisationNote(d HTMLData) string {
	n, dyads := 0, 0
	for _, x := range d.Dyads {
		if organisationPair(x.Speaker, x.Target) {
			n += x.N
			dyads++
		}
	}
	if dyads == 0 {
		return ""
	}
	if d.WithOrganisations {
		return fmt.Sprintf("International organisations (UN, EU, NATO …) are charted as countries: %d stances in %s of or toward them.",
			n, plural(dyads, "dyad"))
	}
	return fmt.Sprintf("The charts and their tables are of countries: the %d stances of or toward international organisations "+
		"(UN, EU, NATO …; %s) are left out of them, as they are of alignment, the map and the blocs. "+
		"dyads.csv, stances.csv and the statement explorer have them; stance's -with-organisations charts them.",
		n, plural(dyads, "dyad"))
}

// plural returns "1 dyad", "2 dyads".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
