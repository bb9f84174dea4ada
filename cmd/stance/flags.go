package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseArgs parses flags anywhere on the command line ("stance run corpus
// -j 4" as well as "stance run -j 4 corpus") and returns the other
// arguments in order. "--" ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, err
			}
			return nil, usagef("%s: %v", fs.Name(), err)
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

// dyadList is a repeatable -dyad SPEAKER:TARGET flag (country codes).
type dyadList [][2]string

func (d *dyadList) String() string { return "" }

func (d *dyadList) Set(s string) error {
	a, b, ok := strings.Cut(s, ":")
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if !ok || a == "" || b == "" {
		return fmt.Errorf("want SPEAKER:TARGET country codes such as RUS:USA, got %q", s)
	}
	*d = append(*d, [2]string{a, b})
	return nil
}
