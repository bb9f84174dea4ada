package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

func newActorAnalyzer(t testing.TB) *Analyzer { return buildAnalyzer(t, true) }

func statementsOf(a *Analyzer, doc corpus.Document) []string {
	var got []string
	for _, s := range a.Analyze(doc).Statements {
		got = append(got, strings.Join([]string{s.Speaker, s.SpeakerCountry, s.Kind.String(), s.Cue, s.Text}, "|"))
	}
	return got
}

var nov2018 = corpus.Date{Year: 2018, Month: 11, Day: 5, Precision: corpus.Day}

// TestStatementShapes: each shape of statement the tool must find, from
// invented sentences. Each want is "speaker|country|kind|cue|content".
func TestStatementShapes(t *testing.T) {
	a := newActorAnalyzer(t)
	tests := []struct {
		name string
		doc  corpus.Document
		want []string
	}{
		{"back after a phrasal verb is no cue",
			corpus.Document{Text: "Uganda was asked by Kenya to pull its soldiers back from the island."},
			[]string{"Kenya|KEN|indirect|asked|Uganda was asked by Kenya to pull its soldiers back from the island"}}, // a passive directive; "back" is no cue
		{"a trailing speaker with a restrictive relative clause",
			corpus.Document{Text: "Ugandan troops shelled the border town, Kenyan officials who escaped to Tanzania said."},
			[]string{"Kenyan officials|KEN|indirect|said|Ugandan troops shelled the border town",
				"Ugandan troops|UGA|indirect|shelled|shelled the border town"}}, // the act reported, toward the reporter
		{"a cue's bare form after an -ing word is no verb",
			corpus.Document{Text: "Kenyan inspectors visiting suspect sites found the depots empty."},
			nil}, // "suspect" is an adjective: no one speaks
		{"curly quote, speaker after",
			corpus.Document{Text: "“We will never accept this blockade,” Cuban Foreign Minister Elena Ruiz said on Monday."},
			[]string{"Elena Ruiz|CUB|direct|said|We will never accept this blockade"}},
		{"straight quote, inverted speaker",
			corpus.Document{Text: "\"The talks were useful and frank,\" said Chilean envoy Tomas Vidal."},
			[]string{"Tomas Vidal|CHL|direct|said|The talks were useful and frank"}},
		{"guillemets, speaker before with a colon",
			corpus.Document{Text: "The Malian spokesman Ousmane Keita told reporters: «The border will stay open for trade.»"},
			[]string{"Ousmane Keita|MLI|direct|told|The border will stay open for trade"}},
		{"single quotes",
			corpus.Document{Text: "'We expect a fair deal from our partners,' the Kenyan minister said."},
			[]string{"Kenyan minister|KEN|direct|said|We expect a fair deal from our partners"}},
		{"speaker inside a quote in two parts",
			corpus.Document{Text: "“Nobody wants a war,” Peruvian President Ana Quispe said, “but we will defend our coast.”"},
			[]string{"Ana Quispe|PER|direct|said|Nobody wants a war,” Peruvian President Ana Quispe said, “but we will defend our coast"}},
		{"quote over two sentences",
			corpus.Document{Text: "“The vote was fair. The people have spoken,” the Ghanaian envoy said."},
			[]string{"Ghanaian envoy|GHA|direct|said|The vote was fair. The people have spoken"}},
		{"quote over two paragraphs",
			corpus.Document{Text: "Norwegian Prime Minister Lars Berg said: “Our support is firm.\n\n“We will send more aid next month.”"},
			[]string{"Lars Berg|NOR|direct|said|Our support is firm", "Lars Berg|NOR|direct||We will send more aid next month"}},
		{"unbalanced quote mark: the quote runs to the end of the paragraph",
			corpus.Document{Text: "Mongolian official Bat Dorj said “the pipeline deal is good for both sides."},
			[]string{"Bat Dorj|MNG|direct|said|the pipeline deal is good for both sides"}},
		{"an adverb 'since' between the auxiliary and the cue",
			corpus.Document{Text: "The Gabonese minister has since stressed that no tanker left the port."},
			[]string{"Gabonese minister|GAB|indirect|stressed|no tanker left the port"}},
		{"a stance named by a noun after its possessor",
			corpus.Document{Text: "Their criticism of the Malian junta has grown louder."},
			[]string{"Their||indirect|criticism|the Malian junta"}},
		{"a possessor in 's speaks without its 's",
			corpus.Document{Text: "Senator Ana Ruiz's call to reopen the pier is now in doubt."},
			[]string{"Ana Ruiz||indirect|call|to reopen the pier"}},
		{"a that-clause after a noun's possessor keeps its own auxiliary",
			corpus.Document{Text: "The Zambian minister's claim that the bridge was unsafe is false."},
			[]string{"Zambian minister|ZMB|indirect|claim|the bridge was unsafe"}},
		{"a that-clause after a noun's possessor ends at a comma after its verb",
			corpus.Document{Text: "The Zambian minister's claim that the bridge was unsafe, first made in May, is false."},
			[]string{"Zambian minister|ZMB|indirect|claim|the bridge was unsafe"}},
		{"a time between a stated noun and its link",
			corpus.Document{Text: "Zambia's renewed call in March 2015 for a joint border survey was ignored."},
			[]string{"Zambia|ZMB|indirect|call|a joint border survey"}},
		{"a plural source before a cue's bare form",
			corpus.Document{Text: "Recent polls show that most Estonians back the ferry link."},
			[]string{"Recent polls||indirect|show|most Estonians back the ferry link"}},
		{"a trailing source: a role, then its phrase",
			corpus.Document{Text: "Oman will host the next round, a spokesman for the Omani foreign ministry said."},
			[]string{"spokesman for the Omani foreign ministry|OMN|indirect|said|Oman will host the next round"}},
		{"a trailing source with its time",
			corpus.Document{Text: "Uruguay will reopen its consulate in the port city, an Argentine diplomat said on Friday."},
			[]string{"Argentine diplomat|ARG|indirect|said|Uruguay will reopen its consulate in the port city"}},
		{"a trailing source told reporters in a capital",
			corpus.Document{Text: "Latvia will double its grain shipments to Tunisia, Latvian Foreign Minister Inga Ozola told reporters in Tunis."},
			[]string{"Inga Ozola|LVA|indirect|told|Latvia will double its grain shipments to Tunisia"}},
		{"a trailing source, then a clause of the writer's",
			corpus.Document{Text: "Latvia will double its grain shipments to Tunisia, Latvian Foreign Minister Inga Ozola said on Monday, as the two governments tried to settle a quarrel over ferry fares."},
			[]string{"Inga Ozola|LVA|indirect|said|Latvia will double its grain shipments to Tunisia"}},
		{"a trailing source, then a participle cue of the speaker's reason",
			corpus.Document{Text: "Latvia halted grain shipments to Tunisia, Latvian Foreign Minister Inga Ozola said on Monday, citing unpaid bills."},
			// "halted" is a country's act (stance.tsv), a statement of its own.
			[]string{"Inga Ozola|LVA|indirect|said|Latvia halted grain shipments to Tunisia", "Latvia|LVA|indirect|halted|halted grain shipments to Tunisia", "Inga Ozola|LVA|indirect|citing|unpaid bills"}},
		{"a trailing source said in a capital, then a time",
			corpus.Document{Text: "Fiji will host the fisheries talks, Foreign Minister Ratu Tui said in Suva on Monday."},
			[]string{"Ratu Tui||indirect|said|Fiji will host the fisheries talks"}},
		{"a trailing institution in a capital, then a participle aside",
			corpus.Document{Text: "Bhutan sent forty nurses to the border hospitals, the health ministry in Thimphu said, bringing its team there to ninety."},
			[]string{"Thimphu|BTN|indirect|said|Bhutan sent forty nurses to the border hospitals"}},
		{"a trailing source, then an aside with a preposition",
			corpus.Document{Text: "Malta closed its ports to the convoy, the Maltese prime minister told parliament, in the sharpest such step in years."},
			[]string{"Maltese prime minister|MLT|indirect|told|Malta closed its ports to the convoy"}},
		{"a trailing source, then what the speaker did next",
			corpus.Document{Text: "Oman will keep its embassy open, the Omani envoy told journalists in Muscat before flying to Doha."},
			[]string{"Omani envoy|OMN|indirect|told|Oman will keep its embassy open"}},
		{"a source set off by commas before a clause is no trailing source",
			corpus.Document{Text: "But, the Omani envoy said, it is too early to reopen the embassy."},
			[]string{"Omani envoy|OMN|indirect|said|But, the Omani envoy said, it is too early to reopen the embassy"}},
		{"a source set off by commas after a fronted phrase of time: the clause follows it",
			corpus.Document{Text: "Last winter, the Omani envoy said, the ferries to Gwadar ran half empty."},
			[]string{"Omani envoy|OMN|indirect|said|Last winter, the Omani envoy said, the ferries to Gwadar ran half empty"}},
		{"a source set off by commas after a clause: a noun phrase after it describes the clause",
			corpus.Document{Text: "Oman closed the pier, the Omani envoy said, a step the fishermen resented."},
			[]string{"Omani envoy|OMN|indirect|said|Oman closed the pier"}},
		{"a trailing source before a semicolon: the clause after it is read on its own",
			corpus.Document{Text: "The ferries ran empty, the Omani envoy said; the harbour master later denied that the pier was closed."},
			[]string{"Omani envoy|OMN|indirect|said|The ferries ran empty", "harbour master||indirect|denied|the pier was closed"}},
		{"a verb the cue lexicon lacks before a colon and a quote: its subject speaks",
			corpus.Document{Text: "Then the Omani envoy continued: \"The pier at Sur will stay open.\""},
			[]string{"Omani envoy|OMN|direct|continued|The pier at Sur will stay open"}},
		{"a verb before a colon and a quote whose subject is no one who speaks",
			corpus.Document{Text: "The pier stays closed: \"no ships\" will dock at Sur."},
			nil},
		{"a participle cue after a main clause that opens with 'But' and a determiner",
			corpus.Document{Text: "But the other Omani envoy, Salim Harthi, drew a contrast, saying that the pier at Sur should stay open."},
			[]string{"Salim Harthi|OMN|indirect|saying|the pier at Sur should stay open"}},
		{"a trailing source's phrase of how with a participle as adjective is no content",
			corpus.Document{Text: "The Omani pier will reopen in May, the harbour master said in a televised address."},
			[]string{"harbour master||indirect|said|The Omani pier will reopen in May"}},
		{"the verb of a relative clause after a comma is no act of the noun phrase before it",
			corpus.Document{Text: "Malawi's military occupation of Likoma in northern Zambia, which began in March 2018, was denounced by Lusaka as illegal aggression against Zambian sovereignty."},
			[]string{"Lusaka|ZMB|indirect|denounced|Malawi's military occupation of Likoma in northern Zambia, which began in March 2018, was denounced by Lusaka as illegal aggression against Zambian sovereignty"}},
		{"a clause after 'after' with a leader as its subject is read for its act",
			corpus.Document{Text: "Tanzania recalled its envoy from Kampala after President Yoweri Museveni shut the border with Tanzania.", Date: corpus.Date{Year: 2017, Month: 5, Day: 1, Precision: corpus.Day}},
			[]string{"Tanzania|TZA|indirect|recalled|recalled its envoy from Kampala after President Yoweri Museveni shut the border with Tanzania",
				"Yoweri Museveni|UGA|indirect|shut|shut the border with Tanzania"}},
		{"a report in a relative clause with a subject of its own leaves the main clause's act",
			corpus.Document{Text: "Zambia's president met Malawi's president in Mzuzu for talks that both delegations later described as frank."},
			[]string{"Zambia's president|ZMB|indirect|met|met Malawi's president in Mzuzu for talks", "delegations||indirect|described|as frank"}},
		{"people of a capital who act for themselves speak for no state",
			corpus.Document{Text: "Analysts in Lusaka said the Malawian tariffs would hurt trade."},
			[]string{"Analysts in Lusaka||indirect|said|the Malawian tariffs would hurt trade"}},
		{"officials in a capital speak for its state",
			corpus.Document{Text: "Officials in Lusaka said the Malawian tariffs would hurt trade."},
			[]string{"Lusaka|ZMB|indirect|said|the Malawian tariffs would hurt trade"}},
		{"a quoted fragment inside a reported clause",
			corpus.Document{Text: "Iceland ordered two trawlers out of its waters for \"repeated violations\", the Icelandic coast guard said."},
			[]string{"Icelandic coast guard|ISL|indirect|said|Iceland ordered two trawlers out of its waters for \"repeated violations"}},
		{"a nationality before a comma is not the next speaker's",
			corpus.Document{Text: "Tonga expelled two Samoan diplomats, Prime Minister Sione Vaka said."},
			[]string{"Sione Vaka||indirect|said|Tonga expelled two Samoan diplomats", "Tonga|TON|indirect|expelled|expelled two Samoan diplomats"}},
		{"a quoted fragment in a speech stays a quote (its pronoun speaker is resolved again)",
			corpus.Document{Text: "Our islands face a \"slow flood\", he said.", SpeakerCountry: "TUV"},
			[]string{"he||direct|said|slow flood"}},
		{"a trailing source after a participle cue",
			corpus.Document{Text: "Namibia has cancelled the summit, citing the cost of security, a regional official said on Monday."},
			[]string{"regional official||indirect|said|Namibia has cancelled the summit, citing the cost of security",
				"Namibia|NAM|indirect|citing|the cost of security"}},
		{"a trailing source after an opening thing, not a speaker",
			corpus.Document{Text: "Peru's new port fees threaten Chilean shippers, a Chilean trade official said."},
			[]string{"Chilean trade official|CHL|indirect|said|Peru's new port fees threaten Chilean shippers",
				"Peru's new port fees|PER|indirect|threaten|Chilean shippers"}},
		{"a speech verb with a person as its object is an act",
			corpus.Document{Text: "Bolivia recalled its ambassador from Chile on Monday."},
			[]string{"Bolivia|BOL|indirect|recalled|recalled its ambassador from Chile on Monday"}},
		{"a speech verb with a clause after a person and a place",
			corpus.Document{Text: "Gabon said French advisers in Libreville were welcome."},
			[]string{"Gabon|GAB|indirect|said|French advisers in Libreville were welcome"}},
		{"reported speech with that",
			corpus.Document{Text: "Bolivian Defence Minister Rosa Mamani said that Bolivia would not join the pact."},
			[]string{"Rosa Mamani|BOL|indirect|said|Bolivia would not join the pact"}},
		{"told reporters",
			corpus.Document{Text: "Thai diplomat Somchai Wong told reporters the summit had been a success."},
			[]string{"Somchai Wong|THA|indirect|told|the summit had been a success"}},
		{"content first, speaker and cue last",
			corpus.Document{Text: "The ceasefire must hold, a Lebanese official said."},
			[]string{"Lebanese official|LBN|indirect|said|The ceasefire must hold"}},
		{"according to",
			corpus.Document{Text: "The embassy will reopen in March, according to the Latvian foreign ministry."},
			[]string{"Latvian foreign ministry|LVA|indirect|according to|The embassy will reopen in March"}},
		{"according to a role named by nouns",
			corpus.Document{Text: "The ferry will stop running in June, according to port authority officials."},
			[]string{"port authority officials||indirect|according to|The ferry will stop running in June"}},
		{"according to after an adverbial clause: the main clause is told",
			corpus.Document{Text: "While the talks went on, according to a Lithuanian diplomat, the ferry schedule was changed twice."},
			[]string{"Lithuanian diplomat|LTU|indirect|according to|the ferry schedule was changed twice"}},
		{"a title with its of-phrase before the name",
			corpus.Document{Text: "The head of the harbour board, Ines Duarte, said that the pier was safe."},
			[]string{"Ines Duarte||indirect|said|the pier was safe"}},
		{"went on to say",
			corpus.Document{Text: "Ines Duarte went on to say the pier would reopen in May."},
			[]string{"Ines Duarte||indirect|say|the pier would reopen in May"}},
		{"refused to say is no statement",
			corpus.Document{Text: "Ines Duarte refused to say when the pier would reopen."},
			nil},
		{"a headline in title case as the text's first line",
			corpus.Document{Text: "Ines Duarte: The Harbour Will Reopen Next Spring.\n\nThe pier was closed in May."},
			[]string{"Ines Duarte||headline|:|The Harbour Will Reopen Next Spring"}},
		{"a label before the colon of a title-case line is no speaker",
			corpus.Document{Text: "Revealed: What The Harbour Board Knew About The Storm.\n\nThe pier was closed in May."},
			nil},
		{"a quantified description speaks",
			corpus.Document{Text: "Several dockers' unions have publicly endorsed the new harbour master."},
			[]string{"dockers' unions||indirect|endorsed|the new harbour master"}},
		{"an evaluative verb's object of one name",
			corpus.Document{Text: "The dockers' union endorsed Duarte."},
			[]string{"dockers' union||indirect|endorsed|Duarte"}},
		{"a progressive evaluative verb with an object that names no country",
			corpus.Document{Text: "Ines Duarte was criticizing the harbour board over the crane contract."},
			[]string{"Ines Duarte||indirect|criticizing|the harbour board over the crane contract"}},
		{"a verb form a noun shares, after did",
			corpus.Document{Text: "Ines Duarte did support the crane contract on Friday."},
			[]string{"Ines Duarte||indirect|support|the crane contract on Friday"}},
		{"that as the determiner of an evaluative verb's object",
			corpus.Document{Text: "The harbour board rejected that estimate as too low."},
			[]string{"harbour board||indirect|rejected|that estimate as too low"}},
		{"a gerund after by speaks for the main clause's subject",
			corpus.Document{Text: "Ines Duarte surprised the dockers by praising the crane contract."},
			[]string{"Ines Duarte||indirect|praising|the crane contract"}},
		{"a raising adjective before an evaluative infinitive",
			corpus.Document{Text: "The dockers' union is expected to endorse Ines Duarte next week."},
			[]string{"dockers' union||indirect|endorse|Ines Duarte next week"}},
		{"a question about a belief states none",
			corpus.Document{Text: "It is still unclear what the harbour board knew about the storm."},
			nil},
		{"a title-case line read as sentence case",
			corpus.Document{Text: "Ines Duarte Praises Dockers For Quick Crane Repair\n\nThe pier was closed in May."},
			[]string{"Ines Duarte||headline|praises|Dockers For Quick Crane Repair"}},
		{"an adjective of attitude after be",
			corpus.Document{Text: "The harbour board is critical of the crane contract."},
			[]string{"harbour board||indirect|critical of|the crane contract"}},
		{"an adjective of belief before that",
			corpus.Document{Text: "The dockers remain hopeful that the pier will reopen in May."},
			[]string{"dockers||indirect|hopeful that|the pier will reopen in May"}},
		{"a verb of regard",
			corpus.Document{Text: "Ines Duarte regards the old pier as the town's best asset."},
			[]string{"Ines Duarte||indirect|regards|the old pier as the town's best asset"}},
		{"a quantifier of the subject after the auxiliary",
			corpus.Document{Text: "Ines Duarte and Rui Sol have both criticized the crane contract."},
			[]string{"Ines Duarte and Rui Sol||indirect|criticized|the crane contract"}},
		{"a quantifier of the subject after names",
			corpus.Document{Text: "Ines Duarte and Rui Sol both criticized the crane contract."},
			[]string{"Ines Duarte and Rui Sol||indirect|criticized|the crane contract"}},
		{"names listed with commas and and",
			corpus.Document{Text: "Ines Duarte, Rui Sol and Ana Ruiz criticized the crane contract."},
			[]string{"Ines Duarte, Rui Sol and Ana Ruiz||indirect|criticized|the crane contract"}},
		{"an adjectival cue after a verb's object: the object does not speak",
			corpus.Document{Text: "Zambia kept the door open to talks with Malawi."},
			[]string{"Zambia|ZMB|indirect|kept|kept the door open to talks with Malawi"}}, // not "door" speaking "open to"
		{"an adjectival cue after a verb's object in the past",
			corpus.Document{Text: "The Zambian cabinet has made its envoys wary of Malawi's new customs rules."},
			[]string{"Zambian cabinet|ZMB|indirect|has|has made its envoys wary of Malawi's new customs rules"}},
		{"a quoted fragment inside reported speech, the clause after it",
			corpus.Document{Text: "Malawi's trade minister said the talks had been \"very useful\" for both sides and praised Zambia's new customs rules."},
			[]string{"Malawi's trade minister|MWI|indirect|said|the talks had been \"very useful\" for both sides and praised Zambia's new customs rules"}},
		{"a former office holder speaks for no state",
			corpus.Document{Text: "Former Zambian trade minister Ana Phiri praised Malawi's new port."},
			[]string{"Ana Phiri||indirect|praised|Malawi's new port"}},
		{"an ex-minister speaks for no state",
			corpus.Document{Text: "Zambia's ex-premier praised Malawi's new port."},
			[]string{"Zambia's ex-premier||indirect|praised|Malawi's new port"}},
		{"an appositive that names a former office speaks for no state",
			corpus.Document{Text: "Ruth Banda, Zambia's former foreign minister, accused Malawi of closing the border."},
			[]string{"Ruth Banda||indirect|accused|Malawi of closing the border"}},
		{"an appositive that names an office held now gives its country",
			corpus.Document{Text: "Ruth Banda, Zambia's foreign minister, accused Malawi of closing the border."},
			[]string{"Ruth Banda|ZMB|indirect|accused|Malawi of closing the border"}},
		{"a quote's speaker with an appositive that names a former office speaks for no state",
			corpus.Document{Text: "\"The border must reopen,\" said Ruth Banda, Zambia's former foreign minister."},
			[]string{"Ruth Banda||direct|said|The border must reopen"}},
		{"one met as a former office holder speaks for no state when named again",
			corpus.Document{Text: "Ruth Banda, Zambia's former foreign minister, accused Malawi of closing the border. Banda said the border should reopen."},
			[]string{"Ruth Banda||indirect|accused|Malawi of closing the border", "Ruth Banda||indirect|said|the border should reopen"}},
		{"one introduced as a former office holder speaks for no state",
			corpus.Document{Text: "Malawi's president met former Zambian foreign minister Ruth Banda on Monday. Banda said the border should reopen."},
			[]string{"Ruth Banda||indirect|said|the border should reopen"}},
		{"the former republic is a country",
			corpus.Document{Text: "The former Yugoslav republic praised Malawi's new port."},
			[]string{"former Yugoslav republic|YUG|indirect|praised|Malawi's new port"}},
		{"leaders listed with a comma in a title speak together",
			corpus.Document{Title: "Museveni, Kagame sign fisheries accord"},
			[]string{"Museveni, Kagame|UGA|indirect|sign|sign fisheries accord", "Museveni, Kagame|RWA|indirect|sign|sign fisheries accord"}}, // not "Kagame" for Uganda
		{"a phrase of time before names joined by and is no name",
			corpus.Document{Text: "On Monday, Ines Duarte and Rui Sol criticized the crane contract."},
			[]string{"Ines Duarte and Rui Sol||indirect|criticized|the crane contract"}},
		{"a relative pronoun before a cue's bare form",
			corpus.Document{Text: "Ines Duarte and Rui Sol, who back a new crane, met the board."},
			[]string{"Ines Duarte and Rui Sol||indirect|back|a new crane"}},
		{"a participle that is no past tense, after be",
			corpus.Document{Text: "The pier is also known as the old quay."},
			nil},
		{"a participle that is no past tense, in a perfect tense",
			corpus.Document{Text: "Ines Duarte has long known that the pier was unsafe."},
			[]string{"Ines Duarte||indirect|known|the pier was unsafe"}},
		{"a name that is a modal, first in the sentence, before a past",
			corpus.Document{Text: "May urged the board to repair the pier."},
			[]string{"May||indirect|urged|the board to repair the pier"}},
		{"a name that is a modal, after an adverb",
			corpus.Document{Text: "Instead, Will called for a new crane."},
			[]string{"Will||indirect|called for|a new crane"}},
		{"a modal before a subject is no name",
			corpus.Document{Text: "Will the board back the pier?"},
			nil},
		{"a lemma that is its own past, after a name",
			corpus.Document{Text: "Ruiz forecast that the pier would reopen in May."},
			[]string{"Ruiz||indirect|forecast|the pier would reopen in May"}},
		{"a phrase before the subject and a parenthesis after its name",
			corpus.Document{Text: "In a long speech on the harbour, Sen. Ines Duarte (D-Ore.) called the crane deal reckless."},
			[]string{"Ines Duarte||indirect|called|the crane deal reckless"}},
		{"a name with its parenthesis and a name after its role, joined by and",
			corpus.Document{Text: "Sen. Ines Duarte (Ore.) and former Ohio governor Rui Sol suggested that the pier was unsafe."},
			[]string{"Ines Duarte (Ore.) and former Ohio governor Rui Sol||indirect|suggested|the pier was unsafe"}},
		{"a participle of passive after its noun, with its agent",
			corpus.Document{Text: "The harbour fee rose in May, a practice criticized by Ines Duarte."},
			[]string{"Ines Duarte||indirect|criticized|a practice criticized by Ines Duarte"}},
		{"a cue a noun shares, after a head of its infinitive",
			corpus.Document{Text: "The mayor went on to stress that the pier is safe."},
			[]string{"mayor||indirect|stress|the pier is safe"}},
		{"a cue a noun shares, after to with no head",
			corpus.Document{Text: "The mayor sent an envoy to protest the pier fees."},
			nil},
		{"a cue a noun shares, after a group and its phrase",
			corpus.Document{Text: "Supporters of the mayor hope the pier will reopen soon."},
			[]string{"Supporters of the mayor||indirect|hope|the pier will reopen soon"}},
		{"a role that opens the sentence, then its phrase",
			corpus.Document{Text: "Experts at the harbour institute warn that the pier is unsafe."},
			[]string{"Experts at the harbour institute||indirect|warn|the pier is unsafe"}},
		{"the terms of speaking say nothing; the main clause does",
			corpus.Document{Text: "A harbour official, who spoke on condition her name be withheld, said the pier would close."},
			[]string{"harbour official||indirect|said|the pier would close"}},
		{"a listener cue in a relative clause ends at its comma",
			corpus.Document{Text: "A harbour official, who asked not to be named, said the pier would close."},
			[]string{"harbour official||indirect|asked|not to be named", "harbour official||indirect|said|the pier would close"}},
		{"a participle after a trailing source",
			corpus.Document{Text: "The pier will close, Ines Duarte said, adding that the port would stay open."},
			[]string{"Ines Duarte||indirect|said|The pier will close", "Ines Duarte||indirect|adding|the port would stay open"}},
		{"quoted as saying",
			corpus.Document{Text: "Ines Duarte was quoted as saying the pier would close."},
			[]string{"Ines Duarte||indirect|saying|the pier would close"}},
		{"those close to a person speak, not the person",
			corpus.Document{Text: "Sources close to Ines Duarte said the pier would close."},
			[]string{"Sources close to Ines Duarte||indirect|said|the pier would close"}},
		{"a role familiar with a matter whose noun a verb shares",
			corpus.Document{Text: "A source familiar with the harbour talks said the pier would close."},
			[]string{"source familiar with the harbour talks||indirect|said|the pier would close"}},
		{"the noun before of heads the subject",
			corpus.Document{Text: "The head of the harbour talks said the pier would close."},
			[]string{"head of the harbour talks||indirect|said|the pier would close"}},
		{"according to a document from a body",
			corpus.Document{Text: "According to a statement from the harbour agency, the pier will close."},
			[]string{"statement from the harbour agency||indirect|according to|the pier will close"}},
		{"an adverb between the cue and that",
			corpus.Document{Text: "Ines Duarte has said repeatedly that the pier would close."},
			[]string{"Ines Duarte||indirect|said|the pier would close"}},
		{"a title's speaker after its cue and a comma",
			corpus.Document{Title: "Harbour fee rise 'unfair', says Ines Duarte"},
			[]string{"Ines Duarte||headline|says|Harbour fee rise 'unfair"}},
		{"a title's speaker and cue after a comma",
			corpus.Document{Title: "Harbour fee rise is unfair, Ines Duarte says"},
			[]string{"Ines Duarte||headline|says|Harbour fee rise is unfair"}},
		{"a title's trailing role speaks for the country its content opens with",
			corpus.Document{Title: "Chile harbour fees 'unfair', minister says"},
			[]string{"minister|CHL|headline|says|Chile harbour fees 'unfair"}},
		{"a name in capitals with a time word",
			corpus.Document{Text: "HARBOUR TODAY reported that the pier would close."},
			[]string{"HARBOUR TODAY||indirect|reported|the pier would close"}},
		{"a quantifier pronoun as the subject",
			corpus.Document{Text: "Few believe that the pier will reopen in May."},
			[]string{"Few||indirect|believe|the pier will reopen in May"}},
		{"a headline's future with a cue",
			corpus.Document{Text: "Duarte to call for wider harbour dredging\n\nThe pier was closed in May."},
			[]string{"Duarte||headline|call for|wider harbour dredging"}},
		{"a phrase of where or how before that is no content",
			corpus.Document{Text: "Ines Duarte said in an interview that the pier would reopen in May."},
			[]string{"Ines Duarte||indirect|said|the pier would reopen in May"}},
		{"a participle after an attribution with its phrase",
			corpus.Document{Text: "“The pier is safe,” Ines Duarte said in a statement, adding that repairs would start in May."},
			[]string{"Ines Duarte||direct|said|The pier is safe", "Ines Duarte||indirect|adding|repairs would start in May"}},
		{"a participle after while",
			corpus.Document{Text: "“The pier is safe,” Ines Duarte said, while arguing the harbour needs a new crane."},
			[]string{"Ines Duarte||direct|said|The pier is safe", "Ines Duarte||indirect|arguing|the harbour needs a new crane"}},
		{"told a listener named by several words",
			corpus.Document{Text: "Ines Duarte told the Harbour Gazette the pier would reopen in May."},
			[]string{"Ines Duarte||indirect|told|the pier would reopen in May"}},
		{"content, then the speaker told a listener when",
			corpus.Document{Text: "The pier would reopen in May, Ines Duarte told the Harbour Gazette on Monday."},
			[]string{"Ines Duarte||indirect|told|The pier would reopen in May"}},
		{"a participle phrase between the speaker and the cue",
			corpus.Document{Text: "Ines Duarte, speaking on Monday, said the pier needed new cranes."},
			[]string{"Ines Duarte||indirect|said|the pier needed new cranes"}},
		{"an appositive of a noun and its complement",
			corpus.Document{Text: "Ana Ruiz, curator of the harbour museum, said: “The pier is safe.”"},
			[]string{"Ana Ruiz||direct|said|The pier is safe"}},
		{"two roles of one speaker, one with an of-phrase",
			corpus.Document{Text: "The rain stopped. The regional candidate and former minister of transport said the port needed cranes."},
			[]string{"regional candidate and former minister of transport||indirect|said|the port needed cranes"}},
		{"a quantifier as the subject",
			corpus.Document{Text: "The rain stopped. Some have argued that the pier is unsafe."},
			[]string{"Some||indirect|argued|the pier is unsafe"}},
		{"a relative clause between dashes",
			corpus.Document{Text: "Ines Duarte - who had said the pier was safe - closed it on Monday."},
			[]string{"Ines Duarte||indirect|said|the pier was safe"}},
		{"a quoted title after the cue is no second part of the quote",
			corpus.Document{Text: "“The pier is safe,” Ines Duarte told “Harbour Morning,” the local radio show."},
			[]string{"Ines Duarte||direct|told|The pier is safe"}},
		{"a progressive cue of several words",
			corpus.Document{Text: "Mayor Ines Duarte is calling for the province to repair the old dam."},
			[]string{"Ines Duarte||indirect|calling for|the province to repair the old dam"}},
		{"mixed quote marks",
			corpus.Document{Text: "“The harbour fees are too high,\" the Estonian shipping minister wrote."},
			[]string{"Estonian shipping minister|EST|direct|wrote|The harbour fees are too high"}},
		{"evaluative verb",
			corpus.Document{Text: "Tunisia condemned the attack on its border post."},
			[]string{"Tunisia|TUN|indirect|condemned|the attack on its border post"}},
		{"participle clause belongs to the statement",
			corpus.Document{Text: "Praising Ghana's mediation, Togolese President Koffi Adjo said the crisis was over."},
			[]string{"Koffi Adjo|TGO|indirect|said|Praising Ghana's mediation, Togolese President Koffi Adjo said the crisis was over"}},
		{"headline with a colon and a possessive subject",
			corpus.Document{Title: "Chile: Argentina's claim \"baseless\""},
			[]string{"Chile|CHL|headline|:|Argentina's claim \"baseless\""}},
		{"headline with says",
			corpus.Document{Title: "Russia's Putin says Ukraine talks stalled", Date: nov2018},
			[]string{"Putin|RUS|headline|says|Ukraine talks stalled"}},
		{"headline lines in the body",
			corpus.Document{Text: "Related News:\n\nEgypt: Sudan's dam plan unacceptable\n\nRead More:\n\nKenya says Somalia border must reopen"},
			[]string{"Egypt|EGY|headline|:|Sudan's dam plan unacceptable", "Kenya|KEN|headline|says|Somalia border must reopen"}},
		{"a country's act",
			corpus.Document{Text: "Italy suspended air links with Serbia on Monday."},
			[]string{"Italy|ITA|indirect|suspended|suspended air links with Serbia on Monday"}},
		{"a ministry's accusation",
			corpus.Document{Text: "Russia's foreign ministry accused Estonia of provocations."},
			[]string{"Russia's foreign ministry|RUS|indirect|accused|Estonia of provocations"}},
		{"metonyms",
			corpus.Document{Text: "The Kremlin said the sanctions were illegal. Downing Street said it regretted the decision. The State Department said talks would go on."},
			[]string{"Kremlin|RUS|indirect|said|the sanctions were illegal", "Downing Street|GBR|indirect|said|it regretted the decision", "State Department|USA|indirect|said|talks would go on"}},
		{"appositive",
			corpus.Document{Text: "Ines Moreau, a French diplomat, said the deal was fair."},
			[]string{"Ines Moreau|FRA|indirect|said|the deal was fair"}},
		{"two statements in one sentence",
			corpus.Document{Text: "Peru said it backed the plan, while Ecuador said it had doubts."},
			[]string{"Peru|PER|indirect|said|it backed the plan", "Ecuador|ECU|indirect|said|it had doubts"}},
		{"passive is not a statement",
			corpus.Document{Text: "The minister was asked about the plan."},
			nil},
		{"a relative pronoun's antecedent speaks, also after a preposition",
			corpus.Document{Text: "The harbour deal was signed by Kenyan envoy Ruth Otieno, who said that Kenya would open a second terminal next year."},
			[]string{"Ruth Otieno|KEN|indirect|said|Kenya would open a second terminal next year"}},
		{"a relative clause in the subject ends before the main verb, which is read too",
			corpus.Document{Text: "Ruth Otieno, who has long argued for lower tariffs, said the talks with Uganda would resume in May."},
			[]string{"Ruth Otieno||indirect|argued|for lower tariffs", "Ruth Otieno||indirect|said|the talks with Uganda would resume in May"}},
		{"a name set off by commas after a role",
			corpus.Document{Text: "Her chief negotiator, Tomas Vidal, said that Chile would not sign the accord."},
			[]string{"Tomas Vidal||indirect|said|Chile would not sign the accord"}},
		{"an appositive holding a comma of its own",
			corpus.Document{Text: "Marta Lenz, the mayor of the port city, who ran unopposed in 2019, said the ferry line would close."},
			[]string{"Marta Lenz||indirect|said|the ferry line would close"}},
		{"an adverbial aside between the subject and its cue",
			corpus.Document{Text: "The minister, after a long cabinet meeting on Sunday, said that Peru would recall its ambassador."},
			[]string{"minister||indirect|said|Peru would recall its ambassador"}},
		{"an appositive between dashes",
			corpus.Document{Text: "Several economists - including two former central bank governors - warned that the currency was overvalued."},
			[]string{"economists||indirect|warned|the currency was overvalued"}},
		{"a source inside the sentence it reports",
			corpus.Document{Text: "Ghana will reopen the border crossing, two customs officers said on Friday, and trade should resume within days."},
			[]string{"two customs officers||indirect|said|Ghana will reopen the border crossing, two customs officers said on Friday, and trade should resume within days"}},
		{"a source inside the sentence, then a phrase that describes the clause",
			corpus.Document{Text: "Ghana will reopen the border crossing, two customs officers said on Friday, a step that could revive trade."},
			[]string{"two customs officers||indirect|said|Ghana will reopen the border crossing"}},
		{"a verb that informs a listener",
			corpus.Document{Text: "The ministry assured farmers that the subsidies would be paid before the harvest."},
			[]string{"ministry||indirect|assured|the subsidies would be paid before the harvest"}},
		{"a verb that alleges",
			corpus.Document{Text: "The opposition party alleges that the regulator ignored its own rules."},
			[]string{"opposition party||indirect|alleges|the regulator ignored its own rules"}},
		{"a capitalised auxiliary inside a sentence is a name",
			corpus.Document{Text: "Nora May said the ferry line would close."},
			[]string{"Nora May||indirect|said|the ferry line would close"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "d"
			got := statementsOf(a, tt.doc)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSpeakerResolution: later mentions resolve to the first, and the
// speaker's country comes from the words around the first mention, the
// actor lexicon on the document's date, or institutions; unknown stays
// empty.
func TestSpeakerResolution(t *testing.T) {
	a := newActorAnalyzer(t)
	tests := []struct {
		name string
		doc  corpus.Document
		want []string // "speaker|country"
	}{
		{"surname, pronoun and description",
			corpus.Document{Date: nov2018, Text: "Austrian Foreign Minister Karl Huber arrived in Rome on Sunday.\n\nHuber said the talks were useful. He also said trade would grow. The Austrian minister said more talks would follow."},
			[]string{"Karl Huber|AUT", "Karl Huber|AUT", "Karl Huber|AUT"}},
		{"the visiting envoy",
			corpus.Document{Date: nov2018, Text: "Qatari special envoy Hamad Saleh met officials in Kabul.\n\nThe visiting envoy said the region needed calm."},
			// The meeting in Kabul is an act of Qatar's envoy there.
			[]string{"Hamad Saleh|QAT", "Hamad Saleh|QAT"}},
		{"for his part",
			corpus.Document{Date: nov2018, Text: "Omani envoy Said Harthy met Iraq's Foreign Minister Nadia Jabri in Baghdad.\n\nFor his part, Jabri said Iraq wanted good ties."},
			// The meeting is an act of Oman's envoy toward Iraq.
			[]string{"Said Harthy|OMN", "Nadia Jabri|IRQ"}},
		// A phrase of the means of saying between the speaker and the cue
		// is passed over: its addressee never speaks.
		{"in a letter to an organisation",
			corpus.Document{Date: nov2018, Text: "The Kenyan government in a letter to the UN accused Uganda of aggression."},
			[]string{"Kenyan government|KEN"}},
		{"in an interview with another country's paper",
			corpus.Document{Date: nov2018, Text: "Kenyan officials in an interview with a Tanzanian daily accused Uganda of aggression."},
			[]string{"Kenyan officials|KEN"}},
		// A finite verb of irregular.tsv ends the subject's phrase: the
		// -ing cue after its object has the object as its subject.
		{"a past tense ends the phrase",
			corpus.Document{Date: nov2018, Text: "Tanzanian officials saw Kenya backing the Ugandan government."},
			[]string{"Kenya|KEN"}},
		{"a hyphen before a past form keeps the phrase",
			corpus.Document{Date: nov2018, Text: "The U.K.-led mission was supporting the Ugandan government."},
			[]string{"U.K.-led mission|GBR"}},
		{"a past form at the phrase's end is its head",
			corpus.Document{Date: nov2018, Text: "Officials of the Kenyan left were backing the Ugandan government."},
			[]string{"Officials of the Kenyan left|KEN"}},
		// A body of the state in its capital speaks for the state, and
		// the name with its capital is the speaker.
		{"an institution in a capital",
			corpus.Document{Date: nov2018, Text: "The National Transport Authority in Nairobi said the roads were open."},
			[]string{"National Transport Authority in Nairobi|KEN"}},
		{"actor lexicon, within the term of office",
			corpus.Document{Date: nov2018, Text: "Lavrov said the plan would fail."},
			[]string{"Lavrov|RUS"}},
		// A role word with a verb between it and a name is not the
		// name's title: the description speaks, not the one it names.
		{"a role before a verb is no title of the object",
			corpus.Document{Date: nov2018, Text: "Chile's president congratulated Ana Torres on her victory."},
			[]string{"Chile's president|CHL"}},
		// "its foreign ministry": the country "it" stands for earlier in
		// the sentence, else the last speaker's.
		{"its ministry, the country earlier in the sentence",
			corpus.Document{Date: nov2018, Text: "Kenya will keep the crossing shut until March, its foreign ministry said."},
			[]string{"foreign ministry|KEN"}},
		{"its ministry, the last speaker's country",
			corpus.Document{Date: nov2018, Text: "Kenya said the crossing would stay shut.\n\nIts trade ministry said the decision was final."},
			[]string{"Kenya|KEN", "trade ministry|KEN"}},
		// Outside any term, a person still speaks as one of the country
		// every row of the name gives.
		{"actor lexicon, outside any term of office",
			corpus.Document{Date: corpus.Date{Year: 1990, Precision: corpus.Year}, Text: "Lavrov said the plan would fail."},
			[]string{"Lavrov|RUS"}},
		{"no date: a name whose rows all agree",
			corpus.Document{Text: "Zarif said the plan would fail."},
			[]string{"Zarif|IRN"}},
		{"no date: a name whose rows disagree (ITA, then EU) stays unknown",
			corpus.Document{Text: "Mogherini said the plan would fail."},
			[]string{"Mogherini|"}},
		{"dated: the same name resolves by the date",
			corpus.Document{Date: nov2018, Text: "Mogherini said the plan would fail."},
			[]string{"Mogherini|EU"}},
		{"capital as speaker",
			corpus.Document{Text: "Tehran insists that the sanctions are illegal."},
			[]string{"Tehran|IRN"}},
		{"unknown stays empty",
			corpus.Document{Text: "Local resident Mary Jones said the bridge was unsafe."},
			[]string{"Mary Jones|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "d"
			var got []string
			for _, s := range a.Analyze(tt.doc).Statements {
				got = append(got, s.Speaker+"|"+s.SpeakerCountry)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("speakers = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeechQuotes: in a first-person speech, the delegation's sentences
// that name a country are its statements, and a quote inside belongs to
// the quoted speaker.
func TestSpeechQuotes(t *testing.T) {
	a := newActorAnalyzer(t)
	doc := corpus.Document{ID: "s", SpeakerCountry: "NZL", Speaker: "New Zealand", Date: nov2018,
		Text: "We welcome the pledge of Japan to cut emissions. As the Fijian Prime Minister Josaia Vuni told us, “the ocean does not wait for Australia or anyone else.” The weather is fine."}
	got := statementsOf(a, doc)
	want := []string{
		"New Zealand|NZL|speech||We welcome the pledge of Japan to cut emissions",
		"Josaia Vuni|FJI|direct|told|the ocean does not wait for Australia or anyone else",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("statements:\n got %q\nwant %q", got, want)
	}
}

// TestOneCountryNamedTwice: a subject that names one country twice (its
// adjective and its leader) is one speaker, not a joint subject.
func TestOneCountryNamedTwice(t *testing.T) {
	a := newActorAnalyzer(t)
	r := a.Analyze(corpus.Document{ID: "d", Date: nov2018, Text: "Kenyan President Uhuru Kenyatta praised Uganda's new port."})
	if len(r.Statements) != 1 {
		t.Fatalf("%d statements, want 1", len(r.Statements))
	}
	if s := r.Statements[0]; s.SpeakerCountry != "KEN" || strings.Contains(s.SpeakerRule, "joint") {
		t.Errorf("got %s (%s): %q, want KEN, not a joint subject", s.Speaker, s.SpeakerCountry, s.SpeakerRule)
	}
}

// TestSpeechPronounFragment: in a speech, a pronoun's reported speech
// with a quoted fragment ("He said the talks had been “very useful” …") is no
// direct quote and is not kept pending; resolving the pronoun again must
// not index the pending statements it is not among (it panicked).
func TestSpeechPronounFragment(t *testing.T) {
	a := newActorAnalyzer(t)
	r := a.Analyze(corpus.Document{ID: "d", Date: nov2018, SpeakerCountry: "ZMB",
		Text: "Our envoy met the Malawian minister last week. He said the talks had been \"very useful\" for both sides and praised Zambia's offer."})
	if len(r.Statements) == 0 {
		t.Fatal("no statements")
	}
}
