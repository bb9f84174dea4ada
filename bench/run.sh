#!/usr/bin/env bash
# bench/run.sh times stance run on a corpus beside the floor program
# (bench/floor: gunzip, JSON decode, word split, map lookup on one core),
# in the same run, and prints the ratio, MB/s, sentences/s and peak RSS.
#
#   bench/run.sh [CORPUS.jsonl.gz] [stance run flags...]
#
# The default corpus is the UN General Debate corpus beside the project,
# read with its fields mapped (year, iso3, speaker) and yearly periods.
# Needs GNU time (/usr/bin/time, Debian's "time" package) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpora/ungdc-1946-2024.jsonl.gz}
shift || true
flags=("$@")
if [ ${#flags[@]} -eq 0 ]; then
	flags=(-period year -field date=year -field speaker_country=iso3 -field speaker=speaker)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/stance" ./cmd/stance
go build -o "$work/floor" ./bench/floor

timed() { # prints "seconds maxrss_kb" of the command, its output to $work/out
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
		cat "$work/err" >&2
		return 1
	}
	cat "$work/time"
}

read -r floor_s floor_kb < <(timed "$work/floor" "$corpus")
bytes=$(sed -n 's/.*bytes \([0-9]*\).*/\1/p' "$work/out")
read -r stance_s stance_kb < <(timed "$work/stance" run -quiet -o "$work/out.d" "${flags[@]}" "$corpus")
sentences=$(sed -n 's/.*"sentences": \([0-9]*\).*/\1/p' "$work/out.d/run.json" | head -1)
documents=$(sed -n 's/.*"documents": \([0-9]*\),*$/\1/p' "$work/out.d/run.json" | tail -1)

awk -v b="$bytes" -v fs="$floor_s" -v fk="$floor_kb" -v ss="$stance_s" -v sk="$stance_kb" \
	-v sent="$sentences" -v docs="$documents" -v corpus="$corpus" 'BEGIN {
	mib = b / 1048576
	printf "corpus      %s: %.0f MiB of JSON Lines, %d documents, %d sentences\n", corpus, mib, docs, sent
	printf "floor       %6.2f s  %6.1f MiB/s  peak RSS %4.0f MiB  (one core)\n", fs, mib / fs, fk / 1024
	printf "stance run  %6.2f s  %6.1f MiB/s  peak RSS %4.0f MiB  %.0f sentences/s\n", ss, mib / ss, sk / 1024, sent / ss
	printf "ratio       %.2f x the floor\n", ss / fs
}'
