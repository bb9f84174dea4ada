package validate

import (
	"bytes"
	"compress/gzip"
	"errors"
	"reflect"
	"strings"
	"testing"
)

var readTests = []struct {
	name string
	cols Columns
	in   string
	want Table
}{{
	name: "alignment",
	cols: AlignmentColumns(""),
	in: "country_a,country_b,period,score,mutual,similarity,n,shared\n" +
		"AAA,BBB,1990,0.5000,0.5000,,2,0\n" +
		"AAA,CCC,1990,,,,0,0\n" + // no score
		"BBB,CCC,1990-Q2,-0.2500,,-0.2500,9,3\n",
	want: Table{Column: "score", Read: 3, Missing: 1, Rows: []Row{
		{A: "AAA", B: "BBB", Period: "1990", Year: 1990, Value: 0.5, Line: 2},
		{A: "BBB", B: "CCC", Period: "1990-Q2", Year: 1990, Value: -0.25, Line: 4},
	}},
}, {
	name: "another score column, columns in any order, extra ones",
	cols: AlignmentColumns("similarity"),
	in: "\ufeff period , similarity,country_b,country_a,note\n" +
		"1990-03, 0.25 ,AAA,BBB,x\n" +
		",1,AAA,CCC,undated\n" +
		"1990-W53,-1,AAA,DDD,\n" +
		"1990-12-31,NaN,AAA,EEE,\n",
	want: Table{Column: "similarity", Read: 4, Missing: 1, Rows: []Row{
		{A: "AAA", B: "BBB", Period: "1990-03", Year: 1990, Value: 0.25, Line: 2},
		{A: "AAA", B: "CCC", Period: "", Year: 0, Value: 1, Line: 3},
		{A: "AAA", B: "DDD", Period: "1990-W53", Year: 1990, Value: -1, Line: 4},
	}},
}, {
	name: "agreement: self-pairs, repeats, NA",
	cols: AgreementColumns(),
	in: "iso3_a,iso3_b,year,agreement,n\n" +
		"USA,GBR,1950,0.9,10\n" +
		"GBR,USA,1950,0.90,10\n" + // the same pair and value: counted once
		"USA,USA,1950,1,10\n" +
		"USA,SUN,1950,NA,0\n" +
		"\"SUN\",\"USA\",1951,\"0.1\",\"multi\nline\"\n" +
		"SUN,USA,1952,1e-1,3\n",
	want: Table{Column: "agreement", Read: 6, Missing: 1, Self: 1, Repeats: 1, Rows: []Row{
		{A: "GBR", B: "USA", Period: "1950", Year: 1950, Value: 0.9, Line: 2},
		{A: "SUN", B: "USA", Period: "1951", Year: 1951, Value: 0.1, Line: 6},
		{A: "SUN", B: "USA", Period: "1952", Year: 1952, Value: 0.1, Line: 8},
	}},
}, {
	name: "header only",
	cols: AgreementColumns(),
	in:   "iso3_a,iso3_b,year,agreement\r\n",
	want: Table{Column: "agreement"},
}}

func TestRead(t *testing.T) {
	t.Parallel()
	for _, tt := range readTests {
		tt.want.File = "t.csv"
		got, err := Read(strings.NewReader(tt.in), "t.csv", tt.cols)
		if err != nil {
			t.Errorf("%s: Read: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%s: Read =\n%+v\nwant\n%+v", tt.name, *got, tt.want)
		}
		// The same, gzip-compressed.
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write([]byte(tt.in))
		zw.Close()
		gz, err := Read(&z, "t.csv", tt.cols)
		if err != nil || !reflect.DeepEqual(gz, got) {
			t.Errorf("%s: Read of the gzip-compressed table = %+v, %v, want %+v", tt.name, gz, err, got)
		}
	}
}

const agreeHead = "iso3_a,iso3_b,year,agreement,n\n"

