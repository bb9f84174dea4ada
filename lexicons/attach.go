package lexicons

import "fmt"

// Attach is how a term finds the country it speaks about (the attach
// column of stance.tsv and cameo.tsv). Its String is the word the files
// use.
type Attach uint8

// Attach kinds. AttachAny is the default of a stance.tsv row with no
// attach column.
const (
	AttachAny       Attach = iota // any country in reach
	AttachObject                  // the owner before a noun, or the object after a verb
	AttachPrep                    // the country after its preposition ("against X")
	AttachAct                     // the object of the speaker's own act
	AttachPredicate               // the subject the term is said of ("X is illegal")
	AttachNoun                    // the country the noun is of
	numAttach
)

var attachNames = [numAttach]string{AttachAny: "any", AttachObject: "object", AttachPrep: "prep", AttachAct: "act",
	AttachPredicate: "predicate", AttachNoun: "noun"}

func (k Attach) String() string {
	if k < numAttach {
		return attachNames[k]
	}
	return fmt.Sprintf("Attach(%d)", uint8(k))
}

// ParseAttach returns the attach kind a file names ("object", "prep" …).
func ParseAttach(s string) (Attach, bool) {
	for k, n := range attachNames {
		if n == s {
			return Attach(k), true
		}
	}
	return 0, false
}
