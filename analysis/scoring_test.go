package analysis

import (
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestScoringReadings checks, on invented sentences, which sign a term
// gives and which country it reaches: negation, the victim of a hostile
// noun, the topic of sympathy and a noun said of the subject.
func TestScoringReadings(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// Negation: a negated hostile term is no stance, a negated
		// friendly one is hostile; "not only", "nothing but" negate
		// nothing.
		{"a hostile noun after without", "",
			"Kenya said Tanzania had closed the border crossing without warning.",
			nil},
		{"a hostile act that will never happen", "",
			"Kenya said it will never attack Tanzania.",
			nil},
		{"negated support", "",
			"Kenya said it would not support Tanzania.",
			[]string{"KEN→TZA -"}},
		{"not only", "",
			"Kenya said it not only praised Tanzania.",
			[]string{"KEN→TZA +"}},
		{"nothing but", "",
			"Kenya said it offered nothing but support to Tanzania.",
			[]string{"KEN→TZA +"}},
		// A negated cue asserts nothing of its content.
		{"did not say", "",
			"Kenya did not say that Tanzania had attacked the ferry.",
			nil},
		{"does not believe", "",
			"Kenya does not believe that Tanzania attacked the ferry.",
			nil},
		{"has never accused", "",
			"Kenya has never accused Tanzania of the raid.",
			nil},
		{"does not want a country to join", "",
			"Kenya does not want Tanzania to join the alliance.",
			[]string{"KEN→TZA -"}},
		{"a negated verb reaches its infinitive", "",
			"Kenya has not yet decided to condemn Tanzania.",
			nil},
		// The clause before ", but X say" is read as an act.
		{"an act, but others say", "",
			"Kenya has shelled Tanzanian border posts, but some officials say the talks will go on.",
			[]string{"KEN→TZA -"}},
		// A demand that a country end its own hostile act is hostility
		// toward it, and no act of its own yet; a report that it ended
		// one is none.
		{"urged a country to stop its raids", "",
			"Kenya urged Uganda to stop its raids on Tanzania.",
			[]string{"KEN→UGA -"}},
		{"a country must end its attacks", "",
			"Kenya said Uganda must end its attacks on Tanzania.",
			[]string{"KEN→TZA +", "KEN→UGA -"}},
		{"a country stopped its attacks: its act too", "",
			"Kenya said Uganda had stopped its attacks on Tanzania.",
			[]string{"KEN→TZA +", "UGA→TZA +"}},
		{"a country must act: a demand", "",
			"Kenya said Uganda must drop its new tariffs.",
			[]string{"KEN→UGA -"}},
		{"the speaker's country and another must act: a call to act together", "",
			"Kenya said Kenya and Uganda must resume talks on the border.",
			[]string{"KEN→UGA +", "UGA→KEN +"}},
		{"a country must receive: no demand", "",
			"Kenya said Uganda must receive more food.",
			nil},
		{"the auspices of a body are no addressee", "",
			"Kenya said talks under the auspices of Uganda to end the raids on Tanzania failed.",
			nil},
		// The act a directive cue asks for is the speaker's proposal.
		{"called for sanctions against a country", "",
			"Kenya called for sanctions against Tanzania.",
			[]string{"KEN→TZA -"}},
		{"is calling for tougher sanctions on a country", "",
			"Kenya is calling for new and tougher sanctions on Tanzania.",
			[]string{"KEN→TZA -"}},
		{"urged another to act: the one asked does not act yet", "",
			"Kenya urged Uganda to sanction Tanzania.",
			[]string{"KEN→TZA -"}},
		// A hostile noun with its victim after it: the country before it
		// in a phrase of its own is not its agent.
		{"a threat to its borders, in a speech", "KEN",
			"We stand with Moldova against every threat to its borders.",
			[]string{"KEN→MDA +"}},
		{"attacks on a country, reported", "",
			"Kenya said it stood with Moldova against attacks on Moldova.",
			[]string{"KEN→MDA +"}},
		{"the owner of a hostile noun stays its agent", "",
			"Kenya said Tanzania's threats to Uganda must end.",
			[]string{"KEN→TZA -"}},
		{"so does the agent after by", "",
			"Kenya said threats by Tanzania to Uganda must end.",
			[]string{"KEN→TZA -"}},
		// Sympathy: the misfortune it is about is its topic.
		{"condolences over an attack", "",
			"Kenya's foreign minister sent condolences to Uganda over the terrorist attack.",
			[]string{"KEN→UGA +"}},
		{"condolences after a bombing, in a speech", "KEN",
			"We extend our condolences to Uganda after the deadly bombing.",
			[]string{"KEN→UGA +"}},
		{"condolences over an attack in its capital", "",
			"Kenya sent condolences to Uganda over the attack in Kampala.",
			[]string{"KEN→UGA +"}},
		{"condolences over another country's strikes", "",
			"Kenya sent condolences to Uganda over Tanzanian air strikes.",
			[]string{"KEN→TZA -", "KEN→UGA +"}},
		// "instead of", "rather than": the course not taken is no stance.
		{"instead of a hostile act, in a speech", "KEN",
			"We seek talks with Tanzania instead of fighting Tanzania.",
			[]string{"KEN→TZA +"}},
		{"rather than support", "",
			"Kenya said it would condemn Uganda rather than support Tanzania.",
			[]string{"KEN→UGA -"}},
		// A hazard is no country: its victim is no target, and no country
		// is the agent of what it does.
		{"threatened by a hazard, past a comma", "KEN",
			"Island States threatened by rising seas, such as Tuvalu, need our help.",
			[]string{"KEN→TUV +"}},
		{"a hazard's act", "KEN",
			"The cyclone that struck Malawi killed hundreds.",
			nil},
		{"the threat of a hazard", "KEN",
			"Tuvalu faces the threat of floods.",
			nil},
		{"a country's threat stays", "KEN",
			"Tuvalu is threatened by Fiji.",
			[]string{"KEN→FJI -"}},
		// Set phrases and clauses: no stance of their words.
		{"in this respect", "KEN",
			"In this respect, Ghana and Togo must settle their quarrel.",
			nil},
		{"appreciate that", "KEN",
			"We appreciate that Ghana faces many difficulties.",
			nil},
		{"appreciate a country's efforts", "KEN",
			"We appreciate the efforts of Ghana.",
			[]string{"KEN→GHA +"}},
		{"a demand is no support", "KEN",
			"We call upon Ghana to release the detainees.",
			[]string{"KEN→GHA -"}}, // redress asked (words.tsv class cease): a demand of Ghana
		{"aim is a purpose", "KEN",
			"Ghana aims at lasting calm on its borders.",
			nil},
		// Event nouns.
		{"an air strike's agent", "KEN",
			"Togolese air strikes hit the border villages.",
			[]string{"KEN→TGO -"}},
		{"ethnic cleansing by a country", "KEN",
			"The ethnic cleansing by Togo shocked the world.",
			[]string{"KEN→TGO -"}},
		// A noun after a copula is said of the subject.
		{"a loyal friend", "",
			"Kenya's president said Paraguay has been a loyal friend.",
			[]string{"KEN→PRY +"}},
		{"allies, in a speech", "KEN",
			"Paraguay and Uruguay are reliable allies.",
			[]string{"KEN→PRY +", "KEN→URY +"}},
		{"an adjective of the noun class is no predicate noun", "",
			"Kenya said the intentions of Paraguay are peaceful.",
			nil},
	})
}

