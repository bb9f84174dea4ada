package brown

import (
	"bufio"
	"io"
	"strconv"
)

// WritePaths writes the clustering in the format of Liang's paths file:
// one line per word, "bitstring<TAB>word<TAB>count", in the order of
// Words (by bit string, then by count, most frequent first, then by word).
func (c *Clustering) WritePaths(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	for _, word := range c.Words {
		line = append(line[:0], word.Path...)
		line = append(line, '\t')
		line = append(line, word.Text...)
		line = append(line, '\t')
		line = strconv.AppendInt(line, word.Count, 10)
		line = append(line, '\n')
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}
