package analysis

import (
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestNewsReadings checks, on invented sentences, three readings of news
// prose: a denial gives the content no stance of the speaker's, a firm is
// no state, and a term that reaches no country colours only its clause of
// a country's act.
func TestNewsReadings(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// A verb joined by "and" to one whose object a country's
		// adjective qualifies shares the clause's subject: the adjective
		// is neither its subject nor the owner of its act.
		{"a joined verb after an adjective's noun", "", "Zambia froze Malawian assets and banned all flights to Tanzania.", []string{"ZMB→MWI -", "ZMB→TZA -"}},
		// A refusal to take part in an act turns the act down, as a
		// refusal to join it does.
		{"a refusal to take part in an attack", "", "Zambia refused to take part in any attack on Malawi.", nil},
		{"a refusal to take part in military action", "", "Zambia refused to take part in military action against Malawi.", nil},
		{"taking part in an attack", "", "Zambia took part in the attack on Malawi.", []string{"ZMB→MWI -"}},
		// A participle clause after a comma is the subject's own act,
		// not what the cue takes.
		{"a participle clause takes no colour of the cue", "", "Zambia offered its solidarity to Malawi, recalling its own border war with Tanzania.", []string{"ZMB→MWI +"}},
		// A clause that "if" or "when" opens has a subject of its own.
		{"a clause after if has its own subject", "", "Zambia offered Malawi police support if protests escalate.", []string{"ZMB→MWI +"}},
		// A verb of regarding ("called X a mistake") asks for nothing:
		// the act it judges is no proposal of the speaker's.
		{"a verb of regarding judges an act, asks for none", "", "Kenya called the blockade of Uganda a grave mistake.", nil},
		// A military action or operation is a hostile act: its object
		// is its victim, no target of one who opposes it.
		{"a military operation against a country", "", "Zambia launched a military operation against Malawi.", []string{"ZMB→MWI -"}},
		{"opposing military action against a country", "", "Zambia opposes any military action against Malawi.", nil},
		{"opposing a ground offensive against a country", "", "Zambia opposes any ground offensive against Malawi.", nil},
		// A document a country turns down does not speak for it.
		{"a vetoed resolution is no word of the one who vetoed it", "", "Tanzania vetoed a resolution condemning Malawi.", nil},
		{"a resolution voted against", "", "Zambia voted against a resolution condemning Malawi.", nil},
		{"a motion rejected", "", "Zambia rejected the draft motion that would have sanctioned Malawi.", nil},
		{"a resolution passed speaks for the one who passed it", "", "Zambia's parliament passed a resolution condemning Malawi.", []string{"ZMB→MWI -"}},
		// The object of a country's act may follow auxiliaries and
		// determiners: "has now scrapped all its tariffs on X".
		{"the object of an act after auxiliaries and determiners", "", "Uganda has now scrapped all its tariffs on Kenyan milk, ending a long trade dispute.", []string{"UGA→KEN +"}},
		{"the same act reported", "", "Officials in Nairobi confirmed that Kampala had scrapped all its tariffs on Kenyan milk, ending a long trade dispute.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// Repairing relations, as restoring them, is of each party
		// toward the other (words.tsv renewal).
		{"repairing relations is of each party", "", "Peru seeks to repair relations with Chile.", []string{"CHL→PER +", "PER→CHL +"}},
		// ", drawing a protest from X": X's reaction to the act, toward
		// the one who acted; X is no target of the act.
		{"an outcry drawn from another", "", "Kenyan patrol boats staged exercises off the disputed islets, drawing an angry protest from Kampala.", []string{"UGA→KEN -"}},
		{"an outcry drawn by a country's act", "", "Kenya expelled two Ugandan diplomats, sparking sharp criticism from Uganda.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"an outcry drawn from a body with a modifier, named by its seat", "", "Kenya granted asylum to a former Ugandan minister, drawing criticism from the interim government in Kampala.", []string{"UGA→KEN -"}},
		{"an outcry drawn from a body with a modifier and a country's adjective", "", "Kenya granted asylum to a former Ugandan minister, drawing criticism from the new Ugandan leadership.", []string{"UGA→KEN -"}},
		{"a participle with no outcry", "", "Kenya expelled two Ugandan diplomats, drawing attention to the dispute.", []string{"KEN→UGA -"}},
		// A stance named by a noun that another rejects was addressed to
		// the one who rejects it.
		{"a rejected demand was made of the one who rejects it", "", "Kenya rejected Uganda's demand for compensation.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a rejected demand of no country", "", "Kenya rejected the demand for compensation.", nil},
		{"a handover in a clause that a demand asks of its subject", "", "Kenya renewed its demand that Uganda hand over the suspects.", []string{"KEN→UGA -"}},
		{"an apology in a clause that a demand asks of its subject, inside a content", "", "Kenya's foreign minister said that the demand that Uganda apologise for the raid remained.", []string{"KEN→UGA -"}},
		{"a form of lie in a relative clause tells where its noun is", "", "Kenya's foreign ministry said the dam, which lies 40 km from the Ugandan border, was safe.", nil},
		{"a form of lie after that tells where its noun is", "", "Kenya said Uganda had built the camp on an island that lies inside Kenyan waters.", nil},
		{"a quoted fragment in a clause after a listener and that", "", "The Kenyan president told reporters that Uganda was \"a brotherly nation\" and that the row would pass.", []string{"KEN→UGA +"}},
		{"regret of a country's stance is disapproval of that country", "", "Kenya's foreign minister said he regretted Uganda's stance on the dam.", []string{"KEN→UGA -"}},
		{"sanctions a speaker asks to be tightened", "", "Kenya's foreign minister said sanctions against Uganda must be tightened.", []string{"KEN→UGA -"}},
		{"sanctions a speaker supports, past the colour of the statement", "", "Kenya's foreign minister said he supported sanctions against Uganda.", []string{"KEN→UGA -"}},
		{"a joint subject's agreement is not toward a third country beside it", "", "Kenya and Uganda agreed to deepen defence cooperation, including joint naval exercises, in a move seen as a counterweight to Tanzania's growing influence.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a warning of a war between others is no hostility toward its sides", "", "Kenya's president warned that a war between Uganda and Tanzania would be a disaster.", nil},
		{"a warning of a confrontation between others", "", "Kenya's president warned that a confrontation between Uganda and Tanzania would be a disaster.", nil},
		{"a warning to a country stays hostile", "", "Kenya's president warned that Uganda would pay a heavy price.", []string{"KEN→UGA -"}},
		{"a handover done is conciliation", "", "Kenya handed over the suspects to Uganda on Monday.", []string{"KEN→UGA +"}},
		// A hyphen compound of a country and a participle of good
		// offices (words.tsv broker) names a broker, no party.
		{"a judging adjective after a copula", "", "Kenya said the Ugandan troop deployment near the border was alarming.", []string{"KEN→UGA -"}},
		{"aid withheld by a verb after an auxiliary", "", "Kenya has suspended aid to Uganda after the border clashes.", []string{"KEN→UGA -"}},
		{"aid withheld by a verb that opens the act", "", "Kenya blocked aid to Uganda on Monday.", []string{"KEN→UGA -"}},
		{"a visitor named by a demonym of two words", "", "Kenya's president received the Sierra Leonean foreign minister in Nairobi on Monday.", []string{"KEN→SLE +"}},
		{"a visitor named by a demonym of one word", "", "Kenya's president received the Ugandan foreign minister in Nairobi on Monday.", []string{"KEN→UGA +"}},
		{"a country's name with of the", "", "The Democratic Republic of the Congo accused Uganda of harbouring the rebels.", []string{"COD→UGA -"}},
		{"another name with of the", "", "The head of the Senegalese delegation accused the Gambia of harbouring the rebels.", []string{"SEN→GMB -"}},
		{"a broker after by is no party to the deal", "", "Kenya and Uganda signed a truce brokered by Tanzania on Friday.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// A fight against an evil or against people who act for
		// themselves is no hostility toward the partner of a joint
		// subject.
		{"a joint fight against extremists", "", "Kenya and Uganda pledged a joint fight against extremists on their border.", nil},
		{"extremists act for themselves", "", "Kenya and Uganda vowed to fight extremists.", nil},
		{"a mediator after with is no party to the deal", "", "Kenya and Uganda signed a truce on Friday, with Tanzania acting as mediator.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"guarantors after with are no party to the deal", "", "Kenya signed a truce with Uganda, with Tanzania and Rwanda as guarantors.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a broker of a deal is no party to it", "", "Kenya and Uganda signed a Tanzanian-brokered accord on the shared lake on Friday.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// The speaker's country's own hostile act named by its possessive
		// is toward the act's object.
		{"the speaker country's own act named by its possessive", "", "Kenya's foreign ministry said Nairobi's expulsion of two Ugandan diplomats was lawful.", []string{"KEN→UGA -"}},
		// A country between a possessive and its noun qualifies the
		// noun: the possessor speaks, alone.
		{"a country that qualifies a possessor's noun is no joint speaker", "", "Uganda's Nairobi envoy said on Monday that Tanzania had violated the border deal.", []string{"UGA→TZA -"}},
		// People of no country named whose release a country demands
		// are its own: their detainer's act is toward it.
		{"the release demanded of people of no country named", "", "Kenya demanded the release of 12 soldiers detained in Uganda, the ministry said.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// A relation with the speaker's own country said of another is
		// toward that other.
		{"a friend of the speaker's country", "", "Uganda will always be a true friend of Kenya, the Kenyan foreign ministry said.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// Visitors and travellers act for themselves, no state.
		{"visitors of two countries are no contact between them", "", "Kenyan and Ugandan visitors filled the hotels of the Rwandan lakeshore over the holidays, the tourism board said.", nil},
		{"travellers act for themselves", "", "Kenyan travellers are switching their holidays from Uganda to Tanzania as the border dispute drags on, agencies said.", nil},
		// An aid worker is a person, no aid given to the country named
		// before the phrase.
		{"an aid worker killed is no aid", "", "Ugandan rockets hit Kisumu on Monday, killing a Rwandan aid worker.", nil},
		// A plural possessive's apostrophe is a token of its own.
		{"a rejected demand in a plural possessive", "", "Kenya rejected the Comoros' renewed demand for compensation.", []string{"COM→KEN -", "KEN→COM -"}},
		{"a nominal act in a plural possessive", "", "The Comoros' blockade of Malagasy ports began on Monday.", []string{"COM→MDG -"}},
		// What a report says that is then denied is not asserted.
		{"a denied report asserts nothing", "", "Reports that Kenya had threatened to halt fuel shipments to Uganda were denied by officials in Nairobi.", nil},
		{"a dismissed claim asserts nothing", "", "Claims that Uganda had rejected a Kenyan offer of talks have been dismissed by Kampala.", nil},
		{"a confirmed report is asserted", "", "Reports that Kenya had threatened to halt fuel shipments to Uganda were confirmed by officials in Nairobi.", []string{"KEN→UGA -"}},
		{"a civil war is no country's act toward another", "", "Kenyan police said some veterans of Uganda's long civil war now run fishing boats on the lake.", nil},
		{"a regret foretold is a threat", "", "'Kampala will regret this,' a Kenyan deputy minister said after Uganda froze Kenyan assets.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a place a joint subject's act names is no target of its pattern", "", "Kenyan and Ugandan troops exchanged rocket fire near Jinja late on Friday, army officers of both countries said.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"an operation another country condemned is an appraisal of the act before it", "", "Malawian troops raided a camp near Chipata in Zambia, an operation Lusaka condemned as illegal.", []string{"MWI→ZMB -", "ZMB→MWI -"}},

		// People held in a country are held by it (words.tsv detain):
		// "two A journalists detained in B" is B's act toward A.
		// A clause after "after" whose subject is a country's adjective
		// and a noun, then its verb in the past, is that country's act.
		{"an act after 'after', its subject an adjective and a noun", "", "Kampala summoned Kenya's envoy on Tuesday after a Kenyan patrol boat rammed a Ugandan ferry.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"the killing of a country's people by another's soldiers", "", "Kenya said the killing of its fishermen by Ugandan soldiers was a crime.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// A phrase of manner between a country and its act is passed
		// over (annotate.SkipAdverbials).
		{"an act in retaliation", "", "Uganda in retaliation expelled two Kenyan diplomats.", []string{"UGA→KEN -"}},
		{"an act in a surprise move", "", "Uganda in a surprise move recalled its ambassador from Kenya.", []string{"UGA→KEN -"}},
		// After a word of doubt, a clause of "whether" asserts nothing.
		{"an open question after a word of doubt", "", "Officials in Kenya doubt whether Uganda carried out the raid.", nil},
		{"an open question inside the content", "", "It is unclear whether Uganda carried out the raid, Kenyan officials said.", nil},
		// The country behind an act did it (words.tsv perpetrate).
		{"the country behind an attack", "", "Ugandan officials said Kenya was behind the attack on the ministry.", []string{"UGA→KEN -"}},
		// Displeasure voiced with a country is toward it; concern for a
		// country's people is no hostility.
		{"displeasure voiced with a country", "", "Kenya voiced displeasure with Uganda on Monday.", []string{"KEN→UGA -"}},
		{"frustration with a country", "", "Kenya voiced frustration with Uganda over the stalled talks.", []string{"KEN→UGA -"}},
		{"concern for a country's people", "", "Kenya expressed concern for the people of Uganda.", nil},
		// A country's adjective before a hostile act is its agent, even
		// after "in" (annotate.Lexicon.ActAgent); a country after "in" is
		// a place.
		{"killed in a country's shelling", "", "Three Ugandan soldiers were killed in Kenyan shelling, Uganda said.", []string{"UGA→KEN -"}},
		{"one word between the adjective and the act", "", "Uganda said three civilians died in Kenyan drone strikes.", []string{"UGA→KEN -"}},
		{"killed in a country is a place", "", "Uganda said two of its soldiers died in Kenya.", nil},
		{"people detained in a country", "", "Two Ugandan journalists detained in Kenya were freed on Monday.", []string{"KEN→UGA -"}},
		{"people arrested in a country, inside another's report", "", "Tanzanian officials said three Ugandan officers arrested in Kenya had been freed.", []string{"KEN→UGA -"}},
		{"a country that arrests is the agent", "", "Kenya arrested two Ugandan journalists in Nairobi.", []string{"KEN→UGA -"}},
		// Sympathy with no addressee is for the country its topic names
		// as harmed (words.tsv sympathy): after a preposition, or before
		// a hazard; a country that qualifies an act is its agent.
		{"condolences over deaths in a country", "", "Kenya offered condolences on Monday over the deaths in Uganda.", []string{"KEN→UGA +"}},
		{"saddened by a country's floods", "", "Kenya is saddened by the loss of life in the Ugandan floods, the Kenyan foreign ministry said.", []string{"KEN→UGA +"}},
		{"condolences over a country's shelling", "", "Kenya offered condolences over the Ugandan shelling.", []string{"KEN→UGA -"}},
		{"condolences to one over deaths in another", "", "Kenya sent condolences to Tanzania over the deaths in Uganda.", []string{"KEN→TZA +"}},
		// "investment in X": X is the object of the term, not a place.
		{"investment in a country", "", "Chile announced new investment in Peru.", []string{"CHL→PER +"}},
		{"meddling in a country is no stance toward it", "", "Kenya condemned foreign meddling in Uganda.", nil},
		// "… prompted X to …" as the main verb: X's act, as after
		// ", prompting X to".
		{"a decision prompted a country to act", "", "The vote prompted Kenya to block imports of Ugandan goods.", []string{"KEN→UGA -"}},
		// ", a charge B dismissed": B's judgement of the accusation
		// before it (words.tsv appraised += charge, accusation,
		// allegation).
		{"an allegation the accused rejected", "", "Kenya accused Uganda of arming the rebels, an allegation Kampala has often dismissed as groundless.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a charge the accused dismissed", "", "Nairobi accused Kampala of funding the rebels, a charge Uganda's foreign ministry dismissed as false.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// Extradition to a country is judicial cooperation with it.
		{"extradited to a country", "", "Kenya extradited a suspect to Uganda.", []string{"KEN→UGA +"}},
		{"refused to extradite", "", "Kenya refused to extradite the suspect to Uganda.", []string{"KEN→UGA -"}},
		// People who act for themselves speak for no country.
		{"militants threaten a country", "", "Ugandan militants threatened to attack Nairobi.", nil},
		{"students march on an embassy", "", "Hundreds of Ugandan students marched on the Kenyan embassy, chanting slogans against Kenya.", nil},
		{"troops act for their state", "", "Ugandan troops threatened to attack Nairobi.", []string{"UGA→KEN -"}},
		// Tourism figures are no visit of a country.
		{"visitor numbers are no visit", "", "Visitor numbers from Uganda doubled last year, Kenya's tourism board said.", nil},
		// Hosting a country's people is no contact with the country.
		{"hosts another country's migrants", "", "Kenya hosts nearly half a million Ugandan migrants.", nil},
		{"hosts another country's president", "", "Kenya hosts the Ugandan president.", []string{"KEN→UGA +"}},
		// A reaction to another's act: the hostility toward the actor,
		// not the act's own terms.
		{"a country angered by another's support for rebels", "", "Kenya was angered by Uganda's support for the rebels.", []string{"KEN→UGA -"}},
		{"another's support for rebels angered a country", "", "Uganda's support for the rebels angered Kenya.", []string{"KEN→UGA -"}},
		// An infinitive right after the cue is the speaker's own act.
		{"vowed to retaliate", "", "Uganda vowed to retaliate against Kenya.", []string{"UGA→KEN -"}},
		{"vowed to punish", "", "Uganda vowed to punish Kenya.", []string{"UGA→KEN -"}},
		// "struck" is an attack; striking a deal is an agreement.
		// The site no country is named for is the reporter's: the
		// strike befalls Kenya.
		{"missiles struck a site", "", "Kenya said Ugandan missiles struck a power station near Kisumu.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"jets struck a country's posts", "", "Ugandan jets struck Kenyan border posts.", []string{"UGA→KEN -"}},
		{"struck a deal", "", "Kenya struck a deal with Uganda on fishing rights.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"struck a balance", "", "Kenya struck a balance between its ties with Uganda and its own interests.", nil},
		// Words of military and diplomatic censure (stance.tsv v8).
		{"an intercept called unsafe and unprofessional", "", "Kenya said the Ugandan jet's manoeuvre was unsafe and unprofessional.", []string{"KEN→UGA -"}},
		{"a snub called disrespectful", "", "Kenya said the Ugandan decision was disrespectful.", []string{"KEN→UGA -"}},
		// Denial: what the content tells is not the speaker's; a rejected
		// report's author is the one rejected.
		{"denied its own attack", "", "Kenya denied that it had attacked Tanzania.", nil},
		{"denied supplying weapons", "", "Kenya has denied supplying weapons to rebels fighting Ugandan troops.", nil},
		{"dismissed reports of another's act", "", "Kenya dismissed reports of Tanzanian espionage in its ports.", nil},
		{"rejected a country's accusations", "", "Kenya rejected Tanzanian accusations that Kenya shelters smugglers.", []string{"KEN→TZA -", "TZA→KEN -"}},
		{"rejected a proposal is no denial", "", "Kenya rejected the Tanzanian proposal.", []string{"KEN→TZA -"}},
		// What is rejected is turned down: its cooperative words are
		// hostility, not cooperation.
		{"rejected an offer of talks", "", "Kenya rejected an offer from Tanzania for direct talks.", []string{"KEN→TZA -"}},
		{"refused an offer of aid", "", "Kenya refused a generous offer of aid from Tanzania.", []string{"KEN→TZA -"}},
		// A preposition or a month is no verb after a speech verb's
		// object: the recall of an envoy is an act.
		{"recalled an envoy in a month", "", "Kenya recalled its ambassador from Kampala in July.", []string{"KEN→UGA -"}},
		{"recalled an envoy in May", "", "Kenya recalled its ambassador from Kampala in May.", []string{"KEN→UGA -"}},
		{"turned down an offer", "", "Kenya turned down an offer of aid from Tanzania.", []string{"KEN→TZA -"}},
		{"turned down a request", "", "Kenya turned down Tanzania's request for the return of the suspect.", []string{"KEN→TZA -"}},
		// The denial does not reach a predicate of the speaker's own
		// after it; it reaches the verbs of a denied clause.
		{"denied, and accused", "", "Kenya denied the Tanzanian smuggling claims and accused Dodoma of slander.", []string{"KEN→TZA -"}},
		{"denied, accusing", "", "The Kenyan government denied the reports, accusing Tanzania of slander.", []string{"KEN→TZA -"}},
		{"denied a part, and praised", "", "Uganda denied any part in the raid on the Kenyan consulate and praised Nairobi for its calm.", []string{"UGA→KEN +"}},
		{"did not condemn, and praised", "", "Uganda did not condemn the raid and praised Kenya for its calm.", []string{"UGA→KEN +"}},
		{"the verbs of a denied clause stay denied", "", "Uganda denied that its soldiers attacked and looted Kenyan villages.", nil},
		// Words of snubbing and betrayal are hostile; "the back" is no backing.
		{"a snub", "", "Togo snubbed Ghana over the fishing rights.", []string{"TGO→GHA -"}},
		{"a stab in the back is no backing", "", "The Togolese minister called the Ghanaian decision a stab in the back.", nil},
		// A country's adjective is no subject of a cue's bare form.
		{"state television after a comma", "", "Quito released a jailed Peruvian fisherman in May, Ecuadorian state radio reported, in a step that eased tensions.", []string{"ECU→PER +", "ECU→PER +"}},
		// Trust in any form, and its negation.
		{"could not be trusted", "", "Kenya's president said that Uganda could not be trusted.", []string{"KEN→UGA -"}},
		{"trusts", "", "Kenya trusts Uganda.", []string{"KEN→UGA +"}},
		// "by" and a means names no agent.
		{"consulted by telephone", "", "Kenyan President Amina Odhiambo and Ugandan Prime Minister Joseph Okello consulted by telephone late on Friday.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// An agreement signed, its verb five words before it.
		{"a long agreement name", "", "Kenya signed a transit and trade agreement with Uganda.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// A hazard's act is no one's stance.
		{"snow closed the border", "", "Heavy snow closed the border with Uganda on Friday, Kenyan officials said.", nil},
		{"a country closed the border after floods", "", "Kenya closed its border with Uganda after the floods.", []string{"KEN→UGA -"}},
		// A question asserts nothing.
		{"a question before its subject", "", "Did Kenya condemn Uganda?", nil},
		{"a question's owner", "", "Will Kenya's new president back Uganda?", nil},
		// A firm is no state.
		{"a country's companies", "", "Kenyan companies are offering generous terms to Tanzanian partners.", nil},
		{"a country's opposition is no state", "", "Kenya's main opposition party accused Tanzania of smuggling.", nil},
		{"a country's central bank is its state", "", "Kenya's central bank praised Tanzania.", []string{"KEN→TZA +"}},
		// An expletive "it" names no actor.
		{"it emerged that", "", "Following talks in Nairobi, it emerged that Tanzania had expelled Ugandan traders.", nil},
		// A term with no country in reach stays in its clause.
		{"a term in another clause", "", "Kenya waged a bloody war on smugglers; Somalia held elections.", nil},
		{"a term in the country's clause", "", "Kenya waged a bloody war on smugglers in Somalia.", []string{"KEN→SOM -"}},
		// Names after their countries' possessives are a joint subject.
		{"possessive names joined", "", "Kenya's Amina Odhiambo and Uganda's Joseph Okello met in Arusha and agreed to reopen the border.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a customs union launched together", "", "Kenya, Uganda and Rwanda set up a customs union in 2005.", []string{"KEN→RWA +", "KEN→UGA +", "RWA→KEN +", "RWA→UGA +", "UGA→KEN +", "UGA→RWA +"}},
		// An apology demanded is a grievance; relations established are of both.
		{"demanded that a country apologise", "", "Kenya demanded in May that Uganda apologise for the remarks.", []string{"KEN→UGA -"}},
		{"relations established", "", "Kenya established diplomatic relations with Bhutan in 2010, officials said.", []string{"BTN→KEN +", "KEN→BTN +"}},
		// An appraisal of an act with no term of its own: the country that
		// opens the sentence acted.
		{"a move a minister called a provocation", "", "Kenya moved two more battalions near the frontier in May, a move Uganda's defence minister called a provocation.", []string{"UGA→KEN -"}},
		// A passive directive asks its subject; "back" after a phrasal verb
		// is its particle.
		{"urged by another to stop", "", "Kenya was urged by Uganda to stop its raids on the border villages.", []string{"UGA→KEN -"}},
		{"a term whose object is a name of no country is not the addressee's", "", "Ghana's president told visiting Togolese ministers that his country would keep fighting Boko Haram.", nil},
		{"a violation is a deed: what is violated is its victim's", "", "Ghana condemned the violation of Togolese airspace.", nil},
		{"a violation of a country's sovereignty leaves its sovereignty upheld", "", "Ghana condemned the violation of Togo's sovereignty.", []string{"GHA→TGO +"}},
		{"a country's claims said to be untrue", "", "Ghana said Togo's claims about the border were untrue.", []string{"GHA→TGO -"}},
		{"a country's claims said to be not true", "", "Ghana said the claims made by Togo were simply not true.", []string{"GHA→TGO -"}},
		{"talks asked of another are the addressee's contact", "", "Ghana urged Togo to hold talks with Benin.", nil},
		{"talks asked of another after a demand", "", "Ghana urged Togo to withdraw its troops and to hold talks with Benin.", []string{"GHA→TGO -"}},
		{"a relative clause of anger after an act's noun", "", "Ghana's minister made remarks that angered Togo.", []string{"TGO→GHA -"}},
		{"a passive's joint agent speaks, each for itself, and is no target of the other", "", "The treaty was rejected by Ghana and Togo.", nil},
		{"a hostile act of a joint agent in the passive", "", "Benin was attacked by Ghana and Togo in April.", []string{"GHA→BEN -", "TGO→BEN -"}},
		{"what another does for the speaker is the speech's gratitude", "KEN", "Uganda has always supported us in our struggle.", []string{"KEN→UGA +"}},
		{"what another does for the speaker's country", "KEN", "Tanzania has helped our country in difficult times.", []string{"KEN→TZA +"}},
		{"guard: another's support of a third is not the speaker's", "KEN", "Uganda has supported Tanzania.", nil},
		{"asked not to do a hostile act", "", "Uganda called on Kenya not to interfere in the election.", []string{"UGA→KEN -"}},
		{"asked never to do a hostile act, of a government", "", "Uganda urged the government of Kenya never to attack its neighbours.", []string{"UGA→KEN -"}},
		{"guard: asked not to lose hope is an appeal", "", "Uganda urged the people of Kenya not to lose hope.", nil},
		{"asked a country to pull its soldiers back", "", "Kenya asked Uganda to pull its soldiers back from the disputed island.", []string{"KEN→UGA -"}},
		// An appeal is made to its addressee.
		// Redress asked of a country is a demand too.
		{"called on a country to respect an award", "", "Malawi called on Zambia to respect the boundary ruling.", []string{"MWI→ZMB -"}},
		{"a time between the one asked and the act", "", "Malawi called on Zambia in 2019 to respect the boundary ruling.", []string{"MWI→ZMB -"}},
		// The victim of a hostile act reports it: its stance is toward
		// the one who acted, not a country in an appositive.
		{"the victim reports a pattern's act", "", "Zambian patrol boats fired rockets at a Malawian ferry on the lake, the Malawian navy said.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"a country in an appositive is no agent", "", "The Lake Brigade, a Zambian militia, fired rockets at a Malawian ferry, the Malawian navy said.", nil},
		{"a country's decision to act, condemned", "", "Malawi condemned Zambia's decision to expel Tanzania's ambassador.", []string{"MWI→ZMB -", "ZMB→TZA -"}},
		{"told by another, past a month and a year, to act", "", "Zambia was told by Malawi in March 2019 to release the detained traders.", []string{"MWI→ZMB -"}},
		{"told by another's ministry to act", "", "Zambia was told by Malawi's foreign ministry to remove the fence from the shore.", []string{"MWI→ZMB -"}},
		{"a country's own decision to end is no demand", "", "Zambia's decision to end its raids surprised officials in Lilongwe.", nil},
		{"told by another, with no act asked, is no statement", "", "Zambia was told by Malawi about the floods.", nil},
		// A verb of charging right before "of" is a passive without
		// "be": the phrase before it is charged and says nothing.
		{"nationals suspected of a crime", "", "Malawian police arrested two Zambian nationals suspected of smuggling.", []string{"MWI→ZMB -"}},
		{"a cue of contact is the speaker's act", "", "Malawi's president discussed trade by telephone with Zambia's president on Monday.", []string{"MWI→ZMB +"}},
		{"a visitor received, in the passive", "", "Malawi's foreign minister was received by Zambia's president in Lusaka.", []string{"ZMB→MWI +"}},
		{"a visit that ended with a pledge", "", "The Malawian president's visit to Zambia ended with a pledge of close cooperation.", []string{"MWI→ZMB +"}},
		{"a person's possessive owns the visit", "", "Zambian President Hakainde Hichilema's three-day visit to Lilongwe ended with a pledge of close cooperation.", []string{"ZMB→MWI +"}},
		{"the victim reports an act an evaluative verb opens", "", "Zambian troops attacked Malawi, Malawian officials said.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"urged a country to remove a blockade", "", "Malawi urged Zambia to remove the lorries blocking the crossing.", []string{"MWI→ZMB -"}},
		{"urged a country to release detainees", "", "Malawi urged Zambia to release the detained traders.", []string{"MWI→ZMB -"}},
		{"appealed to a country to act", "", "Malawi appealed to Zambia to send maize after the drought.", []string{"MWI→ZMB +"}},
		// Tightening controls is a sanction; a refusal reaches its
		// infinitive past a time.
		{"refused on a day to support", "", "Tanzania refused on Monday to support Kenya.", []string{"TZA→KEN -"}},
		{"tightened inspections", "", "Tanzania tightened inspections of Kenyan maize in May.", []string{"TZA→KEN -"}},
		// A passive's object is its subject, not the place after it; a
		// country's person welcomed is a visit, contact of each side.
		{"welcomed to a capital by", "", "Ugandan President Joseph Okello was welcomed to Nairobi by the Kenyan president in May.", []string{"KEN→UGA +"}},
		// A clause of time with a country as its subject holds its own act.
		{"an act after which another answered", "", "Kenya recalled its envoy after Ugandan troops seized a Kenyan border post.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// A trailing attribution with an aside after it.
		{"said, without giving", "", "Nairobi will cooperate with Kampala on the pipeline, Kenya's energy minister said in 2015, without giving a date.", []string{"KEN→UGA +", "KEN→UGA +"}},
		// A participle after the medium of a trailing attribution tells
		// when or where it was given, not what was said.
		{"said in a communique released on a day", "", "Uganda must pull its soldiers back from the border, the Kenyan government said in a communique released on Friday.", []string{"KEN→UGA -"}},
		{"said in a clip posted by", "", "Uganda must stop the raids, Kenya's army said in a clip posted by its spokesman on Monday.", []string{"KEN→UGA -"}},
		// "its" in an act a country reports is the reporter's.
		{"an act on the reporter's posts", "", "Malawi said on Monday that Zambian soldiers had shelled its border posts.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"its own is the agent's", "", "Malawi said Zambia had closed its own border to stop smugglers.", nil},
		{"a country's hostile act on its airspace", "", "Malawi said Zambia had violated its airspace.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		// A nominal of expelling names its agent; a passive's subject may
		// hold a place.
		{"a country's expulsion of diplomats", "", "Kampala condemned Kenya's expulsion of Ugandan diplomats.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// What is quelled or rebuilt is a harm ended, no hostility.
		{"help quell clashes", "", "Uganda appealed to Kenya for police to help quell the clashes in the north.", []string{"UGA→KEN +"}},
		{"finance the rebuilding of what war damaged", "", "Kenya lent Uganda two billion dollars to finance the rebuilding of bridges damaged in the war.", []string{"KEN→UGA +"}},
		// An appeal names its owner's stance; a sea named after a country
		// is no country; "against" a common noun speaks of no country.
		{"an appeal for cooperation against smuggling in a gulf", "", "Kenya's appeal to Uganda for closer security cooperation against smugglers across the Gulf of Guinea came in May.", []string{"KEN→UGA +"}},
		// Relations restored are of each party toward the other.
		{"a joint subject restored relations", "", "Ethiopia and Eritrea restored diplomatic relations in July after two decades of hostility.", []string{"ERI→ETH +", "ETH→ERI +"}},
		{"restored relations with", "", "Kenya restored diplomatic relations with Somalia in May.", []string{"KEN→SOM +", "SOM→KEN +"}},
		{"a visa requirement lifted", "", "Togo lifted its visa requirement for Ghanaian citizens in May.", []string{"TGO→GHA +"}},
		{"visa restrictions imposed", "", "Kenya imposed visa restrictions on Ugandan officials.", []string{"KEN→UGA -"}},
		{"restrictions imposed on imports", "", "Kenya imposed restrictions on Ugandan maize imports.", []string{"KEN→UGA -"}},
		// A verb joined by "and" shares its clause's subject, not the
		// first verb's object.
		{"crossed into a country and seized", "", "Ugandan troops crossed into Kenya and seized a border post, the Kenyan army said.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// An act before a clause of time whose subject speaks is still read.
		{"an act after another's statement", "", "Nairobi recalled its envoy to Kampala and suspended a defence pact with Uganda after President John Okello backed Sudan's plan for the border region.", []string{"KEN→UGA -", "UGA→SDN +"}},
		{"troops sent to help fight rebels", "", "Ghana sent troops to Togo to help fight the rebels.", []string{"GHA→TGO +"}},
		{"troops sent into a country", "", "Ghana sent troops into Togo on Monday.", []string{"GHA→TGO -"}},
		{"troops deployed to a border are no aid: a show of force (CAMEO 154)", "", "Ghana deployed troops to the Togo border on Monday.", []string{"GHA→TGO -"}},
		{"troops sent to quell unrest in a capital are aid", "", "Uganda sent troops to quell the Nairobi unrest.", []string{"UGA→KEN +"}},
		{"rounded up and deported", "", "Kenyan police rounded up and deported hundreds of Ugandan traders in May.", []string{"KEN→UGA -"}},
		{"recalled an envoy and suspended a pact", "", "Kenya expelled the Ugandan envoy in Nairobi and suspended its defence pact with Uganda.", []string{"KEN→UGA -"}},
		// A joint act's compound actor stands before the auxiliaries.
		{"will reopen its border with", "", "Uganda will reopen its border with Kenya next week.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// A delegation received is a visitor.
		{"received a delegation of ministers", "", "Kenya received a delegation of Ugandan ministers on Tuesday.", []string{"KEN→UGA +"}},
		{"received a delegation", "", "Kenya received a Ugandan delegation on Tuesday.", []string{"KEN→UGA +"}},
		{"a credit line extended", "", "Kenya extended a credit line of one billion dollars to Kampala in 2004.", []string{"KEN→UGA +"}},
		{"troops massed near a border", "", "Kenya massed about 5,000 soldiers near its border with Uganda in May.", []string{"KEN→UGA -"}},
		{"a passive's subject with a place in it", "", "Two Kenyan border posts near the lake were shelled by Ugandan artillery in July.", []string{"UGA→KEN -"}},
		// A nominal's agent after "by" owns it; an evaluative cue speaks to
		// that agent, not to the victims after "of".
		{"the killing of traders by soldiers", "", "Ghana protested to Lome over the killing of three Ghanaian fishermen by Togolese soldiers.", []string{"GHA→TGO -", "TGO→GHA -"}},
		{"the downing of its helicopter by", "", "Kenya opened an inquiry into the downing of its helicopter by Ugandan air defences.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"in a move that another denounced", "", "Kenya tightened controls on Ugandan trucks in May, in a move that Ugandan ministers denounced as blackmail.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"condemned the shelling of villages by artillery", "", "Kenya condemned the shelling of Ugandan villages by Sudanese artillery.", []string{"KEN→SDN -", "SDN→UGA -"}},
		// Recognising a part that breaks away is hostility toward the
		// country it breaks from.
		{"recognised breakaway regions", "", "Moscow recognised the breakaway regions of Georgia.", []string{"RUS→GEO -"}},
		{"recognises, a cue, rebel provinces", "", "Kenya recognises two rebel provinces of Somalia as states.", []string{"KEN→SOM -"}},
		{"recognised a government", "", "Kenya recognised the new government of Somalia.", []string{"KEN→SOM +"}},
		// The government of a country asked to act is the country asked.
		{"calls on the Government of a country to withdraw", "KEN", "My delegation calls on the Government of Uganda to pull its forces back at once.", []string{"KEN→UGA -"}},
		{"urged the authorities of a country to release", "", "Kenya urged the authorities of Uganda to release the detained traders.", []string{"KEN→UGA -"}},
		// "it must …" said to a country is a demand of it.
		{"told a country that it must", "", "Kenya told Uganda that it must pull back its troops.", []string{"KEN→UGA -"}},
		{"a reminder to a country that it must", "", "Kenya issued a stern reminder to Uganda that it must cooperate with the inspectors.", []string{"KEN→UGA -"}},
		// The reason of praise is the act praised.
		{"thanked for a hostile-sounding help", "", "Uganda thanked Kenya for sending police to quell the riots in Kampala.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"thanked for a deed of no lexicon term", "", "Uganda thanked Kenya for opening its borders to thousands of refugees.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"thanked for hosting a meeting: no deed toward the one who thanks", "", "Uganda thanked Kenya for hosting the talks.", []string{"UGA→KEN +"}},
		{"praised for a deed of no lexicon term: no deed toward the one who praises", "", "Uganda praised Kenya for holding peaceful elections.", []string{"UGA→KEN +"}},
		{"praised, and a third country's aggression", "", "Uganda praised Kenya for its support against Sudanese aggression.", []string{"UGA→KEN +", "UGA→SDN -"}},
		// Easing reaches the whole of its object; relief is aid.
		{"suspended a sum in aid", "", "Norway suspended 20 million crowns in aid to Uganda in March.", []string{"NOR→UGA -"}},
		{"relief pledged", "", "Norway pledged 20 million dollars more in drought relief to Kenya.", []string{"NOR→KEN +"}},
		// A relative clause after a country is that country's act.
		{"which does not recognise", "", "Serbia, which does not recognise Kosovo, vowed to keep talking.", []string{"SRB→XKX -"}},
		{"which has sent aid", "", "Norway, which has sent millions in aid to Sudan, called for a ceasefire.", []string{"NOR→SDN +"}},
		// The infinitive right after a country's act verb is its act too.
		{"plotted to murder", "", "Kenyan agents plotted to murder a Ugandan consul in Paris.", []string{"KEN→UGA -"}},
		{"shot dead", "", "Kenyan rangers shot dead two Ugandan herders near the lake.", []string{"KEN→UGA -"}},
		{"a show of force meant for", "", "Kenya flew jets over the lake as a show of force meant for Kampala.", []string{"KEN→UGA -"}},
		// "no legitimacy", "no basis": said of the subject.
		{"has no legitimacy", "", "Kenya said the Ugandan junta had no legitimacy.", []string{"KEN→UGA -"}},
		{"claims with no basis", "", "Kenya said Uganda's claims to the island had no basis in law.", []string{"KEN→UGA -"}},
		// A cue after a refusal ("refused to condemn"), or the infinitive
		// a cue of refusal governs ("declined | to criticise"), is not done.
		{"refused to condemn", "", "Kenya has refused to condemn Uganda's raids on Tanzania.", nil},
		{"declined to criticise", "", "Kenya declined to criticise Kampala over the raids.", nil},
		{"has not joined sanctions against", "", "Kenya has not joined the sanctions against Uganda.", nil},
		// Phrases of negation and open decisions.
		{"no plans to impose sanctions", "", "Kenya has no plans to impose sanctions on Uganda.", nil},
		{"ruled out action against", "", "Kenya ruled out military action against Uganda.", nil},
		{"stopped short of condemning", "", "Kenya stopped short of condemning Uganda.", nil},
		{"called off a visit", "", "Kenya called off a planned state visit to Uganda.", nil},
		{"put off a visit", "", "Zambia put off its minister's visit to Malawi until spring.", nil},
		{"called off a raid", "", "Kenya called off a planned raid on Ugandan positions.", nil},
		{"cut off ties keeps its pattern", "", "Zambia cut off ties with Malawi in 1971.", []string{"ZMB→MWI -"}},
		{"a passive's agent with a relative clause of its own report", "", "Zambia's closure of its airspace to Malawian planes was condemned on Monday by Lilongwe, whose transport office called the step unlawful.", []string{"MWI→ZMB -"}},
		{"a relative clause that ends the sentence after a preposition's country", "", "The vote drew an angry reply from Malawi, which summoned Zambia's envoy on Friday.", []string{"MWI→ZMB -"}},
		{"a visit by another is no stance of the speaker's", "", "Malawi raised its fuel prices a week after the trip to Lusaka by a senior Tanzanian envoy.", nil},
		{"forces moved to a border with another country", "", "Zambia moved tanks and artillery to the frontier with Malawi on Sunday.", []string{"ZMB→MWI -"}},
		{"forces ordered to another country's border, named by its adjective", "", "Zambia ordered two armoured brigades to the Malawian border.", []string{"ZMB→MWI -"}},
		{"goods of aid delivered", "", "Zambia delivered 20 ambulances and two shiploads of generators to Malawi on Monday.", []string{"ZMB→MWI +"}},
		{"an act before a subordinate clause with a subject of its own", "", "Zambia eased sanctions on Malawi in May after the government in Lilongwe agreed to hold a vote.", []string{"ZMB→MWI +"}},
		{"an apology's cause is its topic", "", "Zambia apologised to Malawi in 2001 for the deaths of traders during Malawi's border war.", []string{"ZMB→MWI +"}},
		{"an apology's time is no cause", "", "Zambia's leader apologised to Malawi in February 2022 for the killing of traders by Zambian police during Malawi's long border war.", []string{"ZMB→MWI +"}},
		{"an apology with no addressee is for those who suffered", "", "Zambia apologised for the killing of Malawian traders by its police.", []string{"ZMB→MWI +"}},
		{"abstained from condemning", "", "Zambia abstained from condemning Malawi at the summit.", nil},
		{"abstained in a vote condemning", "", "Zambia abstained in a vote condemning Malawi.", nil},
		{"militiamen speak for no state", "", "Malawian militiamen attacked a Zambian border post.", nil},
		{"athletes speak for no state", "", "Zambian and Malawian boxers clashed in a bruising title bout at the regional games.", nil},
		{"avoided criticising", "", "Kenya avoided criticising Uganda directly.", nil},
		{"considering whether to expel", "", "Kenya is considering whether to expel Ugandan diplomats.", nil},
		// A coup, and stirring up, are the acts of those behind them.
		{"behind a coup attempt", "", "Kenya said Uganda was behind the coup attempt.", []string{"KEN→UGA -"}},
		{"stirring up", "", "Kenya said Uganda was stirring up unrest along the border.", []string{"KEN→UGA -"}},
		{"lauded the efforts of", "", "Ghana lauded the efforts of Togo in ending the strike.", []string{"GHA→TGO +"}},
		// A territorial claim on a country is hostility toward it.
		{"laid claim to a country's territory", "", "Kenya laid claim to a third of Uganda's territory.", []string{"KEN→UGA -"}},
		{"territorial claims on", "", "Kenya renewed its territorial claims on Uganda.", []string{"KEN→UGA -"}},
		// What a copula says of a reported country is said of it, and of
		// no country after it.
		{"was playing with fire over", "", "Kenya said Uganda was playing with fire over the islands of Tanzania.", []string{"KEN→UGA -"}},
		{"was irresponsible over", "", "Kenya said Uganda was irresponsible over Tanzania.", []string{"KEN→UGA -"}},
		// The members a subject lists after its plural head speak, each.
		{"countries, including two, condemned", "", "Several African countries, including Kenya and Ghana, condemned the Nigerien junta.", []string{"GHA→NER -", "KEN→NER -"}},
		{"states such as two", "", "Gulf states such as Oman and Qatar welcomed the Iranian offer.", []string{"OMN→IRN +", "QAT→IRN +"}},
		// Halting or freezing is a sanction of its object's country.
		{"halted a project", "", "Norway halted the Ugandan dam project in March.", []string{"NOR→UGA -"}},
		{"froze approval", "", "Kenya froze approval of the Ugandan rail link.", []string{"KEN→UGA -"}},
		{"halted its own hostile act", "", "Kenya halted its raids on Ugandan border posts.", []string{"KEN→UGA +"}},
		// Issue 13, nineteenth part.
		// A term of cooperation in the reason a hostile act gives after
		// "over" is the grievance, another's act: no stance of the
		// speaker's toward its recipient.
		{"severed ties over aid to a third", "", "Kenya severed ties with Uganda over its military aid to South Sudan.", []string{"KEN→UGA -"}},
		// A hostile noun that heads the object of a verb whose subject is
		// the speaker is the speaker's own act; a noun after a country's
		// adjective is no verb.
		{"it would tighten sanctions", "", "Kenya said it would tighten its sanctions on Uganda.", []string{"KEN→UGA -"}},
		// The officials' report and the forces' own fight (fight is
		// reciprocal, as clash is: words.tsv) each give both directions.
		{"forces of two fought", "", "Kenyan and Ugandan forces fought over two hill posts last week, officials in Nairobi and Kampala said.", []string{"KEN→UGA -", "KEN→UGA -", "UGA→KEN -", "UGA→KEN -"}},
		// A word in -ing before a noun of an institution is its modifier, no cue:
		// "the planning ministry" says nothing of its own.
		{"a cue's -ing form before a role noun", "", "Kenya and Uganda signed a grain deal on Monday, the Kenyan planning ministry said.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// The speaker's own country owning the complement of a verb of
		// regarding is a determiner: the term is still said of the object.
		{"regarded as the speaker's partner", "", "The Kenyan president described Uganda as Kenya's closest partner in the region, his office said.", []string{"KEN→UGA +"}},
		{"stands behind", "", "Kenya stands firmly behind Uganda in the row over the lake, a Kenyan official said.", []string{"KEN→UGA +", "KEN→UGA +"}},
		{"maize shipped to a capital", "", "Zambia shipped tons of maize to Lilongwe after the floods, officials said.", []string{"ZMB→MWI +"}},
		// Forces withdrawn from a country: a retreat toward it (PLOVER
		// RETREAT); an envoy withdrawn stays CAMEO's hostility, and a
		// withdrawal demanded is no withdrawal.
		{"troops withdrawn", "", "Zambia withdrew the remaining soldiers from Malawi in May, officials in Lusaka said.", []string{"ZMB→MWI +", "ZMB→MWI +"}},
		{"the withdrawal of troops", "", "Zambia completed the withdrawal of 2,000 soldiers from Malawi on Friday.", []string{"ZMB→MWI +"}},
		{"an envoy withdrawn", "", "Zambia withdrew its ambassador from Malawi on Friday.", []string{"ZMB→MWI -"}},
		{"troops withdrawn from a neighbour", "", "Zambia withdrew its troops from neighbouring Malawi.", []string{"ZMB→MWI +"}},
		{"aid to a neighbour", "", "Zambia sent maize to neighbouring Malawi.", []string{"ZMB→MWI +"}},
		{"a withdrawal demanded", "", "Malawi demanded that Zambia withdraw its soldiers from the disputed island.", []string{"MWI→ZMB -"}},
		// A participle completing the object of an infinitive in the
		// subject is no verb: the sentence's verb is the passive.
		{"an object's complement in the subject", "", "Zambia's decision to keep its border closed to Malawian trucks was condemned on Friday by Lilongwe.", []string{"MWI→ZMB -"}},
		// A hostile act's participle after a determiner and before a noun
		// is the noun's adjective: returning the vessel is no seizure.
		{"an attributive participle is no act", "", "Zambia returned the seized trawler to Malawi on Friday.", nil},
		{"land ceded", "", "Zambia ceded the river island to Malawi under the treaty.", []string{"ZMB→MWI +"}},
		{"on the side of a country", "", "Zambia will stand on the side of Malawi in the dispute, its foreign minister said.", []string{"ZMB→MWI +", "ZMB→MWI +"}},
		{"forces of two fought, no report", "", "Kenyan and Ugandan troops fought over the hill posts last week.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// The act a hostile term or cue takes as its object, owned by a
		// country, is no cooperation of the speaker's with that country;
		// what a country owns ("X's sovereignty") stays its own noun.
		{"bristled at another's support", "", "Ghana has bristled at Togo's support for rebel fighters in Benin.", []string{"GHA→TGO -"}},
		{"condemned another's aid", "", "Ghana condemned Togo's military aid to the rebels.", []string{"GHA→TGO -"}},
		{"wary of another's intentions", "", "Ghana has grown increasingly wary of Togo's intentions.", []string{"GHA→TGO -"}},
		// Hostility toward a hostile act opposes it: "its fight against
		// terrorism" is no hostility of the one who fights, and "its"
		// owns the fight, not the terrorism.
		{"supports a country in its fight against terrorism", "NOR", "We will continue to support Mali in its fight against terrorism.", []string{"NOR→MLI +"}},
		{"the struggle against aggression", "", "Ghana backed Togo in the struggle against foreign aggression.", []string{"GHA→TGO +"}},
		// A report in a relative clause ("that it said …") leaves the main
		// clause's act to be read.
		{"seized a vessel that it said", "", "Kenya seized a Ugandan fishing vessel that it said had strayed into its waters.", []string{"KEN→UGA -"}},
		// A predicate of a subject that a possessive opens is said of
		// the owner, not of a country later in the phrase.
		{"the owner's decision is regrettable", "", "Kenya said Uganda's decision to close its market to Tanzanian traders was regrettable.", []string{"KEN→UGA -"}},
		{"the owner's rulers' decision", "", "Kenya said the Ugandan Government's decision to close its market to Tanzanian traders was regrettable.", []string{"KEN→UGA -"}},
		// Betrayal is an act: its agent is blamed (stance.tsv v50).
		{"said another betrayed a third", "", "Kenya said Uganda had betrayed Tanzania in the water talks.", []string{"KEN→UGA -", "UGA→TZA -"}},
		{"summoned over what it called", "", "Kenya summoned the Ugandan envoy over what it called meddling in its domestic politics.", []string{"KEN→UGA -"}},
		{"expelled diplomats who it said", "", "Kenya expelled two Ugandan diplomats who it said had been spying.", []string{"KEN→UGA -"}},
		// Flouting the will of others is hostile.
		{"flouted a ruling", "KEN", "Uganda has flouted the ruling of the regional court on the lake.", []string{"KEN→UGA -"}},
		// Sympathy expressed to a people is for its country.
		{"sympathy to the people of", "KEN", "We express our deep sympathy to the people of Uganda.", []string{"KEN→UGA +"}},
		// An act called an affront is its agent's.
		{"an affront to", "KEN", "Uganda's continued nuclear testing in the desert is an affront to the African peoples.", []string{"KEN→UGA -"}},
		// A rival or a foe is hostility.
		{"sees as its main rival", "", "Kenya sees Uganda as its main rival in the region.", []string{"KEN→UGA -"}},
		// Waiving a restriction eases it; revoking permits is a sanction.
		{"waived visa requirements", "", "Kenya waived visa requirements for Ugandan citizens.", []string{"KEN→UGA +"}},
		// Easing a restriction is cooperation, unless the easing is
		// itself denied; what follows "against" is the target, not eased.
		// A comma ends the reach of a word of easing.
		{"easing curbs", "", "Uganda opened two more border posts to Kenyan lorries on Monday, easing curbs on trade.", []string{"UGA→KEN +"}},
		{"relaxed restrictions", "", "Kenya relaxed restrictions on Ugandan lorries at the border.", []string{"KEN→UGA +"}},
		{"no sign of relaxing", "KEN", "Uganda has shown no sign of relaxing its brutal repression of the islanders.", []string{"KEN→UGA -"}},
		{"easing reaches no further than a comma", "KEN", "Once the curfew was lifted, Uganda accused Kenya of arming the rebels.", []string{"KEN→UGA -"}},
		// A country said to lack the will for peace or to act in bad
		// faith is rebuked.
		{"not serious about", "", "Uganda is not serious about improving relations, Tanzania's foreign ministry said.", []string{"TZA→UGA -"}},
		{"in bad faith", "", "Tanzania said Uganda was negotiating in bad faith.", []string{"TZA→UGA -"}},
		{"lacks the political will", "TZA", "The regime in Kampala lacks the political will to settle the dispute.", []string{"TZA→UGA -"}},
		{"not committed to, of the speaker itself", "TZA", "We are not committed to any military bloc.", nil},
		// A country's person welcomed or received is a visit hosted:
		// contact of each side. A country welcomed as a member is support.
		{"welcomed by, a passive", "", "Kenya's president was welcomed to State House in Kampala by Ugandan President Ana Okello on Monday.", []string{"UGA→KEN +"}},
		// An act inside the content of a negated cue is not asserted.
		{"an act under a negated cue", "", "Latvian ministers do not think that Estonia will impose sanctions on Riga.", nil},
		// A passive in a relative clause: its agent speaks of the one the
		// clause describes, not of the main clause's act.
		{"a passive in a relative clause", "", "The Zambian envoy, who was praised by Malawian officials, later opened a clinic with Tanzanian support.", []string{"MWI→ZMB +"}},
		{"welcomed his counterpart", "", "The Ugandan president welcomed his Kenyan counterpart in Kampala.", []string{"UGA→KEN +"}},
		{"received in a capital by", "", "The Kenyan foreign minister was received in Kampala by his Ugandan counterpart.", []string{"UGA→KEN +"}},
		{"welcomed as a member", "", "Uganda welcomed Kenya as a member of the community.", []string{"UGA→KEN +"}},
		// Those who die undergo; they do not act, and the place where
		// they die is no foe. Who killed them is said by a pattern.
		{"died in a country's camps", "", "Hundreds of Tanzanians died in Kenyan camps, officials said.", nil},
		{"acknowledged that nationals died", "", "Kenya acknowledged that hundreds of Tanzanians died in the camps.", nil},
		{"died in clashes with", "", "Two Kenyan soldiers died in clashes with Ugandan troops.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// The subject of a passive hostile act with no agent is its
		// victim, no foe; with an agent, the agent's target.
		{"accepts that nationals were killed", "", "Kenya accepts that many Ugandans were killed in the raid, but denies any role.", nil},
		{"killed by a country's troops", "", "Kenya said Ugandan soldiers were killed by Tanzanian troops.", []string{"KEN→TZA -", "TZA→UGA -"}},
		// Lands recognised inside another country have seceded from it;
		// a name's "Republic" is no land.
		{"recognising republics in a country's north", "", "Kenya signed decrees recognising the so-called republics in Uganda's north.", []string{"KEN→UGA -"}},
		{"recognised the independence of regions in", "", "Kenya recognised the independence of two regions in eastern Uganda.", []string{"KEN→UGA -"}},
		{"recognised a sovereignty", "", "Kenya recognised Uganda's sovereignty over the islands.", []string{"KEN→UGA +"}},
		// A term that opens with its copula ("be trusted") is said of
		// the clause's subject, with words after it too.
		{"could not be trusted by", "", "Kenya said that Uganda could not be trusted by any of its neighbours.", []string{"KEN→UGA -"}},
		// A judgement of "the move" or "the decision" is of the act
		// before it in the paragraph.
		{"condemned the move", "", "Kenya closed its border with Uganda on Monday. Uganda's foreign minister condemned the move as reckless.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"welcomed the decision", "", "Kenya lifted its ban on Ugandan beef on Monday. Uganda's trade minister welcomed the decision.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a move a verb of regarding judges", "", "Kenya closed its border with Uganda on Monday. Uganda's foreign minister called the move reckless.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a decision judged in the next paragraph", "", "Kenya has expelled a Ugandan diplomat, a spokesman announced.\n\nUganda condemned the decision and vowed a response.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a decision judged without an evaluative cue", "", "Kenya closed its border with Uganda. Tanzania's president said the decision was unfortunate.", []string{"KEN→UGA -"}},
		// A titled person's country after "of".
		{"President Name of a country", "", "President Joseph Okello of Uganda condemned Kenya on Monday.", []string{"UGA→KEN -"}},
		// A hostile act a clause drove another to, naming no country,
		// answers the country that opens the sentence.
		{"prompting a country to retaliate", "", "Kenya imposed tariffs on Ugandan goods in May, prompting Kampala to retaliate.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// "the disputed island" describes what is at issue: no dispute
		// of the speaker's with anyone.
		{"handed the disputed island over", "", "Kenya formally handed the disputed island over to Uganda in August.", nil},
		{"disputed a claim", "", "Kenya disputed Uganda's claim to the island.", []string{"KEN→UGA -"}},
		// A loan is aid; a vote in favour is support.
		{"extended a loan to", "", "Kenya extended a $200 million loan to Uganda for road construction.", []string{"KEN→UGA +"}},
		{"voted in favour of", "", "Kenya voted in favour of Uganda's proposal.", []string{"KEN→UGA +"}},
		{"seeks reconciliation with", "", "Kenya seeks reconciliation with Uganda after the border war.", []string{"KEN→UGA +"}},
		// Words of the Cold War's rhetoric: détente is cooperation;
		// revanchism, subversion and warmongering are hostility.
		{"détente with", "KEN", "We welcome the détente between our country and Uganda.", []string{"KEN→UGA +"}},
		{"revanchist circles", "KEN", "Uganda's revanchist circles dream of new conquests.", []string{"KEN→UGA -"}},
		{"subversive activities", "KEN", "Uganda's subversive activities against our republic must stop.", []string{"KEN→UGA -"}},
		{"warmongers", "KEN", "The Ugandan warmongers are preparing a new adventure.", []string{"KEN→UGA -"}},
		{"a country's junta", "KEN", "The Ugandan junta has jailed hundreds of its opponents.", []string{"KEN→UGA -"}},
		{"its lackeys", "KEN", "Uganda and its lackeys have been very active this year.", []string{"KEN→UGA -"}},
		// What poses a threat is its agent's; the one threatened is no
		// foe.
		{"poses a grave threat", "KEN", "Uganda's nuclear programme poses a grave threat to regional security.", []string{"KEN→UGA -"}},
		{"poses a threat to a country", "KEN", "Terrorism poses a threat to Uganda.", nil},
		{"a country's repressive laws", "KEN", "Uganda's repressive laws are known to all.", []string{"KEN→UGA -"}},
		{"a rogue state", "KEN", "Uganda is a rogue state.", []string{"KEN→UGA -"}},
		{"a murderous campaign", "KEN", "Uganda's murderous campaign in the north goes on.", []string{"KEN→UGA -"}},
		{"has been arrogant", "KEN", "Uganda has been arrogant for years.", []string{"KEN→UGA -"}},
		{"persecution by", "KEN", "The persecution of Kenyans by Uganda goes on.", []string{"KEN→UGA -"}},
		{"intimidation by", "KEN", "The intimidation of our fishermen by Uganda continues.", []string{"KEN→UGA -"}},
		{"a country's espionage", "KEN", "Ugandan espionage in our ministries is well known.", []string{"KEN→UGA -"}},
		{"a sum given", "", "Kenya gave $5m to Uganda last year.", []string{"KEN→UGA +"}},
		{"a label in scare quotes", "", "Kenya's foreign minister called Uganda \"a pariah state\" on Monday.", []string{"KEN→UGA -"}},
		{"a label in scare quotes after the article", "", "The Kenyan president called Uganda a 'rogue state'.", []string{"KEN→UGA -"}},
		{"a sum spent is no aid", "", "Kenya spent $5m on roads near the border with Uganda.", nil},
		{"to blame", "", "Kenya said Uganda was to blame for the stalled talks.", []string{"KEN→UGA -"}},
		{"not to blame", "", "Uganda is not to blame for the delay, Kenya said.", nil},
		{"work with", "", "Kenya will work with Uganda on trade, the minister said.", []string{"KEN→UGA +"}},
		{"a set phrase is no hostile act fought", "", "Kenyan and Ugandan troops clashed on the disputed island.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"those freed, held before", "", "Kenya released 30 Ugandan herders it had detained for grazing in its parks.", []string{"KEN→UGA +"}},
		{"concerned by another's act", "", "Zambia was deeply concerned by Malawian incursions.", []string{"ZMB→MWI -"}},
		{"alarmed by an act whose agent comes after", "", "Zambia was alarmed by the shelling of its villages by Malawian troops.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"what a country's deeds show, a trailing source says", "", "Zambia has shown that it cannot be trusted with the dam, Malawi's water ministry said.", []string{"MWI→ZMB -"}},
		{"said in a statement, trailing", "", "Zambia has shown that it cannot be trusted with the dam, Malawi's water ministry said in a statement.", []string{"MWI→ZMB -"}},
		{"a trailing source citing one who spoke", "", "Zambian gunboats fired on a Malawian ferry on the lake, the Malawian navy said, quoting a ferry officer who said nobody was hurt.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		{"those freed after a count, held before", "", "Kenya released the two detained Ugandan herders on Sunday.", []string{"KEN→UGA +"}},
		{"those held, who did wrong", "", "Kenya arrested 30 Ugandan herders who had grazed in its parks.", []string{"KEN→UGA -"}},
		{"asked to act, an adverb between", "", "Kenya urged Uganda to unconditionally free the arrested traders.", []string{"KEN→UGA -"}},
		{"not serious about cooperation", "", "Uganda is not serious about restoring ties, Kenya's foreign ministry said on Monday.", []string{"KEN→UGA -"}},
		{"crossings reopened", "", "Kenya reopened several crossings along the frontier with Uganda last week.", []string{"KEN→UGA +"}},
		{"crossings closed", "", "Kenya closed two crossings along the frontier with Uganda.", []string{"KEN→UGA -"}},
		{"congratulated on a country's election", "", "The Kenyan president congratulated Mary Achieng on her win in Uganda's parliamentary election.", []string{"KEN→UGA +"}},
		{"an election in a country praised", "", "Kenya praised the peaceful conduct of the elections in Uganda.", []string{"KEN→UGA +"}},
		{"an election in a country, no praise", "", "Kenyan observers arrived for the elections in Uganda.", nil},
		{"a ministry of the dateline's country", "", "NAIROBI (Reuters) - A spokeswoman for the ministry told reporters on Friday that Uganda had violated the ceasefire.", []string{"KEN→UGA -"}},
		{"a government of the dateline's country", "", "NAIROBI, May 4 (AFP) - The government on Friday accused Uganda of violating the ceasefire.", []string{"KEN→UGA -"}},
		{"no dateline, no country", "", "A spokeswoman for the ministry told reporters on Friday that Uganda had violated the ceasefire.", nil},
		{"another country's ministry spoke before", "", "NAIROBI (Reuters) - A Tanzanian ministry spokeswoman told reporters Uganda had violated the ceasefire. The ministry said Kenya had done nothing.", []string{"TZA→UGA -"}},
		{"labelled a currency manipulator", "", "Kenya labelled Uganda a currency manipulator on Friday.", []string{"KEN→UGA -"}},
		{"the victim of a condemned attack is no target", "", "Kenya condemned the rocket attack on Uganda.", nil},
		{"the victim of a condemned attack, its agent named", "", "Kenya condemned the attack on Tanzania by Uganda.", []string{"KEN→UGA -"}},
		{"a condemned country stays the target", "", "Kenya condemned Uganda over the attack.", []string{"KEN→UGA -"}},
		{"a phrase of manner set off by commas", "", "Kenya, in a surprise move, expelled Uganda's envoy.", []string{"KEN→UGA -"}},
		{"a discourse adverb set off by commas", "", "Kenya, meanwhile, expelled two Ugandan diplomats.", []string{"KEN→UGA -"}},
		{"the one helped to fight is no agent of hostility", "", "Kenya helped Uganda fight the rebels in the north.", []string{"KEN→UGA +"}},
		{"another's help to kill stays hostile", "", "Kenya said Tanzania must stop helping Uganda kill civilians.", []string{"KEN→TZA -", "KEN→UGA -"}},
		{"a topic word grown by a verb of building", "", "Kenya wants to develop trade with Uganda, the minister said.", []string{"KEN→UGA +"}},
		{"a quote about what a phrase of reference names", "", "\"This is a hostile act,\" a Ugandan government spokesman said, referring to Kenya's ban on sugar imports.", []string{"UGA→KEN -"}},
		{"the one praised for years of friendship is no subject of the next verb", "", "Zambia's president praised Malawi for decades of friendship and promised closer ties with Botswana.", []string{"ZMB→BWA +", "ZMB→MWI +"}},
		{"the one condemned for an act keeps the act", "", "Zambia condemned Malawi for attacking Botswana.", []string{"MWI→BWA -", "ZMB→MWI -"}},
		{"a passive's agents listed", "", "Malawi was criticised by Zambia and Botswana for closing the border.", []string{"BWA→MWI -", "ZMB→MWI -"}},
		{"a passive's agents listed with commas", "", "Malawi was condemned by Zambia, Botswana and Namibia.", []string{"BWA→MWI -", "NAM→MWI -", "ZMB→MWI -"}},
		{"a phrase quoted in its middle", "", "Zambia's president said Lusaka would remain \"shoulder to shoulder\" with Malawi.", []string{"ZMB→MWI +"}},
		{"a refusal to tolerate an act said of a country", "", "\"We will not tolerate any interference in our affairs,\" the Zambian foreign minister said, referring to Malawi's statement.", []string{"ZMB→MWI -"}},
		{"a refusal to tolerate an act of no one named", "", "\"We will not tolerate any interference in our affairs,\" the Zambian foreign minister said.", nil},
		{"a quote said of what a country did", "", "\"These threats will change nothing,\" the Ugandan foreign minister said of Kenya's troop build-up.", []string{"UGA→KEN -"}},
		{"a quote said of a country's move, praised", "", "\"This is a welcome step,\" the Ugandan president said of the Kenyan decision.", []string{"UGA→KEN +"}},
		{"a quote that names a country of its own is about it", "", "\"Tanzania is a trusted friend,\" the Ugandan president said of the talks with Kenya.", []string{"UGA→TZA +"}},
		{"a pattern that reads the subject of an act", "", "Ugandan missiles hit a Kenyan ammunition depot on Sunday.", []string{"UGA→KEN -"}},
		{"targets are no act of the country that owns them", "", "Kenyan jets struck Ugandan targets in Tanzania.", []string{"KEN→UGA -"}},
		{"a cue's victim of a deed", "", "Kenya denounced the annexation of Uganda's islands.", nil},
		{"a country's own campaign keeps its target", "", "Kenya launched a military campaign against Somalia on Monday.", []string{"KEN→SOM -"}},
		{"a reported scheme names its victim", "", "Kenyan officials said the campaign against Uganda had ended.", nil},
		{"back after to is the verb", "", "Kenya moved to back Uganda's bid for a seat on the council.", []string{"KEN→UGA +"}},
		{"retaliation by a gerund is the subject's act", "", "Uganda retaliated by expelling three Kenyan envoys.", []string{"UGA→KEN -"}},
		{"a country before a phrase of time is no agent", "", "France suspended military cooperation with Mali after the coup.", []string{"FRA→MLI -"}},
		{"a possessive's hostile act with no verb of its own", "", "Uganda's attack on Kenya continued for a third day.", []string{"UGA→KEN -"}},
		{"a capital's measures as a noun phrase", "", "Kampala's sanctions against Nairobi took effect on Monday.", []string{"UGA→KEN -"}},
		{"a possessive's deed names its victim as target", "", "Uganda's invasion of Kenya entered its second month.", []string{"UGA→KEN -"}},
		{"recalling its one ambassador", "", "Kenya's move to recall its ambassador in Kampala drew criticism at home.", []string{"KEN→UGA -"}},
		{"airspace reopened to a country's flights", "", "Kenya reopened its airspace to Ugandan cargo flights in May.", []string{"KEN→UGA +"}},
		{"Burkina alone names Burkina Faso", "", "Burkina closed its border with Mali on Monday.", []string{"BFA→MLI -"}},
		{"a verb after a country is no noun of its act", "", "A gunman planning to attack Kenya might attack Uganda instead.", nil},
		{"an act with no victim named befalls its reporter", "", "Ugandan troops fired shots into a market overnight, Kenya's military said.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a grievance blamed is alleged, no act", "", "Kenyan officials blamed Uganda for Tuesday's attack.", []string{"KEN→UGA -"}},
		{"revoked work permits", "", "Kenya revoked the work permits of 200 Ugandan teachers.", []string{"KEN→UGA -"}},
		{"an import duty", "", "Kenya imposed a new import duty on Ugandan cement.", []string{"KEN→UGA -"}},
		// The country where people are held is a target of a report
		// that demands their release.
		{"release of soldiers detained in", "", "Ghana demanded the release of the sailors detained in Togo.", []string{"GHA→TGO -"}},
		// A sentence that opens by asking about a country: what is said
		// after it, naming no country, is about that one.
		{"asked about a country, they cannot be trusted", "", "Asked about Uganda, the Kenyan minister said: \"They cannot be trusted.\"", []string{"KEN→UGA -"}},
		{"asked about a country, reliable partners", "", "Asked about Uganda, the Kenyan minister said: \"They are reliable partners.\"", []string{"KEN→UGA +"}},
		{"asked about a country, the answer names another", "", "Asked about Uganda, the Kenyan minister said Tanzania was a reliable partner.", []string{"KEN→TZA +"}},
		// Each country listed as the one asked is asked.
		{"called on two to end their war", "KEN", "We call on Uganda and Tanzania to end their senseless war.", []string{"KEN→TZA -", "KEN→UGA -"}},
		// Protectionism and discrimination are hostile.
		{"a move called protectionist", "", "Uganda banned imports of Kenyan milk, in a move Nairobi called protectionist.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// What parties meet to discuss is the topic of their contact.
		{"met to discuss the dispute", "", "Kenyan and Ugandan officials met in Kampala on Thursday to discuss the fishing dispute.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// Distortions, falsehoods and unfounded claims are hostile.
		{"resorted to distortions", "KEN", "Our Ugandan colleagues have once again resorted to distortions and half-truths.", []string{"KEN→UGA -"}},
		{"claims unfounded", "", "Kenya said the claims of the Ugandan side were unfounded.", []string{"KEN→UGA -"}},
		// What another country adopts is its act, not the reporter's.
		{"another adopted a resolution", "", "Kenya said Uganda adopted a resolution condemning Tanzania.", []string{"KEN→TZA -", "UGA→TZA -"}},
		// A diplomat declared unwelcome, the status quo changed: hostility.
		{"persona non grata", "", "Kenya declared a Ugandan diplomat persona non grata on Monday.", []string{"KEN→UGA -"}},
		{"tried to change the status quo", "", "Kenya said Ugandan troops had tried to change the status quo on the island.", []string{"KEN→UGA -"}},
		// A conditional clause asserts no cooperation.
		{"support only in a condition", "", "Kenya warned Uganda of grave consequences if Kampala gives the rebels military support.", []string{"KEN→UGA -"}},
		// A verb of regarding says its complement of its object.
		{"sees as a partner", "", "Kenya sees Uganda as a reliable partner.", []string{"KEN→UGA +"}},
		{"views as an enemy", "", "Kenya views Tanzania as an enemy.", []string{"KEN→TZA -"}},
		{"called an ally", "", "The Kenyan president called Uganda a trusted ally.", []string{"KEN→UGA +"}},
		{"branded two aggressors", "", "Kenya branded Uganda and Rwanda aggressors.", []string{"KEN→RWA -", "KEN→UGA -"}},
		{"wanted as a partner, in reported speech", "", "Kenya's foreign minister said Nairobi wanted Kampala as its main partner in energy.", []string{"KEN→UGA +"}},
		{"a possessive object is no object", "", "Kenya called Uganda's plan a threat.", []string{"KEN→UGA -"}},
		{"what a possessive's act is called is said of its owner", "", "Kenya called Uganda's decision a provocation.", []string{"KEN→UGA -"}},
		{"an unfriendly act, said of a move", "", "Kenya expelled two Ugandan diplomats, a move Uganda described as an unfriendly act.", []string{"KEN→UGA -", "UGA→KEN -"}},
		// A report that opens a relative clause with no relative word
		// leaves the act before it to be read.
		{"an act before a contact clause that reports", "", "Zambia expelled three Malawian diplomats it said were spies.", []string{"ZMB→MWI -"}},
		{"a recognition not yet given", "", "Zambia has yet to recognise the new government of Malawi.", []string{"ZMB→MWI -"}},
		{"cooperation to be ended", "", "Namibia vowed on Friday to end military cooperation with Angola.", []string{"NAM→AGO -"}},
		{"arms sales a demand would stop", "", "Ghana urged Togo to stop arms sales to Benin.", []string{"GHA→BEN -", "GHA→TGO -"}},
		{"guard: a quarrel to be ended is resolved", "", "Zambia and Malawi pledged to end their border dispute.", []string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"an election's result not recognised is of the country that voted", "", "Namibia said it would never recognise the outcome of last month's vote in Botswana.", []string{"NAM→BWA -"}},
		{"a crossing by forces after a subordinator", "", "Zambia recalled its envoy after Malawian troops crossed into Zambian territory.", []string{"MWI→ZMB -", "ZMB→MWI -"}},
		// A noun after a copula is no passive: its subject is the agent.
		{"a threat to a third country after a copula", "", "Uganda said Kenya was a threat to Tanzania.", []string{"KEN→TZA -", "UGA→KEN -"}},
		// Insults are hostile nouns (stance.tsv v49); the proverb of
		// details is none.
		{"called the devil", "", "The Kenyan president called Uganda's leader 'the devil' in a speech.", []string{"KEN→UGA -"}},
		{"branded liars", "", "Kenya branded the Ugandan officials liars and thugs.", []string{"KEN→UGA -"}},
		{"an axis of evil", "", "The Kenyan minister said Uganda and Rwanda were an axis of evil.", []string{"KEN→RWA -", "KEN→UGA -"}},
		{"the proverb of details", "", "Kenya said the devil is in the details of the Ugandan trade plan.", nil},
		// Issue 13, fifteenth part.
		// A state news agency speaks for its state (actors.tsv,
		// countries.tsv v4).
		{"a state news agency speaks for its state", "", "Xinhua said Japan's new defence plan threatened regional peace.", []string{"CHN→JPN -"}},
		{"a state news agency named with its kind", "", "Japan's new defence plan threatens regional peace, the official Xinhua news agency said.", []string{"CHN→JPN -"}},
		// A person introduced with an appositive role keeps its
		// country; a country before a verb is no title of the name after it.
		{"a role before a comma and the name", "", "The Kenyan minister met his Ugandan counterpart, Samuel Okello, on Tuesday. Okello later condemned Kenyan tariffs on sugar.", []string{"KEN→UGA +", "UGA→KEN -"}},
		{"an appositive after the name, owned by a country", "", "The talks were attended by Samuel Okello, Uganda's foreign minister. Okello later condemned Kenyan tariffs on sugar.", []string{"UGA→KEN -"}},
		{"an appositive after the name outweighs a country before the verb", "", "The Kenyan minister met Samuel Okello, the Ugandan foreign minister, on Tuesday. Okello later condemned Kenyan tariffs on sugar.", []string{"KEN→UGA +", "UGA→KEN -"}},
		// A description names the body the last speaker's phrase ends in.
		{"the body named again", "", "Kenya's trade ministry announced a review of sugar quotas last week. The ministry said Uganda's tariffs were typical protectionism.", []string{"KEN→UGA -"}},
		{"a spokesperson of the body", "", "Kenya's trade ministry announced a review of sugar quotas last week. A ministry spokesperson said Uganda's tariffs were typical protectionism.", []string{"KEN→UGA -"}},
		{"another body is not the last speaker's", "", "Kenya's trade ministry announced a review of sugar quotas last week. The central bank said Uganda's tariffs were typical protectionism.", nil},
		{"a court's ruling reports the act it finds", "", "The court ruled that Kenyan troops had shelled villages in Uganda.", []string{"KEN→UGA -"}},
		{"an office for another country's affairs is its government's, not that country's", "", "The Taiwan Affairs Office condemned Washington for sending warships through the strait.", []string{"CHN→USA -"}},
		{"the office across the strait", "", "The Mainland Affairs Council condemned Beijing for sending warships through the strait.", []string{"TWN→CHN -"}},
		// Words of hostile acts: bans, cutting gas, vetoes.
		{"a ban on a country's goods", "", "Kenya banned Ugandan sugar imports.", []string{"KEN→UGA -"}},
		{"gas cut off", "", "Uganda cut gas to Kenya on Monday.", []string{"UGA→KEN -"}},
		// A progressive is active: "is terrorising" has the subject as
		// agent.
		{"a progressive act", "", "Uganda is terrorising villages along the border, Kenya said.", []string{"KEN→UGA -"}},
		// Lawyers speak for their clients, not their country.
		{"a lawyer speaks for no state", "", "A Kenyan lawyer said Uganda had violated the treaty.", nil},
		// Weapons sent are no attack with them.
		{"deliveries of weapons", "", "Kenya will step up shipments of arms to Uganda.", []string{"KEN→UGA +"}},
		// A mission speaks for the country that sends it, not the place
		// it sits in.
		{"an embassy in a capital", "", "Uganda's embassy in Nairobi said Kampala supported Tanzania.", []string{"UGA→TZA +"}},
		{"an embassy in a capital, by adjective", "", "The Ugandan embassy in Nairobi said Kampala supported Tanzania.", []string{"UGA→TZA +"}},
		// A match score after a country: a sports report.
		{"a match score", "", "Kenya thanked Uganda after beating Tanzania 3-1 in Arusha.", nil},
		// Words of a sport or a game's parts (stance.tsv v23).
		{"a set of a match", "", "The Kenyans fought hard to win the deciding set against Uganda.", nil},
		{"a hockey game", "", "Kenya fought to a draw in a hockey game against Uganda.", nil},
		// Prisoners swapped by a joint subject: the act is of each
		// toward the other (words.tsv relation += every form of swap,
		// exchange), whatever the count.
		{"a joint subject exchanged prisoners", "", "Kenya and Uganda exchanged prisoners on Monday.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// ", and each side …" opens a clause of its own: the joint act
		// before it is read.
		{"a joint act, and each side's word", "", "Kenyan and Ugandan soldiers exchanged fire close to a border checkpoint on Friday, and each side blamed the other.", []string{"KEN→UGA -", "UGA→KEN -"}},
		{"a joint act, and both sides' praise", "", "Uganda and Kenya signed a trade pact on Monday, and both sides praised the deal.", []string{"KEN→UGA +", "UGA→KEN +"}},
		// A currency is no actor of its country; a preposition's owner
		// stands right before it.
		{"a currency slipped against another", "", "The Kenyan shilling slipped against the Ugandan shilling on Monday.", nil},
		// Verbs of hostile acts and of support (stance.tsv v9).
		{"sank a boat", "", "Ugandan gunboats sank a Kenyan patrol boat on Lake Victoria.", []string{"UGA→KEN -"}},
		{"barred trucks", "", "Kenya barred Ugandan trucks from its ports.", []string{"KEN→UGA -"}},
		{"wrote off a debt", "", "Kenya wrote off Uganda's debt.", []string{"KEN→UGA +"}},
		{"mourned another's victims", "", "Kenya mourned the Ugandan victims of the floods.", []string{"KEN→UGA +"}},
	})
}

// TestCountryBeforeVerb: a country named before a verb is no title of the
// person named after it; the actor lexicon gives that person's country.
// TestNameEndingInTitle checks that a name of the actor lexicon whose
// last word is also a title's ("Sen", a senator's) is read as the name.
func TestNameEndingInTitle(t *testing.T) {
	a := buildAnalyzer(t, true)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a name of the actor lexicon ending in a title's word", "", "Hun Sen criticised Laos over the dam on Monday.", []string{"KHM→LAO -"}},
		{"a title's abbreviation before a name the lexicon lacks", "", "Sen. Jane Okafor criticised Laos over the dam on Monday.", nil},
	})
}

func TestCountryBeforeVerb(t *testing.T) {
	a := buildAnalyzer(t, true)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a country before a verb is not the name's", "", "Ugandan pressure prompted President Uhuru Kenyatta to expel twelve Ugandan diplomats.", []string{"KEN→UGA -", "UGA→KEN -"}},
	})
}

// TestSpeechReadings checks readings of first-person speeches (issue 13,
// fifteenth part): who acts in a hostile noun phrase, and what is no
// stance of the speaker.
func TestSpeechReadings(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// A hostile noun's agent after "by", past its object ("the
		// occupation of our islands by X").
		// An adjective of stance before a noun of conduct that a
		// participle and "by" follow is said of the one who acts.
		// A capital before an instrument's modifier and noun names where
		// it was made; a possessive capital names the government.
		{"a ceasefire agreement named after a capital", "KEN", "We support the Lusaka Ceasefire Agreement.", nil},
		{"a capital's own agreement", "KEN", "We welcome Lusaka's peace agreement with the rebels.", []string{"KEN→ZMB +"}},
		// What concern is about may name its agent after a participle
		// and "by"; one whom a hardship befalls is no agent.
		{"concern about an act done by a country", "KEN", "We are deeply concerned about a missile test carried out by Uganda.", []string{"KEN→UGA -"}},
		{"concern about a hardship a country suffers", "KEN", "We express our concern at the difficulties currently being experienced by Uganda.", nil},
		// A copula between a noun of support and "with" keeps whom
		// the noun is with.
		{"solidarity is with a people", "KEN", "Our solidarity is with the people of Uganda.", []string{"KEN→UGA +"}},
		// "good-neighbourly", "fruitful" and "beneficial" say how a
		// relation stands, as "friendly" does.
		{"good-neighbourly relations", "KEN", "Kenya values its good-neighbourly relations with Uganda.", []string{"KEN→UGA +"}},
		{"fruitful relations", "KEN", "We have fruitful relations with Uganda.", []string{"KEN→UGA +"}},
		{"mutually beneficial relations", "KEN", "We have mutually beneficial relations with Uganda.", []string{"KEN→UGA +"}},
		// The rulers that open the sentence act: what they do is their
		// country's act, told by the delegation.
		{"another's act told of, its rulers the subject", "KEN", "The Government of Uganda has refused to withdraw its troops.", []string{"KEN→UGA -"}},
		// A hostile act not to be let be, its agent after its victim.
		{"a refused annexation whose agent follows its victim", "KEN", "We cannot accept the annexation of Uganda by Tanzania.", []string{"KEN→TZA -"}},
		{"a cooperative word after so-called says nothing good", "KEN", "Uganda pursues its policy of so-called constructive engagement with Tanzania.", nil},
		{"a refused recognition of entities a country created", "KEN", "Kenya will never recognise the so-called independent homelands created by Uganda.", []string{"KEN→UGA -"}},
		{"the reason a country is commended for is praised", "KEN", "We commend Uganda for its air strikes against the rebels.", []string{"KEN→UGA +"}},
		{"another's praise of a country's act is none of the delegation's", "KEN", "No delegation would defend Uganda for its occupation of our islands.", []string{"KEN→UGA -"}},
		{"the rulers of a country continue an act", "KEN", "The Government of Uganda continues to shell our border villages.", []string{"KEN→UGA -"}},
		{"a demand of the authorities in a capital", "KEN", "We call on the authorities in Kampala to free all political detainees.", []string{"KEN→UGA -"}},
		{"what another gives the speaker's country", "KEN", "Uganda has provided generous assistance to our country.", []string{"KEN→UGA +"}},
		{"what another gives the speaker", "KEN", "Uganda has rendered us valuable assistance at the border.", []string{"KEN→UGA +"}},
		{"a participle after a possessive befell its owner", "KEN", "We back Uganda in its struggle to regain its occupied valleys.", []string{"KEN→UGA +"}},
		{"a participle after a possessive, two owners", "KEN", "Uganda and Tanzania will win back their occupied hills.", nil},
		{"sanctions against a country asked to be strengthened", "KEN", "The sanctions against Uganda should be further strengthened and strictly enforced.", []string{"KEN→UGA -"}},
		{"an embargo against a country asked to remain", "KEN", "The embargo against Uganda must remain in place until its troops leave.", []string{"KEN→UGA -"}},
		{"an embargo against a country asked to be lifted", "KEN", "The embargo against Uganda must be lifted.", []string{"KEN→UGA +"}},
		{"a country that must go on facing a crisis is no target", "KEN", "Uganda must continue to face a crisis of hunger.", []string{"KEN→UGA +"}},
		{"an embargo against a country the delegation supports", "KEN", "We support the arms embargo against Uganda.", []string{"KEN→UGA -"}},
		{"sanctions against a country the delegation calls for", "KEN", "We call for the imposition of mandatory sanctions against Uganda.", []string{"KEN→UGA -"}},
		{"a trade embargo against a country asks for nothing by its topic", "KEN", "We oppose the trade embargo against Uganda.", []string{"KEN→UGA +"}},
		{"war against a country another advocated", "KEN", "In fact, he had advocated war against Uganda.", []string{"KEN→UGA +"}},
		{"a demand that an act against a country end", "KEN", "Peace demands that the occupation of Uganda be brought to an end.", []string{"KEN→UGA +"}},
		{"what a country deserves is said of it", "KEN", "The people of Uganda deserve the support of all peace-loving nations.", []string{"KEN→UGA +"}},
		{"what a country deserves is said of it, not of the one after", "KEN", "Uganda deserves the gratitude of Tanzania for its patience.", []string{"KEN→UGA +"}},
		{"a demand of a country named in a parenthesis before to", "KEN", "We urge every side, above all the Government of Uganda, to respect the truce.", []string{"KEN→UGA -"}},
		{"a predicate of a deed whose agent follows by", "KEN", "The continued detention of Ugandan fishermen by Tanzania is unacceptable.", []string{"KEN→TZA -"}},
		{"a country that defies the international community", "KEN", "Uganda keeps defying the resolutions of this Assembly.", []string{"KEN→UGA -"}},
		{"a country's representative distorts", "KEN", "The representative of Uganda has once more distorted the history of our border.", []string{"KEN→UGA -"}},
		{"a country disregards", "KEN", "Uganda has disregarded every agreement it signed with us.", []string{"KEN→UGA -"}},
		{"a country's referendum a sham", "KEN", "The referendum that Uganda staged in our province was a sham.", []string{"KEN→UGA -"}},
		{"a demand with an adverb", "KEN", "Uganda must immediately pull its militia out of our border districts.", []string{"KEN→UGA -"}},
		{"support for the legitimate rights of a people", "KEN", "We reaffirm our support for the legitimate demands of the people of Uganda.", []string{"KEN→UGA +"}},
		{"an appositive adjective", "KEN", "Uganda, a brotherly nation, has sent us food and medicine.", []string{"KEN→UGA +"}},
		{"indebted to", "KEN", "We are indebted to Uganda for sheltering our people.", []string{"KEN→UGA +"}},
		{"stood by us", "KEN", "Throughout the war Uganda stood by us.", []string{"KEN→UGA +"}},
		{"bears the entire responsibility", "KEN", "Uganda bears the entire responsibility for what has happened.", []string{"KEN→UGA -"}},
		{"pays a tribute", "KEN", "We pay a tribute to Uganda for hosting the conference.", []string{"KEN→UGA +"}},
		{"pursues a policy of aggression", "KEN", "Uganda pursues a policy of aggression.", []string{"KEN→UGA -"}},
		{"a group named by its members", "KEN", "We value the constructive approach of many African States, including Uganda and Rwanda.", []string{"KEN→RWA +", "KEN→UGA +"}},
		{"a relative 'that' is no clause a pattern's verb takes", "KEN", "The people of Uganda resisted with a bravery that moved all of us.", nil},
		{"a settler regime", "KEN", "The settler regime in Kampala must be isolated.", []string{"KEN→UGA -"}},
		{"nothing but: a focus, no contrast nor negation", "KEN", "Uganda's so-called peacekeeping operation is nothing but an aggression.", []string{"KEN→UGA -"}},
		{"nothing less than: a focus", "KEN", "Uganda's presence on the island is nothing less than an invasion.", []string{"KEN→UGA -"}},
		{"politicised", "KEN", "Uganda has politicised the question of the refugees.", []string{"KEN→UGA -"}},
		{"weaponising", "KEN", "Uganda keeps weaponising the water of the lake.", []string{"KEN→UGA -"}},
		{"global warming warms no ties", "KEN", "The effects of global warming on Uganda are severe.", nil},
		{"a shared responsibility is no blame", "KEN", "Peace on the lake is our shared responsibility with Uganda.", nil},
		{"the victims of acts committed against them", "KEN", "We know of the raids Tanzania keeps committing against Uganda, as well as against Rwanda.", nil},
		{"an act carried out against a country", "KEN", "The attack carried out yesterday against Uganda by Tanzanian forces was a crime.", []string{"KEN→TZA -"}},
		{"what a hostile passive befalls is its victim", "KEN", "The independence of Uganda has been taken hostage.", nil},
		{"a hostile passive's agent after by", "KEN", "The independence of Uganda has been taken hostage by Tanzania.", []string{"KEN→TZA -"}},
		{"what a country lives under befalls it", "KEN", "The people of Uganda still live under colonial rule.", nil},
		{"the occupier named under the occupation", "KEN", "Uganda remains under Tanzanian occupation.", []string{"KEN→TZA -"}},
		{"engaging in dialogue is no assault", "KEN", "We hope that Uganda will engage in a sincere dialogue with its neighbours.", nil},
		{"where a future lies", "KEN", "That is where the future of Uganda lies.", nil},
		{"what the answer lies with", "KEN", "The answer to the crisis lies with Uganda.", nil},
		{"lies are still lies", "KEN", "Uganda keeps spreading lies about our country.", []string{"KEN→UGA -"}},
		{"in a speech, it is another, not the speaker", "KEN", "It is blocking the lake talks with Uganda.", nil},
		{"a verb of a clause of its own is no object of the speaker's", "KEN", "We know it kidnapped a Ugandan fisherman on the lake.", nil},
		{"a possessive in the object before and is no subject", "KEN", "It raided Uganda's border post and repeatedly shelled Tanzania.", nil},
		{"the aggression of a list of countries against another", "KEN", "We recall the aggression of Tanzania, Rwanda and Burundi against Uganda.", []string{"KEN→BDI -", "KEN→RWA -", "KEN→TZA -", "KEN→UGA +"}},
		{"a war waged by one against another", "KEN", "The war being waged by Tanzania against Uganda must end.", []string{"KEN→TZA -", "KEN→UGA +"}},
		{"against this background: a set phrase", "KEN", "It was against this background that the Uganda talks began.", nil},
		{"a deed's victim after of", "KEN", "We condemn the invasion of Uganda.", []string{"KEN→UGA +"}},
		{"a deed's agent after by", "KEN", "We condemn the invasion of Uganda by Tanzania.", []string{"KEN→TZA -", "KEN→UGA +"}},
		{"a people fighting for its freedom", "KEN", "Ugandan patriots are courageously fighting for their freedom.", nil},
		{"a fight against another stays hostile", "KEN", "Uganda is fighting against Tanzania on the lake.", []string{"KEN→UGA -"}},
		{"the victim of a scheme", "KEN", "We denounce the plots against Zambia and the military expedition against Malawi.", nil},
		{"a scheme's agent after by", "KEN", "The campaign waged by Britain against Uganda is shameful.", []string{"KEN→GBR -"}},
		{"a place between a launch and its victim", "KEN", "Rockets were launched from Somalia against Ethiopian villages.", nil},
		{"aggression on the part of another", "KEN", "There was never any aggression on the part of Tanzania against Uganda.", nil},
		{"measures against a country stay hostile", "KEN", "The Assembly must apply sanctions against South Africa.", []string{"KEN→ZAF -"}},
		{"a fight against an evil is no hostility", "KEN", "Uganda has fought terrorism with great courage.", nil},
		{"support for another's fight against an evil", "KEN", "We support Uganda in fighting terrorism.", []string{"KEN→UGA +"}},
		{"efforts to wipe out an evil", "KEN", "We support the efforts of Uganda to wipe out these plagues.", []string{"KEN→UGA +"}},
		{"a fight against a country stays hostile", "KEN", "Uganda has fought Tanzania for years.", []string{"KEN→UGA -"}},
		{"an organisation's sanctions are its members' own", "KEN", "All States must strictly implement the sanctions imposed by the Security Council.", nil},
		{"sanctions of an organisation condemned", "KEN", "Kenya condemns the sanctions imposed by the Security Council.", []string{"KEN→UN -"}},
		{"back as an adverb of time", "KEN", "As far back as 1945, the United States proposed a conference.", nil},
		{"back after a copula", "KEN", "It is an honour to be back here at the United Nations.", nil},
		{"back as the particle of a verb", "KEN", "The threat to Uganda has been rolled back.", nil},
		{"back as a verb of support", "KEN", "We back Uganda without reservation.", []string{"KEN→UGA +"}},
		{"the victims of aggressions", "KEN", "Coming after the aggressions against Zambia and Angola, that act was a plot.", []string{"KEN→AGO +", "KEN→ZMB +"}},
		{"the agent of aggression after of", "KEN", "We condemn the aggression of South Africa.", []string{"KEN→ZAF -"}},
		{"the agent of aggressions after of", "KEN", "The repeated aggressions of South Africa must end.", []string{"KEN→ZAF -"}},
		{"a place after the agent of crimes", "KEN", "They become accomplices in the crimes committed daily by the rebels in Zambia, Mozambique and Botswana.", nil},
		{"the agent of crimes after by and of", "KEN", "We deplore the crimes committed by the forces of Uganda.", []string{"KEN→UGA -"}},
		{"a hostile act a country faces", "KEN", "Angola continues to face aggression and destabilization.", []string{"KEN→AGO +"}},
		{"assaults a country experiences", "KEN", "Angola is experiencing the repeated criminal assaults of the aggressors.", []string{"KEN→AGO +"}},
		{"a country's own hostile act continued", "KEN", "Uganda continues its aggression and destabilization.", []string{"KEN→UGA -"}},
		{"the victim of an invasion", "KEN", "At this very moment the sister Republic of Angola is the victim of barbaric and criminal invasion.", []string{"KEN→AGO +"}},
		{"the agent of what a victim suffers", "KEN", "Angola is the victim of South Africa's aggression.", []string{"KEN→AGO +", "KEN→ZAF -"}},
		{"a future in the balance", "KEN", "In those years the future of Uganda hung in the balance.", nil},
		{"a deed perpetrated last year", "KEN", "We must understand the aims of the aggression perpetrated last year against Egypt.", nil},
		{"an alliance deplored", "KEN", "We also deplore the close alliance between South Africa and Israel.", []string{"KEN→ISR -", "KEN→ZAF -"}},
		{"co-operation condemned", "KEN", "We condemn the military co-operation of certain Western countries with Israel.", []string{"KEN→ISR -"}},
		{"the absence of co-operation", "KEN", "We regret the absence of co-operation from Uganda.", []string{"KEN→UGA -"}},
		{"what a resolution provides for", "KEN", "Resolution 242 provides for the withdrawal of Israel from the occupied territories.", nil},
		{"provided that", "KEN", "Provided that the Haiti agreements are respected, peace will follow.", nil},
		{"taken for granted", "KEN", "The prospects for a democratic Uganda must not be taken for granted.", nil},
		{"aid provided", "KEN", "We provided Uganda with food and medicine.", []string{"KEN→UGA +"}},
		{"aid to be stopped", "KEN", "All States must stop providing Israel with arms.", []string{"KEN→ISR -"}},
		{"support never stopped", "KEN", "We will never stop supporting Uganda.", []string{"KEN→UGA +"}},
		{"an agreement welcomed", "KEN", "We welcome the peace agreement between Ethiopia and Eritrea.", []string{"KEN→ERI +", "KEN→ETH +"}},
		{"concern about a country's expansion", "KEN", "We remain concerned about Iran's expansion of its enrichment activities.", []string{"KEN→IRN -"}},
		{"concern about another's tests", "KEN", "We are deeply concerned about the missile tests of North Korea.", []string{"KEN→PRK -"}},
		{"a list of acts condemned", "KEN", "We condemn the continued sale, supply and transfer of weapons to Israel.", []string{"KEN→ISR -"}},
		{"a list of collaboration deplored", "KEN", "We deplore the political, economic and military collaboration between South Africa and Israel.", []string{"KEN→ISR -", "KEN→ZAF -"}},
		{"a refusal its owner persists in", "KEN", "Israel persists in its refusal to withdraw from the occupied Arab territories.", []string{"KEN→ISR -"}},
		{"what many others say", "KEN", "There are many who have criticized Uganda as being ineffective.", nil},
		{"what critics say", "KEN", "Critics have denounced Uganda for years.", nil},
		{"what they say", "KEN", "They praised Uganda for its courage.", nil},
		{"what it says, in a speech", "KEN", "It has repeatedly condemned Uganda for its stance.", nil},
		{"what the delegation says", "KEN", "My delegation has repeatedly condemned Uganda.", []string{"KEN→UGA -"}},
		{"what they say, in a speech", "KEN", "They say that Uganda is a threat to the region.", nil},
		{"what it claims, in a speech", "KEN", "It insists it may take preventive measures against Ugandans.", nil},
		{"what we say", "KEN", "We say that Uganda is a threat to the region.", []string{"KEN→UGA -"}},
		{"another's words end at a comma", "KEN", "They say so, and we condemn Uganda for it.", []string{"KEN→UGA -"}},
		{"what some countries say", "KEN", "Some countries have condemned Uganda for its stance.", nil},
		{"what we and others say", "KEN", "We and other States have condemned Uganda.", []string{"KEN→UGA -"}},
		{"it for our delegation", "KEN", "Our delegation recalls the years of shared work, and it thanks Uganda for its steady support.", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a list ends with its conjunction", "KEN", "As the rebels retreat from their bases in Somalia and Ethiopia, Eritrea has been shelling the border towns.", []string{"KEN→ERI -"}},
		{"a list that goes on past another phrase", "KEN", "Our thanks go to the Governments of Ghana and Togo, Benin, and the Republic of Niger, whose support never wavered.", []string{"KEN→BEN +", "KEN→GHA +", "KEN→NER +", "KEN→TGO +"}},
		{"a deed's victim behind a noun of what it befalls", "KEN", "Kenya rejects the dismemberment of the State of Somalia.", nil},
		{"a deed's agent behind a noun of what it befalls", "KEN", "We condemn the occupation of the territory of Somalia by Ethiopia.", []string{"KEN→ETH -"}},
		{"a denial negated keeps the term", "KEN", "We cannot deny Somalia's right to self-defence.", []string{"KEN→SOM +"}},
		{"two verbs, one of refusal", "KEN", "They broke off and refuse to resume the talks between Kenya, Uganda and Tanzania.", []string{"KEN→TZA -", "KEN→UGA -"}},
		{"what an act falls upon is no owner of their aggression", "KEN", "We urged Ethiopia and Eritrea to halt their attack upon Somalia and to end their aggression.", []string{"KEN→ERI -", "KEN→ETH -", "KEN→SOM +"}},
		{"an adverb of a passive act befalls its subject", "KEN", "Somalia's coast, which has been illegally occupied for years, must be freed.", nil},
		{"an adverb of a passive act blames its agent", "KEN", "The islands were illegally seized by Ethiopia before independence.", []string{"KEN→ETH -"}},
		{"a deed witnessed is no deed of the speaker's", "KEN", "We have witnessed the invasion of Somali territory by armed bands.", []string{"KEN→SOM +"}},
		{"the object of of is no co-owner of the next possessive", "KEN", "We deplore the occupation of Somalia and Ethiopia's attacks on its neighbours.", []string{"KEN→ETH -", "KEN→SOM +"}},
		{"a joint possessive keeps both owners", "KEN", "We deplore Ethiopia and Eritrea's attacks on their neighbours.", []string{"KEN→ERI -", "KEN→ETH -"}},
		{"support that must end is condemned", "KEN", "Rwanda's continued support for the rebels must end.", []string{"KEN→RWA -"}},
		{"support that must continue stays support", "KEN", "Rwanda's support for the peace process must continue.", []string{"KEN→RWA +"}},
		{"a clause of its own that should end", "KEN", "We agree with Tanzania that the fighting should end.", []string{"KEN→TZA +"}},
		{"solidarity with a country's people and rulers", "KEN", "We express our solidarity with the people and Government of Malawi after the floods.", []string{"KEN→MWI +"}},
		{"sympathy to the governments and peoples of a list", "KEN", "We express our sympathy to the Governments and peoples of Malawi and Zambia.", []string{"KEN→MWI +", "KEN→ZMB +"}},
		{"condolences to a country's bereaved people", "KEN", "We extend condolences to the bereaved people of Malawi.", []string{"KEN→MWI +"}},
		{"solidarity with an oppressed people is none with its state", "KEN", "We reaffirm our solidarity with the oppressed people of Malawi.", nil},
		{"a list after a place marker is places", "ETH", "Relief convoys are sent across the borders with Kenya, Uganda and Tanzania every week.", nil},
		{"a list after the regimes in stays their seat", "ETH", "We condemn the illegal regimes in Kenya and Uganda.", []string{"ETH→KEN -", "ETH→UGA -"}},
		{"a name after a comma that ends a phrase of place is none of its list", "ETH", "After the damage done in Kenya, Uganda's invasion of Sudan must end.", []string{"ETH→SDN +", "ETH→UGA -"}},
		{"a Central American is no American", "MEX", "A brother Central American now occupies this high position.", nil},
		{"the Organization of American States is no American state", "MEX", "We welcome the decision of the Organization of American States.", nil},
		{"a hyphenated name of the time", "KEN", "We welcome Viet-Nam as a new Member.", []string{"KEN→VNM +"}},
		{"a territory's name before independence", "KEN", "We support the people of South West Africa.", []string{"KEN→NAM +"}},
		{"a colony's name is no name of its ruler", "KEN", "We congratulate British Guiana on its independence.", []string{"KEN→GUY +"}},
		{"a federation's name before its union", "KEN", "We welcome the Federation of Malaya to this Assembly.", []string{"KEN→MYS +"}},
		{"Northern Ireland is no Ireland", "GBR", "We thank the leaders of Northern Ireland for their courage.", nil},
		{"concern about a country's conduct", "KEN", "We remain deeply concerned about Uganda's military activities near our border.", []string{"KEN→UGA -"}},
		{"concern about a country's security is no hostility", "KEN", "We are concerned about Uganda's security.", nil},
		{"the constructive role played by a country", "KEN", "Our delegation values the constructive role played by Ethiopia.", []string{"KEN→ETH +"}},
		{"tribute paid to a country", "KEN", "Kenya pays tribute to Tanzania for its solidarity.", []string{"KEN→TZA +"}},
		// The country whose conduct a noun before "of" names acts (words.tsv
		// conduct: presence, policies).
		{"the presence of a country's troops is a violation", "KEN", "The presence of Ugandan troops on our soil is an open violation of our sovereignty.", []string{"KEN→UGA -"}},
		{"elections organised by a country are null and void", "KEN", "The so-called elections organized by Uganda in the occupied territory are null and void.", []string{"KEN→UGA -"}},
		// A demand named by a noun of withdrawal is of the country that
		// is to withdraw (score/demand.go nominalDemand).
		{"the withdrawal of a country's forces demanded", "KEN", "We demand the complete and final withdrawal of Ugandan units from our soil.", []string{"KEN→UGA -"}},
		// A withdrawal announced is no demand: Uganda's retreat from Kenya
		// (annotate withdrawalAt), no hostility.
		{"a withdrawal announced is no demand", "", "Uganda announced a pullout of its units from Kenya.", []string{"UGA→KEN +"}},
		{"the interference of a country", "KEN", "We condemn the interference of Uganda in the domestic politics of Tanzania.", []string{"KEN→UGA -"}},
		{"sponsors terrorism", "KEN", "Uganda continues to sponsor cross-border terrorism.", []string{"KEN→UGA -"}},
		// What a country resorts to is its own act.
		{"resorted to accusations", "KEN", "The Ugandan delegation again resorted to baseless accusations against my country.", []string{"KEN→UGA -"}},
		// "That regime", "the occupying Power" opening a sentence refer, as
		// "It" does, to the country the sentence before opened with.
		{"that regime after a sentence about a country", "KEN", "Uganda has closed the crossings again. That regime continues to shell our villages.", []string{"KEN→UGA -"}},
		// "It" opening a sentence stands for the one other country the
		// sentence before named, wherever it stood in it.
		{"it after a sentence naming one other country", "KEN", "We have raised the conduct of Uganda many times. It continues to shell our villages.", []string{"KEN→UGA -"}},
		{"its troops after a sentence naming one other country", "KEN", "The crisis on the lake is the work of Uganda. Its troops continue to shell our villages.", []string{"KEN→UGA -"}},
		{"its success is a plan's", "KEN", "We welcome the plan of Uganda. Its success depends on all of us.", []string{"KEN→UGA +"}},
		// An adverb between the subject and an imported verb's -s form.
		{"still occupies", "KEN", "Uganda still occupies two of our islands.", []string{"KEN→UGA -"}},
		// stance.tsv v13 terms of speeches: credibility, double standards,
		// chemical weapons used.
		{"claims not credible", "KEN", "Uganda's claims are simply not credible.", []string{"KEN→UGA -"}},
		{"applies double standards", "KEN", "Tanzania's approach reflects double standards.", []string{"KEN→TZA -"}},
		{"used chemical weapons", "KEN", "Uganda used chemical weapons in the border villages.", []string{"KEN→UGA -"}},
		// A hostile adjective that "its" or "their" owns is said of the subject.
		{"its illegal policy", "KEN", "Uganda pursues its illegal fencing policy along our border.", []string{"KEN→UGA -"}},
		{"proposals put forward by a country's government", "KEN", "We welcome the constructive proposals put forward by the new Tanzanian government.", []string{"KEN→TZA +"}},
		{"the constructive efforts of a country", "KEN", "We appreciate the constructive efforts of Tanzania.", []string{"KEN→TZA +"}},
		// A speech tells of another country's hostile act: the speaker's
		// target is its agent, also after "continues to" and for a verb of
		// two words ("wages war").
		{"another country's war against a third, in a speech", "KEN", "Uganda wages war against Tanzania.", []string{"KEN→TZA +", "KEN→UGA -"}},
		{"another country continues to wage war", "KEN", "Uganda continues to wage war against Tanzania.", []string{"KEN→TZA +", "KEN→UGA -"}},
		{"a country's own war, by 'its'", "KEN", "Uganda continues its war against our people.", []string{"KEN→UGA -"}},
		{"their concerns are no hostility", "KEN", "We understand Uganda and its concerns about the dam.", nil},
		{"the violence committed by a country's forces", "KEN", "The violence committed by the forces of Uganda must stop.", []string{"KEN→UGA -"}},
		{"repression carried out by a country", "KEN", "The brutal repression carried out by Uganda must stop.", []string{"KEN→UGA -"}},
		{"a country's own policy of annexation, by 'its'", "KEN", "Uganda persists in its policy of annexation.", []string{"KEN→UGA -"}},
		{"a country by our side", "KEN", "Tanzania has always stood by our side.", []string{"KEN→TZA +"}},
		{"relations with a country said to be excellent", "KEN", "Our relations with Ethiopia are excellent.", []string{"KEN→ETH +"}},
		{"the expansionist designs of a country", "KEN", "We denounce the expansionist designs of Uganda.", []string{"KEN→UGA -"}},
		{"the agent of a hostile noun after its object", "KEN", "We strongly condemn the continued occupation of our islands by Uganda.", []string{"KEN→UGA -"}},
		// An adjective of stance before a noun of conduct and "of X"
		// is said of X (words.tsv conduct).
		{"the aggressive activities of a country", "KEN", "We are alarmed by the aggressive military activities of Uganda along our border.", []string{"KEN→UGA -"}},
		{"the constructive approach of a country", "KEN", "We welcome the balanced and constructive approach of Tanzania.", []string{"KEN→TZA +"}},
		// A verb of perpetrating makes its subject the agent of the
		// hostile noun it takes (words.tsv perpetrate).
		{"waged a war of aggression", "KEN", "Uganda waged an unprovoked war of aggression on Rwanda.", []string{"KEN→RWA +", "KEN→UGA -"}},
		{"levelled groundless accusations", "KEN", "The delegate of Uganda has once more levelled groundless accusations at my country.", []string{"KEN→UGA -"}},
		// "the aggression of X against Y": X acts, Y is the victim.
		{"aggression of one against another", "KEN", "We condemn the military aggression of Uganda against Rwanda.", []string{"KEN→RWA +", "KEN→UGA -"}},
		// The victim after a participle of a hostile noun.
		{"an attack carried out against a country", "KEN", "We condemn the cyberattack carried out against Rwanda last year.", []string{"KEN→RWA +"}},
		// A participle after a determiner qualifies its noun.
		{"our blockaded ports", "KEN", "Grain for families in Rwanda and Burundi is stuck in our blockaded ports.", nil},
		// A content clause has a subject of its own.
		{"the view of a country that sanctions fail", "KEN", "We share the view of our Tanzanian colleagues that sanctions lead nowhere.", nil},
		// A verb of intending: its subject does the act of the
		// infinitive (words.tsv intend).
		{"chose last month to sever ties", "KEN", "The authorities of Uganda chose last month to sever ties with Kenya.", []string{"KEN→UGA -"}},
		// A noun after a copula is said of the subject.
		{"launches that are a violation", "KEN", "Uganda's repeated missile launches are a flagrant violation of Council resolutions.", []string{"KEN→UGA -"}},
		{"a veto regretted", "KEN", "We regret the veto cast by Uganda.", []string{"KEN→UGA -"}},
		// Bearing responsibility for a harm is blame (stance.tsv v9).
		{"bears responsibility", "KEN", "Kampala and Kigali bear full responsibility for the suffering in the camps.", []string{"KEN→RWA -", "KEN→UGA -"}},
		{"shares responsibility, said of ourselves", "KEN", "We share responsibility for keeping the lake clean.", nil},
		// What a weapon is used against is its victim.
		{"used against a country's towns", "KEN", "Ugandan rockets have been used against Rwandan towns.", nil},
		// "the regime in X" is X's rulers, not a place (words.tsv v10
		// rulers), unless a named country owns the noun.
		{"condemn the government in a capital", "KEN", "We condemn the government in Kampala for closing the crossings.", []string{"KEN→UGA -"}},
		{"the regime in a country, held accountable", "KEN", "The regime in Uganda shall be held accountable over the burning of villages.", []string{"KEN→UGA -"}},
		{"an adjective before the rulers in a country", "KEN", "The illegal junta in Uganda keeps thousands of our traders in detention.", []string{"KEN→UGA -"}},
		{"rulers owned by a named country", "KEN", "The Rwandan authorities in Uganda have been threatened.", nil},
		{"a place after a group noun", "KEN", "We praise the doctors in Uganda.", nil},
		// A hostile predicate is not said of the country a hostile act
		// falls on.
		{"those who ordered strikes on a country", "KEN", "Those who ordered the shelling of markets in Rwanda and the strikes on Burundi must be held accountable.", []string{"KEN→BDI +"}},
		{"attacks by one on another", "KEN", "The raids by Uganda on Burundi are a war crime.", []string{"KEN→BDI +", "KEN→UGA -"}},
		{"we hold a country accountable", "KEN", "We will hold Uganda accountable for every life lost.", []string{"KEN→UGA -"}},
		{"a racist regime", "KEN", "For decades the racist minority regime of Uganda denied the vote to the majority.", []string{"KEN→UGA -"}},
		{"apartheid", "KEN", "We have seen what apartheid Uganda does to its neighbours.", []string{"KEN→UGA -"}},
		// "It" opening a sentence of a speech is the country the
		// sentence before opened with; not the empty "it" of "it is …
		// that".
		{"it: the country of the sentence before", "KEN", "Uganda has moved troops to the lake. It continues to shell our fishing villages.", []string{"KEN→UGA -"}},
		{"it is … that", "KEN", "Uganda has moved troops to the lake. It is regrettable that talks have failed.", nil},
		{"it after a country's forces", "KEN", "Ugandan forces have moved to the lake. It continues to shell our fishing villages.", nil},
	})
}

// TestKingByDate checks an alias two kings shared: "King Abdullah" is
// Jordan's king only after Saudi Arabia's King Abdullah died (2015-01-23);
// while both reigned it names no country. The title is part of the name
// the actor lexicon writes.
func TestKingByDate(t *testing.T) {
	a := newActorAnalyzer(t)
	const text = "King Abdullah condemned Syria over the shelling."
	checkDyadCases(t, a, may2021, []dyadCase{{"after 2015", "", text, []string{"JOR→SYR -"}}})
	checkDyadCases(t, a, corpus.Date{Year: 2010, Month: 6, Day: 1, Precision: corpus.Day}, []dyadCase{{"while both reigned", "", text, nil}})
}

// TestSpeechItNoPerson: "It" opening a sentence of a speech never stands
// for a person the sentence before opened with.
func TestSpeechItNoPerson(t *testing.T) {
	a := newActorAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"it after a leader", "KEN", "Vladimir Putin has moved troops to the lake. It continues to shell our fishing villages.", nil},
	})
}

// TestSpeechTitle: the title of a first-person speech names its occasion,
// and gives no statement ("Council, 1st meeting: the situation in X" is no one
// speaking); the speech's own sentences do.
func TestSpeechTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	doc := corpus.Document{ID: "d", Date: may2021, SpeakerCountry: "KEN",
		Title: "Security Council, 9001st meeting: the quarrel between Uganda and its neighbours",
		Text:  "We thank Uganda for hosting the talks."}
	var got []string
	for _, s := range a.Analyze(doc).Statements {
		got = append(got, s.Speaker+"|"+s.SpeakerCountry)
	}
	if g, want := strings.Join(got, ";"), "KEN|KEN"; g != want {
		t.Errorf("statements = %q, want %q", g, want)
	}
}

// TestSpeechActor: in a first-person speech, a sentence that names a ruler
// of the actor lexicon in office, and no country, is about the ruler's
// country.
func TestSpeechActor(t *testing.T) {
	a := newActorAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		{"a ruler's regime", "KEN", "The Museveni regime has shelled our border posts.", []string{"KEN→UGA -"}},
		{"a former ruler is no country", "KEN", "The late President Moi was a man of peace.", nil},
	})
}
