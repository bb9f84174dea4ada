package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// signedStances returns a document's non-neutral stances as "A→B +".
func signedStances(r Result) []string {
	var st []string
	for _, s := range r.Stances {
		switch s.Label {
		case Positive:
			st = append(st, s.SpeakerCountry+"→"+s.TargetCountry+" +")
		case Negative:
			st = append(st, s.SpeakerCountry+"→"+s.TargetCountry+" -")
		}
	}
	slices.Sort(st)
	return st
}

// TestEvents checks the imported CAMEO verbs, their patterns and the
// headline forms, on invented sentences.
func TestEvents(t *testing.T) {
	var may2021 = corpus.Date{Year: 2021, Month: 5, Day: 1, Precision: corpus.Day}
	tests := []struct {
		name  string
		doc   corpus.Document
		want  []string
		style Contact
	}{
		{"a country's act in a title, present tense",
			corpus.Document{Title: "Norway expels two Danish diplomats"},
			[]string{"NOR→DNK -"}, ContactCooperation},
		{"joint subject of a title, with commas",
			corpus.Document{Title: "Peru, Chile pledge deeper cooperation on fisheries"},
			[]string{"CHL→PER +", "PER→CHL +"}, ContactCooperation},
		{"headline ending in its speaker",
			corpus.Document{Title: "Sudan's raid on border villages unacceptable: Chadian FM"},
			[]string{"TCD→SDN -"}, ContactCooperation},
		{"a speaker with no country speaks for the country the content opens with",
			corpus.Document{Title: "Ghana condemns the raid by Togo: FM"},
			[]string{"GHA→TGO -"}, ContactCooperation},
		{"contact in a text is cooperation of the one who makes it",
			corpus.Document{Date: may2021, Text: "The Bolivian foreign minister met Paraguay's president in Asuncion on Monday."},
			[]string{"BOL→PRY +"}, ContactCooperation},
		{"contact in a title is cooperation of each party toward the other",
			corpus.Document{Date: may2021, Title: "Bolivian foreign minister meets Paraguay's president in Asuncion"},
			[]string{"BOL→PRY +", "PRY→BOL +"}, ContactCooperation},
		{"talks in a text are of each party toward the other",
			corpus.Document{Date: may2021, Text: "The Bolivian foreign minister held talks with Paraguay's president in Asuncion on Monday."},
			[]string{"BOL→PRY +", "PRY→BOL +"}, ContactCooperation},
		{"-contact neutral",
			corpus.Document{Date: may2021, Text: "The Bolivian foreign minister met Paraguay's president in Asuncion on Monday."},
			nil, ContactNeutral},
		{"a verb that is an event only in a pattern, with the object after it",
			corpus.Document{Title: "Sweden cuts diplomatic relations with Belarus after embassy raid"},
			[]string{"SWE→BLR -"}, ContactCooperation},
		{"a verb form that is a noun here is no event",
			corpus.Document{Text: "Lithuanian forces entered the village on Monday, the Latvian ministry said."},
			nil, ContactCooperation},
		{"an event verb's object right after it",
			corpus.Document{Text: "Estonia said it would seize Latvian assets."},
			[]string{"EST→LVA -"}, ContactCooperation},
		{"a passive cue is not the subject's speech",
			corpus.Document{Text: "Chile was warmly praised by the Peruvian president at the summit"},
			[]string{"PER→CHL +"}, ContactCooperation},
		{"a topic label before a title's colon is no speaker",
			corpus.Document{Title: "Fisheries row: Chile accuses Peru of overfishing"},
			[]string{"CHL→PER -"}, ContactCooperation},
		{"a topic word that grows is cooperation",
			corpus.Document{Title: "Chile seeks closer trade with Peru"},
			[]string{"CHL→PER +"}, ContactCooperation},
		{"a title's subordinate clause, and a joint subject with roles",
			corpus.Document{Title: "Harbour plan agreed as Chile, Peru leaders meet in Lima"},
			[]string{"CHL→PER +", "PER→CHL +"}, ContactCooperation},
		{"a verb that is an event in its patterns makes a title's act",
			corpus.Document{Title: "Kenya, Tanzania sign accord on fisheries"},
			[]string{"KEN→TZA +", "TZA→KEN +"}, ContactCooperation},
		{"an event verb reaches no country behind a preposition",
			corpus.Document{Text: "Estonia said it would seize ships in Latvian waters."},
			nil, ContactCooperation},
		{"a pattern whose target place names no one yields to one whose target does",
			corpus.Document{Text: "Zambia ordered the Malawian diplomat to leave the country within a week."},
			[]string{"ZMB→MWI -"}, ContactCooperation},
		{"a country a title's cue warns against an act holds no stance of its own",
			corpus.Document{Title: "Zambia warns Malawi against supplying arms to Namibia"},
			[]string{"ZMB→MWI -", "ZMB→NAM -"}, ContactCooperation},
		{"guard: the act of a country that opens a title's content, with no preposition after it",
			corpus.Document{Title: "Zambia condemns Malawi sanctions on Namibia"},
			[]string{"MWI→NAM -", "ZMB→MWI -"}, ContactCooperation},
		{"a measure a title's subject weighs is its own",
			corpus.Document{Title: "Zambia weighs sanctions on Malawi"},
			[]string{"ZMB→MWI -"}, ContactCooperation},
		{"a verb of pondering is a title's cue",
			corpus.Document{Title: "Zambia mulls sending maize to Malawi"},
			[]string{"ZMB→MWI +"}, ContactCooperation},
		{"what two sides clash over is no party to the clash",
			corpus.Document{Title: "Zambia and Malawi clash over Namibia"},
			[]string{"MWI→ZMB -", "ZMB→MWI -"}, ContactCooperation},
		{"what two sides trade barbs over is no party either",
			corpus.Document{Title: "Ghana, Togo trade barbs over Benin"},
			[]string{"GHA→TGO -", "TGO→GHA -"}, ContactCooperation},
		{"a work a joint subject makes is cooperation of each",
			corpus.Document{Title: "Zambia and Malawi inaugurate rail link"},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}, ContactCooperation},
		{"a work a joint subject makes, with an adverb before the verb",
			corpus.Document{Title: "Namibia, Botswana jointly unveil border bridge"},
			[]string{"BWA→NAM +", "NAM→BWA +"}, ContactCooperation},
		{"a work a joint subject made, in a text",
			corpus.Document{Text: "Ghana and Togo launched a coastal railway project on Monday."},
			[]string{"GHA→TGO +", "TGO→GHA +"}, ContactCooperation},
		{"guard: a joint subject's hostile work is none of cooperation between them",
			corpus.Document{Title: "Zambia, Malawi launch strikes on rebel camps"},
			nil, ContactCooperation},
		{"guard: a work of one country names no partner",
			corpus.Document{Title: "Zambia launches weather satellite"},
			nil, ContactCooperation},
		{"what a joint subject agrees on is between its partners",
			corpus.Document{Title: "Zambia, Malawi agree on new Namibia patrols"},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}, ContactCooperation},
		{"guard: a third country's own term stays",
			corpus.Document{Title: "Zambia, Malawi agree on sanctions against Namibia"},
			[]string{"MWI→NAM -", "MWI→ZMB +", "ZMB→MWI +", "ZMB→NAM -"}, ContactCooperation},
		{"sparring is hostility of each side",
			corpus.Document{Title: "Zambia, Malawi spar over lake border"},
			[]string{"MWI→ZMB -", "ZMB→MWI -"}, ContactCooperation},
		{"locking horns is hostility of each side",
			corpus.Document{Text: "Ghana and Togo locked horns on Tuesday over transit fees."},
			[]string{"GHA→TGO -", "TGO→GHA -"}, ContactCooperation},
		{"a verb of fuming is a title's cue",
			corpus.Document{Title: "Malawi fumes over Zambian border closure"},
			[]string{"MWI→ZMB -"}, ContactCooperation},
		{"a verb of bristling is a title's cue",
			corpus.Document{Title: "Namibia bristles at Botswana's remarks"},
			[]string{"NAM→BWA -"}, ContactCooperation},
		{"a verb of balking is a text's cue",
			corpus.Document{Text: "Ghana balked on Friday at a Togolese plan for a joint railway."},
			[]string{"GHA→TGO -"}, ContactCooperation},
		{"guard: fumes as a noun is no cue",
			corpus.Document{Text: "Toxic fumes from a Zambian smelter drifted into Malawi."},
			nil, ContactCooperation},
		{"a measure a title's subject plans is its own",
			corpus.Document{Title: "Zambia plans tariffs on Malawian sugar"},
			[]string{"ZMB→MWI -"}, ContactCooperation},
		{"guard: a pattern with no country at its target keeps its reading when none names one",
			corpus.Document{Text: "Zambian and Malawian gunboats began war games in the northern lake."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}, ContactCooperation},
	}
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(Options{Lexicons: set, Contact: tt.style})
			if err != nil {
				t.Fatal(err)
			}
			tt.doc.ID = "d"
			got := signedStances(a.Analyze(tt.doc))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("stances = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFrameEvidence: a stance from a pattern names the code and the
// pattern in its evidence.
func TestFrameEvidence(t *testing.T) {
	a := newTestAnalyzer(t)
	r := a.Analyze(corpus.Document{ID: "d", Title: "Sweden cuts diplomatic relations with Belarus after embassy raid"})
	if len(r.Stances) == 0 || !strings.Contains(strings.Join(r.Stances[0].Evidence, " "), "[CAMEO 161: * diplomatic relations]") {
		t.Errorf("stances = %+v, want evidence of CAMEO 161 and its pattern", r.Stances)
	}
}

// BenchmarkEventVerbs analyses sentences dense in CAMEO verbs and patterns
// (the frames are the added cost of the event lexicon).
func BenchmarkEventVerbs(b *testing.B) {
	a := newTestAnalyzer(b)
	doc := corpus.Document{ID: "bench", Title: "Sweden cuts diplomatic relations with Belarus after embassy raid", Text: strings.Repeat(
		"Estonia said it would seize Latvian assets and impose sanctions on Lithuania. "+
			"The Bolivian foreign minister met Paraguay's president in Asuncion on Monday. "+
			"Senegal signed a trade agreement with Gambia and pledged to expand cooperation with Mali.\n\n", 20)}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		a.Analyze(doc)
	}
}

