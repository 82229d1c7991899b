#!/usr/bin/env bash
# Exports a store in every RDF format and reads each file back with an
# independent parser (rapper from raptor2-utils; rdflib for JSON-LD),
# checking that it counts as many statements as delegraph wrote.
# Usage: tools/check-exports.sh BINARY STORE_DIR
set -euo pipefail
bin="$1"; store="$2"
out="$(mktemp -d)"
fail=0
for fmt in turtle:ttl:turtle ntriples:nt:ntriples nquads:nq:nquads trig:trig:trig rdfxml:rdf:rdfxml jsonld:jsonld:-; do
  IFS=: read -r name ext parser <<<"$fmt"
  file="$out/export.$ext"
  wrote="$("$bin" export --store "$store" --format "$name" --output "$file" 2>&1 | sed -n 's/^wrote \([0-9]*\) statements.*/\1/p')"
  if [ "$parser" = "-" ]; then
    read_back="$(python3 -c 'import sys, rdflib; d = rdflib.Dataset(); d.parse(sys.argv[1], format="json-ld"); print(sum(len(g) for g in d.graphs()))' "$file")"
    tool=rdflib
  else
    read_back="$(rapper -i "$parser" -c "$file" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')"
    tool=rapper
  fi
  if [ "$wrote" = "$read_back" ] && [ -n "$wrote" ]; then
    echo "export $name: $wrote statements, $tool reads $read_back: ok"
  else
    echo "export $name: wrote '$wrote' statements but $tool reads '$read_back'" >&2
    fail=1
  fi
done
exit $fail
