package stancerun

import (
	"flag"
	"fmt"
	"strings"
)

// ParseArgs parses flags anywhere on the command line ("stance run corpus
// -j 4" as well as "stance run -j 4 corpus") and returns the other
// arguments in order. "--" ends the flags. It returns fs.Parse's error
// as it is (flag.ErrHelp for -help): the caller words it.
func ParseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		// flag.Parse stops at "--" (consumed) or at the first non-flag.
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// DyadList is a repeatable -dyad SPEAKER:TARGET flag (country codes,
// upper-cased).
type DyadList [][2]string

// String returns "": the flag has no default.
func (d *DyadList) String() string { return "" }

// Set adds the dyad SPEAKER:TARGET.
func (d *DyadList) Set(s string) error {
	a, b, ok := strings.Cut(s, ":")
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if !ok || a == "" || b == "" {
		return fmt.Errorf("want SPEAKER:TARGET country codes such as RUS:USA, got %q", s)
	}
	*d = append(*d, [2]string{a, b})
	return nil
}

// AggFlags are the aggregation's flags that stance run (and stance
// aggregate) and stance-beam share, with the same names, defaults and
// help texts. Each command registers its other flags itself.
type AggFlags struct {
	PeriodName   string // -period
	Since, Until string
	Weighted     bool
	Bootstrap    int
	Smooth       int
	MinShared    int
	Window       int
	Dyads        DyadList
}

// Register defines the flags on fs.
func (g *AggFlags) Register(fs *flag.FlagSet) {
	fs.StringVar(&g.PeriodName, "period", "month", "dyad period: day, week, month, quarter or year")
	fs.StringVar(&g.Since, "since", "", "keep stances dated on or after this date")
	fs.StringVar(&g.Until, "until", "", "keep stances dated on or before this date")
	fs.BoolVar(&g.Weighted, "weighted", false, "weigh stances by their confidence in dyads")
	fs.IntVar(&g.Bootstrap, "bootstrap", 0, "percentile bootstrap intervals from this many resamples (0: Student's t)")
	fs.IntVar(&g.Smooth, "smooth", 0, "fill dyads.csv's smoothed column over this many periods on each side (0: empty)")
	fs.IntVar(&g.MinShared, "min-shared", 3, "third countries both must address for the similarity column of alignment")
	fs.IntVar(&g.Window, "window", 4, "alignment pools the dyads of this many periods on each side into each country's stance profile")
	fs.Var(&g.Dyads, "dyad", "show this dyad's time series in the report, as SPEAKER:TARGET (repeatable)")
}
