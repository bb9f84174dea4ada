package main

import (
	"fmt"
	"io"
	"os"

	"github.com/stance-project/stance/lexicons"
)

// lexiconCmd runs "stance lexicon check DIR": it validates the lexicon files
// of a user's folder and prints every bad row as file:line: message. It
// fails (exit 1) when any row is bad.
func lexiconCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) != 2 || args[0] != "check" {
		return usagef("lexicon: want stance lexicon check DIR")
	}
	dir := args[1]
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return usagef("lexicon check: %s is not a folder", dir)
	}
	checked, errs := lexicons.Check(os.DirFS(dir))
	for _, err := range errs {
		fmt.Fprintf(stderr, "%s/%v\n", dir, err)
	}
	if len(checked) == 0 {
		return fmt.Errorf("lexicon check: %s holds none of %v", dir, lexicons.FileNames())
	}
	if len(errs) > 0 {
		return fmt.Errorf("lexicon check: %d bad rows in %s", len(errs), dir)
	}
	fmt.Fprintf(stdout, "stance: %v in %s: no errors\n", checked, dir)
	return nil
}