// TestContactBetween: a host or mediator of contact between others is no
// party of it, nor a country whose thing is what the contact is about.
func TestContactBetween(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a host of talks between two others", "", "Kenya will host talks between Sudan and Chad next week.", nil},
		{"talks with a partner stay contact", "", "Kenya held talks with Sudan on Monday.", []string{"KEN→SDN +", "SDN→KEN +"}},
		// A country's thing is the topic of contact, its officials a party.
		{"a country's proposal is a topic", "", "Kenya's president said he would discuss a Sudanese proposal on grazing rights.", nil},
		{"a country's officials are a party", "", "Kenya's president said he would discuss grazing rights with Sudanese officials.", []string{"KEN→SDN +"}},
		{"joined adjectives before officials are parties", "", "Kenya's president said he would discuss grazing rights with Sudanese and Ugandan officials.",
			[]string{"KEN→SDN +", "KEN→UGA +"}},
	})
}

// TestAgainstGerund: "against" before an act in -ing is against that act,
// not against the country after it, and negates it.
func TestAgainstGerund(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"against a hostile act", "", "Kenya has long argued against isolating Tanzania, the minister said.", nil},
		{"against a country", "", "Kenya's minister said the vote was against Tanzania.", []string{"KEN→TZA -"}},
	})
}