// TestProposalAnswered: consenting to another's proposal is the
// subject's own act toward the one who proposed, not a gift received
// from it (words.tsv consent), and turning a proposal down reaches the
// infinitive that says what was proposed.
func TestProposalAnswered(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"accepted an offer", "", "Kenya accepted an offer from Uganda for direct talks.", []string{"KEN→UGA +"}},
		{"welcomed a proposal", "", "Tanzania welcomed a proposal from Rwanda for a joint commission.", []string{"TZA→RWA +"}},
		{"turned down an offer to mediate", "", "Kenya turned down an offer from Uganda to mediate.", []string{"KEN→UGA -"}},
		{"guard: aid received", "", "Malawi accepted emergency food aid from Zambia after the floods.", []string{"ZMB→MWI +"}},
	})
}

// TestRenouncedTopicOneWay: a topic renounced ("suspended all trade with
// X") is the speaker's own act, no hostility of two sides, though
// "trade" as a verb ("traded fire") makes one.
func TestRenouncedTopicOneWay(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"suspended trade", "", "Kenya has suspended all trade with Uganda.", []string{"KEN→UGA -"}},
		{"guard: traded fire", "", "Kenya traded fire with Uganda along the lake shore.", []string{"KEN→UGA -", "UGA→KEN -"}},
	})
}

