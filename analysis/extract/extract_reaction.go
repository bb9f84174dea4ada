package extract

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// reactionWeight is the weight of the hostility a country's act stirs in
// another (", angering X"): CAMEO 11 (disapprove), Goldstein −2.0, as
// stance.tsv weighs disapproval words.
const reactionWeight = -0.4

// reactionPass reads ", angering X" after a country's act ("Peru approved
// the sale, angering Chile"): X's hostility toward the country that acted.
type reactionPass struct{}

func (reactionPass) rules() []Rule { return []Rule{RuleReaction} }

func (reactionPass) run(a *Extractor, pc *para) bool {
	pc.acceptEach(a.reactions)
	return false
}

// titleReactionPass reads ", angering X" in a title ("A approves arms sale
// to B, angering C").
type titleReactionPass struct{}

func (titleReactionPass) rules() []Rule  { return []Rule{RuleReaction} }
func (titleReactionPass) fallback() bool { return false }

func (titleReactionPass) run(a *Extractor, pt *titleRead) {
	for _, f := range a.reactions(pt.st, pt.title, record.TitleField, pt.toks, pt.st.found) {
		pt.st.add(f)
	}
}

// reactions finds in toks ", VERBing X", VERB a verb of stirring
// hostility (words.tsv class provoke) and X a country right after it,
// when a statement of stmts names the country that acted before the comma.
func (a *Extractor) reactions(st *docState, text string, field record.Field, toks []token, stmts []found) []found {
	var out []found
	// An outcry noun is rare: the readings of a named outcry
	// (outcryCause, outcryDrawn) are tried only where one stands.
	outcry := slices.ContainsFunc(toks, func(t token) bool { return a.lex.Words.Is(t.Lower, lexicons.WordOutcry) })
	for i := 2; i+1 < len(toks); i++ {
		t := toks[i]
		if outcry {
			if f, ok := a.outcryDespite(st, text, field, toks, stmts, i); ok {
				out = append(out, f)
				continue
			}
			if f, ok := a.outcryCause(st, text, field, toks, stmts, i); ok {
				out = append(out, f)
				continue
			}
			if f, ok := a.outcryDrawn(st, text, field, toks, stmts, i); ok {
				out = append(out, f)
				continue
			}
		}
		if l := t.Lower; l == "as" || l == "while" {
			if f, ok := a.reactionAs(st, text, field, toks, stmts, i); ok {
				out = append(out, f)
				continue
			}
		}
		noun, from := a.lex.Words.OutcryFrom(toks, i)
		if from < 0 && !a.lex.Words.ReactionAt(toks, i) {
			continue
		}
		actor := a.clauseActor(st, stmts, field, toks, i-1)
		if actor == "" {
			continue
		}
		j := i + 1
		if from >= 0 {
			j = from + 1 // ", drawing a protest from X"
		}
		if j < len(toks) && annotate.IsDeterminer(toks[j].Lower) {
			j++
		}
		if j >= len(toks) {
			continue // "…, drawing a protest from" and nothing after
		}
		h := annotate.PastModifiers(toks, j) // "from the interim government in X"
		ms := a.lex.Parties(toks[h:], st.doc.Date)
		if seat := a.seatAfter(toks, h, h+1); seat > h+1 {
			// ", angering the government in X": the body names X by
			// its seat.
			ms = a.lex.Parties(toks[h+2:seat], st.doc.Date)
			if len(ms) > 0 {
				ms[0].Tok, ms[0].End = 0, seat-h
			}
		}
		if len(ms) == 0 || ms[0].Tok != 0 || ms[0].Code == actor || len(ms[0].Code) != 3 {
			continue
		}
		end := h + ms[0].End
		word := t.Lower
		if noun >= 0 {
			word = toks[noun].Lower
		}
		cue := &annotate.Cue{Words: []string{word}, Evaluative: true, Weight: reactionWeight}
		f := found{Stmt: record.Statement{Speaker: joinText(toks[j:end]), SpeakerCountry: ms[0].Code, Kind: record.Indirect, Cue: word, Field: field,
			SpeakerRule: "the country an act angered"}, Rule: RuleReaction, CueTerm: cue, Objects: []string{actor}}
		a.setContent(&f, text, toks[i:end])
		if f.Stmt.End > f.Stmt.Start {
			out = append(out, f)
		}
	}
	return out
}

