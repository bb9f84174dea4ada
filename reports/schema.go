package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Type is the type of a column's values.
type Type int

// The column types. In CSV every value is text; in Parquet a String or
// Date column is a UTF-8 byte array, an Integer column int64 and a Number
// column a double.
const (
	String  Type = iota // text
	Integer             // a whole number
	Number              // a decimal number
	Date                // YYYY-MM-DD, YYYY-MM or YYYY
)

var typeNames = [...]string{String: "string", Integer: "integer", Number: "number", Date: "date"}

// String returns the type's name in schema.json: string, integer, number
// or date.
func (t Type) String() string {
	if t < 0 || int(t) >= len(typeNames) {
		return fmt.Sprintf("Type(%d)", int(t))
	}
	return typeNames[t]
}

// Column describes one column of a table.
type Column struct {
	Name string
	Type Type
	// Nullable is true when a value can be unknown: an empty cell in CSV,
	// a null in Parquet (an optional column).
	Nullable bool
	// Description is one line, worded as in the README's output tables.
	Description string
}

// TableSchema describes one output table: its name (the file name without
// the extension), what a row is, and its columns in order.
type TableSchema struct {
	Name        string
	Description string
	Columns     []Column
}

// ColumnNames returns the names of the columns, the CSV header.
func (t *TableSchema) ColumnNames() []string {
	names := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		names[i] = c.Name
	}
	return names
}

// File returns the table's file name in format f: "stances.csv".
func (t *TableSchema) File(f Format) string { return t.Name + "." + f.String() }

