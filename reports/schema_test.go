package reports

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestTables is a repository invariant: every table has a name, a
// description and columns with unique names, a known type and a
// description, and the header lists are the schema's.
func TestTables(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, ts := range Tables {
		if ts.Name == "" || ts.Description == "" || seen[ts.Name] {
			t.Errorf("table %q: empty or repeated name, or no description", ts.Name)
		}
		seen[ts.Name] = true
		cols := map[string]bool{}
		for _, c := range ts.Columns {
			if c.Name == "" || c.Description == "" || cols[c.Name] {
				t.Errorf("%s: column %q: empty or repeated name, or no description", ts.Name, c.Name)
			}
			cols[c.Name] = true
			if c.Type < String || c.Type > Date {
				t.Errorf("%s.%s: type %v", ts.Name, c.Name, c.Type)
			}
		}
	}
	for _, x := range []struct {
		got []string
		ts  *TableSchema
	}{
		{StatementColumns, &StatementsTable}, {StanceColumns, &StancesTable}, {DyadColumns, &DyadsTable},
		{AlignmentColumns, &AlignmentTable}, {MapColumns, &MapTable}, {BlocColumns, &BlocsTable},
	} {
		if want := x.ts.ColumnNames(); !slices.Equal(x.got, want) {
			t.Errorf("%s header = %q, want %q", x.ts.Name, x.got, want)
		}
	}
}

// TestWriteSchemaJSON decodes schema.json and compares it with Tables.
func TestWriteSchemaJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		opts      SchemaOptions
		wantFiles func(*TableSchema) []string
		wantGuard bool
	}{
		{SchemaOptions{Tool: "stance", Version: "1.2.3"}, func(ts *TableSchema) []string { return []string{ts.Name + ".csv"} }, true},
		{SchemaOptions{Tool: "stance", Version: "1.2.3", Formats: []Format{CSV, Parquet}, RawCSV: true},
			func(ts *TableSchema) []string { return []string{ts.Name + ".csv", ts.Name + ".parquet"} }, false},
		{SchemaOptions{Tool: "stance", Version: "1.2.3", Formats: []Format{Parquet}}, func(ts *TableSchema) []string { return []string{ts.Name + ".parquet"} }, true},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteSchemaJSON(&b, tt.opts); err != nil {
			t.Fatal(err)
		}
		var got schemaJSON
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("schema.json does not decode: %v\n%s", err, b.String())
		}
		if got.Tool != "stance" || got.Version != "1.2.3" {
			t.Errorf("tool, version = %q, %q, want stance, 1.2.3", got.Tool, got.Version)
		}
		if got.CSV.FormulaGuard != tt.wantGuard {
			t.Errorf("formula_guard = %v, want %v", got.CSV.FormulaGuard, tt.wantGuard)
		}
		for _, ty := range []Type{String, Integer, Number, Date} {
			if got.Types[ty.String()] == "" {
				t.Errorf("types has no %q", ty)
			}
		}
		if len(got.Tables) != len(Tables) {
			t.Fatalf("%d tables, want %d", len(got.Tables), len(Tables))
		}
		for i, ts := range Tables {
			tj := got.Tables[i]
			if tj.Name != ts.Name || tj.Description != ts.Description {
				t.Errorf("table %d = %q (%q), want %q (%q)", i, tj.Name, tj.Description, ts.Name, ts.Description)
			}
			if want := tt.wantFiles(ts); !slices.Equal(tj.Files, want) {
				t.Errorf("%s files = %q, want %q", ts.Name, tj.Files, want)
			}
			var want []columnJSON
			for _, c := range ts.Columns {
				want = append(want, columnJSON{c.Name, c.Type.String(), c.Nullable, c.Description})
			}
			if !slices.Equal(tj.Columns, want) {
				t.Errorf("%s columns = %+v, want %+v", ts.Name, tj.Columns, want)
			}
		}
		cc := got.CountryCodes
		if !strings.HasPrefix(cc.Standard, "ISO 3166-1 alpha-3") || cc.Extra["SUN"] != "Soviet Union" || cc.Extra["ARL"] != "Arab League" {
			t.Errorf("country_codes = %+v, want ISO 3166-1 alpha-3 and the extra codes with names", cc)
		}
		for _, col := range []string{"stances.speaker_country", "stances.target_country", "dyads.speaker_country", "dyads.target_country", "alignment.country_a", "alignment.country_b", "map.country", "blocs.country"} {
			if !slices.Contains(cc.Columns, col) {
				t.Errorf("country_codes columns %q lack %s", cc.Columns, col)
			}
		}
		if bytes.Contains(b.Bytes(), []byte(`\u003c`)) {
			t.Errorf("schema.json escapes < as \\u003c")
		}
	}
}
