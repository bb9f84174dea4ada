package validate

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// The tables of the tests: cmd/stance/testdata/script/validate.txtar
// holds the same two files.
const (
	testAlignment = `country_a,country_b,period,score,mutual,similarity,n,shared
AAA,BBB,1990,0.9000,0.9000,,2,0
AAA,CCC,1990,0.1000,0.1000,,1,0
BBB,CCC,1990,-0.5000,-0.5000,,3,0
AAA,DDD,1990,0.3000,,0.3000,9,3
BBB,DDD,1990,,,,0,1
AAA,BBB,1991,0.2000,0.2000,,1,0
AAA,CCC,1991,0.4000,0.4000,,1,0
BBB,CCC,1991,0.6000,0.6000,,2,0
AAA,EEE,1991,0.5000,0.5000,,1,0
AAA,BBB,1991-03,0.7000,0.7000,,1,0
AAA,BBB,1992,0.1000,0.1000,,1,0
CCC,DDD,1995,0.3000,0.3000,,1,0
AAA,BBB,,0.2000,0.2000,,1,0
`
	testAgreement = `iso3_a,iso3_b,year,agreement,n
BBB,AAA,1990,0.95,20
AAA,CCC,1990,0.6,20
BBB,CCC,1990,0.2,20
AAA,DDD,1990,0.6,20
AAA,BBB,1991,0.5,30
AAA,CCC,1991,0.5,30
BBB,CCC,1991,0.9,30
CCC,DDD,1991,0.4,30
AAA,AAA,1991,1,30
AAA,CCC,1990,0.60,20
AAA,BBB,1992,0.3,10
DDD,EEE,1989,NA,0
`
)

func readTestTables(t *testing.T, alignment, agreement string) (align, agree *Table) {
	t.Helper()
	align, err := Read(strings.NewReader(alignment), "alignment.csv", AlignmentColumns(""))
	if err != nil {
		t.Fatal(err)
	}
	agree, err = Read(strings.NewReader(agreement), "agreement.csv", AgreementColumns())
	if err != nil {
		t.Fatal(err)
	}
	return align, agree
}

