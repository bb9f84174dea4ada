package lexicons

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// RolesPhoenixFile holds the role words imported from the Phoenix agents
// dictionary of PETRARCH (go generate ./lexicons), in the format of
// roles.tsv.
const RolesPhoenixFile = "roles-phoenix.tsv"

// loadImportedRoles adds the words of roles-phoenix.tsv (from user when
// user has it, else from builtin) to roles, the words of roles.tsv already
// read: a word roles already has keeps its class (the hand-written file
// wins). It returns the file's version ("user:" before it when the file is
// the user's). A folder without the file adds nothing. A bad row is a
// [*ParseError] wrapping [ErrSyntax].
func loadImportedRoles(builtin, user fs.FS, roles map[string]string) (string, error) {
	data, origin, err := readFile(builtin, user, RolesPhoenixFile)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	imported := map[string]string{}
	seen := map[string]int{}
	version, err := scanRows(RolesPhoenixFile, data, nil, func(line int, text string) error {
		bad := func(format string, args ...any) error {
			return &ParseError{File: RolesPhoenixFile, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 2 {
			return bad("want 2 columns (word, class), got %d", len(cols))
		}
		word, class := cols[0], cols[1]
		switch class {
		case "title", "person", "group", "institution":
		default:
			return bad("role class %q is not title, person, group or institution", class)
		}
		if word != strings.ToLower(word) || strings.TrimSpace(word) == "" {
			return bad("role word %q must be lowercase", word)
		}
		if prev, dup := seen[word]; dup {
			return bad("%q repeats line %d", word, prev)
		}
		seen[word] = line
		imported[word] = class
		return nil
	})
	if err != nil {
		return "", err
	}
	for w, c := range imported {
		if _, ok := roles[w]; !ok {
			roles[w] = c
		}
	}
	return origin + version, nil
}
