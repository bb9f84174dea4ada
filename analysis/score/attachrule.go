package score

// attachRule is how a lexicon term reached the country it speaks about.
// Its String is the text stance explain and the evidence column show.
type attachRule uint8

// Attachment rules. ruleNone: the term reached no country.
const (
	ruleNone           attachRule = iota
	ruleFrame                     // the CAMEO pattern's target
	ruleCueObject                 // an evaluative cue's addressee or pronoun country
	ruleAddressee                 // a term that reached no country, toward the addressee
	ruleObjectOfAct               // the object of the speaker's own act
	rulePlaceOfAct                // the place of the speaker's own act
	ruleAgent                     // the country that does what the term names
	ruleJointSubject              // a partner of a joint subject
	ruleAdjacent                  // the country right before or after the term
	ruleForward                   // the first country after the term
	ruleCue                       // an evaluative or stance cue of the statement
	ruleSubject                   // the subject of the term's clause
	ruleBackward                  // the nearest country before the term
	ruleStatement                 // no country in reach: the whole statement, at half weight
	ruleDemand                    // the country a demand is made of (CAMEO 10)
	rulePassiveSubject            // the subject of a passive act: what the agent does it to
	ruleOthers                    // another country's cooperation with a third: no stance of the speaker's
	ruleComplement                // the object a verb of regarding says the term of ("sees X as a partner")
	ruleHost                      // the country a title's person is in: the host of the visit
	ruleSufferer                  // the country that suffered what sympathy is about
	ruleTopic                     // cooperation that reached no country, toward the country a title's topic label names
	ruleApposition                // the country an appositive phrase describes ("X, a brotherly country,")
	ruleSought                    // the country whose support is sought ("seeks X's backing"): an appeal to it (CAMEO 02)
	ruleVictim                    // in a speech, the victim of a hostile act the delegation tells of: its sympathy
	ruleAdvocated                 // the victim of a hostile act the speaker asks to be imposed or kept: its target
	numAttachRules
)

// attachRuleInfo holds each rule's text and how sure it is that the term
// is about the country (the weight of the rule in a stance's confidence).
var attachRuleInfo = [numAttachRules]struct {
	text      string
	certainty float64
	event     bool // an imported event verb may attach so (eventRule)
	befalls   bool // the term befalls the country: a place may take it so (befallsPlace)
}{
	ruleNone:           {"", 0, false, false},
	ruleFrame:          {"frame", 0.9, false, true},
	ruleCueObject:      {"cue (object)", 0.7, false, false},
	ruleAddressee:      {"addressee", 0.4, false, false},
	ruleObjectOfAct:    {"object of the speaker's act", 0.8, true, true},
	rulePlaceOfAct:     {"place of the speaker's act", 0.6, true, true},
	ruleAgent:          {"agent", 0.8, true, false},
	ruleJointSubject:   {"joint subject", 0.6, false, false},
	ruleAdjacent:       {"adjacent", 0.9, true, true},
	ruleForward:        {"forward", 0.8, true, true},
	ruleCue:            {"cue", 0.8, false, false},
	ruleSubject:        {"subject", 0.7, false, false},
	ruleBackward:       {"backward", 0.6, false, false},
	ruleStatement:      {"statement", 0.3, false, false},
	ruleDemand:         {"demand of it", 0.7, false, false},
	rulePassiveSubject: {"subject of the passive", 0.7, false, true},
	ruleOthers:         {"another's cooperation with a third", 0, false, false},
	ruleComplement:     {"complement of the object", 0.8, true, false},
	ruleHost:           {"host of the visit", 0.9, false, false},
	ruleSufferer:       {"the one that suffered", 0.7, false, false},
	ruleTopic:          {"topic of the title", 0.4, false, false},
	ruleApposition:     {"apposition", 0.8, false, false},
	ruleSought:         {"sought of its owner", 0.7, false, false},
	ruleVictim:         {"victim of the act", 0.5, false, false},
	ruleAdvocated:      {"target of the act asked for", 0.7, false, false},
}

func (r attachRule) String() string {
	if r < numAttachRules {
		return attachRuleInfo[r].text
	}
	return "attachRule(?)"
}

// certainty is how sure the rule is that the term is about the country.
func (r attachRule) certainty() float64 {
	if r < numAttachRules {
		return attachRuleInfo[r].certainty
	}
	return 0
}

// befallsPlace reports whether a term that reached a place (a city or a
// region, annotate.ByPlace) by r befalls it: the object or the scene of an
// act ("shelled Kharkiv", "strikes on Odesa"), never its agent, a speaker's
// word on it, nor the whole statement.
func (r attachRule) befallsPlace() bool { return r < numAttachRules && attachRuleInfo[r].befalls }

// eventRule reports whether an imported event verb of CAMEO may attach by
// r: to its object or agent, never to the whole statement.
func (r attachRule) eventRule() bool { return r < numAttachRules && attachRuleInfo[r].event }