// Figures worked out by hand (see also stats_test.go):
//
//	1990: alignment 0.9 0.1 -0.5 0.3, agreement 0.95 0.6 0.2 0.6 (AAA-CCC, AAA-DDD tied):
//	      r = 0.525/√0.281875, rho = 4.5/√22.5
//	1991: alignment 0.2 0.4 0.6, agreement 0.5 0.5 0.9: r = rho = √3/2
//	      with ByYear also 1991-03: 0.7 with 0.5:
//	      r: sxy 0.05, sxx 0.1475, syy 0.12; rho: ranks 1 2 3 4 and 2 2 4 2: 1/√15
//	1992: one pair: n/a
//	overall: the 8 pairs of 1990 to 1992 (0.1 twice, 0.5 and 0.6 twice each):
//	      r: Σx 2.1, Σy 4.55, Σxy 1.865, Σx² 1.73, Σy² 3.0625: sxy 0.670625, sxx 1.17875, syy 0.4746875;
//	      rho: ranks 8 2.5 1 5 4 6 7 2.5 and 8 5.5 1 5.5 3.5 3.5 7 2: sxy 33.25, sxx 41.5, syy 41
var compareTests = []struct {
	name    string
	opts    Options
	align   Side
	agree   Side
	overall Stats
	periods []Stats
}{{
	name:    "exact periods",
	align:   Side{Read: 13, Missing: 1, Compared: 8, NoPartner: 4, Uncovered: 2, Finer: 1},
	agree:   Side{Read: 12, Missing: 1, Self: 1, Repeats: 1, Compared: 8, NoPartner: 1},
	overall: Stats{"", 8, 33.25 / math.Sqrt(41.5*41), 0.670625 / math.Sqrt(1.17875*0.4746875)},
	periods: []Stats{
		{"1990", 4, 4.5 / math.Sqrt(22.5), 0.525 / math.Sqrt(0.281875)},
		{"1991", 3, math.Sqrt(3) / 2, math.Sqrt(3) / 2},
		{"1992", 1, math.NaN(), math.NaN()},
	},
}, {
	name:    "by year",
	opts:    Options{ByYear: true},
	align:   Side{Read: 13, Missing: 1, Compared: 9, NoPartner: 3, Uncovered: 2},
	agree:   Side{Read: 12, Missing: 1, Self: 1, Repeats: 1, Compared: 8, NoPartner: 1},
	overall: Stats{"", 9, math.NaN(), math.NaN()}, // not checked
	periods: []Stats{
		{"1990", 4, 4.5 / math.Sqrt(22.5), 0.525 / math.Sqrt(0.281875)},
		{"1991", 4, 1 / math.Sqrt(15), 0.05 / math.Sqrt(0.1475*0.12)},
		{"1992", 1, math.NaN(), math.NaN()},
	},
}, {
	name:    "one year",
	opts:    Options{From: 1991, To: 1991},
	align:   Side{Read: 13, Missing: 1, Outside: 7, Compared: 3, NoPartner: 2, Finer: 1},
	agree:   Side{Read: 12, Missing: 1, Self: 1, Repeats: 1, Outside: 5, Compared: 3, NoPartner: 1},
	overall: Stats{"", 3, math.Sqrt(3) / 2, math.Sqrt(3) / 2},
	periods: []Stats{{"1991", 3, math.Sqrt(3) / 2, math.Sqrt(3) / 2}},
}, {
	// The odd years are 1991, as above, and the alignment's 1995, which
	// the agreement lacks.
	name:    "odd years",
	opts:    Options{Years: OddYears},
	align:   Side{Read: 13, Missing: 1, Outside: 6, Compared: 3, NoPartner: 3, Uncovered: 1, Finer: 1},
	agree:   Side{Read: 12, Missing: 1, Self: 1, Repeats: 1, Outside: 5, Compared: 3, NoPartner: 1},
	overall: Stats{"", 3, math.Sqrt(3) / 2, math.Sqrt(3) / 2},
	periods: []Stats{{"1991", 3, math.Sqrt(3) / 2, math.Sqrt(3) / 2}},
}, {
	name:    "from 1992",
	opts:    Options{From: 1992},
	align:   Side{Read: 13, Missing: 1, Outside: 10, Compared: 1, NoPartner: 1, Uncovered: 1},
	agree:   Side{Read: 12, Missing: 1, Self: 1, Repeats: 1, Outside: 8, Compared: 1},
	overall: Stats{"", 1, math.NaN(), math.NaN()},
	periods: []Stats{{"1992", 1, math.NaN(), math.NaN()}},
}}

func TestCompare(t *testing.T) {
	t.Parallel()
	align, agree := readTestTables(t, testAlignment, testAgreement)
	for _, tt := range compareTests {
		got := Compare(align, agree, tt.opts)
		tt.align.File, tt.align.Column = "alignment.csv", "score"
		tt.agree.File, tt.agree.Column = "agreement.csv", "agreement"
		if got.Alignment != tt.align {
			t.Errorf("%s: Alignment = %+v, want %+v", tt.name, got.Alignment, tt.align)
		}
		if got.Agreement != tt.agree {
			t.Errorf("%s: Agreement = %+v, want %+v", tt.name, got.Agreement, tt.agree)
		}
		if tt.name != "by year" && !sameStats(got.Overall, tt.overall) || got.Overall.Pairs != tt.overall.Pairs {
			t.Errorf("%s: Overall = %+v, want %+v", tt.name, got.Overall, tt.overall)
		}
		if len(got.Periods) != len(tt.periods) {
			t.Errorf("%s: Periods = %+v, want %+v", tt.name, got.Periods, tt.periods)
			continue
		}
		for i := range got.Periods {
			if !sameStats(got.Periods[i], tt.periods[i]) {
				t.Errorf("%s: Periods[%d] = %+v, want %+v", tt.name, i, got.Periods[i], tt.periods[i])
			}
		}
		if got.Overall.Pairs != len(got.Pairs) || got.Alignment.Compared != len(got.Pairs) {
			t.Errorf("%s: %d pairs, overall %d, alignment rows compared %d: want them equal", tt.name, len(got.Pairs), got.Overall.Pairs, got.Alignment.Compared)
		}
	}
}

func sameStats(got, want Stats) bool {
	return got.Period == want.Period && got.Pairs == want.Pairs && close(got.Spearman, want.Spearman) && close(got.Pearson, want.Pearson)
}