// The output tables: the one source of the column lists, the CSV headers,
// the Parquet schemas and schema.json. Keep in sync with the README and
// doc.go (a test checks that they name every column). Do not modify.
var (
	StatementsTable = TableSchema{
		Name:        "statements",
		Description: "one row per statement, in input order",
		Columns: []Column{
			colStatementID, colDocID, colDate, colSpeaker, colSpeakerCountry,
			{"kind", String, false, "direct (a quote), indirect (reported speech, or a country's act), headline, speech"},
			{"cue", String, true, "the word or mark that introduces the statement (said, denounced, :); empty for a speech"},
			{"field", String, false, "text or title"},
			{"start", Integer, false, "UTF-8 byte offset where the statement's content starts in that field"},
			{"end", Integer, false, "UTF-8 byte offset where the statement's content ends in that field"},
			{"text", String, false, "the content"},
		},
	}
	StancesTable = TableSchema{
		Name:        "stances",
		Description: "one row per statement and target country",
		Columns: []Column{
			colStatementID, colDocID, colDate, colSpeaker, colSpeakerCountry,
			{"target_country", String, false, "ISO 3166-1 alpha-3 of a country the statement is about"},
			{"stance", Number, false, "score in [-1, 1]: x/√(x²+1) of the sum x of the weights of the terms attached to this target"},
			{"label", String, false, "positive (stance ≥ 0.05), negative (≤ −0.05), else neutral"},
			{"confidence", Number, false, "in [0, 1]: the weight-averaged certainty of the attachment rules used, times 1 − e^(−3·abs(x)); 0 when no term attached"},
			{"evidence", String, true, `the terms, separated by " | ", each as "term±weight rule" (rule: adjacent, forward, backward, cue, statement ...) with negated or intensified when applied; empty when no term attached`},
			{"general_sentiment", Number, true, `cdipaolo/sentiment's score of the statement in [-1, 1] (2p−1, p its probability of "positive"): a movie-review model kept as a separate signal, never part of stance`},
		},
	}
	DyadsTable = TableSchema{
		Name:        "dyads",
		Description: "one row per speaker country, target country and period",
		Columns: []Column{
			{"speaker_country", String, false, "ISO code of the speaker's country"},
			{"target_country", String, false, "ISO code of the target country"},
			colPeriod,
			{"n", Integer, false, "number of stances, neutral mentions included"},
			{"n_evidence", Integer, false, "stances with lexicon evidence (a term or cue attached to the target): those under mean"},
			{"neutral_share", Number, false, "share of the n stances labelled neutral"},
			{"mean", Number, true, "mean of the stances with evidence (weighted by confidence with -weighted); empty when none has evidence. A mention without evidence is no half-way point between support and hostility"},
			{"mean_all", Number, false, "plain mean of all n stances, neutral mentions (0) included: the mean of versions before 0.2"},
			{"shrunk", Number, true, "mean drawn toward the target's prior, the mean of every speaker's evidence stances toward it in the period: (n_evidence × mean + 2 × prior) / (n_evidence + 2); empty when mean is"},
			{"sd", Number, true, "sample standard deviation of the stances with evidence (empty below two)"},
			{"ci_low", Number, true, "lower bound of the 95 % interval of mean, inside [-1, 1]: Student's t on the atanh scale (a standard deviation there of at least 0.25), or the percentile bootstrap with -bootstrap, widened to contain mean; empty below two stances with evidence"},
			{"ci_high", Number, true, "upper bound of the 95 % interval of mean (see ci_low)"},
			{"positive", Integer, false, "stances labelled positive"},
			{"negative", Integer, false, "stances labelled negative"},
			{"neutral", Integer, false, "stances labelled neutral"},
			{"smoothed", Number, true, "with -smooth K: the n-weighted mean of this dyad's means over the periods at most K periods away that have data; empty otherwise, and for undated or coarser periods"},
		},
	}
	AlignmentTable = TableSchema{
		Name:        "alignment",
		Description: "one row per unordered country pair and period",
		Columns: []Column{
			{"country_a", String, false, "ISO code, country_a < country_b"},
			{"country_b", String, false, "ISO code, country_a < country_b"},
			colPeriod,
			{"score", Number, false, "the alignment index in [-1, 1]: the cosine of the two countries' stance profiles, each country's stance toward every other target (the pair left out) over the periods within -window on each side (default 4), Σ scores / (n + 1) per target"},
			{"ci_low", Number, true, "lower bound of the 95 % interval of score, inside [-1, 1]: the delete-one jackknife over the targets either profile addresses (score ± 1.96 SE); empty below 3 such targets or when one target alone carries a profile"},
			{"ci_high", Number, true, "upper bound of the 95 % interval of score (see ci_low)"},
			{"mutual", Number, true, "the mean of the directed stances of the period that exist, A→B and B→A; empty when neither addressed the other"},
			{"similarity", Number, true, "a chance-corrected S-score of their stances in the period toward the third countries both addressed; empty when k, the shared targets, is below -min-shared (default 3), or when their positions are too alike to tell apart"},
			{"n", Integer, false, "stances with evidence in the two profiles"},
			{"shared", Integer, false, "the third countries both profiles address"},
		},
	}
	MapTable = TableSchema{
		Name:        "map",
		Description: "the countries of each period on a plane",
		Columns: []Column{
			{"country", String, false, "ISO code (countries with at least 2 alignment rows in the period)"},
			colPeriod,
			{"x", Number, false, "first coordinate of the classical (Torgerson) multidimensional scaling of the distances (1 − score)/2"},
			{"y", Number, false, "second coordinate of the classical (Torgerson) multidimensional scaling of the distances (1 − score)/2"},
		},
	}
	BlocsTable = TableSchema{
		Name:        "blocs",
		Description: "communities of countries per period",
		Columns: []Column{
			colPeriod,
			{"bloc", Integer, false, "1, 2, … by decreasing size, ties by first country"},
			{"country", String, false, "ISO code"},
		},
	}
)

// Columns shared by several tables.
var (
	colStatementID    = Column{"statement_id", String, false, "the document id, #, the statement's number in the document"}
	colDocID          = Column{"doc_id", String, false, "the document's id (from the input, else file:line, or the file name for .txt and .html)"}
	colDate           = Column{"date", Date, true, "the document's date: YYYY-MM-DD, YYYY-MM, YYYY or empty"}
	colSpeaker        = Column{"speaker", String, false, "the fullest name the document gives the speaker (a person's full name), or the institution or capital as written (Tehran)"}
	colSpeakerCountry = Column{"speaker_country", String, true, "ISO 3166-1 alpha-3, or empty when unknown (a wrong country is worse than none)"}
	colPeriod         = Column{"period", String, true, "2018-11-05 (day), 2018-W45 (ISO week), 2018-11 (month), 2018-Q4 (quarter), 2018 (year); a document dated more coarsely than the period keeps its own precision; empty for undated documents"}
)

// Tables lists every output table, in the order of the README.
var Tables = []*TableSchema{&StatementsTable, &StancesTable, &DyadsTable, &AlignmentTable, &MapTable, &BlocsTable}