// outcryCause reads, at toks[i], a cause phrase of an act that names
// another country's outcry: "over", "after" or "following", a country's
// possessive and, within two words, a noun of words.tsv class outcry
// ("A expels B's envoy over B's criticism", "… Over Ottawa's Rights
// Criticism"). The owner's hostility toward the country that acted in the
// clause before is a statement of its own.
func (a *Extractor) outcryCause(st *docState, text string, field record.Field, toks []token, stmts []found, i int) (found, bool) {
	switch toks[i].Lower {
	case "over", "after", "following":
	default:
		return found{}, false
	}
	j := i + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	ms := a.lex.Parties(toks[j:min(len(toks), j+4)], st.doc.Date)
	if len(ms) == 0 || ms[0].Tok != 0 || len(ms[0].Code) != 3 || !toks[j+ms[0].End-1].Poss {
		return found{}, false
	}
	noun := -1
	for k := j + ms[0].End; k < len(toks) && k <= j+ms[0].End+2 && toks[k].Word; k++ {
		if a.lex.Words.Is(toks[k].Lower, lexicons.WordOutcry) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return found{}, false
	}
	actor := actorBefore(stmts, field, toks[0].Start, toks[i].Start)
	if actor == "" || actor == ms[0].Code {
		return found{}, false
	}
	return a.outcry(text, field, toks[j:j+ms[0].End], ms[0].Code, toks[noun], actor, "the country whose outcry an act answered", toks[i:noun+1])
}

// outcryDespite reads, at toks[i], "despite" and an outcry of another
// country (words.tsv class outcry) that the act before went against: the
// country's possessive, name or adjective before the noun ("despite X's
// protests", "despite X objections") or after "from" or "by" ("despite
// warnings from X"). The country's hostility toward the one that acted in
// the clause before is a statement of its own.
func (a *Extractor) outcryDespite(st *docState, text string, field record.Field, toks []token, stmts []found, i int) (found, bool) {
	noun, phrase := a.lex.Words.OutcryDespite(toks, i)
	if noun < 0 {
		return found{}, false
	}
	who, end := a.outcryOwner(st, toks, i+1, noun), noun+1
	if who.Tok < 0 && phrase > noun+2 {
		j := noun + 2 // after "from" or "by"
		if annotate.IsDeterminer(toks[j].Lower) {
			j++
		}
		if who = a.outcryOwner(st, toks, j, j+1); who.Tok >= 0 {
			end = who.End
		}
	}
	if who.Tok < 0 || len(who.Code) != 3 {
		return found{}, false
	}
	actor := a.clauseActor(st, stmts, field, toks, i)
	if actor == "" || actor == who.Code {
		return found{}, false
	}
	return a.outcry(text, field, toks[who.Tok:who.End], who.Code, toks[noun], actor, "the country whose outcry an act went against", toks[i:end])
}

// outcryOwner returns the first country whose name starts in
// toks[from:noun], before an outcry's noun ("X's", "the X"), or right at
// from when noun is from+1 ("from X"); its Tok is -1 when there is none.
func (a *Extractor) outcryOwner(st *docState, toks []token, from, noun int) mention {
	for k := from; k < noun; k++ {
		if ms := a.lex.Parties(toks[k:min(len(toks), k+4)], st.doc.Date); len(ms) > 0 && ms[0].Tok == 0 {
			return mention{Code: ms[0].Code, Kind: ms[0].Kind, Tok: k, End: k + ms[0].End}
		}
	}
	return mention{Tok: -1}
}

// outcry is the statement of the country whose outcry (the noun) a
// reaction rule found: its hostility toward actor, the country that
// acted; speaker names it, content is what the statement covers.
func (a *Extractor) outcry(text string, field record.Field, speaker []token, code string, noun token, actor, via string, content []token) (found, bool) {
	cue := &annotate.Cue{Words: []string{noun.Lower}, Evaluative: true, Weight: reactionWeight}
	name := strings.TrimSuffix(strings.TrimSuffix(joinText(speaker), "'s"), "’s") // "B's criticism": B
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: code, Kind: record.Indirect, Cue: noun.Lower, Field: field,
		SpeakerRule: via}, Rule: RuleReaction, CueTerm: cue, Objects: []string{actor}}
	a.setContent(&f, text, content)
	return f, f.Stmt.End > f.Stmt.Start
}

// outcryDrawn reads a finite verb that draws another country's outcry
// (drew, sparked, prompted …: words.tsv class elicit) at toks[i], or its
// participle after a comma (", drawing Y ire"), the outcry named with its
// country before the noun ("X's trip draws sharp Y rebuke", "sparked a Y
// protest") or after it ("drew the ire of Y"): Y's hostility toward the country that
// acted, the owner of the subject ("X's trip") or its one country, else
// the statement that read the clause before. ("drew a protest from Y" is
// Y's statement about the subject's act: eventOf.)
func (a *Extractor) outcryDrawn(st *docState, text string, field record.Field, toks []token, stmts []found, i int) (found, bool) {
	if i == 0 || !a.lex.Words.ElicitFinite(toks[i].Lower) && !a.lex.Words.ElicitParticiple(toks, i) {
		return found{}, false // a participle only after its clause (", drawing Y ire")
	}
	noun := -1 // the outcry's noun
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].Word; k++ {
		if a.lex.Words.Is(toks[k].Lower, lexicons.WordOutcry) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return found{}, false
	}
	who := a.outcryOwner(st, toks, i+1, noun) // the outcry's country
	if who.Tok < 0 && noun+2 < len(toks) && toks[noun+1].Lower == "of" {
		// "sparked the ire of Y"
		k := noun + 2
		if toks[k].Lower == "the" {
			k++
		}
		who = a.outcryOwner(st, toks, k, k+1)
	}
	if who.Tok < 0 || len(who.Code) != 3 || who.End < noun && slices.ContainsFunc(toks[who.End:noun], func(t token) bool { return annotate.IsDeterminer(t.Lower) }) {
		return found{}, false // "earning X the condemnation of Y": X gets it
	}
	actor := ""
	subj := a.lex.Parties(toks[:i], st.doc.Date)
	for _, m := range subj {
		if toks[m.End-1].Poss {
			actor = m.Code // "X's trip"
			break
		}
	}
	if actor == "" && len(subj) == 1 {
		actor = subj[0].Code
	}
	if actor == "" {
		actor = actorBefore(stmts, field, toks[0].Start, toks[i].Start)
	}
	if actor == "" || actor == who.Code {
		return found{}, false
	}
	return a.outcry(text, field, toks[who.Tok:who.End], who.Code, toks[noun], actor, "the country an act angered", toks[i:max(noun, who.End-1)+1])
}