// TestRefusedPermit: a negated verb of letting something be (words.tsv
// permit) refuses what follows: a hostile act with a named agent keeps
// its hostility toward that agent; one with no agent named is refused
// for its victim, no hostility toward it.
func TestRefusedPermit(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"never allow", "", "Kenya said it would never allow Ugandan incursions into its territory.", []string{"KEN→UGA -"}},
		{"not tolerate", "", "Tanzania will not tolerate Rwanda's repeated incursions, the statement said.", []string{"TZA→RWA -"}},
		{"guard: no agent", "", "Kenya will not tolerate any attack on Uganda.", nil},
	})
}

// TestDeniedReport: denying a country's report ("denied Xian claims
// that …") rebuts its author, as rejecting it does; a denial of one's
// own act names no one. The author may modify a noun before the report's
// ("Xian compensation claims", "the Xian embassy's claims").
func TestDeniedReport(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"denied claims", "", "Kenya denied Ugandan claims that it was harbouring rebels.", []string{"KEN→UGA -"}},
		{"denies accusations", "", "Tanzania denies Rwanda's accusations of shelling the border post.", []string{"TZA→RWA -"}},
		{"guard: own act denied", "", "Kenya denied that it had shelled Ugandan villages.", nil},
		{"a report noun after a noun the demonym modifies", "", "Namibia dismissed the Angolan embassy's claims on Tuesday.", []string{"NAM→AGO -"}},
		{"guard: a report of the press", "", "Namibia denied Angolan newspaper reports of a secret deal.", nil},
	})
	checkTitleStances(t, a, "Kenya denies Ugandan claims it harbours rebels", "KEN→UGA -")
	checkTitleStances(t, a, "Zambia rejects Malawian compensation claims", "ZMB→MWI -")
}

