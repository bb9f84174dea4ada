package brown

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// errPathsLine reports a line of a paths file that is not
// "bitstring<TAB>word<TAB>count".
var errPathsLine = errors.New("want bitstring<TAB>word<TAB>count")

// ReadPaths reads a paths file as written by [Clustering.WritePaths] (or
// by Liang's wcluster) and returns the bit string of each word. Errors name
// the line.
func ReadPaths(r io.Reader) (map[string]string, error) {
	paths := make(map[string]string)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		path, rest, ok1 := strings.Cut(sc.Text(), "\t")
		word, count, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || path == "" || strings.Trim(path, "01") != "" || word == "" {
			return nil, fmt.Errorf("paths line %d: %w", line, errPathsLine)
		}
		if _, err := strconv.ParseInt(count, 10, 64); err != nil {
			return nil, fmt.Errorf("paths line %d: %w", line, errPathsLine)
		}
		if _, dup := paths[word]; dup {
			return nil, fmt.Errorf("paths line %d: word %q listed twice", line, word)
		}
		paths[word] = path
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read paths: %w", err)
	}
	return paths, nil
}
