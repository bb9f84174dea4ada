package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestReach checks, on invented sentences, mechanisms by which an act or
// a term reaches its country: a pattern verb of assault by a weapon, a
// destination that is no party, a relative clause of a country's forces,
// the act of people who act for themselves, the agent of a participle, aid
// carried by verbs of flying and handing over, forces that cross a
// border or withdraw, a group of states named by its examples, armed
// groups as the object of a joint subject's fight, talks that failed, and
// words of kinship and closeness, a list whose items repeat their
// preposition, the agent of a participle after a noun, the author of
// allegations after "by", ties between two countries that worsen, talks
// turned down, quarrels settled, a document's issuer, relations
// and contracts as topics, an act's agent after "by", a treaty quit or clinched, and what a
// sanction holds back.
func TestReach(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a verb of assault only in a pattern of its weapon reaches the weapon's country in a report", "",
			"Togolese investigators said a Ghanaian rocket had brought down the cargo plane.",
			[]string{"TGO→GHA -"}},
		{"a destination compound is no party", "",
			"Ghanaian marines boarded a Lome-bound relief vessel on Friday.",
			nil},
		{"storming a country's mission is an assault on it", "",
			"Ghanaian gendarmes stormed Togo's consulate before dawn.",
			[]string{"GHA→TGO -"}},
		{"a relative clause of a country's forces is their act", "",
			"Ghanaian gendarmes, who raided Togo's consulate in Accra last year, detained a retired general.",
			[]string{"GHA→TGO -"}},
		{"the act of demonstrators beside a leader's flight is no act of the leader's", "",
			"Ghana's president quit and fled to Togo while demonstrators stormed the parliament.",
			nil},
		{"the agent of a participle owns no noun before it", "",
			"Togo condemned the harassment of its fishermen detained by Ghana.",
			[]string{"TGO→GHA -"}},
		{"aid flown to a capital", "",
			"Ghana flew blankets and medicine to Lome after the storm.",
			[]string{"GHA→TGO +"}},
		{"aid ferried to a country", "",
			"Ghanaian boats ferried oxygen and ventilators to Togo on Sunday.",
			[]string{"GHA→TGO +"}},
		{"arms handed over to a country's army", "",
			"Ghana handed over two helicopters to the Togolese army.",
			[]string{"GHA→TGO +"}},
		{"forces that crossed a border in a report", "",
			"Togo said Ghanaian soldiers had crossed the border overnight.",
			[]string{"TGO→GHA -"}},
		{"civilians who cross are no intrusion", "",
			"Togo said Ghanaian traders had crossed the border overnight.",
			nil},
		{"a group of states named by its examples", "KEN",
			"We appreciate the patient mediation of several States of West Africa, including Ghana and Togo.",
			[]string{"KEN→GHA +", "KEN→TGO +"}},
		{"a group of states named by examples after such as", "KEN",
			"We appreciate the efforts of neighbouring countries such as Uganda.",
			[]string{"KEN→UGA +"}},
		{"a joint subject fighting armed groups is not fighting each other", "",
			"Ghanaian and Togolese commanders vowed to fight jihadists together along the frontier.",
			nil},
		{"talks that collapsed are a setback of the relation", "",
			"Ghana said its talks with Togo on the oil field had collapsed.",
			[]string{"GHA→TGO -"}},
		{"a brother nation", "",
			"\"Ghana is a brother nation,\" the Togolese leader said.",
			[]string{"TGO→GHA +"}},
		{"relations that have never been closer", "",
			"Relations with Togo have never been closer, Ghana's foreign minister said.",
			[]string{"GHA→TGO +"}},
		{"forces that cross into a country", "",
			"Ghanaian troops crossed into Togo before dawn.",
			[]string{"GHA→TGO -"}},
		{"forces that withdraw from a country", "",
			"Ghanaian troops withdrew from Togo in March.",
			[]string{"GHA→TGO +"}},
		{"a list whose items repeat their preposition", "KEN",
			"We commend the efforts of Togo and of Ghana in particular.",
			[]string{"KEN→GHA +", "KEN→TGO +"}},
		{"a term before a noun reaches the agent of its participle", "KEN",
			"We are grateful for the assistance provided by Togo.",
			[]string{"KEN→TGO +"}},
		{"a denial reaches the author of the allegations after by", "",
			"Ghana rejected allegations by Togo that it was hiding smugglers.",
			[]string{"GHA→TGO -"}},
		{"ties between two countries that deteriorated", "",
			"Ties between Ghana and Togo have deteriorated sharply since the spring.",
			[]string{"GHA→TGO -", "TGO→GHA -"}},
		{"suspects after a number and an adjective are people, no cue", "",
			"Ghana extradited two Togolese suspects to Lome on Friday.",
			[]string{"GHA→TGO +"}},
		{"talks ruled out are turned down", "",
			"Ghana has ruled out talks with Togo until the ships are returned.",
			[]string{"GHA→TGO -"}},
		{"a quarrel settled is cooperation of each party", "",
			"Ghana and Togo ended their fishing dispute on Monday.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"tensions defused with a country", "",
			"Ghana defused tensions with Togo after the election.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"relations between two countries that soured", "",
			"Relations between Ghana and Togo have soured since the election.",
			[]string{"GHA→TGO -", "TGO→GHA -"}},
		{"a contract cancelled is an agreement ended", "",
			"Ghana cancelled a rail contract with Togo on Friday.",
			[]string{"GHA→TGO -"}},
		{"a document speaks for the one who issued it", "",
			"Togo's parliament passed a resolution condemning Ghana's new border fence.",
			[]string{"TGO→GHA -"}},
		{"an act's agent after by, in a sentence of no statement", "",
			"The expulsion of two Togolese envoys by Ghana drew a sharp response in Lome.",
			[]string{"GHA→TGO -"}},
		{"an act's agent after by is a country's forces", "",
			"The shelling of Ugandan villages by Kenyan artillery was reported on Monday.",
			[]string{"KEN→UGA -"}},
		{"quitting a pact is no pact signed", "",
			"Ghana said it would quit the defence pact with Togo.",
			[]string{"GHA→TGO -"}},
		{"terminating an accord is no accord signed", "",
			"Togo has terminated the fisheries accord with Ghana.",
			[]string{"TGO→GHA -"}},
		{"a deal clinched is an agreement of each party, whatever the verb's pattern", "",
			"Ghana clinched a fisheries deal with Togo on Friday.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"an accord renewed is an agreement of each party", "",
			"Ghana renewed its fisheries accord with Togo on Friday.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"rescinding an accord is hostility toward the partner", "",
			"Togo rescinded its fisheries accord with Ghana on Friday.",
			[]string{"TGO→GHA -"}},
		{"a speaker troubled by a country's policies", "KEN",
			"My delegation is deeply troubled by the policies of Uganda.",
			[]string{"KEN→UGA -"}},
		{"what an embargo holds back is withheld from its recipient", "",
			"Ghana imposed an embargo on arms sales to Togo.",
			[]string{"GHA→TGO -"}},
		{"what a ban holds back is withheld from its recipient", "",
			"Ghana announced a ban on arms sales to Togo.",
			[]string{"GHA→TGO -"}},
		{"a loan blocked is withheld", "",
			"Ghana blocked a loan to Togo on Tuesday.",
			[]string{"GHA→TGO -"}},
		{"an embargo lifted lets what it held back flow", "",
			"Ghana lifted its embargo on arms sales to Togo.",
			[]string{"GHA→TGO +"}},
		{"a speaker who calls for an embargo on supplies to a country", "KEN",
			"We call for an embargo on the supply of arms to Uganda.",
			[]string{"KEN→UGA -"}},
		{"entry denied is an act, no denial of a claim", "",
			"Ghana has denied entry to a Togolese trade delegation.",
			[]string{"GHA→TGO -"}},
		{"a denial of a claim stays a denial", "",
			"Ghana's cabinet denied reports of a border incursion into Togo.",
			nil},
		{"a participle after the released says who they are", "",
			"Togo released 14 Ghanaian fishermen detained last month.",
			[]string{"TGO→GHA +"}},
		{"a pardon is redress of the one jailed", "",
			"Togo's president pardoned a jailed Ghanaian journalist.",
			[]string{"TGO→GHA +"}},
		{"an extradition ordered by a country's court", "",
			"A Togolese court ordered the extradition of a Ghanaian banker to Accra.",
			[]string{"TGO→GHA +"}},
		{"ties at a quoted high", "",
			"Ghana's foreign minister said ties with Togo were at a 'historic high'.",
			[]string{"GHA→TGO +"}},
		{"ties at a new low", "",
			"Ghana's foreign minister said ties with Togo were at a new low.",
			[]string{"GHA→TGO -"}},
		{"a hostile role a speaker cannot ignore", "KEN",
			"We cannot ignore the destabilising role played by Uganda in the region.",
			[]string{"KEN→UGA -"}},
		{"an act supposed after any is no act done", "",
			"Kenya's army chief said any Ugandan raid on the northern oil fields would be repulsed by force.",
			[]string{"KEN→UGA -"}},
		{"a rejected decision turns down the act it resolves", "",
			"Nairobi rejects Uganda's decision to resume sugar exports, a Kenyan spokesman said.",
			[]string{"KEN→UGA -"}},
		{"a passive refused defies its agent", "",
			"Ghana will not be blackmailed by Togo, Ghana's president said.",
			[]string{"GHA→TGO -"}},
		{"a passive that did not happen is no hostility", "",
			"Ghana has not been attacked by Togo, the minister said.",
			nil},
		{"a mission summoned is summoned by its host", "",
			"Ghana's ambassador to Togo was summoned on Monday.",
			[]string{"TGO→GHA -"}},
		{"diplomats expelled are expelled by their host", "",
			"Two Ghanaian diplomats in Togo were expelled last week.",
			[]string{"TGO→GHA -"}},
		{"a joint naval exercise of two countries", "",
			"Ghana and Togo held their first joint naval exercise in the gulf.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"support withdrawn", "",
			"Togo withdrew its support for Ghana's candidacy on Friday.",
			[]string{"TGO→GHA -"}},
		{"an accord broken is hostility toward the partner", "",
			"Togo broke its fishing accord with Ghana in March.",
			[]string{"TGO→GHA -"}},
		{"pulling out of a deal is hostility toward the partner", "",
			"Togo pulled out of the fishing deal with Ghana last year.",
			[]string{"TGO→GHA -"}},
		{"finalising a treaty is an agreement of each party", "",
			"Ghana finalised the treaty with Togo on Friday.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"a verb of speech that makes an agreement is an act", "",
			"Ghana concluded a fisheries agreement with Togo on Friday.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"concluding that is speech", "",
			"Ghana concluded that Togo had breached the accord.",
			[]string{"GHA→TGO -"}},
		{"an agreement negotiated is of each party", "",
			"Ghana negotiated a new fisheries agreement with Togo.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"a treaty ratified is the ratifier's own act (CAMEO 080, not 057)", "",
			"Ghana ratified the border treaty with Togo last week.",
			[]string{"GHA→TGO +"}},
		{"a participle that is also a present form, passive with its agent", "",
			"Ghana was hit by a Togolese cyberattack on Monday.",
			[]string{"TGO→GHA -"}},
		{"a passive's verb that is no act leaves the act to the agent's noun", "",
			"Ghana was rocked by Togolese sanctions last year.",
			[]string{"TGO→GHA -"}},
		{"what a passive inflicts with a country's measures is that country's act", "",
			"Ghana was slapped with Togolese import curbs in March.",
			[]string{"TGO→GHA -"}},
		{"a present form before to is no passive", "",
			"Ghana is set to sign a fisheries deal with Togo drafted by Benin.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"a trade war ended is a quarrel settled", "",
			"Ghana and Togo agreed on Friday to end their trade war.",
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"trade stopped is a tie ended", "",
			"Ghana halted all trade with Togo after the border clash.",
			[]string{"GHA→TGO -"}},
		{"support sought is an appeal to the one asked, no support of its", "",
			"Togo sought Ghana's support for its bid to host the summit.",
			[]string{"TGO→GHA +"}},
		{"an act named in what others call it is still read", "",
			"Togo released four Ghanaian traders held since March, in what observers called a goodwill gesture.",
			[]string{"TGO→GHA +"}},
		{"a relation that remains cordial", "",
			"Togo's foreign minister said relations with Ghana remained cordial.",
			[]string{"TGO→GHA +"}},
		{"a relation that remains tense", "",
			"Togo's foreign minister said relations with Ghana remained tense.",
			[]string{"TGO→GHA -"}},
		{"concern over a country's deployment is about its conduct", "",
			"Togo voiced concern over Ghana's deployment of troops near the border.",
			[]string{"TGO→GHA -"}},
		{"a country's opposition that ends its phrase is a party, no attitude", "",
			"Togo backs the Ghanaian opposition.",
			[]string{"TGO→GHA +"}},
		{"an annexation that a speech will never recognise is refused, its agent named after by", "GHA",
			"We will never recognise the annexation of our islands by Togo.",
			[]string{"GHA→TGO -"}},
		{"measures a speech cannot accept, their agent named after by", "GHA",
			"We cannot accept the unilateral measures imposed by Togo.",
			[]string{"GHA→TGO -"}},
		{"what is done to the speaker's own people is the act of its agent after by", "GHA",
			"We welcome the release of the Ghanaian fishermen by the Togolese authorities.",
			[]string{"GHA→TGO +"}},
		{"a country's the is part of its name, no word of the reach", "",
			"Ghana's trade ministry announced a ban on cocoa, coffee and timber shipments to the United States.",
			[]string{"GHA→USA -"}},
		{"materiel named by its model is aid sent", "",
			"Ghana will send four Su-25s to Togo next month.",
			[]string{"GHA→TGO +"}},
		{"a refusal to ratify is the refuser's alone", "",
			"Ghana refused to ratify the border treaty with Togo.",
			[]string{"GHA→TGO -"}},
	})
}