// TestPassiveOfAgentByPhrase: the subject of a passive whose head noun
// names its agent after "by" ("the decision by X to …") is X's act, which
// the passive's agent speaks of.
func TestPassiveOfAgentByPhrase(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"decision by", "", "The decision by Uganda to expel Kenyan diplomats was condemned by Nairobi.", []string{"KEN→UGA -"}},
		{"guard: possessive", "", "The Ugandan decision was condemned by Kenya.", []string{"KEN→UGA -"}},
	})
}

// TestRelationTrend: how ties go, told after them ("ties with X have
// improved", "ties with X sour", "have never been better") or before
// them ("the souring ties with X"), is cooperation or hostility toward
// the partner; a negator cancels it.
func TestRelationTrend(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"improved", "", "Malawi's foreign minister said ties with Zambia had improved markedly this year.", []string{"MWI→ZMB +"}},
		{"never been better", "", "Malawi's foreign minister said ties with Zambia had never been better.", []string{"MWI→ZMB +"}},
		{"never been worse", "", "Malawi's foreign minister said ties with Zambia had never been worse.", []string{"MWI→ZMB -"}},
		{"deteriorated", "", "Malawi's foreign minister said ties with Zambia had deteriorated over the dam.", []string{"MWI→ZMB -"}},
		{"souring", "", "Malawi's foreign minister warned of the souring ties with Zambia.", []string{"MWI→ZMB -"}},
		{"guard: not improved", "", "Malawi's foreign minister said ties with Zambia had not improved.", nil},
	})
	checkTitleStances(t, a, "Malawi-Zambia ties sour over dam row", "MWI→ZMB - ZMB→MWI -")
}

// TestRejectedReportOfAuthor: a rejected report's author may follow its
// "of" ("the claims of X", "the accusations of the Xian government"),
// unless what follows is what is reported ("reports of Xian
// interference").
func TestRejectedReportOfAuthor(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"claims of", "", "Kenya rejected the claims of Uganda over the island.", []string{"KEN→UGA -"}},
		{"accusations of the government", "", "Kenya dismissed the accusations of the Ugandan government.", []string{"KEN→UGA -"}},
		{"guard: reports of an act", "", "Kenya dismissed reports of Ugandan interference in the vote.", nil},
	})
}

// TestOppositionParty: "opposition" before the noun it qualifies
// ("opposition leader", "opposition groups") names a party out of power,
// no attitude toward the country; before "to" it is one.
func TestOppositionParty(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"asylum to an opposition leader", "", "Kenya granted asylum to a Ugandan opposition leader.", []string{"KEN→UGA +"}},
		{"guard: opposition to", "", "Kenya voiced strong opposition to Uganda's dam project.", []string{"KEN→UGA -"}},
	})
}

// TestPlaceInSubjectPhrase: a country in the complement of a
// preposition after a noun ("a fire in a Xian market", "a violation in
// an X port") is part of that noun's phrase, no agent of the act after
// it; the rulers in a place are that place's ("the regime in X").
func TestPlaceInSubjectPhrase(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"fire in a market", "", "Kenya's president said a fire in a Ugandan market had killed twelve traders.", nil},
		{"speech: a situation in a state", "KEN", "The situation in a Ugandan province violates the ceasefire terms.", nil},
		{"guard: the regime in", "", "Kenya said the regime in Kampala had killed protesters.", []string{"KEN→UGA -"}},
	})
}