// TestOneSidedContact: in a text, one party's contact (a meeting, a
// visit, a call, hosting) is the act of the one who makes it, one dyad,
// as event data codes it; talks, a signed agreement, the acts of a joint
// subject or of "the two sides" are of each party toward the other (a
// title's meeting is too: TestEvents).
func TestOneSidedContact(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a meeting in a text", "", "The Zambian minister met her Malawian counterpart in Lusaka on Friday.", []string{"ZMB→MWI +"}},
		{"a visit in a text", "", "Zambia's president visited Malawi last week.", []string{"ZMB→MWI +"}},
		{"a host in a text", "", "Malawi hosted the Zambian president at a state banquet on Friday.", []string{"MWI→ZMB +"}},
		{"a host for talks", "", "Malawi hosted the Zambian president for talks on fisheries on Friday.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"negotiations in a text", "", "Zambia's trade minister negotiated with Malawi on a new border crossing.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a signed agreement in a text", "", "Zambia signed a fisheries agreement with Malawi on Friday.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"the two parties", "", "Malawi hosted the Zambian president, and the two governments signed fisheries deals.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"both sides after one subject's act", "", "Malawi hosted the Zambian president, and both sides signed fisheries deals.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a joint subject in a text", "", "Zambia and Malawi held a meeting in Lusaka on Friday.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		// The meeting is its maker's act; what "both" and "the two"
		// then say is of each party about the other.
		{"a meeting before a cue of the two parties", "", "The Zambian minister met her Malawian counterpart in Lusaka, and both pledged closer ties.", []string{"MWI→ZMB +", "ZMB→MWI +", "ZMB→MWI +"}},
		{"a host before a cue of the two", "", "Malawi hosted the Zambian president and the two pledged to reopen the border.", []string{"MWI→ZMB +", "MWI→ZMB +", "ZMB→MWI +"}},
		{"a passive host", "", "The Zambian trade minister was received by Malawi's president in Lilongwe last spring.", []string{"MWI→ZMB +"}},
		{"a passive host, talks after its agent", "", "The Zambian trade minister was received by Malawi's president in Lilongwe last spring for talks on cholera vaccines.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
	})
}

// TestThirdPartyTermNotJoint: a term a third country owns (its adjective
// right before it) is not the joint subject's toward each other:
// "through Tanzanian mediation" is Tanzania's, and the partners' stances
// toward each other rest on their talks alone.
func TestThirdPartyTermNotJoint(t *testing.T) {
	a := newTestAnalyzer(t)
	r := a.Analyze(corpus.Document{ID: "d", Date: may2021, Text: "Zambia and Malawi resumed their border talks through Tanzanian mediation."})
	seen := 0
	for _, s := range r.Stances {
		if partner := func(c string) bool { return c == "ZMB" || c == "MWI" }; !partner(s.SpeakerCountry) || !partner(s.TargetCountry) {
			continue // a stance between the partners only
		}
		seen++
		if ev := strings.Join(s.Evidence, " | "); strings.Contains(ev, "mediation") {
			t.Errorf("%s→%s: evidence %q holds the third country's mediation", s.SpeakerCountry, s.TargetCountry, ev)
		}
	}
	if seen != 2 {
		t.Errorf("%d stances between the partners, want 2", seen)
	}
}