// Column lists of the tables (the CSV headers), derived from the schemas.
var (
	StatementColumns = StatementsTable.ColumnNames()
	StanceColumns    = StancesTable.ColumnNames()
	DyadColumns      = DyadsTable.ColumnNames()
	AlignmentColumns = AlignmentTable.ColumnNames()
	MapColumns       = MapTable.ColumnNames()
	BlocColumns      = BlocsTable.ColumnNames()
)

// SchemaOptions configure [WriteSchemaJSON].
type SchemaOptions struct {
	Tool, Version string
	// Formats are the formats the tables were written in (CSV when empty).
	Formats []Format
	// RawCSV records that CSV text cells were written as they are (see
	// [TableOptions]).
	RawCSV bool
}

// schemaJSON is schema.json. Keep in sync with doc.go.
type schemaJSON struct {
	Tool    string            `json:"tool"`
	Version string            `json:"version"`
	Formats []string          `json:"formats"`
	CSV     csvJSON           `json:"csv"`
	Types   map[string]string `json:"types"`
	// CountryCodes says which code list the country columns follow.
	CountryCodes countryCodesJSON `json:"country_codes"`
	Tables       []tableJSON      `json:"tables"`
}

type countryCodesJSON struct {
	Standard string            `json:"standard"`
	Columns  []string          `json:"columns"` // "table.column"
	Extra    map[string]string `json:"extra"`   // codes beyond ISO 3166-1 alpha-3, with their names
}

type csvJSON struct {
	Dialect          string `json:"dialect"`
	FormulaGuard     bool   `json:"formula_guard"`
	FormulaGuardRule string `json:"formula_guard_rule"`
}

type tableJSON struct {
	Name        string       `json:"name"`
	Files       []string     `json:"files"`
	Description string       `json:"description"`
	Columns     []columnJSON `json:"columns"`
}

type columnJSON struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Nullable    bool   `json:"nullable"`
	Description string `json:"description"`
}

// WriteSchemaJSON writes schema.json: every table with its files, what a
// row is, and each column's name, type, whether it can be empty (null in
// Parquet) and what it holds.
func WriteSchemaJSON(w io.Writer, opts SchemaOptions) error {
	formats := opts.Formats
	if len(formats) == 0 {
		formats = []Format{CSV}
	}
	s := schemaJSON{
		Tool: opts.Tool, Version: opts.Version,
		CSV: csvJSON{
			Dialect:          "RFC 4180, UTF-8, a header row, CRLF line ends, '.' decimals with four places, an empty cell for an unknown value",
			FormulaGuard:     !opts.RawCSV,
			FormulaGuardRule: "when formula_guard is true, a text cell (string or date) that starts with =, +, -, @, a tab or a carriage return has a ' put before it, so that a spreadsheet does not run it as a formula; numbers are never changed; stance -raw-csv turns it off",
		},
		Types: map[string]string{
			String.String():  "UTF-8 text (Parquet: a byte array annotated STRING)",
			Integer.String(): "a whole number (Parquet: int64)",
			Number.String():  "a decimal number, with four places in CSV (Parquet: double)",
			Date.String():    "a calendar date as precise as the document gives it: YYYY-MM-DD, YYYY-MM or YYYY (Parquet: a string)",
		},
	}
	for _, f := range formats {
		s.Formats = append(s.Formats, f.String())
	}
	s.CountryCodes = countryCodesJSON{
		Standard: "ISO 3166-1 alpha-3 (\"RUS\"), plus the codes in extra: historical states (ISO 3166-3), Kosovo (XKX, user-assigned) and international organisations; the HTML report shows their English names (CLDR), the tables the codes",
		Extra:    map[string]string{},
	}
	for _, c := range ExtraCountryCodes {
		s.CountryCodes.Extra[c] = CountryName(c)
	}
	for _, t := range Tables {
		for _, c := range t.Columns {
			if strings.Contains(c.Name, "country") {
				s.CountryCodes.Columns = append(s.CountryCodes.Columns, t.Name+"."+c.Name)
			}
		}
	}
	for _, t := range Tables {
		tj := tableJSON{Name: t.Name, Description: t.Description}
		for _, f := range formats {
			tj.Files = append(tj.Files, t.File(f))
		}
		for _, c := range t.Columns {
			tj.Columns = append(tj.Columns, columnJSON{Name: c.Name, Type: c.Type.String(), Nullable: c.Nullable, Description: c.Description})
		}
		s.Tables = append(s.Tables, tj)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // "n < 2", not "n \u003c 2"
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}