// TestWarOnScourge: a noun of fighting an evil (words.tsv crackdown)
// with "on" or "against" and a scourge ("X's war on drugs", "the
// crackdown on piracy") is no hostility of its owner; against a country
// it is one.
func TestWarOnScourge(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"war on drugs", "", "Kenya said Uganda's war on drugs had reduced trafficking.", nil},
		{"crackdown on piracy", "", "Kenya said Uganda's crackdown on piracy had made the lake safer.", nil},
		{"guard: war on a neighbour", "", "Kenya condemned Uganda's war on its neighbours.", []string{"KEN→UGA -"}},
	})
}

// TestExtraposedEvaluation: an evaluative word of an extraposed subject
// ("it is regrettable that X has …", "we find it deplorable that X …")
// speaks of the subject of the clause after "that".
func TestExtraposedEvaluation(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"it is regrettable that", "KEN", "It is regrettable that Uganda has chosen confrontation over dialogue.", []string{"KEN→UGA -"}},
		{"said it was regrettable that", "", "Kenya said it was regrettable that Uganda had closed the border.", []string{"KEN→UGA -"}},
		{"find it regrettable that", "KEN", "We find it regrettable that Uganda has closed the border.", []string{"KEN→UGA -"}},
		{"guard: after a preposition", "KEN", "It is regrettable that in Uganda the floods have destroyed so many homes.", nil},
	})
}

// TestCountNounPlurals: the plural of a count noun of stance.tsv
// ("pressures", "partnerships") is its term too: after a hostile noun the
// country is its victim ("pressures against X"), and a relation in the
// plural is one.
func TestCountNounPlurals(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"pressures against", "GHA", "Foreign pressures against Namibia have grown this year.", []string{"GHA→NAM +"}},
		{"friendships and partnerships", "KEN", "We cherish our friendships and partnerships with Tanzania.", []string{"KEN→TZA +"}},
	})
}

// TestThreatenedOwnAct: the hostile act a cue of threatening opens its
// content with is the speaker's own (words.tsv enact), so its object is
// the target: "threatened sanctions against X".
func TestThreatenedOwnAct(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"threatened sanctions against", "", "Kenya threatened sanctions against Uganda on Monday.", []string{"KEN→UGA -"}},
		{"guard: threatened with", "", "Kenya threatened Uganda with sanctions.", []string{"KEN→UGA -"}},
	})
	checkTitleStances(t, a, "Kenya threatens sanctions against Uganda", "KEN→UGA -")
}

// TestForwardNotPastNewPhrase: a term's country after it is not looked
// for past a comma that opens a new phrase with a determiner ("the
// refusal of the larger States, the X draft …"); a list of countries
// after the first keeps them all.
func TestForwardNotPastNewPhrase(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"refusal, then a new phrase", "KEN", "Because of the refusal of the larger States, the Ugandan draft was withdrawn.", nil},
		{"guard: a list", "KEN", "We express our solidarity with the people of Uganda, the Sudan and Tanzania.", []string{"KEN→SDN +", "KEN→TZA +", "KEN→UGA +"}},
	})
}

// TestForwardNotIntoRelativeClause: a term's country after it is not
// looked for inside a relative clause after it ("banned the fertiliser
// which X also imports").
func TestForwardNotIntoRelativeClause(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a fertiliser which X imports", "KEN", "We have banned the fertiliser which Uganda also imports.", nil},
		{"guard: the relative after the country", "KEN", "We thank the Government of Uganda, which has hosted the talks.", []string{"KEN→UGA +"}},
	})
}

// TestRelativeNamesAuthor: a relative clause after a term that names the
// author of what the term speaks of, with a verb of making a text or a
// proposal (words.tsv class author), is reached ("we reject the draft
// which X circulated").
func TestRelativeNamesAuthor(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"author as the subject", "KEN", "We reject the draft text which Uganda circulated last week.", []string{"KEN→UGA -"}},
		{"author after auxiliaries", "KEN", "We welcome the plan that Zambia has submitted to the council.", []string{"KEN→ZMB +"}},
		{"author as the agent", "KEN", "We oppose the amendment which was tabled by Malawi.", []string{"KEN→MWI -"}},
		{"guard: no verb of making", "KEN", "We have banned the fertiliser which Uganda also imports.", nil},
		{"guard: an intention, no text", "KEN", "We count on aid of the sort which Uganda proposes to send.", nil},
	})
}

