package analysis

// stmtRule is the rule that found a statement: a typed id, never its text,
// decides anything. Its String is the text stance explain shows
// (Statement.Rule, set when the statement is kept: docState.add).
type stmtRule uint8

// Statement rules, in no particular order. stmtNone: not yet found.
const (
	stmtNone                   stmtRule = iota
	stmtQuoteSpeakerCue                 // a quote, then its speaker and cue
	stmtQuoteCueSpeaker                 // a quote, then its cue and speaker
	stmtSpeakerCueQuote                 // a speaker and cue, then the quote
	stmtSpeakerCueContent               // reported speech: speaker, cue, content
	stmtContentSpeakerCue               // reported speech: content, then speaker and cue
	stmtParticipleContent               // a participle clause and its content
	stmtParticipleCue                   // a participle cue of the main clause's subject
	stmtCueSpeaker                      // reported speech: cue, then speaker
	stmtEvaluativeVerb                  // a speaker quick to an evaluative verb
	stmtAccordingTo                     // according to a speaker
	stmtPassiveCue                      // a passive cue: the agent speaks
	stmtHeadlineSpeakerColon            // a headline: speaker, colon, content
	stmtHeadlineSpeakerCue              // a headline: speaker, cue, content
	stmtHeadlineContentSpeaker          // a headline: content, colon, speaker
	stmtQuoteContinuing                 // a quote with no cue, of a nearby statement's speaker
	stmtIntroCue                        // a quote introduced by the previous paragraph's speaker and cue
	stmtIntroColon                      // a quote introduced by the previous paragraph's speaker and colon
	stmtSpeech                          // a sentence of a first-person speech
	stmtPassiveAct                      // a passive act: the agent acts on the subject
	stmtAct                             // a country's act (subject, verb)
	stmtReportedAct                     // a country's act inside reported content
	stmtNominal                         // a country's stance as a noun phrase
	stmtPairCompound                    // a pair compound (A-B ties)
	stmtTreeAct                         // a country's act read from the tree
	numStmtRules
)

// stmtRuleInfo holds each rule's short id (the name of its test file,
// testdata/rules/<id>.txtar, and a stable key for tools) and its text, as
// stance explain prints it.
var stmtRuleInfo = [numStmtRules]struct{ id, text string }{
	stmtQuoteSpeakerCue:        {"quote-speaker-cue", "quote, then speaker and cue"},
	stmtQuoteCueSpeaker:        {"quote-cue-speaker", "quote, then cue and speaker"},
	stmtSpeakerCueQuote:        {"speaker-cue-quote", "speaker and cue, then quote"},
	stmtSpeakerCueContent:      {"speaker-cue-content", "speaker, cue, content"},
	stmtContentSpeakerCue:      {"content-speaker-cue", "content, then speaker and cue"},
	stmtParticipleContent:      {"participle-content", "participle clause and content"},
	stmtParticipleCue:          {"participle-cue", "participle cue of the main clause's subject"},
	stmtCueSpeaker:             {"cue-speaker", "cue, then speaker"},
	stmtEvaluativeVerb:         {"evaluative-verb", "speaker, quick/moved/vowed to, evaluative verb"},
	stmtAccordingTo:            {"according-to", "according to speaker"},
	stmtPassiveCue:             {"passive-cue", "passive: the agent after by speaks of the subject"},
	stmtHeadlineSpeakerColon:   {"headline-speaker-colon", "headline: speaker, colon"},
	stmtHeadlineSpeakerCue:     {"headline-speaker-cue", "headline: speaker, cue"},
	stmtHeadlineContentSpeaker: {"headline-content-speaker", "headline: content, colon, speaker"},
	stmtQuoteContinuing:        {"quote-continuing", "quote continuing a nearby statement"},
	stmtIntroCue:               {"intro-cue", "speaker and cue ending the previous paragraph, then quote"},
	stmtIntroColon:             {"intro-colon", "speaker ending the previous paragraph with a colon, then quote"},
	stmtSpeech:                 {"speech", "sentence of a first-person speech"},
	stmtPassiveAct:             {"passive-act", "passive act or attitude: the agent after by/from speaks of the subject"},
	stmtAct:                    {"act", "a country's act or attitude (subject, verb)"},
	stmtReportedAct:            {"reported-act", "a country's act inside reported content"},
	stmtNominal:                {"nominal", "a country's stance as a noun phrase (owner, term, target)"},
	stmtPairCompound:           {"pair-compound", "pair compound (A-B ties): the relation of each country with the other"},
	stmtTreeAct:                {"tree-act", "a country's act read from the tree (subject, verb)"},
}

func (r stmtRule) String() string {
	if r < numStmtRules {
		return stmtRuleInfo[r].text
	}
	return "stmtRule(?)"
}

// ID is the rule's short id ("" for stmtNone).
func (r stmtRule) ID() string {
	if r < numStmtRules {
		return stmtRuleInfo[r].id
	}
	return ""
}
