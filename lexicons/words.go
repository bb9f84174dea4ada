package lexicons

import (
	"fmt"
	"strings"
)

// WordClass is a class of words.tsv: words whose class, not their own
// sense, decides a reading of the analysis. It is a typed id, not a bit:
// a word's classes are a [ClassSet], and a rule that asks for any of
// several classes lists them (annotate.WordClasses.Is(w, A, B)), never
// joins them with "|".
type WordClass uint8

// Word classes.
const (
	// WordBusiness heads or classifies the name of a business ("firm",
	// "lender", "investors"): its act or word is no stance of its country.
	WordBusiness WordClass = iota
	// WordReport names what someone said or reported ("claims",
	// "accusations"): a denial of it denies its content.
	WordReport
	// WordDeny is a form of a verb that denies what it reports ("denied").
	WordDeny
	// WordReject is a form of a verb that rejects its object ("dismissed"):
	// of a report, it denies it.
	WordReject
	// WordEasing ends or holds back what follows ("suspended", "halted"):
	// of a hostile act that is de-escalation.
	WordEasing
	// WordSituation names a state of affairs, not an act ("crisis"): a
	// country right before it is its place.
	WordSituation
	// WordAnswer is a verb of answering another's act ("rejects",
	// "retaliates"): in a title, the act answered is the other's.
	WordAnswer
	// WordRenewal is a verb of renewing relations ("restore", "mend"): a
	// symmetric event.
	WordRenewal
	// WordReceive is a verb of receiving ("receives … from X").
	WordReceive
	// WordDirective is a verb of asking someone to act ("urge", "invite"):
	// the one asked does not act yet.
	WordDirective
	// WordUndergo is a verb of what befalls its subject ("die", "flee"):
	// the subject is a victim, not an actor.
	WordUndergo
	// WordGrowth makes a topic word after it cooperative ("boost ties",
	// "closer trade").
	WordGrowth
	// WordPatient names people, what they own or what they are owed
	// ("people", "civilians", "will", "territory"): a country that only
	// qualifies one is harmed by a hostile act, not its author.
	WordPatient
	// WordHazard names a natural or non-state harm ("flood", "drought",
	// "pandemic"): a country it befalls is its victim, and no country is
	// the agent of what it does.
	WordHazard
	// WordPurpose is a verb of purpose ("aim"): before "at" or "to" it
	// names what an act is for, and is no act of its own.
	WordPurpose
	// WordCease is a verb of ending one's own act ("stop", "end"): asked
	// of a country, it demands that the country end what it does.
	WordCease
	// WordProvoke is a verb of stirring another's hostility ("anger",
	// "infuriate"): ", angering X" after a country's act is X's hostility
	// toward the one who acted.
	WordProvoke
	// WordRelation names a relation between parties ("cooperation",
	// "friendship", "alliance"): the partners of a joint subject share a
	// term of it ("A and B vow closer cooperation"), not a one-way term
	// ("A, B and C recognise D").
	WordRelation
	// WordGathering names a gathering ("summit", "talks", "conference"): a
	// country's or capital's name before it, after "at" or "in", is where
	// it is held ("at the Cairo summit"), no party of it.
	WordGathering
	// WordCommit is a verb of committing oneself ("vow", "pledge",
	// "agree"): a joint subject that commits does so together, and its
	// positive terms are of each partner toward the others.
	WordCommit
	// WordSend is a verb of sending ("send", "dispatch", "ships"): with
	// a good of aid after it and "to" ("sent 300 doctors to X"), it gives
	// aid to the country after "to".
	WordSend
	// WordAidGood names what aid sends ("doctors", "vaccines", "tanks").
	WordAidGood
	// WordDemand is a verb of demanding ("demand", "seek"): redress
	// demanded of a country ("an apology from X") is a grievance.
	WordDemand
	// WordParties is a plural noun for the two parties of an event ("the
	// two sides", "the two leaders"): what they do is of each toward the
	// other.
	WordParties
	// WordPost names a body a country keeps in another ("embassy",
	// "consulate"): "the embassy in X" is not X's.
	WordPost
	// WordReciprocal is a verb of hostility that takes two sides
	// ("clash", and "exchange" or "trade" before "fire" or
	// "accusations"): its hostile term is of each party toward the other.
	WordReciprocal
	// WordProspect is a noun of what may come ("verge", "brink", "risk"):
	// "on the brink of clashes with X" reports no clash.
	WordProspect
	// WordAppraised is a noun for an act that another judges in an
	// appositive after it ("…, a move X condemned", "a claim X rejected").
	WordAppraised
	// WordCausative is a participle that brings about another's act
	// (", prompting X to …", ", forcing X to …").
	WordCausative
	// WordLand is a noun for a country's own land after its name ("the B
	// region", "B mainland"): the name is the country, no qualifier of the
	// noun.
	WordLand
	// WordOpposition makes its phrase a party out of power ("opposition",
	// "opposition party"): what it says is no stance of its country.
	WordOpposition
	// WordStated is a noun for a stance its possessor states ("his call
	// for", "their support for", "the mayor's claim that"): the possessor
	// speaks.
	WordStated
	// WordRegard is a verb whose object takes a complement that says what
	// the object is to the subject ("sees X as a partner", "called X a
	// reliable ally"): a term of the complement is said of the object.
	WordRegard
	// WordTravel is a word of travel to a place ("flies to", "trip to"):
	// travel for an organisation's gathering there is no visit of the
	// host.
	WordTravel
	// WordParticle is a verb whose particle "back" may follow it and its
	// object ("pull its troops back"): that "back" is no verb of support.
	WordParticle
	// WordCharge is a verb of charging someone with a wrong ("accuse",
	// "suspect", "convict"): its active voice names the one charged
	// before "of" ("accused X of …"), so a form of it right before "of"
	// or "with" is a passive without "be" ("nationals suspected of
	// smuggling", "Kenya accused of abuses"), whose subject is charged
	// and speaks no words.
	WordCharge
	// WordSecession is a word for a part of a country that breaks away
	// or for those who rule it ("breakaway", "separatist",
	// "self-proclaimed"): recognising it ("recognised the breakaway
	// regions of X") is hostility toward X, no support.
	WordSecession
	// WordRecognise is a form of a verb or noun of recognising
	// ("recognised", "recognition"), whose object WordSecession may make
	// hostile.
	WordRecognise
	// WordElicit is a participle that draws another's reaction after a
	// comma (", drawing a protest from X", ", sparking criticism from
	// X"), with a WordOutcry noun and "from".
	WordElicit
	// WordOutcry is a noun for a country's hostile reaction to another's
	// act ("protest", "criticism", "complaint"): after WordElicit, it is
	// the reaction of the country after "from".
	WordOutcry
	// WordDetain is a verb of a state's holding or removing people
	// ("arrest", "detain", "jail", "deport"): its participle right after
	// a noun, before a preposition, is a passive without "be" ("two X
	// journalists detained in Y"), the act of the country where it
	// happens (or of its agent after "by") toward the people's country.
	WordDetain
	// WordNonState is a noun for people who act for themselves, not for
	// their state ("militants", "pirates", "students", "protesters"): what
	// a subject it heads says or does is no stance of its country.
	WordNonState
	// WordConduct is a noun for how a country acts ("policy", "conduct",
	// "activities", "approach"): after an adjective of stance and before
	// "of X" ("the aggressive military activities of X", "the constructive
	// approach of X"), X is the one who acts, and the adjective is said
	// of X.
	WordConduct
	// WordPerpetrate is a verb whose object is its subject's own act
	// ("launch", "wage", "unleash", "commit"): a hostile noun it takes
	// ("X waged a war of aggression", "X launched an invasion") is the
	// subject's.
	WordPerpetrate
	// WordIntend is a verb whose subject does the act of the infinitive
	// after it ("decide", "choose", "plan", "vote"): "X chose last month
	// to close its embassy" is X's act.
	WordIntend
	// WordMission is a noun for a country's mission abroad ("embassy",
	// "ambassador"): "X's embassy in Y said" speaks for X, and Y is only
	// where it sits.
	WordMission
	// WordRulers is a noun for those who rule a country ("government",
	// "regime", "authorities"): "the regime in X" is X's, and X no place.
	WordRulers
	// WordSympathy is a word of sympathy ("condolences", "saddened",
	// "mourn"): what it is about is its topic, and with no addressee
	// the country that suffered is its target.
	WordSympathy
	// WordEnact is a verb whose object is a measure its subject takes
	// ("announce", "unveil", "adopt"): the hostile act a statement of its
	// cue opens with is the speaker's own ("announced new sanctions on X").
	WordEnact
	// WordRenounce is a verb that ends an agreement or tie ("scrap",
	// "terminate", "withdraw"): before a topic noun ("scrapped its pact
	// with X") it is hostility toward the partner.
	WordRenounce
	// WordGreet is a verb of receiving a visitor ("receive", "welcome"):
	// with a person as its object it is a visit hosted, contact of each
	// side.
	WordGreet
	// WordMedia is a noun for a news organisation ("broadcaster",
	// "newspaper", "channel"): a country's adjective before it ("a
	// Russian TV channel") tells where it is from, and what is done to
	// it is not done to that country.
	WordMedia
	// WordThing is a noun form of a CAMEO verb of violence that names
	// no act ("targets", "aims", "guards", "defeat"): after a country's
	// adjective ("X targets in Y") it is no act of that country.
	WordThing
	// WordLocate is a form of "lie" that, before a preposition, says
	// where something is ("the answer lies with X", "lying between"): no
	// falsehood.
	WordLocate
	// WordDeed is a noun of an act done to what follows its "of"
	// ("invasion", "occupation", "destruction"): the country there is its
	// victim ("condemned the invasion of X"), no target of the one who
	// condemns it.
	WordDeed
	// WordCause is a verb of fighting that takes a cause after "for" or
	// "to" ("fighting for their independence", "fight to free their
	// land"): a fight for a cause is no hostility of its agent.
	WordCause
	// WordScheme is a noun of a hostile scheme or campaign that is no
	// term of ours ("plot", "campaign", "expedition", "discrimination"):
	// the country after its "against" is its victim ("the plots against
	// X"), no target of the one who speaks of it.
	WordScheme
	// WordCounter is a verb of fighting an evil ("fight", "combat",
	// "eradicate"): with a hostile term, a hazard or a scourge as its
	// object ("fought terrorism", "combat piracy") it is no hostility of
	// its agent.
	WordCounter
	// WordScourge is a noun of an evil no country is ("piracy",
	// "poverty", "extremism"): what fights it (WordCounter) is no
	// hostility.
	WordScourge
	// WordEndure is a verb whose object befalls its subject ("face",
	// "experience", "endure"), or the noun "victim": a hostile act named
	// after it is no act of the subject's.
	WordEndure
	// WordConsent is a verb of consenting to what another proposes
	// ("accept", "welcome", "embrace"): with a proposal as its object
	// ("accepted an offer of talks from X") it is its subject's own act
	// toward the one who proposed, not a gift received.
	WordConsent
	// WordPermit is a verb of letting something be ("tolerate", "allow",
	// "accept"): negated ("will not tolerate X's incursions") it refuses
	// what follows, and a hostile term there keeps its hostility toward
	// its agent.
	WordPermit
	// WordDecline is a word of a relation that worsens ("sour",
	// "deteriorate", "lowest"): before or after a relation's noun
	// ("souring ties with X", "relations with X have deteriorated") it is
	// hostility toward the partner, as WordGrowth is cooperation.
	WordDecline
	// WordCrackdown is a noun of fighting an evil ("war", "crackdown",
	// "struggle"): with "on" or "against" and a scourge, a hazard or a
	// hostile term ("X's war on drugs") it is no hostility of its owner,
	// as a verb of WordCounter is none of its subject.
	WordCrackdown
	// WordAuthor is a verb of making a text or a proposal ("drafted",
	// "circulated", "tabled", "sponsored"): in a relative clause after a
	// term ("the draft which X circulated") its subject or its agent is
	// the author of what the term speaks of, and the term reaches it.
	WordAuthor
	// WordBody is a noun that ends the name of a body of a state
	// ("authority", "department", "agency"): with "in" and a capital
	// after it ("the National Transport Authority in Nairobi") the
	// phrase is one speaker, of the capital's country.
	WordBody
	// WordTalks is a word of an exchange that takes two parties (talks,
	// negotiations, dialogue, negotiate): contact in it is of each party
	// toward the other in a text too, where a meeting, a visit or a
	// call is the act of the one who makes it.
	WordTalks
	// WordPredicative is a verb whose object takes a predicate adjective
	// ("keep", "leave", "make"): an adjectival cue after its object
	// ("kept the door open to talks", "left its envoy wary of X") is
	// said of the object, which is no speaker.
	WordPredicative
	// WordEvidence is a verb of showing by deeds ("show", "prove",
	// "demonstrate"): "X has shown that it cannot be trusted, Y said" is Y's
	// judgement of X, no statement of X's alone.
	WordEvidence
	// WordWithdraw is a form of a verb or noun of withdrawing forces
	// ("withdrew", "pull", "pullout"): with a force noun and then "from"
	// or "out of" a country, the forces' country retreats toward it.
	WordWithdraw
	// WordFounder is a form of a verb of failing ("collapsed", "stall",
	// "faltered"): after talks it tells that they failed, a setback of
	// the parties' relation.
	WordFounder
	// WordQuarrel is a noun of a quarrel between parties ("dispute",
	// "row", "rift", "tensions"): after a verb of class resolve it is
	// settled, cooperation of each party toward the other.
	WordQuarrel
	// WordResolve is a form of a verb of settling a quarrel ("resolved",
	// "settle", "defused", "ended").
	WordResolve
	// WordSeal is a form of a verb that makes an agreement ("signed",
	// "sealed", "clinched", "concluded"): before a topic noun ("signed a
	// trade deal with X") it is an agreement of each party.
	WordSeal
	// WordHost is a form of a verb a host country does to a foreign
	// mission ("summoned", "expelled"): "X's envoy to Y was summoned" is
	// Y's act toward X.
	WordHost
	// WordEmbroil is a participle that puts its subject in a relation
	// named after "in" ("locked in a dispute", "embroiled in a row"):
	// it links the subject to the relation as "be" does.
	WordEmbroil
	// WordInflict is a form of a verb whose passive names what it
	// inflicts after "with" ("slapped with X tariffs", "hit with X
	// sanctions"): the country of that phrase acts on the subject.
	WordInflict
	// WordThanks is a word of thanks ("thank", "grateful", "gratitude"):
	// in a speech, the delegation's thanks to a country for its act ("we
	// are grateful to X for its support") tell that act, X's toward the
	// delegation, as the cue "thank" does in a report.
	WordThanks
	// WordBroker is a participle of a third party's good offices
	// ("brokered", "mediated", "hosted"): a country joined to it by a
	// hyphen ("a Y-brokered deal") did that office, no party to the deal.
	WordBroker
	// WordBuild is a verb of making or starting a work ("inaugurate",
	// "launch", "build", "unveil"): what a joint subject makes together
	// ("A and B inaugurate a rail link") is cooperation of each toward
	// the other, when nothing said of it is hostile.
	WordBuild
	// WordIntermediary is a noun of a third party's good offices
	// ("mediator", "guarantor"): a country that acts as one ("with X
	// acting as mediator", "with X as guarantor") is no party to what
	// the parties do.
	WordIntermediary
	// WordSustain is a verb of imposing, keeping or strengthening a
	// measure ("impose", "maintain", "strengthen", "remain"): after a
	// modal ("sanctions against X must be strengthened") the speaker
	// asks for the measure, no sympathy with its victim.
	WordSustain
	numWordClasses = iota
)

