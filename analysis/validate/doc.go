// Package validate compares stance's alignment index with an external
// measure of alignment per country pair and period, such as the share of
// UN General Assembly roll calls on which two countries voted alike
// (Voeten's data: agreement 1 for the same vote, 0.5 when one abstained, 0
// for opposite votes).
//
// # Tables
//
// [Read] reads either table: a CSV file with a header row, gzip-compressed
// or not, from which it takes four columns by name ([Columns]): the two
// countries of a pair, the period and the value. [AlignmentColumns] names
// those of stance's alignment.csv (country_a, country_b, period, and
// score, mutual or similarity), [AgreementColumns] those of the UN voting
// file (iso3_a, iso3_b, year, agreement). Pairs are unordered. A period is
// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Www or empty (undated).
//
// Rows without a value (an empty cell, NA or NaN) are skipped and counted,
// and so are rows that pair a country with itself. A pair and period given
// twice with the same value (AAA,BBB and BBB,AAA, say) count once; given
// twice with different values they are an error, since either choice would
// be a guess. Bad data stops the read with a *[ParseError] that prints as
// "file:line: message".
//
// # Matching
//
// [Compare] matches each alignment row with the agreement row of the same
// pair and the same period ("1990" with year 1990). A finer alignment
// period ("1990-03") matches only an agreement row of that period, unless
// [Options.ByYear] asks to match it to its year. [Options.From] and
// [Options.To] keep the periods whose year lies within them. The [Result]
// counts, for each table, the rows compared and the rows that found no
// partner, with how many of those lie in years the other table does not
// cover at all, and how many are finer than a year.
//
// # Figures
//
// For the pair-periods matched, overall and per agreement period (per
// year for the UN file), the result gives their number, Spearman's rho
// (the correlation of ranks, tied values sharing the mean of their ranks:
// does a pair that stance finds more aligned also vote more alike?) and
// Pearson's r (the linear correlation of the values themselves). Both are
// NaN, printed "n/a", for fewer than two pairs or a constant variable. The
// pairs are sorted before any sum, so the figures, printed with four
// decimals by [Result.WriteText] and [Result.WriteCSV], are the same
// whatever the order of the rows in the files.
//
// The overall figures pool every period: they reward an index that gets
// the level of alignment right from one year to the next as well as within
// a year. The per-period figures compare pairs within one period only.
package validate
