// Command import-lexicons imports the public event-data dictionaries of
// ../shared/lexicon-sources (PETRARCH's CAMEO verb patterns, the Phoenix
// actor and agent dictionaries, the Goldstein scale; MIT licence) into
// stance's own lexicon formats in lexicons/. Run it through go generate:
//
//	go generate ./lexicons
//
// or directly:
//
//	go run ./internal/cmd/import-lexicons -sources ../shared/lexicon-sources -o lexicons
//
// The output depends only on the source files: two runs give the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "import-lexicons:", err)
		os.Exit(1)
	}
}

// output is one generated lexicon file.
type output struct {
	name string
	data []byte
	rows int
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import-lexicons", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("sources", "../shared/lexicon-sources", "folder of the source dictionaries")
	out := fs.String("o", "lexicons", "folder to write the lexicon files to")
	if err := fs.Parse(args); err != nil {
		return err
	}
	outs, err := importAll(*src, *out)
	if err != nil {
		return err
	}
	for _, o := range outs {
		if err := os.WriteFile(filepath.Join(*out, o.name), o.data, 0o644); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		fmt.Fprintf(stdout, "%s: %d rows\n", o.name, o.rows)
	}
	return nil
}

// importAll imports every source dictionary of src: the actors and agents
// and the places (which check names against one reading of stance's own
// lexicons and UD English-EWT), then the verbs (whose irregular forms come
// from the folder out).
func importAll(src, out string) ([]output, error) {
	env, err := loadEnv(src)
	if err != nil {
		return nil, err
	}
	var outs []output
	for _, imp := range []func() ([]output, error){
		func() ([]output, error) { return importActors(src, env) },
		func() ([]output, error) { return importPlaces(src, env) },
		func() ([]output, error) { return importVerbs(src, out) },
	} {
		o, err := imp()
		if err != nil {
			return nil, err
		}
		outs = append(outs, o...)
	}
	return outs, nil
}