// reactionAs reads, at "as" or "while" (toks[i]), a country's outcry in a
// clause of its own after a country's act (annotate.Lexicon.ReactionAs:
// "A signs a pact with B as C fumes"): C's hostility toward each country
// that acted in the clause before.
func (a *Extractor) reactionAs(st *docState, text string, field record.Field, toks []token, stmts []found, i int) (found, bool) {
	j := i + 1
	if toks[j].Lower == "the" {
		j++
	}
	if j >= len(toks) {
		return found{}, false
	}
	ms := a.lex.Parties(toks[j:min(len(toks), j+4)], st.doc.Date)
	if len(ms) == 0 || ms[0].Tok != 0 || len(ms[0].Code) != 3 {
		return found{}, false
	}
	e := j + ms[0].End
	c := a.lex.ReactionAs(toks, j, e, st.doc.Date)
	if c == nil {
		return found{}, false
	}
	actors := slices.DeleteFunc(actorsBefore(stmts, field, toks[0].Start, toks[i].Start), func(c string) bool { return c == ms[0].Code })
	if len(actors) == 0 {
		// "A tested a missile as C protested"
		if actor := a.clauseActor(st, stmts, field, toks, i); actor != "" && actor != ms[0].Code {
			actors = []string{actor}
		} else {
			return found{}, false
		}
	}
	f, ok := a.outcry(text, field, toks[j:e], ms[0].Code, toks[e], actors[0], "the country an act angered", toks[i+1:e+len(c.Words)])
	f.Objects = actors
	return f, ok
}

// clauseActor returns the country that acted in the clause before
// toks[i] ("A signed the deal, angering C", "A went ahead despite C's
// protests"): the speaker's country of the first statement of stmts that
// read it, else, when no statement did, its subject's one country ("A
// navy ships held drills …, drawing …"); "" when there is none.
func (a *Extractor) clauseActor(st *docState, stmts []found, field record.Field, toks []token, i int) string {
	if actor := actorBefore(stmts, field, toks[0].Start, toks[i].Start); actor != "" {
		return actor
	}
	if cs := a.openingCountries(st, toks[:i]); len(cs) == 1 {
		return cs[0]
	}
	return ""
}

// actorBefore returns the country of the first statement of stmts in field
// that starts in [from, comma): the country that acted in the clause
// before ", angering X" (actorsBefore's first).
func actorBefore(stmts []found, field record.Field, from, comma int) string {
	if cs := actorsBefore(stmts, field, from, comma); len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// actorsBefore returns the countries of the statements of stmts in field
// that start in [from, comma), each once, in order: every country that
// acted in the clause (the partners of a joint subject).
func actorsBefore(stmts []found, field record.Field, from, comma int) []string {
	var out []string
	for k := range stmts {
		f := &stmts[k]
		if f.Stmt.Field == field && f.Stmt.SpeakerCountry != "" && f.Stmt.Start < comma && f.Stmt.End > from && !slices.Contains(out, f.Stmt.SpeakerCountry) {
			out = append(out, f.Stmt.SpeakerCountry)
		}
	}
	return out
}

// reactionBy reads "X angered by Y's act" (a verb of stirring hostility in
// the passive, its agent at toks[agentAt]): X's hostility toward what the
// agent names.
func (a *Extractor) reactionBy(st *docState, text string, field record.Field, subj []token, verb token, cause []token) (found, bool) {
	name, country, via, mem := a.resolve(st, subj, text)
	if country == "" {
		return found{}, false
	}
	cue := &annotate.Cue{Words: []string{verb.Lower}, Evaluative: true, Weight: reactionWeight}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: verb.Lower, Field: field, SpeakerRule: via},
		Rule: RuleReaction, CueTerm: cue, Subj: subj, Mem: mem}
	a.setContent(&f, text, cause)
	return f, f.Stmt.End > f.Stmt.Start
}
