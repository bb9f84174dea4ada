// Package evaluate scores stance's predictions against gold files in the
// stance-gold/1 format.
//
// # Gold files
//
// A stance-gold/1 file is JSON Lines, one document a line. Each line is a
// valid input document for "stance run" (id, date, title, text,
// speaker_country) and carries the answer under "gold":
//
//	{"id": "plover-0028", "text": "Israel is opposed to French mediation ...",
//	 "gold": {
//	   "dyads": [{"speaker_country": "ISR", "target_country": "FRA", "stance": -1}],
//	   "judge": {"pairs": "all", "signs": [-1, 1]},
//	   "attributions": [{"speaker": "Donald Trump", "start": 120, "end": 245}]}}
//
// dyads are the signed, directed stances the text expresses (speaker's
// country → target country, +1 or -1). judge.pairs is "all" or a list of
// unordered country pairs that were judged; judge.signs lists the signs
// that were annotated. A predicted dyad whose pair or sign was not judged
// is neither right nor wrong. attributions give who said what: start and
// end are UTF-8 byte offsets of the reported content in text (end
// exclusive).
//
// [ReadGold] reads the gold part of a file. A bad line is an error that
// says where (file:line or file:line:col); see ReadGold for the checks.
//
// # Predictions
//
// Predictions are plain rows: [PredStance] (from stances.csv) and
// [PredStatement] (from statements.csv). [Score] scores the predictions for
// the documents of one gold file and returns a [FileResult]; [Total] sums
// several files. Predictions whose document ID is not in the gold file are
// ignored (and counted as ignored).
//
// # Signed dyads
//
// Per document, the predicted stances become signed dyads
// ([PredictedDyads]): rows labelled neutral are dropped, and so are
// self-stances (speaker = target) and rows with an empty speaker or target
// country; the rest are grouped by (speaker, target) and each group keeps
// the sign of its mean score (the sign of the sum of its scores, added in
// input order). A mean of exactly 0 gives no prediction, and so does a NaN
// mean (a NaN score, or +Inf and -Inf together). Country codes are compared exactly. Then, counting
// only dyads whose pair and sign are judged:
//
//   - TP: a predicted (speaker, target, sign) that is a gold dyad;
//   - FP: a predicted one that is not; when gold has the same pair with
//     the opposite sign it is also counted as WrongSign;
//   - FN: a gold dyad that was not predicted with its sign.
//
// A gold dyad whose pair or sign is not judged (an inconsistent gold file)
// is never a false negative. Predicted dyads that are not judged are
// counted as Unjudged, for information only. Precision = TP/(TP+FP), Recall = TP/(TP+FN) and F1 =
// 2TP/(2TP+FP+FN) are micro-averaged over all documents of a file (and over
// all files by Total).
//
// # Attributions
//
// Only documents with attribution gold (a non-empty attributions list)
// count; predicted statements of other documents are not scored. A
// predicted statement whose offsets refer to the title (InTitle) is left
// out: gold offsets refer to the text only, so a title statement can be
// neither matched nor counted. A predicted statement matches a gold
// attribution when their byte spans overlap by at least half of the shorter
// one (2 × overlap ≥ min(length)); an empty span (or a malformed one:
// negative start, end before start) never matches. Matching is many to
// many: StmtRecall = gold attributions matched by at least one statement /
// all gold attributions; StmtPrecision = statements that match at least one
// gold attribution / all statements; StmtF1 is their harmonic mean.
//
// # Speakers
//
// Speaker accuracy is counted on matched gold attributions whose speaker is
// a name. A gold attribution matched by several statements is judged on
// the one with the largest overlap; ties go to the earliest start, then to
// the first in input order. Speakers are split into tokens: words split at
// white space, lower-cased, curly apostrophes made straight, punctuation
// trimmed, a final 's (or 've, 'd, 'll, 're, 'm, or a bare final
// apostrophe) removed, then everything but letters and digits dropped
// ("O’Malley" → omalley, "Trump's" → trump, "U.S." → us). A gold speaker is
// not judged when it has no token, or when it is a single token that is a
// personal, possessive, reflexive, relative or demonstrative pronoun (he,
// his, himself, it's, they, who, which, that, those, one ...). Every other
// gold speaker is judged: descriptions ("The Russian envoy", "ISIS
// soldiers", "officials") and indefinite pronouns ("some", "others",
// "nobody") included. The prediction is right when the gold
// speaker's last token is one of the predicted speaker's tokens. The last
// token is taken literally, so a gold speaker with an apposition ("Ana
// Ruiz, a central bank governor,") needs "governor" in the prediction.
//
// Two more readings are printed beside it. The head reading judges the
// same pairs on the name at the head of the gold speaker, the span cut
// before its first comma, parenthesis, dash or relative clause (nameHead:
// "Ana Ruiz, a central bank governor," is judged on "Ruiz"), as the
// README of the evaluation files describes. The named reading keeps, of
// those, the pairs whose head is a name in the sense of the speaker-country
// share below ("Ana Ruiz", "Tehran", "U.S. officials"; not "officials" or
// "the ministry"): the speaker accuracy the project's issues quote
// (SpeakerNamedAccuracy).
//
// # Speaker countries
//
// The speaker-country share measures how often stance finds the country of
// a speaker it has a name for. Every predicted statement of a gold
// document counts (title statements and documents without attribution
// gold included) when its speaker is a name: its first word is not "the",
// "a" or "an" (in any case), and one of its words is capitalised (its
// first letter or digit is upper-case) and is not a pronoun of the list
// above ("He", "They"), an all-capitals word of two letters or more being
// an acronym ("US"), never a pronoun. NamedSpeakers counts those
// statements, NamedWithCountry those of them with a non-empty speaker
// country, and SpeakerCountryShare = NamedWithCountry / NamedSpeakers.
//
// # Halves
//
// Each gold file is split by document id into two fixed halves
// ([HalfOf]): a document is in the tuning half ([Tune]) when the 32-bit
// FNV-1a hash (hash/fnv.New32a) of the bytes of its id is even, else in
// the check half ([Check]). Tune rules and weights on the tuning half and
// confirm on the check half. [FileResult.InHalf] gives the figures of one
// half, [WriteHalves] a table of both halves and all documents per file.
// (FNV-1a multiplies by an odd prime after each XOR, so the hash is even
// exactly when the id has an odd number of bytes of odd value: ids
// numbered in sequence mostly alternate between the halves.)
//
// # Text report
//
// [FileResult.WriteText] prints, for example (see ExampleScore):
//
//	example.jsonl: 1 document
//	dyads       TP 1, FP 1 (wrong sign 1), FN 1, unjudged 0
//	            precision 0.500, recall 0.500, F1 0.500
//	statements  gold 3, predicted 3, matched gold 2, matched predicted 2
//	            recall 0.667, precision 0.667, F1 0.667
//	speakers    judged 1, right 1, accuracy 1.000
//	            on the name at the head of the gold speaker: right 1, accuracy 1.000
//	            that head a name: judged 1, right 1, accuracy 1.000
//	speaker country: named speakers 4, with a country 3 (share 0.750)
//
//	worst 1 of 1 document with errors:
//	ex-1 (example.jsonl:1): FP 1, FN 1, missed attributions 1
//	  false positive      RUS→USA + (wrong sign)
//	  false negative      RUS→USA -
//	  missed attribution  [134,153) "The US State Department": "it was disappointed"
//	  unmatched statement [0,8) "Russia": "Russia's"
//
// The other per-document lines are "wrong speaker" (the gold span, the
// gold speaker and the predicted one) and "... N more" after 10 items of
// a kind. An "ignored N stances, M statements of documents not in the
// file" line follows the speakers line when something was ignored.
//
// Ratios print with three decimals, or "n/a" when their denominator is 0
// (they are 0 in FileResult). The worst documents are those with something
// wrong, ordered by FP+FN, then by missed attributions (both decreasing),
// then by ID; each list shows at most 10 items.
package evaluate
