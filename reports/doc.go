// Package reports writes stance's output files: the tables (statements,
// stances, dyads, alignment, map, blocs) as CSV or Parquet, schema.json
// that describes them, and the HTML report.
//
// Every CSV table is RFC 4180 in UTF-8 with a header row, CRLF line ends,
// '.' decimals with a fixed number of places, and an empty cell for an
// unknown value; a text cell that starts like a spreadsheet formula gets a
// ' in front unless TableOptions.RawCSV. The tables' columns are defined
// once, in [Tables]: the CSV headers, the Parquet schemas and schema.json
// come from there. They are the contract documented in the README and in
// "stance help formats": keep them in sync. The country columns hold ISO
// 3166-1 alpha-3 codes plus [ExtraCountryCodes]; schema.json says so.
//
// The HTML report (WriteHTMLReport) shows countries by name, [CountryName]
// and [CountryLabel]: "Russia (RUS)" in tables, tooltips, the dyad
// selector and the statement explorer, the name alone on chart axes and
// point labels, where long lists of "name (code)" would overflow. It opens
// with "How to read this report": the stance scale and its thresholds
// (±0.05), the 95 % interval (none below two stances with evidence), what
// alignment is, and the run's parameters that HTMLData gives (zero values
// are left unsaid). The time series is on a time axis, each period at its
// start date, with gaps where a dyad has no stances and between periods
// that are not neighbours; the network draws the pairs with at least 3
// stances with evidence; the map hides overlapping labels, has a legend
// of its blocs, and a period slider only when there are two periods or
// more. The statement explorer ([Collector]) shows each statement around
// its first evidence term and its target, both marked, with the rule that
// produced the stance; a speaker's spellings show as one name
// ([ActorNames]).
package reports
