package extract

// Rule is the rule that found a statement: a typed id, never its text,
// decides anything. Its String is the text stance explain shows
// (Statement.Rule, set when the statement is kept: docState.add).
type Rule uint8

// Statement rules, in no particular order. RuleNone: not yet found;
// NumRules: one past the last.
const (
	RuleNone                   Rule = iota
	RuleQuoteSpeakerCue             // a quote, then its speaker and cue
	RuleQuoteCueSpeaker             // a quote, then its cue and speaker
	RuleSpeakerCueQuote             // a speaker and cue, then the quote
	RuleSpeakerCueContent           // reported speech: speaker, cue, content
	RuleContentSpeakerCue           // reported speech: content, then speaker and cue
	RuleParticipleContent           // a participle clause and its content
	RuleParticipleCue               // a participle cue of the main clause's subject
	RuleCueSpeaker                  // reported speech: cue, then speaker
	RuleEvaluativeVerb              // a speaker quick to an evaluative verb
	RuleAccordingTo                 // according to a speaker
	RulePassiveCue                  // a passive cue: the agent speaks
	RuleHeadlineSpeakerColon        // a headline: speaker, colon, content
	RuleHeadlineSpeakerCue          // a headline: speaker, cue, content
	RuleHeadlineContentSpeaker      // a headline: content, colon, speaker
	RuleQuoteContinuing             // a quote with no cue, of a nearby statement's speaker
	RuleIntroCue                    // a quote introduced by the previous paragraph's speaker and cue
	RuleIntroColon                  // a quote introduced by the previous paragraph's speaker and colon
	RuleSpeech                      // a sentence of a first-person speech
	RulePassiveAct                  // a passive act: the agent acts on the subject
	RuleAct                         // a country's act (subject, verb)
	RuleReportedAct                 // a country's act inside reported content
	RuleNominal                     // a country's stance as a noun phrase
	RulePairCompound                // a pair compound (A-B ties)
	RuleTreeAct                     // a country's act read from the tree
	RuleTreeSubject                 // reported speech: the tree's subject, cue, content
	RuleReaction                    // ", angering X", "X angered by Y": X's hostility toward the one who acted
	RuleEmbeddedNominal             // a country's stance as a noun phrase inside another statement
	RuleAppraisal                   // ", a move X condemned": X's judgement of the act before
	RuleStated                      // "his call for …": a possessor's stance named by a noun
	RuleTitleVisit                  // "Boric in Lima, …": a title's person in another country visits it
	RulePairBetween                 // "tensions between A and B": each country of the other
	RuleCausedSpeaker               // "prompting X to warn …": the object of a causative verb speaks
	RuleSpeakerVerbColonQuote       // "X continued: “…”": a speaker, a verb the cue lexicon lacks, a colon, then the quote
	RuleEmbeddedPair                // "A slams the B-C deal": a pair compound inside another statement, each of the two of the other
	RuleTitleIn                     // "A, B troops in border firefight", "A in row with B": a title's countries in a relation
	RulePairList                    // "A, B row deepens": two countries listed before their relation
	NumRules
)

