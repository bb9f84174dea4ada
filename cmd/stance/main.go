package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/stance-project/stance/internal/stancerun"
)

//go:embed doc.go
var doc string

// version is the tool's version, written to run.json.
const version = stancerun.Version

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errInterrupted is returned when a signal stopped the run: exit status 130.
var errInterrupted = errors.New("interrupted")

// interrupted returns errInterrupted for an error that ctx being done
// caused, err otherwise.
func interrupted(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return errInterrupted
	}
	return err
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, env{terminal: isTerminal(os.Stderr), stdin: os.Stdin})
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// env is what main knows of the process that run cannot see in its writers.
type env struct {
	terminal bool      // stderr is a terminal (progress is shown)
	stdin    io.Reader // standard input (explain -, parse -); nil reads nothing
}

func (e env) stdinOrEmpty() io.Reader {
	if e.stdin == nil {
		return strings.NewReader("")
	}
	return e.stdin
}

func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "stance: %v\nrun 'stance help' for usage\n", err)
		return 2
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(stderr, "stance: interrupted; previous outputs left as they were")
		return 130
	}
	fmt.Fprintf(stderr, "stance: %v\n", err)
	return 1
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// run executes one command line (without the program name).
func run(ctx context.Context, args []string, stdout, stderr io.Writer, e env) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText())
		return usagef("no command")
	}
	if wantsHelp(args[1:]) {
		// "stance run -h": that command's part of the manual.
		if text, ok := commandHelp(args[0]); ok {
			fmt.Fprint(stdout, text)
			return nil
		}
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run":
		return runCmd(ctx, rest, stdout, stderr, e)
	case "eval":
		return evalCmd(ctx, rest, stdout, stderr)
	case "aggregate":
		return aggregateCmd(ctx, rest, stdout, stderr)
	case "lexicon":
		return lexiconCmd(ctx, rest, stdout, stderr, e)
	case "explain":
		return explainCmd(ctx, rest, e.stdinOrEmpty(), stdout, stderr)
	case "parse":
		return parseCmd(ctx, rest, e.stdinOrEmpty(), stdout, stderr)
	case "eval-syntax":
		return evalSyntaxCmd(ctx, rest, stdout)
	case "validate":
		return validateCmd(ctx, rest, stdout)
	case "help", "-h", "-help", "--help":
		return helpCmd(rest, stdout)
	case "version", "--version":
		fmt.Fprintf(stdout, "stance %s\n", version)
		return nil
	default:
		return usagef("unknown command %q", cmd)
	}
}

func helpCmd(args []string, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "formats" {
		fmt.Fprint(stdout, section(manual(), "Output files", "Exit status"))
		return nil
	}
	if len(args) > 0 {
		if text, ok := commandHelp(args[0]); ok {
			fmt.Fprint(stdout, text)
			return nil
		}
		return usagef("unknown help topic %q (try: stance help formats, or a command: %s)", args[0], strings.Join(helpTopics(), ", "))
	}
	fmt.Fprint(stdout, manual())
	return nil
}

func usageText() string { return section(manual(), "", "Input formats") }

// commandSections are the headings of the manual that document each
// command: its part runs from the first heading to the second.
var commandSections = map[string][2]string{
	"run":         {"Flags of run", "Flags of aggregate"},
	"aggregate":   {"Flags of aggregate", "Flags of eval"},
	"eval":        {"Flags of eval", "Flags of explain"},
	"explain":     {"Flags of explain", "Statements"},
	"lexicon":     {"Lexicon check and stats", "Parsing"},
	"parse":       {"Parsing", "Validation"},
	"eval-syntax": {"Parsing", "Validation"},
	"validate":    {"Validation", "Input formats"},
}

// helpTopics returns the commands "stance help" knows, sorted.
func helpTopics() []string {
	var out []string
	for c := range commandSections {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// commandHelp returns a command's usage lines and its part of the manual.
func commandHelp(cmd string) (string, bool) {
	sec, ok := commandSections[cmd]
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString("Usage:\n\n")
	for _, line := range strings.Split(section(manual(), "", "Flags of run"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "stance "+cmd+" ") {
			b.WriteString(line + "\n")
		}
	}
	b.WriteString("\n")
	b.WriteString(section(section(manual(), sec[0], ""), "", sec[1]))
	return b.String(), true
}

// wantsHelp reports whether a command's arguments ask for its help: -h,
// -help or --help before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// manual returns the package comment of doc.go as plain text.
func manual() string {
	var b strings.Builder
	for _, line := range strings.Split(doc, "\n") {
		if line == "package main" {
			break
		}
		if strings.HasPrefix(line, "//go:build") || strings.HasPrefix(line, "/*") || strings.HasPrefix(line, "*/") {
			continue
		}
		line = strings.TrimPrefix(line, "//")
		line = strings.TrimPrefix(line, " ")
		b.WriteString(line + "\n")
	}
	return strings.TrimLeft(b.String(), "\n")
}

// section returns the part of text from the heading from (or the start) to
// the heading to (or the end).
func section(text, from, to string) string {
	if from != "" {
		if i := strings.Index(text, "\n# "+from+"\n"); i >= 0 {
			text = text[i+1:]
		}
	}
	if to != "" {
		if i := strings.Index(text, "\n# "+to+"\n"); i >= 0 {
			text = text[:i+1]
		}
	}
	return text
}
