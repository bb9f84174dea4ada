// stance-beam runs stance run's analysis as an Apache Beam pipeline: on
// this machine (the prism runner, in the process), or on many (Flink or
// Spark through a Beam job server, Google Cloud Dataflow). Its outputs are
// stance run's: dyads.csv, alignment.csv, map.csv and blocs.csv identical
// byte for byte, statements and stances identical row for row (written in
// shards; see merge), the same report, schema.json and run.json.
//
// Usage:
//
//	stance-beam [flags] PATH...            analyse files or folders (local, gs://, s3://)
//	stance-beam merge [-keep-shards] DIR   merge DIR's shards into statements.csv and stances.csv
//
// Flags may stand before or after the paths.
//
// # The flags of stance run
//
// These mean what they mean for stance run (stance help):
//
//	-o DIR                 output folder (default stance-out): local, gs://bucket/out, s3://bucket/out
//	-period P              day, week, month (default), quarter, year
//	-since D, -until D     keep only stances dated within these dates
//	-weighted              weigh each stance by its confidence in dyads
//	-bootstrap B           percentile bootstrap intervals from B resamples (at most 10000)
//	-smooth K              fill dyads.csv's smoothed column over K periods on each side
//	-window K              alignment pools K periods on each side (default 4; 0 none)
//	-min-shared K          third countries both must address for similarity (default 3)
//	-min-n N               the report's minimum stances with evidence per pair (0: automatic)
//	-with-organisations    keep organisations in alignment, the map, the blocs and the charts
//	-dyad A:B              show this dyad's time series in the report (repeatable)
//	-alias FROM=TO         merge country code FROM into TO (repeatable)
//	-no-successors         no successor table
//	-field NAME=SOURCE     read field NAME from input field SOURCE (repeatable)
//	-lexicons DIR          lexicon files replacing the built-in ones (read at launch, sent to the workers)
//	-keep-self             keep stances of a speaker toward its own country
//	-blend B               add B × general_sentiment to stances with evidence (experimental)
//	-contact C             cooperation (default) or neutral
//	-max-record-bytes N    skip records larger than N bytes (default 64 MiB)
//	-raw-csv               write CSV text cells as they are
//	-strict                exit 1 when any input had a problem
//	-force                 write into a local output folder that holds files but no earlier run
//
// Left out, as they only make sense in one process: -j (the runner decides
// the parallelism), -memory-limit and -cpuprofile (set GOMEMLIMIT, and
// profile with the runner's tools), -quiet (nothing is printed while the
// pipeline runs; problems are in run.json), -syntax (it changes no output
// yet). Also left out: -format parquet (the tables are CSV) and -votes
// (run stance aggregate -votes on the output folder).
//
// # stance-beam's own flags
//
//	-shards N    files each of statements and stances is written to (default 4)
//	-merge       after the run, merge the shards (as stance-beam merge)
//
// # Beam's flags
//
// Beam's own flags choose where the pipeline runs (stance-beam -help lists
// them all), for instance:
//
//	-runner R             prism (default: in this process), direct, universal (a job server), dataflow, flink, spark
//	-endpoint HOST:PORT   the job server of -runner universal (Flink's or Spark's)
//	-environment_type T   LOOPBACK (the workers call back into this process), DOCKER (a container per worker), PROCESS
//	-environment_config   the container image for DOCKER
//	-project, -region, -temp_location, -staging_location, -sdk_container_image   Dataflow's
//
// # Outputs
//
// Into -o: statements-00000-of-00004.csv ... and stances-00000-of-00004.csv
// ... (each shard has the header, then its rows sorted by their cells left
// to right; a shard with no row is not written), dyads.csv, alignment.csv,
// map.csv, blocs.csv, report/, schema.json and run.json, last. run.json has
// stance run's fields, with tool "stance-beam", and its own: runner,
// shards (the shard files, by table; empty once merged) and warnings
// (stance run's warnings, which stance-beam also prints).
//
// stance-beam merge DIR merges the shards into DIR/statements.csv and
// DIR/stances.csv (the header, then every row sorted as in the shards) and
// removes them (-keep-shards keeps them). stance run's rows, sorted the
// same way, are the same file.
//
// # Exit status
//
// 0 done, 1 the run failed (or a document could not be analysed, or with
// -strict an input had a problem), 2 a bad command line.
package main
