package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

// TestHeadlineGrammar checks the shapes of headline grammar on invented
// titles: topic before a colon, the reduced passive, an act inside a
// speaker's words, a pair compound, the future with "to", and a term
// inside a CAMEO pattern.
func TestHeadlineGrammar(t *testing.T) {
	a := buildAnalyzer(t, true)
	tests := []struct {
		name, title string
		want        []string
	}{
		{"a title's second verb of provoking in -s is the reaction of its object",
			"Zambia calls for talks, irks Malawi", []string{"MWI→ZMB -"}},
		{"the one joined in a noun of an act is a partner, no target",
			"Uganda joins Kenya in strikes on Tanzania", []string{"UGA→TZA -"}},
		{"reduced passive: the agent after by is the speaker",
			"Latvia rebuked by Estonia over border fence", []string{"EST→LVA -"}},
		{"a clause after a comma whose subject names no country",
			"Zambia proposes Malawi truce, Red Hills Front rejects", nil},
		{"what a country receives, its giver named by an adjective",
			"Malawi gets Zambian help on floods", []string{"ZMB→MWI +"}},
		{"what a country receives, its giver named by a possessive",
			"Malawi receives Zambia's support", []string{"ZMB→MWI +"}},
		{"a welcome is the welcomer's",
			"Malawi welcomes Zambia's support", []string{"MWI→ZMB +"}},
		{"a participle after a subordinator is suffered",
			"Zambia vows to stand by Malawi if attacked", []string{"ZMB→MWI +"}},
		{"a visitor hosted, named by a title of two words",
			"Zambia hosts Malawian vice president", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a passive whose agent's noun is the act",
			"Malawi hit by Zambian sanctions", []string{"ZMB→MWI -"}},
		{"a passive whose agent's noun is the act, a word between",
			"Malawi hit by Zambian maize ban", []string{"ZMB→MWI -"}},
		{"a hyphen compound whose second country has a name of two words",
			"Oman decries US-South Korea war games", []string{"KOR→USA +", "OMN→KOR -", "OMN→USA -", "USA→KOR +"}},
		{"a pair compound whose second country has a name of two words",
			"Kenya-South Sudan ties improve after border deal", []string{"KEN→SSD +", "SSD→KEN +"}},
		{"a noun in -is after a name is no verb",
			"Oman to visit Kenya as Sudan crisis deepens", []string{"KEN→OMN +", "OMN→KEN +"}},
		{"a leader called a murderer by another",
			"Ruto calls Museveni 'murderer' as border row deepens", []string{"KEN→UGA -"}},
		{"a thaw between the two countries of a pair compound",
			"Kenya-Uganda thaw: ministers meet in Arusha", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a joint subject that pledges a new era",
			"Zambia, Malawi pledge new era in ties", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"forces massed near the reporter's border",
			"Malawi says Zambia massed troops near its border", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"warplanes that entered the reporter's zone",
			"Malawi says 12 Zambian jets entered its airspace on Sunday", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"an intrusion into another's airspace named by its adjective",
			"Zambian jets intruded into Malawian airspace", []string{"ZMB→MWI -"}},
		{"an intrusion told in the present, forces its subject",
			"Zambian warships enter Malawian waters", []string{"ZMB→MWI -"}},
		{"an intrusion in the -s form",
			"Zambian gunboat strays into Malawian waters", []string{"ZMB→MWI -"}},
		{"a handshake of two leaders is contact of each",
			"Zambian, Malawian leaders shake hands at border post", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"an imperative to cease, told to a country, is a demand of it",
			"Zambia to Malawi: 'Stop arming the rebels'", []string{"ZMB→MWI -"}},
		{"a noun after the addressee is no imperative",
			"Zambia to Malawi: End of an era", nil},
		{"ships let in are no intrusion",
			"Zambia to let Malawian ships enter its waters", nil},
		{"a capital before talks, inside a phrase, is their venue",
			"Malawi and Botswana end dispute at marathon Lusaka talks", []string{"BWA→MWI +", "MWI→BWA +"}},
		{"a capital before talks after a preposition's noun is their venue",
			"Malawi, Botswana agree on trade after three days of Lusaka talks", []string{"BWA→MWI +", "MWI→BWA +"}},
		{"a term that names a venue goes on to the joint subject's partners",
			"Malawi, Botswana hail fruitful Lusaka talks", []string{"BWA→MWI +", "MWI→BWA +"}},
		{"a capital and talks that end the title are no clause",
			"Malawi, Botswana sign deal after Lusaka talks", []string{"BWA→MWI +", "MWI→BWA +"}},
		{"a capital and talks before a verb are a clause",
			"Malawi recalls envoy as Lusaka talks up claims", []string{"MWI→ZMB -"}},
		{"a joint subject's act answers no later clause",
			"Zambia, Malawi sign pact as Tanzania condemns deal", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a border sealed",
			"Zambia seals its border with Malawi", []string{"ZMB→MWI -"}},
		{"border crossings sealed",
			"Zambia seals border crossings with Malawi", []string{"ZMB→MWI -"}},
		{"a pair's border reopens",
			"Zambia-Malawi border reopens after two years", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a pair's border to reopen",
			"Zambia-Malawi border to reopen next week", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a name of the actor lexicon whose last word is a title is a name",
			"Hun Sen warns Laos over dam", []string{"KHM→LAO -"}},
		// An adjective that judges an act is said of the act's subject,
		// in a title's elided copula too (stance.tsv attach predicate).
		{"a judging adjective after a speaker's colon",
			"Zambia: Malawi troop moves 'alarming'", []string{"ZMB→MWI -"}},
		{"a judging adjective after says",
			"Zambia says Malawi border moves provocative", []string{"ZMB→MWI -"}},
		// A visit named by a noun after its visitor's possessive, in a
		// clause after a subordinator, is the visitor's; the main
		// clause's speaker makes no contact by it.
		{"a possessive's visit after a subordinator",
			"Tanzania holds drills near Uganda after Kenyatta's Kampala visit", []string{"KEN→UGA +", "TZA→UGA -", "UGA→KEN +"}},
		{"another's visit is no contact of the speaker's (fuming over it is hostility toward the visitor)",
			"Tanzania fumes over Kenyatta's Kampala visit", []string{"TZA→KEN -"}},
		// What a sanction verb holds back is withheld from its
		// recipient, with no determiner before it in a title.
		{"aid blocked in a title",
			"Zambia blocks aid to Malawi", []string{"ZMB→MWI -"}},
		{"a ban before a noun is a compound, no sanction",
			"Zambia signs test ban treaty with Malawi", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		// A pair compound whose first country has a name of several
		// words ("South Africa-Zambia").
		{"a pair compound with a long first name, condemned",
			"Malawi slams South Africa-Zambia defence pact", []string{"MWI→ZAF -", "MWI→ZMB -", "ZAF→ZMB +", "ZMB→ZAF +"}},
		{"a pair compound with a long first name, its talks",
			"Sierra Leone-Guinea talks resume", []string{"GIN→SLE +", "SLE→GIN +"}},
		{"a name of one token with a hyphen is no pair",
			"Republic of Guinea-Bissau thanks Senegal for aid", []string{"GNB→SEN +"}},
		{"a pair's quarrel is no stance of a third country",
			"Botswana stays neutral in Zambia-Malawi dispute", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"a pair's quarrel of which the speaker is one",
			"Zambia blames Malawi for Zambia-Malawi dispute", []string{"ZMB→MWI -"}},
		{"a country that brokered the deal is no party to it",
			"Zambia, Malawi sign Tanzania-brokered deal", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"an adjective that mediated the talks is no party to them",
			"Zambia and Malawi hold Tanzanian-mediated talks", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"the term reaches past the broker to the partner",
			"Zambia signs Tanzania-brokered pact with Malawi", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a country that backs a plan is a party",
			"Zambia rejects Tanzania-backed plan", []string{"ZMB→TZA -"}},
		{"a consulate opened",
			"Zambia opens consulate in Malawi", []string{"ZMB→MWI +"}},
		{"what an act happens amid is its circumstance",
			"Oman grants Kenya access to ports amid Somalia tensions", []string{"OMN→KEN +"}},
		{"amid an owner's act: the speaker's complaint",
			"Oman says it will strengthen its navy amid Iran's hostile moves", []string{"OMN→IRN -"}},
		// A text without a final stop is read as a headline too.
		{"a negated cue asserts nothing", "Latvian ministers do not think Estonia will impose sanctions on Riga", nil},
		{"a negated belief asserts nothing", "Latvia does not believe Estonia will expel its diplomats", nil},
		{"the cue asserts", "Latvian ministers think Estonia will expel Latvian diplomats", []string{"EST→LVA -", "LVA→EST -"}},
		{"a headline's act in the passive, then its source after a colon, is no topic label",
			"Two guards killed by Kenyan fire: Ugandan army", []string{"UGA→KEN -"}},
		{"a trailing speaker and cue after a long report",
			"Four border guards killed in shelling by Kenyan forces near the lake, Uganda says", []string{"UGA→KEN -"}},
		{"mourning those killed in a country's fire is no sympathy with that country",
			"Uganda mourns soldiers killed in Kenyan fire", []string{"UGA→KEN -"}},
		{"mourning those killed in a country's shelling",
			"Uganda mourns soldiers killed in Kenyan shelling", []string{"UGA→KEN -"}},
		{"a pattern does not skip over the verb's own object of the other sign",
			"Uganda says Kenya launched attacks on its border posts", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a particle of the verb is no object",
			"Kenya will hit back if Uganda raises tariffs", []string{"KEN→UGA -"}},
		{"what one is thanked for sending is help toward the one who thanks",
			"Kenya thanks Uganda for sending doctors", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a promise thanked for is no act yet",
			"Kenya thanks Uganda for its promise of support", []string{"KEN→UGA +"}},
		{"help thanked for, toward a third country",
			"Kenya thanks Uganda for helping Tanzania", []string{"KEN→TZA +", "KEN→UGA +"}},
		{"praise for a word said of an act is no act toward the one who praises",
			"Kenya praises Uganda for holding peaceful elections", []string{"KEN→UGA +"}},
		{"those released were held: the release is the act",
			"Uganda releases detained Kenyan fishermen", []string{"UGA→KEN +"}},
		{"a country behind a hostile act did it",
			"Uganda says Kenya behind cyberattack", []string{"UGA→KEN -"}},
		{"cooperation that reaches no country is toward the country a topic label names",
			"Kenya floods: Norway pledges aid", []string{"NOR→KEN +"}},
		{"hostility that reaches no country is not toward the country of the topic label",
			"Kenya crisis: Germany warns of refugee surge", nil},
		{"republics recognised in another country have broken away from it",
			"Kenya recognises two 'independent republics' in eastern Uganda", []string{"KEN→UGA -"}},
		{"a sum between the verb and the topic it signs is no word of its reach",
			"Kenya, Uganda sign $2bn in new rail and pipeline deals", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a count opens the subject of a reported act",
			"Kenya says 12 Ugandan gunboats violated its waters", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a quantity before a pattern's object is no word of its gap",
			"Uganda launches nearly 150 drones and rockets at Kenya", []string{"UGA→KEN -"}},
		{"state media speak for the state after the content they report",
			"Kenyan strikes put Kampala airport out of service, Ugandan state media says", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a question asserts no stance a noun phrase in it names",
			"Will Ruto Mend Kenya's Broken Ties With Kampala?", nil},
		{"fences mended are of each side",
			"Kenya and Uganda mend fences after row", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a reconciliation is of each side",
			"Kenya, Uganda bury the hatchet after decade of hostility", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"vehicles sent to a country are aid",
			"Kenya to send armoured vehicles to Uganda", []string{"KEN→UGA +"}},
		{"drones sent into a country are an attack",
			"Kenya sends drones into Uganda", []string{"KEN→UGA -"}},
		{"an embassy shut",
			"Kenya shuts embassy in Kampala", []string{"KEN→UGA -"}},
		{"a label in scare quotes",
			"Kenya labels Uganda 'a rogue state'", []string{"KEN→UGA -"}},
		{"a label in scare quotes, no article",
			"Kenya calls Uganda 'rogue state'", []string{"KEN→UGA -"}},
		{"a sum pledged",
			"Kenya pledges $20m to Uganda", []string{"KEN→UGA +"}},
		{"a sum pledged for",
			"Kenya pledges 20 million dollars for Uganda", []string{"KEN→UGA +"}},
		{"envoys expelled from a capital",
			"Ugandan envoys expelled from Nairobi", []string{"KEN→UGA -"}},
		{"an envoy summoned in a capital",
			"Ugandan envoy summoned in Nairobi over remarks", []string{"KEN→UGA -"}},
		{"people jailed in a country",
			"Ugandan traders jailed in Kenya", []string{"KEN→UGA -"}},
		{"troops sent to a country are no aid",
			"Kenya pledges troops to Uganda", nil},
		{"those freed, seized before",
			"Kenya frees Ugandan sailors it seized in May", []string{"KEN→UGA +"}},
		{"a predicate noun in scare quotes",
			"Kenya tells UN Ugandan dam is 'grave threat'", []string{"KEN→UGA -"}},
		{"a telegraphic verb before a cue's noun form",
			"Kenya snubs Uganda calls to reopen border", []string{"KEN→UGA -"}},
		{"an adverb between a plural subject and its verb",
			"Kenya says Ugandan troops still occupy border villages", []string{"KEN→UGA -"}},
		{"what a warning is against is the act, not the place it falls on",
			"Kenya warns Uganda against expansion into Tanzania", []string{"KEN→UGA -"}},
		{"against the rulers in a country is against it",
			"Kenya protests against the regime in Uganda", []string{"KEN→UGA -"}},
		{"a refusal to recognise a country's breakaway regions upholds it",
			"Kenya refuses to recognise breakaway regions of Uganda", []string{"KEN→UGA +"}},
		{"a denied recognition of a country's breakaway republics upholds it",
			"Kenya will not recognise the breakaway republics in eastern Uganda", []string{"KEN→UGA +"}},
		{"the one whose lead is followed in an act is a partner, no target",
			"Kenya follows Ugandan lead in expelling Tanzanian diplomats", []string{"KEN→TZA -"}},
		{"a snub turns down the call it takes: the talks asked for are none of the snubber's",
			"Kenya snubs Ugandan call for talks with Tanzania", []string{"KEN→UGA -", "TZA→UGA +", "UGA→TZA +"}},
		{"a telegraphic verb before a modifier of a cue's noun form",
			"Kenya suspends military talks with Uganda", []string{"KEN→UGA -"}},
		{"a lower-case word after a comma before a cue's noun form is a list's item",
			"Kenya halts cooperation with Uganda on trade, military talks over border raid", []string{"KEN→UGA -"}},
		{"a term that reaches the organisation a country seeks to join speaks of its bid",
			"Kenya calls Uganda's EU bid a threat", []string{"KEN→UGA -"}},
		{"what is praised in a dispute with a country is no praise of it",
			"Kenya hails court ruling in border dispute with Uganda", nil},
		{"a pair compound after a dotted abbreviation",
			"Kenya slams U.S.-Uganda joint drills", []string{"KEN→UGA -", "KEN→USA -", "UGA→USA +", "USA→UGA +"}},
		{"a sum approved for a country",
			"Kenya approves $20m in relief for Uganda", []string{"KEN→UGA +"}},
		{"pouring oil on the fire",
			"Kenya: Uganda 'pouring oil on fire' in border row", []string{"KEN→UGA -"}},
		{"a broadcaster is not its country",
			"Kenya suspends Ugandan broadcaster over coverage", nil},
		{"an exiled newspaper is not its country",
			"Kenya revokes licence of exiled Ugandan newspaper", nil},
		{"a state broadcaster stays the state's",
			"Kenya bans Ugandan state broadcaster", []string{"KEN→UGA -"}},
		{"a wanted list",
			"Kenya puts Ugandan minister on wanted list", []string{"KEN→UGA -"}},
		{"a joint pledge of unity",
			"Kenyan, Ugandan leaders pledge unity on trade", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"ties to new heights",
			"Kenyan minister: Take Uganda ties to new heights", []string{"KEN→UGA +"}},
		{"ties on the right track",
			"Kenyan minister: Kenya-Uganda ties on right track", []string{"KEN→UGA +"}},
		{"a particle before a preposition is no support",
			"Kenya strikes back at Uganda", []string{"KEN→UGA -"}},
		{"the verb of support with its object",
			"Kenya will back Uganda's bid", []string{"KEN→UGA +"}},
		{"a joint subject pledges aid, each country",
			"Kenya, Tanzania pledge food aid to Uganda", []string{"KEN→UGA +", "TZA→UGA +"}},
		{"a pattern that reads the subject: weapons hit",
			"Kenyan missiles hit Ugandan fuel depot", []string{"KEN→UGA -"}},
		{"support on a country: its topic, no party",
			"Kenyan president thanks Uganda for support on Somalia", []string{"KEN→UGA +"}},
		{"relief pledged for a country a label names",
			"Kenya floods: Uganda, Tanzania pledge relief", []string{"TZA→KEN +", "UGA→KEN +"}},
		{"funding cut",
			"Kenya cuts funding to Uganda over border row", []string{"KEN→UGA -"}},
		{"funding pledged",
			"Kenya pledges funding for Uganda schools", []string{"KEN→UGA +"}},
		{"what talks are about is no party to them",
			"Kenya, Uganda, Tanzania hold talks on Somalia", []string{"KEN→TZA +", "KEN→UGA +", "TZA→KEN +", "TZA→UGA +", "UGA→KEN +", "UGA→TZA +"}},
		{"a topic label before the speaker stays one",
			"Talks with Uganda: Kenya condemns Tanzania", []string{"KEN→TZA -"}},
		{"the one addressed never speaks, even after a name no lexicon knows",
			"Mwangi to Museveni: Tanzania is a trusted friend", nil},
		{"a country's name before the noun of a pattern",
			"Kenya eases Uganda sanctions", []string{"KEN→UGA +"}},
		{"a count inside a set phrase changes nothing",
			"Kenya, Uganda swap 40 prisoners", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"aid pledged together is for a third party, not for each other",
			"Kenya floods: Uganda, Tanzania pledge aid", []string{"TZA→KEN +", "UGA→KEN +"}},
		{"what a joint subject does together is not toward its broker",
			"Kenya, Uganda swap 40 prisoners in Tanzanian-brokered exchange", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a place qualifying unrest is no target of what quells it",
			"Kenya thanks Uganda for sending police to quell Nairobi unrest", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"reduced passive with 'with' before its agent",
			"Ghana slapped with fresh sanctions by Togo", []string{"TGO→GHA -"}},
		{"reduced passive with a complement before its agent",
			"Ghanaian envoy named persona non grata by Lome", []string{"TGO→GHA -"}},
		{"reduced passive with a particle before its agent",
			"Ghanaian diplomats ordered out by Lome", []string{"TGO→GHA -"}},
		{"a clause after the cue is no passive complement",
			"Ghana said it was attacked by Togo", []string{"GHA→TGO -"}},
		{"a shouted kicker before the colon is a topic, a word of the media after a preposition no outlet",
			"LUNGU FURY: Zambian leader rages at Malawi over Channel crossings", []string{"ZMB→MWI -"}},
		{"a topic word with a growth word after it",
			"Hichilema: Take Malawi ties forward", []string{"ZMB→MWI +"}},
		{"a country's name with an elided article opens the title",
			"Côte d'Ivoire recalls its envoy from Ghana", []string{"CIV→GHA -"}},
		{"reduced passive, other verb",
			"Chile criticised by Bolivia over water rights", []string{"BOL→CHL -"}},
		{"topic before the colon is no speaker",
			"Floods in Malawi: Zambia pledges aid to Mozambique", []string{"ZMB→MOZ +"}},
		{"a role before the colon still speaks",
			"Minister of Defence of Ghana: Togo must stop the raids", []string{"GHA→TGO -"}},
		{"an act inside a speaker's words: a joint act",
			"Ministry: Kenya and Uganda signed a trade agreement", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"pair compound, both ways",
			"Finland-Estonia tensions grow over ferry dispute", []string{"EST→FIN -", "FIN→EST -"}},
		{"pair compound of adjectives",
			"Czech-Slovak cooperation deepens", []string{"CZE→SVK +", "SVK→CZE +"}},
		{"no pair without a term",
			"Austria-Hungary exhibition opens in Vienna", nil},
		{"the future with to",
			"Norway to impose sanctions on Belarus", []string{"NOR→BLR -"}},
		{"a term inside a pattern is the pattern's",
			"Norway lifts sanctions on Belarus", []string{"NOR→BLR +"}},
		{"a term of the pattern's own sign keeps its place",
			"Sweden stepped up criticism of Belarus over the border camps", []string{"SWE→BLR -"}},
		{"renewed ties are of each party",
			"Oman resumed normal relations with Qatar on Tuesday", []string{"OMN→QAT +", "QAT→OMN +"}},
		{"material cooperation is of each party",
			"Mali resumes cooperation with Niger", []string{"MLI→NER +", "NER→MLI +"}},
		{"the giver of what is received acts, and a second predicate speaks",
			"Ghanaian leader receives phone call from Togolese president, discusses border trade", []string{"GHA→TGO +", "GHA→TGO +", "TGO→GHA +", "TGO→GHA +"}}, // the discussion is contact of each
		{"the giver of what is received acts",
			"Laos accepts tents, blankets and relief aid from Thailand", []string{"THA→LAO +"}},
		{"an act after a topic label",
			"Election aftermath: Peru suspends its military cooperation with Bolivia", []string{"PER→BOL -"}},
		{"a stance as a noun phrase inside a speaker's words",
			"Envoy recalls Ghana's long support for Togo in the dispute", []string{"GHA→TGO +"}},
		{"a wish inside a speaker's words is no act",
			"Envoy: Chile and Peru must expand their joint naval patrols", nil},
		{"using civilians as human shields, a source after a dash",
			"Chile using fishermen as human shields - Peruvian navy", []string{"PER→CHL -"}},
		// An organisation before a noun of joining names what is joined;
		// "say no/yes to" is rejection or support of what follows.
		{"a bid to join an organisation",
			"Greece will not say yes to Albanian EU bid, minister says", []string{"GRC→ALB -"}},
		{"says no to a membership",
			"Cyprus says no to Turkish EU accession", []string{"CYP→TUR -"}},
		// A directive's addressee opens a headline's content: the act asked
		// for is the speaker's proposal, and the addressee no agent.
		{"urges a country to sanction a third",
			"Peru urges Chile to sanction Bolivian banks", []string{"PER→BOL -"}},
		{"a source after a dash",
			"Peru shelled villages along the border - Bolivia", []string{"BOL→PER -"}},
		// Issue 13, nineteenth part. A term of cooperation in the reason a
		// hostile act gives after "over" is the grievance, another's act.
		{"sanctioned over arms sales to a third",
			"Ghana sanctions Togo over arms sales to Benin", []string{"GHA→TGO -"}},
		{"expelled an envoy over support for rebels",
			"Ghana expels Togolese envoy over Lomé's support for Benin rebels", []string{"GHA→TGO -"}},
		// The measure a cue of making or committing takes as its object is
		// the speaker's own act, no agreement with its target.
		{"announces new sanctions",
			"Kenya announces new sanctions on Ugandan officials", []string{"KEN→UGA -"}},
		{"agrees to new sanctions",
			"Norway agrees to new sanctions against Belarus", []string{"NOR→BLR -"}},
		{"approves a package of aid",
			"Norway approves new aid package for Moldova", []string{"NOR→MDA +"}},
		// A hostile act refused is no hostility; a cooperative one
		// refused is.
		{"refuses to join sanctions",
			"Serbia refuses to join sanctions on Belarus", nil},
		{"refuses to extradite",
			"Serbia refuses to extradite Belarusian suspect", []string{"SRB→BLR -"}},
		// A pair compound is no speaker: its noun is no cue.
		{"pair compound talks resume",
			"Kenya-Uganda talks resume", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"clashes on a pair's border",
			"Deadly clashes erupt on Kenya-Uganda border", []string{"KEN→UGA -", "UGA→KEN -"}},
		// Buying a country's goods is cooperation; scrambling jets is a
		// show of force.
		{"ramps up purchases of",
			"Kenya ramps up purchases of Ugandan sugar", []string{"KEN→UGA +"}},
		{"scrambles jets as",
			"Kenya scrambles jets as Ugandan warplanes fly near border", []string{"KEN→UGA -"}},
		// Forces sent against a country go in as a foe.
		{"sends troops against",
			"Togo sends troops against Benin", []string{"TGO→BEN -"}},
		// The body where an act is done is its venue, no party.
		{"a complaint at the UN",
			"Peru lodges complaint against Chile at UN", []string{"PER→CHL -"}},
		// A deal reached by a joint subject is of each toward the other.
		{"reach a deal",
			"Kenya, Uganda reach historic fishing deal", []string{"KEN→UGA +", "UGA→KEN +"}},
		// An agreement ended is hostility toward the partner.
		{"scraps a pact with",
			"Kenya scraps intelligence pact with Uganda", []string{"KEN→UGA -"}},
		{"withdraws from a deal with",
			"Norway withdraws from fishing deal with Iceland", []string{"NOR→ISL -"}},
		// A border shut, shuttle diplomacy, an ally's commitment.
		{"shuts a border crossing",
			"Kenya shuts border crossing with Uganda", []string{"KEN→UGA -"}},
		{"resume shuttle diplomacy",
			"Kenya and Uganda resume shuttle diplomacy", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"an ironclad commitment to an ally's security",
			"Norway reaffirms ironclad commitment to Latvia's security", []string{"NOR→LVA +"}},
		{"presses a country over its support",
			"Kenya presses Uganda over rebel support", []string{"KEN→UGA -"}},
		{"urges the government to expel",
			"Kenyan MPs urge government to expel Ugandan envoy", []string{"KEN→UGA -"}},
		{"puts a country on notice",
			"Kenya puts Uganda on notice over fishing row", []string{"KEN→UGA -"}},
		// Ties broken, a stern response vowed: hostility.
		{"breaks off relations",
			"Kenya breaks off relations with Uganda", []string{"KEN→UGA -"}},
		{"breaks ties",
			"Kenya breaks ties with Uganda", []string{"KEN→UGA -"}},
		{"vows a firm response",
			"Kenya vows firm response to Ugandan drone flights", []string{"KEN→UGA -"}},
		{"the present tense after a person of the actor lexicon",
			"Macron mulls closer ties with Chile", []string{"FRA→CHL +"}},
		{"what talks are about is their topic, not a stance",
			"Kenya and Uganda hold talks over the bitter fishing dispute", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a pair compound holding the speaker's country names its partner",
			"Ghanaian minister stresses cooperation to promote Ghana-Togo relations", []string{"GHA→TGO +"}},
		{"what the subject rejects was the other's act toward it",
			"Ghana rejects Togolese criticism of its fishing fleet", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"what the subject answers 'in response to' was the other's act toward it",
			"Ghana expels ten Togolese diplomats in response to Lomé's 'provocative' steps — ministry", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"what the subject answers was the other's act toward it",
			"Austria retaliates against Hungarian sanctions", []string{"AUT→HUN -", "HUN→AUT -"}},
		{"a hostile act in a clause of time answers the main clause's actor",
			"Chile recalls envoy after Peru refuses to extradite suspect", []string{"CHL→PER -", "PER→CHL -"}},
		{"an act in a clause of time that names another country keeps it",
			"Chile recalls envoy after Peru shells Bolivian posts", []string{"CHL→PER -", "PER→BOL -"}},
		{"a headline leaves the copula out",
			"Kenyatta: Uganda a reliable partner", []string{"KEN→UGA +"}},
		{"hitting back at a country answers its hostility",
			"Chile hits back at Peru over fishing row", []string{"CHL→PER -", "PER→CHL -"}},
		{"firing back at a country's act answers the act",
			"Chile fires back at Peruvian criticism", []string{"CHL→PER -", "PER→CHL -"}},
		{"what the subject blames was the other's act toward it",
			"Malawi blames Zambian trade sanctions for fuel shortage", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"what the subject defies was the other's act toward it",
			"Austria defies Hungarian threats over dam", []string{"AUT→HUN -", "HUN→AUT -"}},
		{"a country asked to act does not act",
			"Canada urges Chile to end the raids on Peru", []string{"CAN→CHL -"}},
		{"the one interviewed speaks",
			"Interview with Peruvian envoy: Chile-Peru friendship grows", []string{"PER→CHL +"}},
		{"a phrase after a preposition is its object, no speaker",
			"Norway closes border crossing after Russia warns of Arctic drills", []string{"NOR→RUS -", "RUS→NOR -"}},
		{"a trailing speaker with no country reads the content as its country's act",
			"Kenya to expel Ugandan diplomats: ministry", []string{"KEN→UGA -"}},
		{"a speaker, a cue and its listener before the colon",
			"Ghana warns Togo: 'Our patience has its limits'", []string{"GHA→TGO -"}},
		{"a speaker and its cue before the colon are no topic",
			"Ghanaian minister says: 'We back Togo all the way'", []string{"GHA→TGO +"}},
		{"a noun a cue shares ends a topic",
			"Ghana vote: Togo praises Benin for its mediation", []string{"TGO→BEN +"}},
		{"a joint subject concluding an agreement: of each toward the other",
			"Kenya and Uganda unveil joint border pact", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a word that concludes an agreement is a verb after a name",
			"Kenya, Uganda seal fisheries deal", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"words of paranoia are an accusation",
			"Togo's fence plan exposes Lomé's paranoia, says Ghanaian minister", []string{"GHA→TGO -"}},
		{"drills around another country are a show of force",
			"Ghanaian navy launches live-fire drills near Togolese waters", []string{"GHA→TGO -"}},
		{"joint drills stay cooperation",
			"Ghana and Togo hold joint drills off the coast", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a split from a country is a rejection of it",
			"Ghanaian president hails new era in ties with Benin, announces split from Togo", []string{"GHA→BEN +", "GHA→TGO -"}},
		{"breaking with a country",
			"Ghana breaks with Togo over gas deal", []string{"GHA→TGO -"}},
		{"zero tolerance for a country's acts",
			"Ghanaian army vows zero tolerance for Togolese fishing boats", []string{"GHA→TGO -"}},
		{"a forceful response promised is a threat",
			"Ghanaian official says will respond firmly if Togo raises port fees", []string{"GHA→TGO -"}},
		{"representations lodged are a protest",
			"Kenya lodges stern representations with Uganda over minister's remarks", []string{"KEN→UGA -"}},
		{"the one at whose request the act is done welcomes it",
			"Ghana sends troops to Togo at Lomé's request", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"an act at the invitation of the country it is done in is not against it",
			"Ghana launches air strikes in Togo at the invitation of the Togolese government", []string{"TGO→GHA +"}},
		{"a question opening with its auxiliary asserts nothing of its subject",
			"Will Togo retaliate after Ghana grants Benin access to two more ports?", []string{"GHA→BEN +"}},
		{"a question opening with a modal asserts nothing",
			"Can Ghana win back Togo's trust?", nil},
		{"a denial ends where a second predicate starts",
			"Kenya denies Tanzanian spying claims, accuses Dodoma of slander", []string{"KEN→TZA -"}},
		{"travel to a country is a visit",
			"Ghanaian president flies to Lomé for talks on port fees", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"travel to a country is a visit, other verb",
			"Kenyan foreign minister travels to Uganda, Rwanda", []string{"KEN→RWA +", "KEN→UGA +", "RWA→KEN +", "UGA→KEN +"}},
		{"downgrading ties is a cut in relations",
			"Ghana downgrades ties with Togo over smuggling", []string{"GHA→TGO -"}},
		{"downgrading sanctions eases them",
			"Ghana downgrades its sanctions on Togo", []string{"GHA→TGO +"}},
		{"a plural role after two countries' adjectives is a joint subject",
			"Ghanaian, Togolese army chiefs hold talks in Accra", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"consequences vowed for a country are a threat",
			"Ghana vows consequences for Togo over port fees", []string{"GHA→TGO -"}},
		{"a person in another country's capital visits it; after the colon, a headline of its own",
			"Ghanaian president in Lomé: Togolese minister hails new era in ties with Ghana", []string{"GHA→TGO +", "TGO→GHA +", "TGO→GHA +"}},
		{"a person who lands in another country's capital visits it",
			"Ghanaian president lands in Lomé for talks on port fees", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a missile that lands is no visitor",
			"Ghanaian missile lands in Togolese waters", nil},
		{"a speaker to its listener before the colon",
			"Ghana to Togo: your army is a threat to peace", []string{"GHA→TGO -"}},
		{"a person at home visits no one",
			"Ghanaian president in Accra, hails Togo's port plan", []string{"GHA→TGO +"}},
		{"a person in another country, then a hostile act",
			"Ghanaian foreign minister in Lomé, accuses Benin of smuggling", []string{"GHA→BEN -", "GHA→TGO +", "TGO→GHA +"}},
		{"a subordinate clause whose subject is a name of several words",
			"Ghana abstains as African Union summit condemns Togolese raid on Benin", []string{"AU→TGO -", "TGO→BEN -"}},
		{"a visitor received is a visit hosted",
			"Ghanaian president receives Togolese foreign minister in Accra", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a visitor received by a country's noun and the abbreviation of a title",
			"Ghana king receives Togo PM", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"border crossings reopened with a country",
			"Ghana reopens border crossings with Togo after two years", []string{"GHA→TGO +"}},
		{"a phrase of circumstance before the comma names no subject",
			"In a blow to Benin, Ghana signs defence pact with Togo", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a phrase of circumstance before a joint subject",
			"In blow to Benin, Ghana and Togo sign defence pact", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a person in a visit named by a noun to another country",
			"Ghana's president in rare visit to Togo", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a person on a visit named by a noun to another country",
			"Ghanaian president on two-day visit to Togo", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a person on a topic is no visit",
			"Ghanaian president on Togo: 'we are brothers'", nil},
		{"a title's first predicate before a cue is the speaker's own act",
			"Ghana expels Togolese consul, says he spied on military", []string{"GHA→TGO -"}},
		{"a handover of people to a country is conciliation",
			"Ghana hands over rebel leader to Togo", []string{"GHA→TGO +"}},
		{"a president's letter received is no visitor",
			"Ghana receives Togolese president's letter", nil},
		{"aid received is no visitor, but the giver's act",
			"Ghana receives Togolese aid", []string{"TGO→GHA +"}},
		{"a subordinate clause whose subject is a possessive and a name",
			"Ghana holds elections as Togo's foreign minister tours Accra", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a country's armed forces by name",
			"Royal Navy seizes Togolese trawler off Gibraltar", []string{"GBR→TGO -"}},
		{"withdrawal asked of a country is a demand",
			"Ghana urges Togo to withdraw soldiers from the border area", []string{"GHA→TGO -"}},
		{"a quoted word inside a phrase of the lexicon",
			"Ghana vows 'consequences' for Togo over port fees", []string{"GHA→TGO -"}},
		{"a country exempted from tariffs",
			"Ghana exempts Togo from new import tariffs", []string{"GHA→TGO +"}},
		{"a country's goods exempted from tariffs",
			"Ghana exempts Togolese goods from tariffs", []string{"GHA→TGO +"}},
		{"a phrase quoted across its middle words",
			"Ghana vows to remain 'shoulder to shoulder' with Togo", []string{"GHA→TGO +"}},
		{"a phrase quoted after its last word but one",
			"Ghana remains 'shoulder to shoulder' with Togo", []string{"GHA→TGO +"}},
		{"drills of a joint subject are joint",
			"Ghana, Togo begin largest naval drills in years", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a prisoner swap",
			"Ghana, Togo swap prisoners at border post", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"the head of an organisation listed with a leader",
			"Kagame, Guterres meet Museveni in Entebbe", []string{"RWA→UGA +", "RWA→UN +", "UGA→RWA +", "UGA→UN +", "UN→RWA +", "UN→UGA +"}},
		// An act inside a headline's content is an act of its own, a
		// joint one too when the speaker's country is a party; what is
		// asked is no act.
		{"a joint act a party's institution reports",
			"Pentagon: US, Ghana and Togo held missile defense exercise", []string{"GHA→TGO +", "GHA→USA +", "TGO→GHA +", "TGO→USA +", "USA→GHA +", "USA→TGO +"}},
		{"an act asked for is no act",
			"UN envoy urges Togo to send troops to Ghana", []string{"UN→GHA +"}},
		{"a word in scare quotes keeps its phrase",
			"Ghana: Togolese survey ship in Ghanaian waters is a 'provocation'", []string{"GHA→TGO -"}},
		{"an abbreviation owns a term two words after it",
			"UK cocoa import curbs on Ghana take effect", []string{"GBR→GHA -"}},
		{"a role before the first name of a joint subject",
			"FM Lavrov, Kuleba agree on prisoner plan", []string{"RUS→UKR +", "UKR→RUS +"}},
		{"a sum between the verb of signing and the deal",
			"Ghana, Togo sign $500m rail deal", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a headline's verb of mockery", "Ghana mocks Togo over port fees", []string{"GHA→TGO -"}},
		{"a headline's verb of siding", "Ghana sides with Togo in fishing row", []string{"GHA→TGO +"}},
		{"a headline's verb of wooing", "Ghana woos Togo with cheap power", []string{"GHA→TGO +"}},
		{"title case known by the verb after the names", "Ghana Condemns Togo's Border Closure", []string{"GHA→TGO -"}},
		{"title case after two names", "Ghana, Togo Sign Trade Deal", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"deals in the plural",
			"Ghana, Togo sign grain deals", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a joint subject's deals with a third country are with it, not with each other",
			"Ghana, Togo sign grain deals with Benin", []string{"BEN→GHA +", "BEN→TGO +", "GHA→BEN +", "TGO→BEN +"}},
		{"a visit named by a noun after its visitor's possessive and its place", "Museveni's Nairobi trip draws sharp Dodoma rebuke", []string{"KEN→UGA +", "TZA→UGA -", "UGA→KEN +"}},
		{"a country's visit named by a noun", "Ghana's Lome visit ends in port deal", []string{"GHA→TGO +", "TGO→GHA +"}},
		// An act done despite another country's outcry: the outcry is
		// that country's, toward the one who acted.
		{"an act despite a country's protests", "Ghana jails fishermen despite Togo's protests", []string{"TGO→GHA -"}},
		{"an act despite a country's objections", "Ghana opens consulate in Lome despite Beninese objections", []string{"BEN→GHA -", "GHA→TGO +"}},
		{"an act despite warnings from a country", "Ghana tests rocket despite warnings from Togo", []string{"TGO→GHA -"}},
		{"a visit in a title's subordinate clause", "Ghana hails new port as Togolese president lands in Accra", []string{"GHA→TGO +", "GHA→TGO +", "TGO→GHA +"}},
		{"a country that qualifies a possessor's noun is no speaker", "Museveni's Nairobi envoy condemns Dodoma's new tariffs", []string{"UGA→TZA -"}},
		{"forces that retake a town another holds", "Ghanaian forces retake Togolese-held town", []string{"GHA→TGO -"}},
		{"a town retaken from another's forces", "Ghanaian troops retook Aflao from Togolese forces", []string{"GHA→TGO -"}},
		{"a selfish act", "Ghanaian FM: Togo's decision 'extremely selfish'", []string{"GHA→TGO -"}},
		{"a title's countries in talks", "Ghana, Togo in talks on port fees", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a title's country in a row with another", "Ghana in row with Togo over port fees", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a set phrase with in is no relation", "Ghana beat Togo for third year in a row", nil},
		{"a title's countries at odds", "Ghana, Togo at odds over port fees", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a title's countries that remain at loggerheads", "Ghana and Togo remain at loggerheads over port fees", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a participle that puts a title's countries in a relation", "Ghana, Togo locked in dispute over port fees", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a title's countries on the edge of a trade war", "Ghana, Togo on brink of trade war", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a title's country at odds with another", "Ghana at odds with Togo over port fees", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"a gathering's venue after at is no relation", "Ghana at the UN: a plea for calm", nil},
		{"a title's reduced passive with an irregular participle", "Ghana hit by Togolese cyberattack", []string{"TGO→GHA -"}},
		{"a title's passive that inflicts a country's measures", "Ghana slapped with Togolese import curbs", []string{"TGO→GHA -"}},
		{"an accord a pair compound names is one the two made", "Benin condemns Ghana-Togo gas pipeline accord", []string{"BEN→GHA -", "BEN→TGO -", "GHA→TGO +", "TGO→GHA +"}},
		{"a host of a pair compound's talks is no party", "Ghana to host fresh Togo-Benin fishing talks next week", []string{"BEN→TGO +", "TGO→BEN +"}},
		{"backing sought in a title is an appeal to the one asked", "Togo seeks Ghana's backing for UN seat", []string{"TGO→GHA +"}},
		{"a title's listener asked for help", "Togo asks Ghana for help with floods", []string{"TGO→GHA +"}},
		{"a trade war ended by a title's countries", "Ghana, Togo leaders vow to end trade war", []string{"GHA→TGO +", "TGO→GHA +"}},
		{"a verb before in: a clause, no relation", "Ghana says Togo in talks with rebels", nil},
		{"jets that buzz a country's islands", "Ghanaian jets buzz Togolese islands again", []string{"GHA→TGO -"}},
		{"boats that harass a country's trawlers", "Ghanaian patrol boats harass Togolese trawlers", []string{"GHA→TGO -"}},
		{"a topic that names a quarrel's matter is no tie renounced", "Ghana vows to stop trade dispute with Togo", nil},
		{"military exercises near a country are a threat",
			"Ghana holds military exercises near Togo", []string{"GHA→TGO -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDyads(t, a, corpus.Document{ID: "d", Date: mar2022, Title: tt.title}, tt.want)
		})
	}
}

func TestPlaceBefore(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"clashes in Syria", true},
		{"clashes in northern Syria", true},
		{"raids across the eastern Sudan", true},
		{"sanctions on Syria", false},
		{"Syria said", false},
		{"in the talks the northern eastern western Syria", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		m := len(toks) - 1
		if tt.text == "Syria said" {
			m = 0
		}
		if got := annotate.PlaceBefore(toks, m); got != tt.want {
			t.Errorf("placeBefore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// mar2022 is the date of the invented titles, may2021 of invented
// sentences of the scoring tests.
var (
	mar2022 = corpus.Date{Year: 2022, Month: 3, Day: 1, Precision: corpus.Day}
	may2021 = corpus.Date{Year: 2021, Month: 5, Day: 1, Precision: corpus.Day}
)

// checkDyads analyses doc with a and compares its signed stances of
// speakers with a country (those that make dyads, as "A→B +") with want.
func checkDyads(t *testing.T, a *Analyzer, doc corpus.Document, want []string) Result {
	t.Helper()
	r := a.Analyze(doc)
	got := slices.DeleteFunc(signedStances(r), func(s string) bool { return strings.HasPrefix(s, "→") })
	if !slices.Equal(got, want) {
		t.Errorf("%q%q: stances %v, want %v\n%+v", doc.Title, doc.Text, got, want, r.Stances)
	}
	return r
}

// dyadCase is a sentence of a test of signed dyads: in a first-person
// speech of speaker when it is set.
type dyadCase struct {
	name    string
	speaker string // the speaker country of a first-person speech
	text    string
	want    []string
}

// checkDyadCases checks each case's text, dated d, with checkDyads.
func checkDyadCases(t *testing.T, a *Analyzer, d corpus.Date, tests []dyadCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDyads(t, a, corpus.Document{ID: "d", Date: d, Text: tt.text, SpeakerCountry: tt.speaker}, tt.want)
		})
	}
}

// TestDateAndSportsLabels: a label before a title's colon that opens with
// a date names an event, no speaker; one that holds a sports term makes
// the title a sports report, with no stance. Every stance is listed, those
// of no speaker country too ("→X").
func TestDateAndSportsLabels(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ title, want string }{
		{"March 3 Incident: Kenya condemns Uganda over the border raids", "KEN→UGA -"},
		{"Volleyball: Kenyan coach slams Ugandan referees", ""},
		{"Basketball semifinal: Kenyan fans attack Ugandan players", ""},
		{"May: Kenya must stop the border raids", "→KEN -"}, // "May" may be a speaker's name
	}
	for _, tt := range tests {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}

// checkTitleStances checks every signed stance of an invented title, those
// of no speaker country too ("→X"), joined in their order.
func checkTitleStances(t *testing.T, a *Analyzer, title, want string) {
	t.Helper()
	r := a.Analyze(corpus.Document{ID: "d", Date: may2021, Title: title})
	if got := strings.Join(signedStances(r), " "); got != want {
		t.Errorf("%q: stances %q, want %q", title, got, want)
	}
}

// TestPredicateOfHead: a predicate with no copula that ends its clause
// ("X presence in Y illegal") is said of the phrase's head, so of its
// owner, not of the country its preposition governs; with no owner it is
// said of no country. A content with no verb before a trailing source is
// that source's statement, not a topic label. Every stance of a title is
// listed, those of no speaker country too ("→X").
func TestPredicateOfHead(t *testing.T) {
	a := newTestAnalyzer(t)
	titles := []struct{ title, want string }{
		{"Kenya: Ugandan presence in Tanzania illegal", "KEN→UGA -"},
		{"Kenya: Uganda's claims on Tanzania 'unacceptable'", "KEN→UGA -"},
		{"Kenya: new sanctions on Tanzania unjustified", ""},
		{"Deeper ties with Kenya a priority: Tanzanian president", "TZA→KEN +"},
		{"Kenya: Tanzania's stance shameful", "KEN→TZA -"},                    // guard: the owner is the country
		{"Tanzania: the fight goes on against Kenyan apartheid", "TZA→KEN -"}, // guard: an adjective is its noun's
	}
	for _, tt := range titles {
		checkTitleStances(t, a, tt.title, tt.want)
	}
	checkDyadCases(t, a, may2021, []dyadCase{
		{"the owner of the head", "TZA", "We call the Kenyan presence in Uganda illegal.", []string{"TZA→KEN -"}},
		{"the complement of of", "TZA", "We call the presence of Kenyan troops in Uganda illegal.", []string{"TZA→KEN -"}},
	})
}

// TestAsideAfterName: an aside set off by commas after a title's subject
// ("Kenya, in a shift, backs …") leaves the verb in -s after it a verb,
// as right after the name; a country's adjective before the comma is no
// subject.
func TestAsideAfterName(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ title, want string }{
		{"Malawi, in a policy shift, backs Zambia on debt relief", "MWI→ZMB +"},
		{"Malawi, citing security, closes border with Zambia", "MWI→ZMB -"},
		{"Malawi, Zambia's neighbour, praises Lusaka's restraint", "MWI→ZMB +"}, // guard: an appositive
	}
	for _, tt := range tests {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}

// TestCounterActUnrealised: an act a title's subject answers is the
// other country's act toward the subject, unless it is one that may come
// ("any", "possible", "future" before its owner).
func TestCounterActUnrealised(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ title, want string }{
		{"Malawi will respond to any Zambian aggression, says army chief", "MWI→ZMB -"},
		{"Malawi vows to answer possible Zambian strikes", "MWI→ZMB -"},
		{"Malawi responds to Zambian aggression", "MWI→ZMB - ZMB→MWI -"}, // guard: an act done
	}
	for _, tt := range tests {
		checkTitleStances(t, a, tt.title, tt.want)
	}
}

// TestTreeSubjectOwner: in the tree, a country in a compound before a noun
// that a named party owns ("Museveni's Nairobi trip") is its place, no
// party of the verb's act (tree-act reads the title).
func TestTreeSubjectOwner(t *testing.T) {
	o := testOptions(t, true)
	o.LoadSyntax = syntaxModel
	a := newAnalyzer(t, o)
	checkDyads(t, a, corpus.Document{ID: "d", Date: mar2022, Title: "Museveni's Nairobi trip ends bitter feud with Dodoma"}, []string{"KEN→UGA +", "UGA→KEN +", "UGA→TZA +"})
}
