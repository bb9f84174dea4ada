// Package reports writes stance's output files: the CSV tables
// (statements.csv, stances.csv, dyads.csv, alignment.csv), the manifest
// run.json and the HTML report.
//
// Every table is RFC 4180 CSV in UTF-8 with a header row, CRLF line ends,
// '.' decimals with a fixed number of places, and an empty cell for an
// unknown value. The column lists are the contract documented in the README
// and in "stance help formats": keep them in sync.
package reports