var readErrorTests = []struct {
	name string
	in   string
	want string // the error's text
	is   error
}{
	{"empty file", "", `t.csv:1: empty file, want a header row: missing column`, ErrColumn},
	{"missing column", "iso3_a,iso3_b,year,agree\n", `t.csv:1: no column "agreement" (the header has "iso3_a", "iso3_b", "year", "agree"): missing column`, ErrColumn},
	{"bad number", agreeHead + "AAA,BBB,1990,0.5,1\nAAA,CCC,1990,high,1\n", `t.csv:3: "high" in column "agreement" is not a number: bad value`, ErrValue},
	{"comma decimal", agreeHead + "AAA,BBB,1990,\"0,5\",1\n", `t.csv:2: "0,5" in column "agreement" is not a number: bad value`, ErrValue},
	{"infinite", agreeHead + "AAA,BBB,1990,-Inf,1\n", `t.csv:2: "-Inf" in column "agreement" is not finite: bad value`, ErrValue},
	{"float year", agreeHead + "AAA,BBB,1990.0,0.5,1\n", `t.csv:2: period "1990.0" in column "year" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www: bad value`, ErrValue},
	{"month 13", agreeHead + "AAA,BBB,1990-13,0.5,1\n", `t.csv:2: period "1990-13" in column "year" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www: bad value`, ErrValue},
	{"quarter 5", agreeHead + "AAA,BBB,1990-Q5,0.5,1\n", `t.csv:2: period "1990-Q5" in column "year" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www: bad value`, ErrValue},
	{"two-digit year", agreeHead + "AAA,BBB,90,0.5,1\n", `t.csv:2: period "90" in column "year" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www: bad value`, ErrValue},
	{"empty country", agreeHead + "AAA,BBB,1990,0.5,1\n, BBB ,1990,0.5,1\n", `t.csv:3: empty country code in column "iso3_a": bad value`, ErrValue},
	{"conflicting duplicate", agreeHead + "AAA,BBB,1990,0.5,1\nAAA,CCC,1990,0.5,1\nBBB,AAA,1990,0.6,1\n", `t.csv:4: AAA-BBB 1990 has agreement 0.6 here and 0.5 on line 2: conflicting duplicate`, ErrConflict},
	{"conflict with an undated row", "a,b,p,v\nX,Y,,1\nX,Y,,2\n", `t.csv:3: X-Y (undated) has v 2 here and 1 on line 2: conflicting duplicate`, ErrConflict},
	{"short row", agreeHead + "AAA,BBB,1990,0.5,1\nAAA,CCC,1990\n", `t.csv:3: column 1: wrong number of fields: malformed csv`, ErrSyntax},
	{"bare quote", agreeHead + "AAA,B\"B,1990,0.5,1\n", `t.csv:2: column 6: bare " in non-quoted-field: malformed csv`, ErrSyntax},
}

func TestReadErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range readErrorTests {
		cols := AgreementColumns()
		if strings.HasPrefix(tt.in, "a,b,p,v") {
			cols = Columns{"a", "b", "p", "v"}
		}
		got, err := Read(strings.NewReader(tt.in), "t.csv", cols)
		if err == nil {
			t.Errorf("%s: Read = %+v, want error %q", tt.name, got, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s: Read error\n%s\nwant\n%s", tt.name, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.is) {
			t.Errorf("%s: Read error %v is not a *ParseError wrapping %v", tt.name, err, tt.is)
		}
	}
}

// A broken gzip stream is an error that names the file, not a panic.
func TestReadBrokenGzip(t *testing.T) {
	t.Parallel()
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(agreeHead + strings.Repeat("AAA,BBB,1990,0.5,1\n", 1000)))
	zw.Close()
	for _, in := range [][]byte{[]byte("\x1f\x8b not gzip"), z.Bytes()[:z.Len()/2]} {
		_, err := Read(bytes.NewReader(in), "t.csv.gz", AgreementColumns())
		if err == nil || !strings.HasPrefix(err.Error(), "t.csv.gz:") {
			t.Errorf("Read(%q...) error = %v, want one that starts t.csv.gz:", in[:8], err)
		}
	}
}
