package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
)

// relativeActs reads the act of a relative clause set off by commas after
// a country ("X, which does not recognise Y, vowed …", "Norway, which
// has sent aid to Z, urged …"): the country is the clause's subject, and
// its act a statement of its own, whatever the main clause says. The
// clause is read as "X does not recognise Y".
func (a *Extractor) relativeActs(st *docState, toks []token) []found {
	var out []found
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Lower != "which" && toks[i].Lower != "who" || toks[i-1].Text != "," {
			continue
		}
		end := skipClause(toks, i+1)
		from := max(0, i-6)
		var subj []token
		object := false // the country is the object of a preposition: its clause ends the sentence
		for _, m := range a.lex.Countries.Find(toks[from : i-1]) {
			if from+m.End == i-1 && !toks[i-2].Poss || from+m.End < i-1 && m.Kind == annotate.ByAdjective && agentHead(a.lex.Roles, toks[from+m.End:i-1]) {
				// "X, which …"; "X police, who …": the country's
				// people or forces named by its adjective and a noun.
				subj = toks[from+m.Tok : i-1]
				object = from+m.Tok > 0 && annotate.IsPreposition(toks[from+m.Tok-1].Lower)
			}
		}
		if end >= len(toks) && !object || end-(i+1) < 3 {
			// Not closed by a comma: it may run into the main clause
			// ("X, which … said"), unless it hangs from a phrase after
			// the main verb ("drew a protest from X, which summoned
			// …").
			continue
		}
		if len(subj) == 0 {
			continue
		}
		clause := append(append(make([]token, 0, len(subj)+end-i), subj...), toks[i+1:end]...)
		if f, ok := a.eventIn(st, st.doc.Text, record.TextField, clause); ok {
			out = append(out, f)
		}
		i = end
	}
	return out
}

// agentHead reports whether words, after a country's adjective and before
// a relative clause's comma, are one or two lowercase words with no
// possessive whose last is no word for one person or a title of
// roles.tsv ("police", "coast guard", "officials"): the head of a phrase
// of that country's people or forces. One person ("the X envoy, who
// was …") is read by the rules of persons.
func agentHead(roles map[string]string, words []token) bool {
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, t := range words {
		if !t.Word || t.Cap || t.Poss {
			return false
		}
	}
	switch roles[words[len(words)-1].Lower] {
	case "person", "title":
		return false
	}
	return true
}
