/*
Brown learns Brown word clusters from a text collection and writes them in
the format of the paths file of Percy Liang's brown-cluster program
(wcluster), for use as parser features.

Usage:

	brown [flags] FILE...

Flags may stand before or after the files; "--" ends them.

	-c C            number of clusters (default 1000): the words end in C
	                clusters, and the bit strings are paths in the binary
	                tree over them
	-min-count N    leave out words that occur fewer than N times (default 1)
	-o FILE         write the paths to FILE instead of standard output;
	                gzip-compressed when FILE ends in .gz. FILE is replaced
	                only when the run succeeds
	-q              no progress lines on standard error
	-cpuprofile F   write a Go CPU profile of the run to F

The run takes time in proportion to the number of distinct words kept
times C² at worst, less when most words are rare: on the UN General Debate
corpus (35.6 million words, of which 35,880 distinct words occur 3 times or
more) one core needs under 2 minutes for C = 1000, and 650 MB of memory.
Progress is reported on standard error every 15 seconds.

# Input formats

A file is read by the end of its name:

	.jsonl, .jsonl.gz   JSON Lines: one JSON object a line, whose "text" field
	                    (a string) is one document; blank lines are skipped
	.txt, .txt.gz       plain text: each line is one document

The text is split into words by the tokenisation of the internal/brown
package (UD English Web Treebank conventions, lower case, ASCII digits
replaced by 0). Bigrams are counted within documents, never across.

# Output

One line per word kept:

	bitstring<TAB>word<TAB>count

sorted by bit string, then by count (most frequent first), then by word.
The same inputs and flags give the same output, byte for byte.

Example: the clusters of two speech files, 256 clusters, words seen at
least 5 times:

	brown -c 256 -min-count 5 -o clusters.tsv.gz speeches-1.jsonl.gz speeches-2.jsonl

# Exit status

0 when the run succeeded; 1 when it failed (bad input is reported as
FILE:LINE: message); 2 for a mistake in the command line.
*/
package main
