/*
Stance finds statements in news articles and speeches, attributes each to a
speaker and the speaker's country, finds the countries it is about, scores
the speaker's stance toward each (supportive +, hostile −), aggregates the
scores per country pair and period, and writes CSV tables and an HTML report.

Usage:

	stance run [flags] PATH...     analyse files or folders, write outputs
	stance eval [flags] GOLD...    score the pipeline on stance-gold/1 files
	stance explain [flags] FILE|-  show every statement of one input and why
	stance parse [flags] FILE|-    the sentences of one input as the analysis
	                               reads them, parsed, in CoNLL-U
	stance eval-syntax FILE...     score the parser on gold CoNLL-U files
	stance lexicon check DIR       validate a folder of user lexicon files
	stance lexicon stats [flags] [CORPUS...]
	                               what the lexicons hold; with a corpus,
	                               how often each stance term fired
	stance aggregate [flags] DIR   recompute dyads, alignment, map and blocs
	                               from DIR/stances.csv
	stance validate [flags] ALIGNMENT.csv AGREEMENT.csv[.gz]
	                               compare alignment with an external
	                               measure per pair and year (UN votes)
	stance help [formats]          this manual, or the output formats only
	stance version                 the tool's version

Flags may stand before or after the paths; "--" ends them. "stance
COMMAND -h" and "stance help COMMAND" print that command's part of this
manual.

At the end of a run, stance warns on stderr about likely mistakes: a
-field source that no document had, every document undated, a -dyad code
that no dyad has, most stances without a speaker country; the closing line
counts the warnings and gives the report's path. An input of an unknown
type is reported with the list of supported ones.

# Flags of run

	-o DIR                output folder (default stance-out)
	-period P             dyad period: day, week, month (default), quarter, year
	-since D, -until D    keep only stances dated within these dates
	-weighted             weigh stances by their confidence in dyads
	-bootstrap B          percentile bootstrap intervals from B resamples
	                      (at most 10000)
	-smooth K             fill dyads.csv's smoothed column (K periods each side)
	-window K             alignment pools K periods on each side into each
	                      country's stance profile (default 4)
	-votes FILE           validate the alignment against an agreement file
	                      (iso3_a, iso3_b, year, agreement; .gz read as
	                      such) as stance validate does: a section of the
	                      report and "validation" in run.json
	-min-shared K         shared third countries for alignment's similarity (3)
	-dyad A:B             show the time series of speaker country A toward
	                      target B in the report first (repeatable)
	-alias FROM=TO        merge country code FROM into TO in dyads and the
	                      report (repeatable): adds a row to the successor
	                      table or replaces FROM's row; FROM=FROM removes
	                      it (see Successor codes)
	-no-successors        no successor table: SUN, YUG, CSK, DDR and YMD
	                      keep their own dyads (-alias still applies)
	-with-organisations   keep organisations (UN, EU, NATO ...) in
	                      alignment, the map, the blocs and the report's
	                      charts; they are in dyads.csv either way
	-min-n N              the report charts the speaker -> target pairs with
	                      at least N stances with evidence over all periods
	                      (heatmap, dyads over time, network); 0 (default):
	                      5, 3 or 2, the largest that leaves 30 pairs;
	                      1: every pair
	-j N                  analysis workers, 0 to 256 (default 0: one per CPU)
	-field NAME=SOURCE    read field NAME from the input field SOURCE
	                      (repeatable; NAME is id, date, title, text, url,
	                      source, speaker or speaker_country)
	-lexicons DIR         lexicon files in DIR replace the built-in ones of
	                      the same name (countries.tsv, stance.tsv, cues.tsv,
	                      roles.tsv, irregular.tsv, cameo.tsv, words.tsv,
	                      actors.tsv, actors-phoenix.tsv, roles-phoenix.tsv,
	                      places-phoenix.tsv, places.tsv)
	-keep-self            keep stances of a speaker toward its own country
	-blend B              add B times general_sentiment to stances that have
	                      lexicon evidence: B in [0, 1] (experimental;
	                      default 0); NaN, infinities and other numbers
	                      are usage errors
	-contact C            how contact scores (a meeting, visit, call, talks,
	                      a signed agreement): cooperation (default: weak
	                      cooperation, CAMEO 04, 057: of each party toward
	                      the other for talks, an agreement and in a title,
	                      of the one who makes it for a meeting, a visit or a
	                      call a sentence tells of) or neutral (0, for
	                      corpora annotated that way)
	-max-record-bytes N   skip a record (line, row, file) larger than N bytes
	                      (default 64 MiB)
	-strict               exit 1 when any input had a problem (a note, such as
	                      the output folder skipped, is not one)
	-quiet                no progress line and no problem lines on stderr
	-format F             table formats, comma-separated: csv (default),
	                      parquet, or csv,parquet
	-raw-csv              write CSV text cells as they are (no ' before a
	                      cell that starts with =, +, -, @, tab or CR)
	-cpuprofile FILE      write a Go CPU profile of the run to FILE (read it
	                      with go tool pprof)
	-force                write into an output folder that holds files but no
	                      run.json of an earlier run (stance still replaces
	                      only the files it writes; see Output files)
	-memory-limit MiB     soft limit of the Go heap (default 256; 0: none;
	                      GOMEMLIMIT, when set, wins): near it the garbage
	                      collector works harder instead of growing the heap
	-syntax               parse as well the body sentences that will need a
	                      tree (see Parsing): the same outputs, 4 to 5 times
	                      slower on the UN corpus; run.json counts
	                      parsed_sentences

# Flags of aggregate

	-o DIR                output folder (default: DIR itself)
	-period, -since, -until, -weighted, -bootstrap, -smooth, -min-shared, -dyad,
	-format, -raw-csv as for run
	-alias, -no-successors, -with-organisations, -window, -votes, -min-n as for run
	-force                as for run: write into a folder that holds files
	                      but no run.json (DIR's own stances and statements
	                      tables do not count)
	-strict               stop at the first bad row of stances.csv (exit 1,
	                      nothing written) instead of skipping it

aggregate reads DIR/stances.csv, or DIR/stances.parquet when there is no
stances.csv, and writes dyads, alignment, map and blocs and schema.json.
It keeps the run's -period and -weighted (from DIR/run.json) unless the
command line sets them, says so on stderr, rewrites the report, and adds
what it did to run.json ("aggregated": its command, the stances read, the
bad rows skipped (bad_rows), the dyads and alignment rows written). With
the run's settings, from either file, it writes the run's dyads,
alignment, map and blocs byte for byte (a stance's numbers have the same
four decimals in both: see stances.csv). The report's statement explorer
reads the statements from DIR/statements.csv (or .parquet) and the
lexicons of the run's -lexicons folder when run.json names one that is
there (else the built-in ones), so that it shows the rows the run's report
showed.

A row whose stance is not a number in [-1, 1] (NaN, Inf, text), whose
confidence is not one in [0, 1], or whose date or label does not parse is
bad data, never folded into the numbers: it is reported on stderr as
"file:line: bad stances.csv: message" (the first 20; for Parquet, the line
the row would have in the CSV file), skipped, and counted on stdout, in
the report's overview and in run.json; with -strict the first one stops
aggregate. A missing column, a file that is not CSV, or a file of bad rows
only stops it too (exit 1, nothing written).

# Flags of eval

	-worst N              show the N worst documents of each file (default 5)
	-half H               tune or check: score only that half of each
	                      file's documents (see below); both: a table of
	                      each file's tuning half, check half and all
	                      documents; all (default): all documents
	-j, -field, -lexicons, -keep-self, -contact, -max-record-bytes as for run

eval prints, per file and overall, the signed-dyad TP, FP, FN, precision,
recall and F1, the statement and speaker figures, and the speaker-country
share: "speaker country: named speakers N, with a country M (share S)",
where N counts the predicted statements of the file's documents whose
speaker is a name (its first word is not "the", "a" or "an", and one of
its words is capitalised and is not a pronoun such as "He"; an all-capitals
word such as "US" is never a pronoun) and M those of them with a speaker
country.

Halves: each gold file is split by document id into a fixed tuning half
and check half. A document is in the tuning half when the 32-bit FNV-1a
hash of its id (the id's UTF-8 bytes as the file gives them) is even, and
in the check half when it is odd. Tune on the tuning half, confirm on the
check half. With -half both, eval prints only the table: per file, then
overall, a line each for tune, check and all with documents, TP, FP, FN,
precision, recall, F1, statement recall, statement F1, speaker accuracy,
named-head speaker accuracy and speaker-country share.

# Flags of explain

	-date D               the date of an article read from standard input
	                      (it decides which actor-lexicon rows apply)
	-syntax               after each statement, the parse of the sentences
	                      it overlaps, in CoNLL-U (see Parsing)
	-field, -lexicons, -keep-self, -contact, -max-record-bytes as for run

explain prints, for each document, every statement with its speaker,
country, kind, cue and content span, the rule that found it and how the
speaker and country were resolved, then each target with its stance, the
lexicon terms, their weights and the rules that attached them.

Examples:

	stance run testdata/demo
	stance run -o out -period year \
	    -field date=year -field speaker_country=iso3 -field speaker=speaker \
	    ../shared/corpora/ungdc-1946-2024.jsonl.gz
	stance eval ../shared/eval/*.jsonl
	stance eval -half both ../shared/eval/*.jsonl
	stance lexicon stats
	stance lexicon stats -o firings.tsv testdata/demo
	stance explain article.txt
	echo 'Moscow voiced support for Iran.' | stance explain -
	stance explain -syntax article.txt
	echo 'Moscow voiced support for Iran.' | stance parse -
	stance eval-syntax en_ewt-ud-test.conllu.gz
	stance validate out/alignment.csv \
	    ../shared/eval/unvotes-agreement-1946-1989.csv.gz

# Statements

A statement is a direct quote attributed by a cue next to it ("“...,” Lavrov
said", "Lavrov said: “...”"; a quote may run over sentences and paragraphs,
and a quote with no cue continues the statement before it), reported speech
("X said (that) ...", "..., X said", "according to X", and the verbs of
cues.tsv, several in one sentence), a headline ("X: ...", "X says ..."), a
country's act ("Italy suspended air links with Serbia"), or, in a
first-person speech, a sentence that names a country (only direct quotes
inside a speech belong to someone else).

Speakers are resolved within a document: a surname or a description ("the
Russian envoy") to the person met before, a pronoun to the last person who
spoke. The speaker's country comes, in order, from the words around the
mention (nationality adjectives, "Iran's", titles, appositives), the actor
lexicon (actors.tsv: a name maps to a country only within its terms of
office, by the document's date), and institutions and capitals. Unknown
stays empty.

# Lexicon check and stats

"stance lexicon check DIR" validates the lexicon files in DIR and prints each
bad row as "DIR/file:line: message"; it exits 1 when any row is bad. Beyond
each file's columns, weights and duplicate rows, it rejects: a line that is
not valid UTF-8 (in any file, comments too); a country code (countries.tsv,
actors.tsv, actors-phoenix.tsv) that is neither three capital letters A to
Z (ISO 3166-1 alpha-3, as PSE, SUN, XKX) nor one of the organisation codes
(EU, NATO, UN, AU, ASEAN, OPEC, ARL, GCC, OIC, IAEA, WHO, IMF, WTO, OSCE,
SCO, CSTO, BRICS, G7, G20); a name, adjective or capital of countries.tsv
given under a second code (a leading "?" aside); a name or alias of
actors.tsv that another row gives another country for dates that overlap
(an undated row covers all dates). actors-phoenix.tsv, imported, keeps
such names: the analysis takes them as ambiguous on those dates. The
built-in lexicons pass. run, eval, explain and lexicon stats apply the
same rules to the files of -lexicons DIR: a bad one stops them at startup.

"stance lexicon stats [flags] [CORPUS...]" loads the lexicons (the built-in
ones, or those of -lexicons DIR in their place) and prints tables: each
file with its version and rows (lines that are neither blank nor "#"
comments); the stance-term rows per class and source ("ours" for the
hand-written stance.tsv, "cameo" for the imported event lexicon; a row is
one line of its file, whatever forms it expands to); the cue rows and
forms per kind (say, think, evaluate); the role words per class; the actor
rows per source and role, with and without dated terms.

With CORPUS paths (read as run reads them, with the same -field, -j,
-lexicons, -keep-self, -blend and -max-record-bytes) it runs the analysis
over them, showing progress on a terminal as run does, and counts how
often each stance-term row fired: once for each evidence entry of a stance
(see stances.csv) that names the row's term: "condemn/v-0.70 forward"
names the row condemn/v of ours, "accuse [CAMEO 112]-0.40 cue" the
imported row accuse of code 112, "accused [CAMEO 112: * + of]-0.40
forward" the imported row that has the form accused (a verb framed by a
CAMEO pattern); an untagged term names the first row of that term in load
order, ours before imported ones. It prints the
evidence entries by kind (stance terms, evaluative cues, general_sentiment
with -blend, and unrecognised ones, which should be 0), the rows that
fired per source and class, the rows that never fired per source, and the
30 most fired terms.

	-o FILE               also write every stance-term row to FILE as TSV:
	                      source, class, code, term, weight, forms, firings
	                      (in load order; needs a CORPUS)
	-quiet                no progress line and no problem lines on stderr
	-j, -field, -lexicons, -keep-self, -blend, -max-record-bytes as for run

# Parsing

The analysis tags and parses (Universal Dependencies, trained on the
English Web Treebank) every title: where the rules of word order find no
statement in a title, the tree's act does ("A's president, B's
counterpart of many years sign accord": the subject of the verb and its
conjuncts act, each toward the others and the countries the predicate
names; with a passive and its agent, the agent acts on the subject). The
model is loaded when the first document with a title comes (about 0.15 s
and 32 MB); a corpus of speeches with no titles never loads it.

With run -syntax (and explain -syntax), the analysis parses as well every
sentence of a text that names a country or an actor of actors.tsv and
holds a cue (cues.tsv) or a lexicon term (stance.tsv). No rule reads those
trees yet, so this is off by default: it costs 4 to 5 times the run's time
on the UN corpus. run.json counts the sentences read and parsed
(sentences, parsed_sentences).

"stance parse FILE" writes the sentences of FILE, split into sentences and
tokens by the analysis's own splitter and tokenizer (what the analysis
sees), tagged, lemmatised and parsed, in CoNLL-U (10 tab-separated columns,
one word a line; "Iran's" is the words "Iran" and "'s" under a multiword
token line "1-2"; a blank line after each sentence). A file of a format run
reads (below; .txt included) is read as run reads it, one document at a
time: its title (sentence 1) and its text, each sentence with the comments
"# sent_id = DOCID#N" and "# text = ...", the first of a document after
"# newdoc id = DOCID". Standard input ("-") and a file of any other
extension are plain text, every line of it text (no date or title line),
read a paragraph at a time whatever its size; their sentences are "N".
Flags: -field and -max-record-bytes as for run (in plain text, a line
longer than -max-record-bytes is skipped). Input problems are reported as
for run; parse exits 1 when one skipped or cut input.

"stance explain -syntax FILE" prints after each statement the CoNLL-U of
the sentences it overlaps, with the ids "stance parse FILE" gives them
(DOCID#N), or says that a sentence was not parsed (it names no country or
actor, or holds no cue or lexicon term).

"stance eval-syntax FILE.conllu..." (FILE.conllu.gz read through gzip)
tags and parses each gold sentence on its gold words and prints, per file
and overall, the words, then the share of words (punctuation included)
with the right UPOS, XPOS and lemma, the right head (UAS) and the right
head and relation (LAS), then for each relation the gold and predicted
counts, precision, recall and F1. A malformed file stops it with
"file:line: message" and exit status 1.

# Validation

"stance validate ALIGNMENT.csv AGREEMENT.csv" compares the alignment index
of an alignment.csv with an external measure of alignment per country
pair and period: typically UN General Assembly voting agreement (1 same
vote, 0.5 one abstained, 0 opposite votes), a CSV file (.gz read through
gzip) with the columns iso3_a, iso3_b, year and agreement. Columns are
found by name; a pair is unordered. An alignment row is matched with the
agreement row of the same pair and the same period (the alignment period
1990 with the year 1990); a row with an empty value (or NA, NaN) is
skipped, and so is a row that pairs a country with itself. A pair and
period given twice with the same value count once; with different values
they are an error. validate prints a line per file with its rows, those
without a value, those compared and those that found no partner (with
how many of those lie in years the other file does not have at all, and
how many have a period finer than a year), then per period and overall
(the first line) the pairs compared, Spearman's rho (ranks, ties sharing
their mean rank) and Pearson's r, with four decimals or n/a (fewer than
two pairs, or a constant column). Rho near 1: the pairs stance finds more
aligned vote more alike.

	-column NAME          alignment.csv's column to compare: score
	                      (default), mutual or similarity
	-from YEAR, -to YEAR  compare only periods whose year is within these
	                      (inclusive); undated rows are then left out
	-years even|odd       compare only the periods of even (or odd) years:
	                      a fixed split, one half to decide on and the
	                      other to report (default all)
	-by-year              match a period finer than a year (1990-03,
	                      1990-Q1, 1990-W05, 1990-03-05) to the agreement of
	                      its year when no row has its own period; each such
	                      row counts as a pair compared
	-agreement-columns A,B,PERIOD,VALUE
	                      the agreement file's columns (default
	                      iso3_a,iso3_b,year,agreement)
	-o FILE               also write the per-period table as CSV: period,
	                      pairs, spearman, pearson (empty when n/a)

A malformed file stops validate with "file:line: message" and exit
status 1.

# Input formats

A PATH is a file or a folder; folders are walked recursively (names starting
with "." are skipped) and files are read in sorted order. Symbolic links are
followed, given or met: a folder is read once however many paths or links
lead to it (the first path is kept; the others are notes in run.json), and
so is a file. The output folder (-o) is never read as input, even inside a
PATH (a note in run.json). A link to nothing, a link to a folder that holds
it, and a named pipe (FIFO), socket or device met in a folder are problems,
not read. A named pipe given by name is read as it comes (Ctrl-C stops the
wait for its writer). A file name that is not valid UTF-8 is shown with each
invalid byte as \xNN in ids, messages and run.json (an invalid-utf8
problem).

  - .txt: one article. An optional first line with the date
    ("Nov 05, 2018 14:31 Asia/Tehran [Updated: ...]"), a title line (a
    leading bullet is dropped), then the body. Non-breaking spaces are spaces.
  - .jsonl, .ndjson: one JSON object per line. .json: an array of objects or
    one object. Fields id, date, title, text, url, source, speaker,
    speaker_country (renamed with -field). A document with speaker_country is
    a first-person speech by that country.
  - .csv, .tsv: a header row, then one document per row, same fields.
  - .html, .htm: the article text (no scripts, styles or navigation); the date
    from article:published_time, <time datetime> or JSON-LD datePublished.
  - Any of these compressed: .gz, .zst.

Dates: RFC 3339, 2018-11-05, 2018-11, 2018, "Nov 05, 2018 14:31",
"5 November 2018", "November 5, 2018", with IANA zone names or offsets. A
date is kept as the calendar date in the document's own zone. A document
without a parseable date keeps an empty date and is counted in run.json.

Bad input never stops a run: a binary file (UTF-16 or UTF-32 text is told
apart, with the iconv command that converts it), invalid UTF-8 (repaired to
U+FFFD), an empty file, a malformed line, a record over the size limit (a
CSV row too: the rows after it are read), a file that cannot be read, a
link to nothing or in a loop, a pipe, socket or device in a folder. Each is
reported once on stderr as "file:line: reason: message" and counted in
run.json, one problem per file or record.

# Output files

run writes into its output folder (-o), aggregate into DIR (or -o), both
the same way, so that a reader of the folder sees the previous outputs or
the new ones, never a mix:

  - A folder that holds files but no run.json (not an earlier run's
    outputs) is refused unless -force, in case it holds a file of one of
    stance's names. Only stance's own files are replaced, file by file (in
    report/ too); other files are never deleted, and a folder where
    stance writes a file is an error, never replaced.
  - The folder is locked from the start to the end: .stance-lock in it
    holds the pid, host, start time and command of the stance that writes
    it (flock(2) where the system has it). A second stance into the same
    folder fails at once (exit 1), naming the lock and that process. A lock
    left by a process that was killed is taken over, with a warning.
  - Everything (tables, schema.json, report/, run.json) is written into a
    staging folder inside it, .stance-tmp-*, then committed: the previous
    run.json first, then each previous output, is moved aside into the
    staging folder as its new one moves in, and the new run.json comes
    last, so that a run.json describes the files beside it. When a step
    fails (a folder in the way, a report/ on another file system or not
    writable), every step is undone: the previous outputs are back as they
    were, and the error says what failed (exit 1).
  - Ctrl-C (or SIGTERM) at any stage before the commit, the final stage of
    dyads, bootstrap intervals, alignment, map, blocs and report included,
    ends the command, exit 130, with the previous outputs as they were
    (within 0.35 s on the UN sample with -bootstrap 10000); a commit under
    way finishes (it takes milliseconds).
  - A stance killed outright (SIGKILL) leaves its staging folder, which
    holds a copy of the outputs: the next run or aggregate into the folder
    removes it, with a warning that says its size, after putting back the
    previous outputs when the kill came in the middle of a commit.

All CSV files are RFC 4180, UTF-8, with a header row, CRLF line ends, "."
decimals with four places, an empty cell for an unknown value, and rows in a
fixed order: two runs over the same input give the same bytes.

A text cell (not a number) that starts with =, +, -, @, a tab or a carriage
return gets a ' in front, so that a spreadsheet shows it instead of running
it as a formula; a cell whose leading quotes are followed by such a
character gets one more, so the text can be restored (stance aggregate
does). Numbers such as -0.5000 are never changed. -raw-csv turns this off.

With -format parquet (or csv,parquet) each table is written as Apache
Parquet, NAME.parquet (statements.parquet, stances.parquet, ...): the same
columns in the same order, strings, int64 integers, doubles at full
precision (a stance's score, confidence and general sentiment have four
decimals already), and null for an unknown value (optional columns); Snappy, row
groups of 65,536 rows, statements and stances written as the run goes.

schema.json describes every table: its files, what a row is, and each
column's name, type (string, integer, number, date: YYYY-MM-DD, YYYY-MM or
YYYY), whether it can be empty ("nullable") and a one-line description,
with the CSV dialect and whether the spreadsheet guard was on
("formula_guard"), and the code list of the country columns
("country_codes": ISO 3166-1 alpha-3, the columns that hold codes, and
the extra codes stance uses beyond it, such as SUN, YUG, XKX and the
organisations, with their names).

statements.csv, one row per statement, in input order:

	statement_id      document id, "#", the statement's number in it
	doc_id            the document's id
	date              the document's date (YYYY-MM-DD, YYYY-MM, YYYY or empty)
	speaker           the fullest name the document gives the speaker, or
	                  the institution or capital as written ("Tehran")
	speaker_country   ISO 3166-1 alpha-3, or empty when unknown
	kind              direct | indirect | headline | speech
	cue               the word or mark that introduces it ("said", ":")
	field             text | title
	start, end        UTF-8 byte offsets of the content in that field
	text              the content

stances.csv, one row per statement and target country:

	statement_id, doc_id, date, speaker, speaker_country   as above
	target_country    ISO 3166-1 alpha-3
	stance            score in [-1, 1], four decimals
	label             positive (stance >= 0.05) | negative (<= -0.05) | neutral
	confidence        in [0, 1], four decimals: how sure the attachment and
	                  polarity are
	evidence          the terms that produced the score, separated by " | ",
	                  each "term±weight rule [negated|intensified]"
	general_sentiment cdipaolo's movie-review model on the statement, in
	                  [-1, 1], four decimals; a separate signal, not part of
	                  stance

The analysis rounds each stance's score, confidence and general sentiment
to four decimals where it makes them (the label follows the rounded
score): stances.csv, stances.parquet, the dyads of the run and those of
stance aggregate then count the same numbers.

dyads.csv, one row per speaker country, target country and period:

	speaker_country, target_country, period
	n                 stances, neutral mentions included
	n_evidence        stances with lexicon evidence: those under mean
	neutral_share     share of the n stances labelled neutral
	mean              mean of the stances with evidence (weighted by
	                  confidence with -weighted); empty when none has any
	mean_all          plain mean of all n stances (the mean of versions
	                  before 0.2)
	shrunk            mean drawn toward the target's prior, the mean of every
	                  speaker's evidence stances toward it in the period:
	                  (n_evidence mean + 2 prior) / (n_evidence + 2)
	sd                sample standard deviation of the stances with evidence
	ci_low, ci_high   95 % interval of mean inside [-1, 1]: Student's t on the
	                  atanh scale (sd there at least 0.25), or the percentile
	                  bootstrap with -bootstrap B, widened to contain mean;
	                  empty below two stances with evidence
	positive, negative, neutral   stances by label
	smoothed          with -smooth K: n-weighted mean of this dyad's means over
	                  the periods at most K away that have data; else empty

Periods are labelled 2018-11-05 (day), 2018-W45 (ISO week), 2018-11 (month),
2018-Q4 (quarter) and 2018 (year). A document dated more coarsely than the
period (a year only, in a monthly run) is labelled at its own precision; an
undated one has an empty period.

Successor codes: in dyads (and so alignment, map, blocs and the report,
not stances.csv) the speaker and target codes of a country that no longer
exists are merged into its successor's: SUN → RUS (Soviet Union,
1922–1991), YUG → SRB (Yugoslavia, then Serbia and Montenegro, 1945–2006),
CSK → CZE (Czechoslovakia, 1918–1992), DDR → DEU (East Germany,
1949–1990), YMD → YEM (South Yemen, 1967–1990). The UN General Debate
corpus codes Soviet speeches RUS while their text names the Soviet Union
(SUN): merged, USA→SUN and USA→RUS are one dyad. A delegation is never its
own target after the mapping: RUS→SUN is left out as a stance toward
itself (run.json counts it under self). East and West Germany (1973–1990)
and South and North Yemen (1967–1990) sat in the UN side by side: merged,
their speeches of those years are one country's; -alias DDR=DDR (or
YMD=YMD) keeps one apart, -no-successors all.

alignment.csv, one row per unordered country pair and period:

	country_a, country_b   ISO codes, country_a < country_b
	period
	score             the alignment index in [-1, 1]: the cosine of the two
	                  countries' stance profiles (each one's stance toward
	                  every other target over -window K periods on each
	                  side, Σ scores / (n + 1)); validated against UN votes
	ci_low, ci_high   95 % interval of score inside [-1, 1]: the delete-one
	                  jackknife over the targets either profile addresses;
	                  empty below 3 such targets
	mutual            mean of the directed stances of the period that exist
	                  (A→B, B→A)
	similarity        S-score of their stances in the period toward the third
	                  countries both addressed, corrected for chance agreement
	                  as Scott's pi is; empty below -min-shared (default 3)
	n                 stances with evidence in the two profiles
	shared            third countries both profiles address

map.csv, the countries of each period on a plane (classical MDS of the
distances (1 − score)/2, signs fixed between periods):

	country, period, x, y

blocs.csv, communities (Louvain) of the positive-alignment graph:

	period, bloc (1, 2, ... by size), country

report/index.html: the HTML report. Open it in a browser; it needs no
network and sends no request. Overview (counts from the manifest, period
range, top speaker countries, targets and speakers); heatmap of mean stance,
speaker country x target country over all periods (ordered by bloc, n and
95 % interval in the tooltip); time series of any speaker -> target pair,
chosen with speaker and target pickers or from the -dyad pairs and the top
dyads (mean, 95 % band, smoothed line); the alignment of any two countries
over time with its 95 % band; network of countries coloured by
bloc; the alignment map with a period slider; top speakers' mean stance by
target; a statement explorer that a click on any chart filters (search,
sort): date, document id, speaker, country, target, stance, confidence, the
statement (at most 300 characters: a longer one is cut, at word ends and
with "…", to the words around its first evidence term and the mention of
the target nearest it) with its evidence terms marked and the target
underlined, and the rule (the statement's kind and cue, then each evidence
term's weight and attachment rule). In the charts' speakers and the
explorer, the spellings of one speaker of one country show as one name:
the same but for case, honorifics (Mr., Mrs., Dr., H.E., Sir ...) and
spacing ("Mr. GROMYKO", "Mr. Gromyko"), or one actor of the actor lexicon
("Trump", "Donald Trump"); the fullest spelling, or the lexicon's name, is
shown. The CSV files keep the names as written. The charts are of countries: stances of or
toward organisations (UN, EU, NATO ...) are left out of them (the page
says how many; the explorer and the CSV files keep them; -dyad still
shows such a pair) unless -with-organisations. Pairs with fewer stances
with evidence than -min-n are left out of the heatmap, the dyads over time
and the network. The page holds at most 40 countries, 150 network edges,
the series of the pairs with the most stances up to 90,000 pair-periods
for each picker, 20 speakers and 3000 statements: the CSV files have all.
report/echarts.min.js is the bundled ECharts 5.6.0 (Apache-2.0), with its
licence files beside it.

run.json: the manifest: tool version, command line, period, lexicon
versions, the successor table used (successors: each merged code and
the code it joined, sorted; {} when none), each input file (the first
10000; inputs_omitted counts the rest) with its documents, skipped records and problems
by reason, the problems one by one (at most 1000 listed, all counted), the
notes on the walk of the inputs (the output folder left out, a path met
twice: notes, notes_omitted; not problems), the counts of documents, undated, repaired and failed documents, sentences,
parsed sentences (parsed_sentences: the titles, and without -syntax no
other), statements and
stances, the stances left out of dyads by reason, with -votes the
validation (agreement file, pair-periods compared, spearman, pearson), and
the elapsed time
(the only value that differs between two runs over the same input).

# Exit status

	0    success (also when some inputs, or bad rows of stances.csv in
	     aggregate, were skipped, unless -strict)
	1    the run failed (a run or explain that read no document fails too,
	     and leaves the previous outputs as they were; so does a commit
	     that fails, and a run or aggregate into a folder that another
	     stance holds), or -strict and an input had a problem (aggregate:
	     a row of stances.csv was bad)
	2    usage error (an unknown flag names the closest one)
	130  interrupted (Ctrl-C or SIGTERM) before the commit; the previous
	     outputs are left as they were
*/
package main
