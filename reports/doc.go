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
// "stance help formats": keep them in sync.
package reports
