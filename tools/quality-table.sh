#!/usr/bin/env bash
# Quality table: delegraph vs. the naive jieba-POS baseline (tools/baseline.py)
# on the dev set, micro-averaged over files, printed as Markdown.
# Usage: tools/quality-table.sh [BINARY] [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
bin="${1:-/root/.cache/delegraph-target/release/delegraph}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out/delegraph" "$out/baseline"

python3 -c "import jieba, pyoxigraph" 2>/dev/null || pip install -q jieba pyoxigraph

# the binary may be rebuilt under us: wait a little for it to reappear
run() {
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    if [ -x "$bin" ]; then "$bin" "$@" && return 0; fi
    sleep 3
  done
  "$bin" "$@"
}

dg_pairs=()
bl_pairs=()
for gold in "$shared"/eval/dev/*.gold.json; do
  name="$(basename "$gold" .gold.json)"
  txt="$shared/corpus/$name.txt"
  rm -rf "$out/delegraph/$name.store"
  run ingest --quiet --store "$out/delegraph/$name.store" "$txt"
  run export --store "$out/delegraph/$name.store" --output "$out/delegraph/$name.nq" 2>/dev/null
  python3 "$here/tools/baseline.py" "$txt" "$out/baseline/$name.nq"
  dg_pairs+=("$out/delegraph/$name.nq" "$gold")
  bl_pairs+=("$out/baseline/$name.nq" "$gold")
done
python3 "$shared/eval/score.py" "${dg_pairs[@]}" --json > "$out/delegraph.json"
python3 "$shared/eval/score.py" "${bl_pairs[@]}" --json > "$out/baseline.json"
SCORE_DIR="$shared/eval" python3 "$here/tools/quality_table.py" "$out/delegraph.json" "$out/baseline.json"
