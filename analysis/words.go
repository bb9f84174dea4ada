package analysis

import "github.com/stance-project/stance/lexicons"

// wordClasses are the classes of words.tsv (lexicons.WordClass), by word:
// the rules ask a word's class, never compare the word to a list of their
// own.
type wordClasses map[string]lexicons.WordClass

// is reports whether word has any class of c.
func (w wordClasses) is(word string, c lexicons.WordClass) bool { return w[word]&c != 0 }
