package analysis

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestPartiesAndPlaces checks, on invented sentences, who the parties of
// an event are: joint subjects written as two leaders, a country after
// "and the", what a joint subject shares (a relation, a vow; not a
// one-way act), a venue or a place that is no party, a body in a capital,
// and the forms of acts that were lost before (a lemma that is its own
// past, "lifts" an embargo, aid sent, a title's second predicate or
// clause).
func TestPartiesAndPlaces(t *testing.T) {
	tests := []stanceCase{
		{"a joint subject does not share a one-way act",
			corpus.Document{Title: "Uruguay, Paraguay, Bolivia recognise new Haitian government"},
			[]string{"BOL→HTI +", "PRY→HTI +", "URY→HTI +"}},
		{"a joint subject that vows shares what it vows",
			corpus.Document{Title: "Gabon, Benin vow to work for peace"},
			[]string{"BEN→GAB +", "GAB→BEN +"}},
		{"a joint subject shares a relation; a negator inside quotation marks stays there",
			corpus.Document{Title: "Chad, Niger declare 'no limits' partnership"},
			[]string{"NER→TCD +", "TCD→NER +"}},
		{"a capital before a gathering is its venue",
			corpus.Document{Title: "Indian, Pakistani ministers agree on border steps at Tehran meet"},
			[]string{"IND→PAK +", "PAK→IND +"}},
		{"a person in another country's capital visits it (title-visit): contact, and no more",
			corpus.Document{Title: "Peruvian president in Santiago hails 'historic' friendship"},
			[]string{"CHL→PER +", "PER→CHL +"}},
		{"an agreement signed in a place is not with the place",
			corpus.Document{Title: "Benin, Togo sign peace agreement in Paris"},
			[]string{"BEN→TGO +", "TGO→BEN +"}},
		{"a joint subject's talks in a third country are not with it",
			corpus.Document{Text: "Zambian and Malawian officials held talks in Tanzania on Monday."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a pattern that ends with a skip passes over the venue",
			corpus.Document{Text: "Zambia and Malawi opened border talks in Nairobi on Tuesday."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a reported joint act is of its parties, not the reporter's toward them",
			corpus.Document{Text: "Oman said Zambia and Malawi held talks on Monday."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a joint act in a relative clause is not the main subject's",
			corpus.Document{Text: "Omani police guarded the hotel where Zambian and Malawian ministers held talks."},
			[]string{}}, // the clause opens no statement of its own: the parties' dyads are not read
		{"a joint act of the speaker's own pronoun and another country",
			corpus.Document{Text: "Oman said it and Malawi held talks on Monday."},
			[]string{"MWI→OMN +", "OMN→MWI +"}},
		{"a plural subject that an appositive names as two countries' leaders",
			corpus.Document{Text: "The two leaders, Zambia's Hichilema and Malawi's Chakwera, pledged to deepen trade ties."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a plural subject that an appositive names as two countries, of an act",
			corpus.Document{Text: "The two countries, Zambia and Malawi, signed a border deal on Monday."},
			[]string{"MWI→ZMB +", "ZMB→MWI +"}},
		{"a second party after \"and the\"",
			corpus.Document{Text: "Norway and the Netherlands signed a gas storage agreement on Monday."},
			[]string{"NLD→NOR +", "NOR→NLD +"}},
		{"two leaders, the second her counterpart",
			corpus.Document{Text: "Peruvian President Ana Soto and her Chilean counterpart Luis Vera agreed on Friday to expand trade."},
			[]string{"CHL→PER +", "PER→CHL +"}},
		{"a body in a capital speaks for that country",
			corpus.Document{Text: "Kenya's seizure of Ugandan cargo was condemned by the government in Kampala."},
			[]string{"KEN→UGA -", "UGA→KEN -"}}, // the seizure is Kenya's act (embedded nominal)
		{"the owner of a passive's subject is what its agent speaks of",
			corpus.Document{Text: "Ghana's decision to expel the Togolese ambassador was criticised by Lome."},
			[]string{"GHA→TGO -", "TGO→GHA -"}}, // and the expulsion is Ghana's act (infinitiveObject)
		{"a title's second predicate after a comma has the first subject",
			corpus.Document{Title: "Kenya hosts Ugandan, Rwandan leaders, hails new era of cooperation"},
			[]string{"KEN→RWA +", "KEN→UGA +"}},
		{"shaking hands is contact",
			corpus.Document{Title: "Kenyan president shakes hands with Ugandan leader at summit"},
			[]string{"KEN→UGA +", "UGA→KEN +"}},
		{"a lemma that is its own past",
			corpus.Document{Text: "Brazil cut diplomatic relations with Nicaragua in 2024."},
			[]string{"BRA→NIC -"}},
		{"disappointment with a country",
			corpus.Document{Text: "Finland voiced disappointment with Estonia over the stalled ferry talks."},
			[]string{"FIN→EST -"}},
		{"a trailing attribution with a participle aside",
			corpus.Document{Text: "Belarus banned imports of Polish apples, the Belarusian food safety chief said in Minsk, citing pest risks."},
			[]string{"BLR→POL -", "BLR→POL -"}}, // the food safety chief's report and the act
		{"the speaker's own country before its act acts on the object",
			corpus.Document{Text: "Latvia expelled two Belarusian diplomats for \"harmful activities\", the Latvian foreign ministry said."},
			[]string{"LVA→BLR -"}},
		{"lifting an embargo eases it",
			corpus.Document{Title: "US lifts arms embargo on Vietnam"},
			[]string{"USA→VNM +"}},
		{"a title's clauses after a semicolon are read apart",
			corpus.Document{Title: "Chile, Peru recognise new Bolivian government; Paraguay recalls envoy in protest"},
			[]string{"CHL→BOL +", "PER→BOL +", "PRY→CHL -", "PRY→PER -"}}, // the second clause answers the first (sides_test.go)
		{"aid sent: a verb of sending, a good of aid, then \"to\"",
			corpus.Document{Title: "Kenya dispatches medics to flood-hit Somalia"},
			[]string{"KEN→SOM +"}},
		{"what is sent without a good of aid is no aid",
			corpus.Document{Text: "Kenya sent 40 journalists to Somalia on Monday."},
			nil},
		{"what the two sides do is of each toward the other",
			corpus.Document{Text: "Ghana's president welcomed Togo's foreign minister in Accra, and the two governments signed a transit agreement."},
			[]string{"GHA→TGO +", "TGO→GHA +"}},
		{"an act in the clause before another's statement",
			corpus.Document{Text: "Peru recalled its ambassador from Chile, while Bolivia praised Chile for its restraint."},
			[]string{"BOL→CHL +", "PER→CHL -"}},
		{"coordinate clauses with subjects of their own are acts of their own",
			corpus.Document{Text: "Kenya closed its border with Somalia, and Ethiopia sent troops to the area."},
			[]string{"KEN→SOM -"}},
		{"a list before its verb stays one joint subject",
			corpus.Document{Text: "Peru, Chile, and Bolivia signed a trade pact on Monday."},
			[]string{"BOL→CHL +", "BOL→PER +", "CHL→BOL +", "CHL→PER +", "PER→BOL +", "PER→CHL +"}},
		{"trade curbs and tariffs are sanctions",
			corpus.Document{Title: "Kenya imposes tariffs on Ugandan sugar"},
			[]string{"KEN→UGA -"}},
		{"lifting a ban eases it",
			corpus.Document{Title: "Chile lifts ban on Peruvian fruit"},
			[]string{"CHL→PER +"}},
		{"an apology demanded of a country is a grievance against it",
			corpus.Document{Title: "Peru demands apology from Chile"},
			[]string{"PER→CHL -"}},
		{"an apology given is conciliation",
			corpus.Document{Title: "Chile apologises to Peru over border incident"},
			[]string{"CHL→PER +"}},
		{"a joint subject's hostility is toward what it names",
			corpus.Document{Title: "Ghana, Togo condemn Mali over border attack"},
			[]string{"GHA→MLI -", "TGO→MLI -"}},
		// A title's list that the tree parses as subjects of their own
		// (no "and") is one joint subject.
		{"a title's list parsed as several subjects",
			corpus.Document{Title: "Chile, South Korea hold joint naval drills"},
			[]string{"CHL→KOR +", "KOR→CHL +"}},
	}
	checkStanceCases(t, tests)
}
