package annotate

import "github.com/stance-project/stance/lexicons"

// WordClasses are the classes of words.tsv (lexicons.WordClass), by word:
// the rules ask a word's class, never compare the word to a list of their
// own.
type WordClasses map[string]lexicons.WordClass

// is reports whether word has any class of c.
func (w WordClasses) Is(word string, c lexicons.WordClass) bool { return w[word]&c != 0 }
