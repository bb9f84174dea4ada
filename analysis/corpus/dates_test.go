package corpus

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: Day} }

// parseDateTests are inputs that ParseDate accepts. FuzzParseDate seeds
// from them.
var parseDateTests = []struct {
	in   string
	want Date
}{
	{"", Date{}},
	{"  \t ", Date{}},

	// RFC 3339: the date in the document's own zone, never converted.
	{"2018-11-05T14:31:00+03:30", day(2018, time.November, 5)},
	{"2018-11-05T23:30:00+03:30", day(2018, time.November, 5)},
	{"2018-11-05T00:30:00-05:00", day(2018, time.November, 5)},
	{"2018-11-05T14:31:00Z", day(2018, time.November, 5)},
	{"2018-11-05t14:31:00z", day(2018, time.November, 5)},
	{"2018-11-05T14:31:00.123456Z", day(2018, time.November, 5)},
	{"2018-11-05T14:31", day(2018, time.November, 5)},
	{"2018-11-05 14:31:00", day(2018, time.November, 5)},
	{"2018-11-05 14:31 +0330", day(2018, time.November, 5)},
	{"2018-11-05 14:31 -03", day(2018, time.November, 5)},

	// ISO dates and less precise ones.
	{"2018-11-05", day(2018, time.November, 5)},
	{"2018-1-5", day(2018, time.January, 5)},
	{"2018/11/05", day(2018, time.November, 5)},
	{"2018.11.05", day(2018, time.November, 5)},
	{"2018-11", Date{Year: 2018, Month: time.November, Precision: Month}},
	{"2018/11", Date{Year: 2018, Month: time.November, Precision: Month}},
	{"2020", Date{Year: 2020, Precision: Year}},
	{" 1946 ", Date{Year: 1946, Precision: Year}},
	{"November 2018", Date{Year: 2018, Month: time.November, Precision: Month}},

	// News site forms.
	{"Nov 05, 2018 14:31", day(2018, time.November, 5)},
	{"Nov 05, 2018 14:31 Asia/Tehran", day(2018, time.November, 5)},
	{"Nov 05, 2018 14:31 Asia/Tehran [Updated: May 20, 2019 21:09 Asia/Tehran]", day(2018, time.November, 5)},
	{"Nov 05, 2018 23:59 Mars/Olympus_Mons", day(2018, time.November, 5)}, // unknown zones are fine
	{"Jan 2, 2006 15:04 America/Argentina/Buenos_Aires", day(2006, time.January, 2)},
	{"Jan 2, 2006 15:04 Etc/GMT+3", day(2006, time.January, 2)},
	{"Jan 2, 2006 15:04 UTC", day(2006, time.January, 2)},
	{"Jan 2, 2006 15:04 GMT+03:30", day(2006, time.January, 2)},
	{"Jan 2, 2006 15:04 UTC-5", day(2006, time.January, 2)},
	{"5 November 2018", day(2018, time.November, 5)},
	{"5th Nov. 2018", day(2018, time.November, 5)},
	{"05-Nov-2018", day(2018, time.November, 5)},
	{"November 5, 2018", day(2018, time.November, 5)},
	{"november 5 2018", day(2018, time.November, 5)},
	{"Nov. 5, 2018", day(2018, time.November, 5)},
	{"Sept. 3, 2019", day(2019, time.September, 3)},
	{"March 1st, 2020", day(2020, time.March, 1)},
	{"Monday, November 5, 2018", day(2018, time.November, 5)},
	{"Mon, 05 Nov 2018 14:31:00 GMT", day(2018, time.November, 5)},
	{"Mon, 05 Nov 2018 14:31:00 +0000", day(2018, time.November, 5)},
	{"Thurs. 8 Nov 2018", day(2018, time.November, 8)},
	{"November 5, 2018 at 2:31 pm", day(2018, time.November, 5)},
	{"November 5, 2018, 2:31 P.M. EST", day(2018, time.November, 5)},
	{"Nov\u00a005,\u00a02018\u00a014:31", day(2018, time.November, 5)},
	{"2018-11-05 (Monday)", day(2018, time.November, 5)},
	{"2018-11-05 " + strings.Repeat("[", 500), day(2018, time.November, 5)},

	// Calendar edges.
	{"2016-02-29", day(2016, time.February, 29)},
	{"2000-02-29", day(2000, time.February, 29)},
	{"1000-01-01", day(1000, time.January, 1)},
	{"9999-12-31", day(9999, time.December, 31)},
}

func TestParseDate(t *testing.T) {
	t.Parallel()
	for _, tt := range parseDateTests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v (%+v), %v, want %v (%+v)", tt.in, got, got, err, tt.want, tt.want)
		}
	}
}

// parseDateErrorTests are inputs that ParseDate rejects.
var parseDateErrorTests = []string{
	"yesterday",
	"Envoy flies to the capital",
	"2018 was a good year",
	"Sun rises over the capital",
	"2018-02-30",
	"2019-02-29",
	"1900-02-29",
	"2018-04-31",
	"Nov 31, 2018",
	"2018-13-01",
	"2018-00-10",
	"2018-11-00",
	"0999",
	"0999-01-01",
	"10000",
	"2018-",
	"2018-11-",
	"Nov 5",
	"Nov 05, 18",
	"05/11/2018",
	"20181105",
	"2018-11-05 25:00",
	"2018-11-05 14:61",
	"2018-11-05 13:00 pm",
	"2018-11-05 14:31 tehran",
	"2018-11-05 14:31 Asia//Tehran",
	"2018-11-05T14:31:00+25:00",
	"2018-11-05T14:31:00+03:",
	"2018-11-05 14:31 and more text",
	"[Updated: May 20, 2019]",
	"(2018)",
	"2020.0",
	"-2018",
	strings.Repeat("9", 1000),
	"Mon",
	"\xff\xfe2018",
}

func TestParseDateErrors(t *testing.T) {
	t.Parallel()
	for _, in := range parseDateErrorTests {
		got, err := ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
			continue
		}
		if !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrBadDate", in, err)
		}
		if got != (Date{}) {
			t.Errorf("ParseDate(%q) = %+v with an error, want the zero Date", in, got)
		}
	}
}

func TestParseDateErrorMessage(t *testing.T) {
	t.Parallel()
	_, err := ParseDate("2019-02-29")
	const want = `parse date "2019-02-29": day 29 out of range 1..28 for February 2019`
	if err == nil || err.Error() != want {
		t.Errorf("ParseDate(%q) error = %v, want %s", "2019-02-29", err, want)
	}
}

func TestDateStringRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tt := range parseDateTests {
		if tt.want.IsZero() {
			continue
		}
		got, err := ParseDate(tt.want.String())
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, %v, want %+v", tt.want.String(), got, err, tt.want)
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		for _, tt := range parseDateTests {
			ParseDate(tt.in)
		}
	}
}
