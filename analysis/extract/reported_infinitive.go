package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"strings"
)

// infinitiveShape reads a cue after "to": an infinitive ("to express", "to
// say") is no statement, unless an evaluative verb follows "were quick
// to", "moved to", "vowed to" ...: then the subject of that verb is the
// speaker.
type infinitiveShape struct{}

func (infinitiveShape) rules() []Rule { return []Rule{RuleEvaluativeVerb} }

func (infinitiveShape) claims(a *Extractor, s *cueSite) bool {
	toks, i := s.toks, s.i
	return s.c != nil && i > 0 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "not" && i > 1 && toks[i-2].Lower == "to")
}

func (infinitiveShape) read(a *Extractor, s *cueSite) (found, int, bool) {
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
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: strings.Join(c.Words, " "), Field: record.TextField,
		SpeakerRule: via}, Rule: RuleEvaluativeVerb, CueTerm: c, Subj: subj, Mem: mem}
	a.setContent(&f, text, toks[i+s.n:end])
	return f, end, f.Stmt.End > f.Stmt.Start
}
