#!/usr/bin/env bash
# Scores delegraph on the dev set: each file of ../shared/corpus is ingested
# into its own store, exported as N-Quads and scored against its gold file.
# Usage: tools/score-dev.sh [BINARY] [OUTDIR]   (prints score.py's micro line)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
bin="${1:-${CARGO_TARGET_DIR:-$here/target}/release/delegraph}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
pairs=()
for gold in "$shared"/eval/dev/*.gold.json; do
  name="$(basename "$gold" .gold.json)"
  rm -rf "$out/$name.store"
  "$bin" ingest --quiet --store "$out/$name.store" "$shared/corpus/$name.txt"
  "$bin" export --store "$out/$name.store" --output "$out/$name.nq" 2>/dev/null
  pairs+=("$out/$name.nq" "$gold")
done
python3 "$shared/eval/score.py" "${pairs[@]}"
