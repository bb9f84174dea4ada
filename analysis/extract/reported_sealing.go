package extract

import "github.com/stance-project/stance/lexicons"

// sealingShape rejects a cue that makes an agreement ("concluded a trade
// deal with X"): a verb of class seal before a term of agreement is an
// act of its subject, read by the act rules, not a report of speech.
type sealingShape struct{}

func (sealingShape) rules() []Rule { return nil }

func (sealingShape) claims(a *Extractor, s *cueSite) bool {
	toks, i := s.toks, s.i
	if s.c == nil || !a.lex.Words.Is(toks[i].Lower, lexicons.WordSeal) {
		return false
	}
	// The agreement stands within four words after the verb, before
	// any clause opens ("concluded that the deal …" is speech).
	for k := i + s.n; k < len(toks) && k <= i+s.n+4 && toks[k].Word && toks[k].Lower != "that"; k++ {
		if lt, n := a.lex.TermAt(toks, k); n > 0 && lt.Class == lexicons.ClassAgree {
			return true
		}
	}
	return false
}

func (sealingShape) read(a *Extractor, s *cueSite) (found, int, bool) { return found{}, 0, false }