// TestTheInReach: a country's "the" is part of its name and a list's
// commas are no words of a term's reach: the ban reaches "the United
// States", or a country after a long list, as its object, not only at the
// half weight of a whole statement.
func TestTheInReach(t *testing.T) {
	a := newTestAnalyzer(t)
	r := checkDyads(t, a, corpus.Document{ID: "d", Date: may2021,
		Text: "Ghana's trade ministry announced a ban on cocoa, coffee and timber shipments to the United States."}, []string{"GHA→USA -"})
	r2 := checkDyads(t, a, corpus.Document{ID: "d", Date: may2021,
		Text: "Ghana imposed a ban on cocoa, coffee, timber, rubber and cotton from Togo."}, []string{"GHA→TGO -"})
	for _, s := range append(r.Stances, r2.Stances...) {
		if s.TargetCountry != "GHA" && !slices.ContainsFunc(s.Evidence, func(e string) bool { return strings.Contains(e, "object of the speaker's act") }) {
			t.Errorf("evidence %q, want the ban as the object of the speaker's act", s.Evidence)
		}
	}
}

// TestTitleUndergoers: in a title, a participle with no object before a
// preposition of place is a passive without "was" ("X trawler seized off
// Y coast"), and a party out of power is no state: the subject undergoes
// the act or acts for itself, and no country is its author.
func TestTitleUndergoers(t *testing.T) {
	a := newTestAnalyzer(t)
	titles := []struct{ title, want string }{
		{"Togolese opposition leader attacked in Ghana", ""},
		{"Togolese opposition leader arrested after visit to Ghana", ""},
		{"Ghanaian trawler seized off Togolese coast", ""},
		{"Togolese cargo ship attacked near Ghana", ""},
		{"Ghana seizes Togolese trawler off its coast", "GHA→TGO -"},
		{"Ghanaian envoy to Togo expelled", "TGO→GHA -"}, // the host expels the mission it hosts
		// A term of the subject's own makes a clause, not a relation
		// "in" a noun.
		{"Ghana, Togo swap prisoners in rare deal", "GHA→TGO + TGO→GHA +"},
		// A request denied is refused, not disputed; the request is the
		// asker's own stance.
		{"Togo denies Ghana's request for extradition of former minister", "GHA→TGO + TGO→GHA -"},
		// A list's last item may be a name after its country's
		// possessive, the plural subject of a bare verb.
		{"Ghana's Ama Boateng, Togo's Kofi Agbo pledge closer ties", "GHA→TGO + TGO→GHA +"},
		// A pledge about a third country is toward it alone.
		{"Ghana, Burkina Faso pledge to back Togo in border dispute", "BFA→TGO + GHA→TGO +"},
		// Opposition to a country is an attitude: only before a noun
		// ("opposition leader") is the word a party.
		{"Ghana's opposition to Togo's bid angers Lome", "GHA→TGO -"},
	}
	for _, tt := range titles {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}

// TestWireSlugTitle: a news agency's slug before a title ("UPDATE 2-",
// "EXCLUSIVE-") is no part of it: the title's subject follows it.
func TestWireSlugTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tt := range []struct{ title, want string }{
		{"UPDATE 2-Ghana summons Togolese envoy over border shooting", "GHA→TGO -"},
		{"EXCLUSIVE-Ghana plans to expel Togolese diplomats", "GHA→TGO -"},
		{"RPT-UPDATE 1-Ghana summons Togolese envoy", "GHA→TGO -"},
	} {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}
