package analysis

import (
	"strings"

	"github.com/stance-project/stance/analysis/extract"
)

// infinitiveShape reads a cue after "to": an infinitive ("to express", "to
// say") is no statement, unless an evaluative verb follows "were quick
// to", "moved to", "vowed to" ...: then the subject of that verb is the
// speaker.
type infinitiveShape struct{}

func (infinitiveShape) rules() []extract.Rule { return []extract.Rule{extract.RuleEvaluativeVerb} }

func (infinitiveShape) claims(a *Analyzer, s *cueSite) bool {
	toks, i := s.toks, s.i
	return s.c != nil && i > 0 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "not" && i > 1 && toks[i-2].Lower == "to")
}

func (infinitiveShape) read(a *Analyzer, s *cueSite) (found, int, bool) {
	toks, i, from, c, st := s.toks, s.i, s.from, s.c, s.st
	if !c.Evaluative || i < 3 || i-2 <= from || !infinitiveHeads[toks[i-2].Lower] {
		return found{}, 0, false
	}
	subj := a.subjectBefore(toks[from:], i-2-from)
	if len(subj) == 0 {
		return found{}, 0, false
	}
	text := st.doc.Text
	name, country, via, mem := a.resolve(st, subj, text)
	end := a.clauseEnd(toks, i+s.n)
	f := found{Stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Indirect, Cue: strings.Join(c.Words, " "), Field: TextField,
		SpeakerRule: via}, Rule: extract.RuleEvaluativeVerb, CueTerm: c, Subj: subj, Mem: mem}
	a.setContent(&f, text, toks[i+s.n:end])
	return f, end, f.Stmt.End > f.Stmt.Start
}
