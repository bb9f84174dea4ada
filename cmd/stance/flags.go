package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stance-project/stance/internal/stancerun"
)

// parseArgs parses flags anywhere on the command line ("stance run corpus
// -j 4" as well as "stance run -j 4 corpus") and returns the other
// arguments in order. "--" ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	pos, err := stancerun.ParseArgs(fs, args)
	if err != nil && err != flag.ErrHelp {
		return nil, usagef("%s: %v%s", fs.Name(), err, suggestFlag(fs, err))
	}
	return pos, err
}

// fieldMap is a repeatable --field name=source flag.
type fieldMap map[string]string

func (f fieldMap) String() string { return "" }

func (f fieldMap) Set(s string) error {
	name, src, ok := strings.Cut(s, "=")
	if !ok || name == "" || src == "" {
		return fmt.Errorf("want name=source, got %q", s)
	}
	switch name {
	case "id", "date", "title", "text", "url", "source", "speaker", "speaker_country":
	default:
		return fmt.Errorf("unknown field %q (want id, date, title, text, url, source, speaker or speaker_country)", name)
	}
	f[name] = src
	return nil
}

// maxBlend is the largest -blend: general_sentiment, in [-1, 1], then
// weighs as much as the whole lexicon score.
const maxBlend = 1.0

// blendFlag is -blend: a number from 0 to maxBlend. NaN, infinities and
// values outside the range are refused (NaN emptied every stance with
// evidence).
type blendFlag float64

func (f *blendFlag) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

func (f *blendFlag) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || !(x >= 0 && x <= maxBlend) { // NaN fails both
		return fmt.Errorf("want a number in [0, %g]", maxBlend)
	}
	*f = blendFlag(x)
	return nil
}

// suggestFlag returns " (did you mean -NAME?)" for an unknown flag that is
// one or two edits from a defined one (or a prefix of exactly one), else "".
func suggestFlag(fs *flag.FlagSet, err error) string {
	const prefix = "flag provided but not defined: -"
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) {
		return ""
	}
	bad := strings.TrimLeft(strings.TrimPrefix(msg, prefix), "-")
	best, bestD := "", 3
	var prefixed []string
	fs.VisitAll(func(f *flag.Flag) {
		if d := editDistance(bad, f.Name); d < bestD || d == bestD && f.Name < best {
			best, bestD = f.Name, d
		}
		if strings.HasPrefix(f.Name, bad) {
			prefixed = append(prefixed, f.Name)
		}
	})
	switch {
	case best != "":
		return " (did you mean -" + best + "?)"
	case len(prefixed) == 1:
		return " (did you mean -" + prefixed[0] + "?)"
	}
	return ""
}

// editDistance is the Levenshtein distance of a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