var wordClassNames = [numWordClasses]string{"business", "report", "deny", "reject", "easing", "situation",
	"answer", "renewal", "receive", "directive", "undergo", "growth", "patient", "hazard", "purpose", "cease", "provoke", "relation", "gathering", "commit", "send", "aidgood", "demand", "parties", "post", "reciprocal", "prospect", "appraised", "causative", "land", "opposition", "stated", "regard", "travel", "particle", "charge", "secession", "recognise", "elicit", "outcry", "detain", "nonstate", "conduct", "perpetrate", "intend", "mission", "rulers", "sympathy", "enact", "renounce", "greet", "media", "thing", "locate", "deed", "cause", "scheme", "counter", "scourge", "endure", "consent", "permit", "decline", "crackdown", "author", "body", "talks", "predicative", "evidence", "withdraw", "founder", "quarrel", "resolve", "seal", "host", "embroil", "inflict", "thanks", "broker", "build", "intermediary", "sustain"}

func (c WordClass) String() string {
	if int(c) < len(wordClassNames) {
		return wordClassNames[c]
	}
	return fmt.Sprintf("WordClass(%d)", uint8(c))
}

// ParseWordClass returns the class words.tsv names ("business" …).
func ParseWordClass(s string) (WordClass, bool) {
	for i, n := range wordClassNames {
		if n == s {
			return WordClass(i), true
		}
	}
	return 0, false
}

