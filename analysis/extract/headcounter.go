package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"

	"github.com/stance-project/stance/analysis/annotate"
)

// Counter-acts: a headline's subject answers another country's act
// ("A rejects B's accusation", "A responds to B's strike", "A retaliates
// against B sanctions", "A expels B's envoys in response to B's
// steps"). What is answered was B's act toward A: the title
// states it too.

// counterActs returns, for a title statement s of a country A whose verb
// is one of answering (answering), B's act toward A when the verb's object
// is B's act: B's name, possessive or adjective, then a lexicon term within
// two lower-case words ("B's fresh accusations"). The content is B's noun
// phrase after its name, and A is the country it is addressed to (objects).
func (a *Extractor) counterActs(st *docState, title string, s found) []found {
	if s.Stmt.SpeakerCountry == "" || len(s.Toks) == 0 {
		return nil
	}
	toks := s.Toks
	// The verb: the cue before the content (headline "A rejects …") or
	// the content's first word (an act: "rejects …"), or its second when
	// the act was read from a plural of the subject ("A's air defenses
	// respond to …": "defenses" read as the verb).
	from := -1
	// "A hits back at B", "A fires back at B's …": B's hostility came
	// first, toward A.
	backAt := s.CueTerm != nil && len(s.CueTerm.Words) > 2 && slices.Equal(s.CueTerm.Words[len(s.CueTerm.Words)-2:], []string{"back", "at"})
	if a.lex.Words.Is(s.Stmt.Cue, lexicons.WordAnswer) || backAt {
		from = 0
	} else {
		for k := 0; k < 2 && k < len(toks); k++ {
			if a.lex.Words.Is(toks[k].Lower, lexicons.WordAnswer) {
				from = k + 1
				break
			}
		}
	}
	if from < 0 {
		// "A expels B's envoys in response to B's steps", "in
		// retaliation for B's sanctions".
		for k := 1; k+2 < len(toks); k++ {
			if toks[k-1].Lower == "in" && (toks[k].Lower == "response" && toks[k+1].Lower == "to" || toks[k].Lower == "retaliation" && (toks[k+1].Lower == "for" || toks[k+1].Lower == "against")) {
				from = k + 2
				break
			}
		}
	}
	if from < 0 {
		return nil
	}
	// Over "to", "against", "at" and lower-case modifiers ("responds to
	// fresh B attacks"), at most three words.
	ms := a.lex.Mentions(toks, st.doc.Date)
	for _, m := range ms {
		if m.Tok < from || m.Tok > from+3 {
			continue
		}
		ok := true
		for k := from; k < m.Tok; k++ {
			if !toks[k].Word || toks[k].Cap || unrealised[toks[k].Lower] {
				ok = false // "A will respond to any B aggression": none done
			}
		}
		if !ok || m.Code == s.Stmt.SpeakerCountry || !(toks[m.End-1].Poss || m.Kind == byAdjective || m.End < len(toks) && !toks[m.End].Cap) {
			break
		}
		// B's act: a term within two words after the name.
		end := -1
		for k, w := m.End, 0; k < len(toks) && w <= 2 && (toks[k].Word && !toks[k].Cap || isQuote(toks[k].Text) || toks[k].Text == "'"); k++ {
			if !toks[k].Word {
				continue // "B's 'provocative' steps"
			}
			w++
			if _, n := a.lex.TermAt(toks, k); n > 0 {
				end = k + n
				break
			}
		}
		if end < 0 && backAt {
			// No act named: B's hostility, of the weight of a
			// reaction (CAMEO 11, disapprove).
			cue := &annotate.Cue{Words: []string{"back"}, Evaluative: true, Weight: reactionWeight}
			name := title[toks[m.Tok].Start:toks[m.End-1].End]
			f := found{Stmt: record.Statement{Speaker: trimPossessive(name), SpeakerCountry: m.Code, Kind: record.Indirect, Cue: s.Stmt.Cue, Field: s.Stmt.Field,
				SpeakerRule: "the country whose hostility the subject answers"}, Rule: RuleNominal, CueTerm: cue, Objects: []string{s.Stmt.SpeakerCountry}}
			a.setContent(&f, title, toks[m.Tok:m.End])
			if f.Stmt.End > f.Stmt.Start {
				return []found{f}
			}
			break
		}
		if end < 0 || annotate.InMention(ms, end-1) {
			break
		}
		// Its phrase runs on to a comma or a conjunction, at most four
		// words more ("accusation over dam construction").
		for end < len(toks) && end < m.End+8 && toks[end].Word && toks[end].Lower != "and" && toks[end].Lower != "but" && !annotate.InMention(ms, end) {
			end++
		}
		name := title[toks[m.Tok].Start:toks[m.End-1].End]
		cue := m.End // the act's first word, past a quote mark
		for !toks[cue].Word {
			cue++
		}
		f := found{Stmt: record.Statement{Speaker: trimPossessive(name), SpeakerCountry: m.Code, Kind: record.Indirect, Cue: toks[cue].Lower, Field: s.Stmt.Field,
			SpeakerRule: "the country whose act the subject answers"}, Rule: RuleNominal, Act: true, Objects: []string{s.Stmt.SpeakerCountry}}
		a.setContent(&f, title, toks[m.End:end])
		if f.Stmt.End > f.Stmt.Start {
			return []found{f}
		}
		break
	}
	return nil
}

// trimPossessive drops a final "'s" from a name.
func trimPossessive(name string) string {
	for _, p := range [...]string{"'s", "’s"} {
		if len(name) > len(p) && name[len(name)-len(p):] == p {
			return name[:len(name)-len(p)]
		}
	}
	return name
}

// unrealised words before an act's owner make the act one that may come,
// not one done: "will respond to any B aggression", "vows to answer
// possible B strikes".
var unrealised = map[string]bool{"any": true, "possible": true, "potential": true, "future": true}
