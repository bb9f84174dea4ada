package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
)

// accordingShape reads "content, according to X" and "According to X,
// content".
type accordingShape struct{}

func (accordingShape) rules() []Rule { return []Rule{RuleAccordingTo} }

func (accordingShape) claims(a *Extractor, s *cueSite) bool { return s.c == nil }

func (accordingShape) read(a *Extractor, s *cueSite) (found, int, bool) {
	toks, i, from, st := s.toks, s.i, s.from, s.st
	subj := a.subjectAfter(toks, i+2)
	if len(subj) == 0 {
		return found{}, 0, false
	}
	text := st.doc.Text
	name, country, via, mem := a.resolve(st, subj, text)
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: "according to", Field: record.TextField, SpeakerRule: via}, Rule: RuleAccordingTo, Mem: mem}
	endSubj := indexOf(toks, subj[len(subj)-1]) + 1
	var content []token
	end := endSubj
	if i > from+1 && !adverbialBefore(toks, from, endSubj) { // "content, according to X"
		content = toks[from:i]
	} else { // "According to X, content"; "While A, according to X, content"
		end = a.clauseEnd(toks, endSubj)
		content = toks[endSubj:end]
	}
	a.setContent(&f, text, content)
	return f, end, f.Stmt.End > f.Stmt.Start && len(f.Toks) > 1
}

// adverbialBefore reports whether "according to X" at toks[endSubj] sets
// off an adverbial clause that opens the sentence at toks[from] ("While
// most roads were open, according to a county official, two bridges were
// closed") from the main clause after it, which is what X tells.
func adverbialBefore(toks []token, from, endSubj int) bool {
	if !annotate.IsSubordinator(toks[from].Lower) || endSubj+3 >= len(toks) || toks[endSubj].Text != "," {
		return false
	}
	return wordCount(toks[endSubj+1:]) >= 3
}