// The rows of the files may come in any order: the result is the same, to
// the last bit, and so is its text.
func TestCompareOrder(t *testing.T) {
	t.Parallel()
	align, agree := readTestTables(t, testAlignment, testAgreement)
	want := Compare(align, agree, Options{})
	var wantText bytes.Buffer
	want.WriteText(&wantText)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := func(table string) string {
			lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
			body := lines[1:]
			rng.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
			return strings.Join(lines, "\n") + "\n"
		}
		a, g := readTestTables(t, shuffled(testAlignment), shuffled(testAgreement))
		got := Compare(a, g, Options{})
		var text bytes.Buffer
		got.WriteText(&text)
		if text.String() != wantText.String() || !reflect.DeepEqual(got.Pairs, want.Pairs) ||
			math.Float64bits(got.Overall.Pearson) != math.Float64bits(want.Overall.Pearson) ||
			math.Float64bits(got.Overall.Spearman) != math.Float64bits(want.Overall.Spearman) {
			t.Fatalf("with the rows shuffled:\n%s\nwant\n%s", text.String(), wantText.String())
		}
	}
}

func TestWrite(t *testing.T) {
	t.Parallel()
	align, agree := readTestTables(t, testAlignment, testAgreement)
	res := Compare(align, agree, Options{To: 1991})
	var text, csv bytes.Buffer
	if err := res.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := res.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	const wantText = `alignment: alignment.csv, column score: 13 rows, 1 without a value, 3 outside years to 1991; 7 compared, 2 without a partner (1 finer than a year)
agreement: agreement.csv, column agreement: 12 rows, 1 without a value, 1 self-pair, 1 repeated, 1 outside years to 1991; 7 compared, 1 without a partner

period   pairs  spearman  pearson
overall      7    0.7638   0.9249
1990         4    0.9487   0.9889
1991         3    0.8660   0.8660
`
	const wantCSV = "period,pairs,spearman,pearson\r\n1990,4,0.9487,0.9889\r\n1991,3,0.8660,0.8660\r\n"
	if text.String() != wantText {
		t.Errorf("WriteText:\n%s\nwant\n%s", text.String(), wantText)
	}
	if csv.String() != wantCSV {
		t.Errorf("WriteCSV:\n%q\nwant\n%q", csv.String(), wantCSV)
	}

	// A half of the years names itself among the rows left out.
	res = Compare(align, agree, Options{Years: OddYears})
	text.Reset()
	res.WriteText(&text)
	if want := "13 rows, 1 without a value, 6 outside the odd years; 3 compared"; !strings.Contains(text.String(), want) {
		t.Errorf("WriteText, odd years:\n%s\nwant it to hold %q", text.String(), want)
	}
	res = Compare(align, agree, Options{From: 1990, Years: EvenYears})
	text.Reset()
	res.WriteText(&text)
	if want := "outside years from 1990 or the even ones"; !strings.Contains(text.String(), want) {
		t.Errorf("WriteText, even years from 1990:\n%s\nwant it to hold %q", text.String(), want)
	}

	// Undefined figures: n/a in the text, empty in the CSV.
	res = Compare(align, agree, Options{From: 1992, To: 1992})
	text.Reset()
	csv.Reset()
	res.WriteText(&text)
	res.WriteCSV(&csv)
	if !strings.HasSuffix(text.String(), "overall      1       n/a      n/a\n1992         1       n/a      n/a\n") {
		t.Errorf("WriteText, 1992 only:\n%s", text.String())
	}
	if want := "period,pairs,spearman,pearson\r\n1992,1,,\r\n"; csv.String() != want {
		t.Errorf("WriteCSV, 1992 only: %q, want %q", csv.String(), want)
	}
}

func TestFmtStat(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   float64
		want string
	}{{0.12345, "0.1235"}, {-0.00004, "0.0000"}, {-1, "-1.0000"}, {math.NaN(), "n/a"}} {
		if got := fmtStat(tt.in, "n/a"); got != tt.want {
			t.Errorf("fmtStat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseYearHalf(t *testing.T) {
	tests := []struct {
		in   string
		want YearHalf
		ok   bool
	}{
		{"all", AllYears, true},
		{"even", EvenYears, true},
		{"odd", OddYears, true},
		{"Odd", AllYears, false},
		{"", AllYears, false},
	}
	for _, tt := range tests {
		got, ok := ParseYearHalf(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseYearHalf(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