// ClassSet is a set of word classes: the classes of one word, or those a
// rule asks for. The zero value is empty.
type ClassSet [(numWordClasses + 63) / 64]uint64

// ClassesOf returns the set of the classes cs.
func ClassesOf(cs ...WordClass) ClassSet {
	var s ClassSet
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// Add adds class c to s; a class words.tsv does not have is no class,
// and is not added.
func (s *ClassSet) Add(c WordClass) {
	if int(c) < numWordClasses {
		s[c/64] |= 1 << (c % 64)
	}
}

// Has reports whether s holds class c (never a class words.tsv does not
// have).
func (s ClassSet) Has(c WordClass) bool { return int(c) < numWordClasses && s[c/64]&(1<<(c%64)) != 0 }

// HasAny reports whether s holds any of the classes cs.
func (s ClassSet) HasAny(cs []WordClass) bool {
	for _, c := range cs {
		if s.Has(c) {
			return true
		}
	}
	return false
}

// Union returns the classes of s and of o.
func (s ClassSet) Union(o ClassSet) ClassSet {
	for i := range s {
		s[i] |= o[i]
	}
	return s
}

// Meets reports whether s and o have a class in common.
func (s ClassSet) Meets(o ClassSet) bool {
	for i := range s {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

// Empty reports whether s has no class.
func (s ClassSet) Empty() bool { return s == ClassSet{} }

// String lists the classes of s, in the order of words.tsv's classes,
// joined by "+" ("deny+answer"); "none" for the empty set.
func (s ClassSet) String() string {
	var names []string
	for c := range WordClass(numWordClasses) {
		if s.Has(c) {
			names = append(names, c.String())
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "+")
}
