package lexicons

import "fmt"

// WordClass is a class of words.tsv: words whose class, not their own
// sense, decides a reading of the analysis. A word may have several
// classes (a set of bits).
type WordClass uint8

// Word classes.
const (
	// WordBusiness heads or classifies the name of a business ("firm",
	// "lender", "investors"): its act or word is no stance of its country.
	WordBusiness WordClass = 1 << iota
	// WordReport names what someone said or reported ("claims",
	// "accusations"): a denial of it denies its content.
	WordReport
	// WordDeny is a form of a verb that denies what it reports ("denied").
	WordDeny
	// WordReject is a form of a verb that rejects its object ("dismissed"):
	// of a report, it denies it.
	WordReject
	// WordEasing ends or holds back what follows ("suspended", "halted"):
	// of a hostile act that is de-escalation.
	WordEasing
	// WordSituation names a state of affairs, not an act ("crisis"): a
	// country right before it is its place.
	WordSituation
	numWordClasses = iota
)

var wordClassNames = [numWordClasses]string{"business", "report", "deny", "reject", "easing", "situation"}

func (c WordClass) String() string {
	for i, n := range wordClassNames {
		if c == 1<<i {
			return n
		}
	}
	return fmt.Sprintf("WordClass(%#x)", uint8(c))
}

// ParseWordClass returns the class words.tsv names ("business" …).
func ParseWordClass(s string) (WordClass, bool) {
	for i, n := range wordClassNames {
		if n == s {
			return 1 << i, true
		}
	}
	return 0, false
}