// TestPossessiveOfSubject: "its" before a hostile act, after a clause
// whose subject is a country and whose object is another, stands for
// the subject ("X is pressing Y through its aggression"); after
// "for" it stands for the object the clause judges ("we condemn Y for
// its aggression").
func TestPossessiveOfSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"the subject's act", "KEN", "Zambia is pressing Malawi hard through its brutal aggression in the region.", []string{"KEN→ZMB -"}},
		{"the subject's act, past", "KEN", "Zambia isolated Malawi through its brutal aggression.", []string{"KEN→ZMB -"}},
		{"the subject's act, over words of direction", "KEN", "Zambia is pressing northern and western Malawi through its brutal aggression.", []string{"KEN→ZMB -"}},
		{"the subject's act, over an adverb of time", "KEN", "Zambia is now pressing Malawi through its brutal aggression.", []string{"KEN→ZMB -"}},
		{"guard: judged for its act", "KEN", "We condemn Malawi for its brutal aggression in the region.", []string{"KEN→MWI -"}},
		{"guard: judged for its acts, the second", "KEN", "Zambia has condemned Malawi for its threats and its brutal aggression.", []string{"KEN→MWI -"}},
		{"guard: the object of an infinitive", "KEN", "Zambia urged Malawi to end its brutal aggression.", []string{"KEN→MWI -"}},
		{"guard: no subject country", "KEN", "Last year the rebels drove Malawi into its brutal aggression.", []string{"KEN→MWI -"}},
	})
}

// TestUndermineAct: "undermine" is a hostile act of its agent (stance.tsv
// undermine/v; CAMEO lists it only in patterns), also through a
// possessive pronoun that stands for the clause's subject.
func TestUndermineAct(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"the agent as subject", "KEN", "Zambia keeps undermining the peace talks in the region.", []string{"KEN→ZMB -"}},
		{"the agent through its", "KEN", "Zambia is now pressing western Malawi through its efforts to undermine the ceasefire.", []string{"KEN→ZMB -"}},
	})
}

// TestSubordinateActUnderSource: a sentence a trailing source covers
// still has the acts of its subordinate clauses read ("X summoned Y's
// envoy after a Yian drone strike killed …, the ministry said").
func TestSubordinateActUnderSource(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"after-clause under a trailing source", "", "Uganda summoned Kenya's envoy after a Kenyan drone strike killed two Ugandan border guards, the foreign ministry said.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"an institution in a capital as the trailing source", "", "Kenya reopened its airspace to Ugandan cargo planes on Monday, the National Transport Authority in Nairobi said, lifting curbs set after the border row.", []string{"KEN→UGA +", "KEN→UGA +"}},
		{"guard: no trailing source", "", "Uganda summoned Kenya's envoy after a Kenyan drone strike killed two Ugandan border guards.", []string{"KEN→UGA -", "UGA→KEN -"}},
	})
}

// TestSubjunctiveDemand: a demand in a that-clause with a verb of ceasing
// ("its demand that X withdraw its troops") is a demand made of X, as
// "called on X to withdraw" is; so is one an act renews ("renewed its
// call for X to withdraw").
func TestSubjunctiveDemand(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a noun of demanding", "", "Kenya said its demand that Uganda withdraw the border units stood.", []string{"KEN→UGA -"}},
		{"a speech's verb of demanding", "KEN", "We demand that Uganda halt the new dam works on the river.", []string{"KEN→UGA -"}},
		{"guard: no word of demanding", "", "Kenya said that Uganda would withdraw the border units.", nil},
		{"an act that renews a demand", "", "Kenya renewed its call for Uganda to withdraw the border units.", []string{"KEN→UGA -"}},
		{"guard: an act's purpose is no demand", "", "Kenya sent troops to Uganda to end the looting.", []string{"KEN→UGA +"}},
	})
}

// TestQuarrelNouns: nouns of a quarrel (stance.tsv spat, feud, quarrel,
// friction, standoff) are hostility between the countries they join, as
// "tension" is.
func TestQuarrelNouns(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"between a pair", "", "Fishing rights have fed a string of spats between Kenya and Uganda since 2019.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a possessor's", "", "Kenya's feud with Uganda over the lake deepened this week.", []string{"KEN→UGA -"}},
	})
}