// ruleInfo holds each rule's short id (the name of its test file,
// analysis/testdata/rules/<id>.txtar, and a stable key for tools) and its text, as
// stance explain prints it.
var ruleInfo = [NumRules]struct{ id, text string }{
	RuleQuoteSpeakerCue:        {"quote-speaker-cue", "quote, then speaker and cue"},
	RuleQuoteCueSpeaker:        {"quote-cue-speaker", "quote, then cue and speaker"},
	RuleSpeakerCueQuote:        {"speaker-cue-quote", "speaker and cue, then quote"},
	RuleSpeakerCueContent:      {"speaker-cue-content", "speaker, cue, content"},
	RuleContentSpeakerCue:      {"content-speaker-cue", "content, then speaker and cue"},
	RuleParticipleContent:      {"participle-content", "participle clause and content"},
	RuleParticipleCue:          {"participle-cue", "participle cue of the main clause's subject"},
	RuleCueSpeaker:             {"cue-speaker", "cue, then speaker"},
	RuleEvaluativeVerb:         {"evaluative-verb", "speaker, quick/moved/vowed to, evaluative verb"},
	RuleAccordingTo:            {"according-to", "according to speaker"},
	RulePassiveCue:             {"passive-cue", "passive: the agent after by speaks of the subject"},
	RuleHeadlineSpeakerColon:   {"headline-speaker-colon", "headline: speaker, colon"},
	RuleHeadlineSpeakerCue:     {"headline-speaker-cue", "headline: speaker, cue"},
	RuleHeadlineContentSpeaker: {"headline-content-speaker", "headline: content, colon, speaker"},
	RuleQuoteContinuing:        {"quote-continuing", "quote continuing a nearby statement"},
	RuleIntroCue:               {"intro-cue", "speaker and cue ending the previous paragraph, then quote"},
	RuleIntroColon:             {"intro-colon", "speaker ending the previous paragraph with a colon, then quote"},
	RuleSpeech:                 {"speech", "sentence of a first-person speech"},
	RulePassiveAct:             {"passive-act", "passive act or attitude: the agent after by/from speaks of the subject"},
	RuleAct:                    {"act", "a country's act or attitude (subject, verb)"},
	RuleReportedAct:            {"reported-act", "a country's act inside reported content"},
	RuleNominal:                {"nominal", "a country's stance as a noun phrase (owner, term, target)"},
	RulePairCompound:           {"pair-compound", "pair compound (A-B ties): the relation of each country with the other"},
	RuleTreeAct:                {"tree-act", "a country's act read from the tree (subject, verb)"},
	RuleTreeSubject:            {"tree-subject", "speaker (the subject in the tree), cue, content"},
	RuleEmbeddedNominal:        {"embedded-nominal", "a country's stance as a noun phrase inside another statement (owner, term, target)"},
	RuleAppraisal:              {"appraisal", "a country's judgement of another's act in an appositive (\", a move X condemned\")"},
	RuleStated:                 {"stated", "a possessor's stance named by a noun (\"his call for\", \"Ruiz's support for\")"},
	RuleTitleVisit:             {"title-visit", "a title's person in another country or its capital (\"Boric in Lima, …\"): a visit"},
	RulePairBetween:            {"pair-between", "a relation named between two countries (\"tensions between A and B\"): each country of the other"},
	RuleCausedSpeaker:          {"caused-speaker", "the object of a verb that causes the saying (\"…, prompting X to warn\")"},
	RuleSpeakerVerbColonQuote:  {"speaker-verb-colon-quote", "speaker and a verb with a colon, then quote"},
	RuleEmbeddedPair:           {"embedded-pair", "a pair compound inside another statement (\"A slams the B-C deal\"): the relation of each of the two with the other"},
	RuleTitleIn:                {"title-in", "a title's countries in a relation named by a noun (\"A, B in talks\", \"A in row with B\"): each of the other"},
	RulePairList:               {"pair-list", "two countries listed before their relation (\"A, B row deepens\"): each of the other"},
	RuleReaction:               {"reaction", "a country angered by another's act (\"…, angering X\", \"X angered by Y\"): its hostility toward the actor"},
}

// PairRelation reports whether the rule reads a relation that two
// countries share, named as a pair (pair-compound, pair-between,
// embedded-pair, title-in, pair-list): a statement of each about the other, whose
// terms are of each toward the other.
func (r Rule) PairRelation() bool {
	switch r {
	case RulePairCompound, RulePairBetween, RuleEmbeddedPair, RuleTitleIn, RulePairList:
		return true
	}
	return false
}

// String is the rule's text, as stance explain prints it.
func (r Rule) String() string {
	if r < NumRules {
		return ruleInfo[r].text
	}
	return "stmtRule(?)"
}

// ID is the rule's short id ("" for RuleNone).
func (r Rule) ID() string {
	if r < NumRules {
		return ruleInfo[r].id
	}
	return ""
}
