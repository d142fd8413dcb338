#!/usr/bin/env bash
# Rewrites KNOWN_FAILURES from a verbose corpus run (the programs that fail
# now), keeping the reason comment of entries that are still listed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
list=runtime/tests/corpus/KNOWN_FAILURES
out=$(CORPUS_VERBOSE=1 cargo test -p tessera --test corpus 2>&1 || true)
failing=$(echo "$out" | grep '^FAIL ' | sed 's/^FAIL \([^:]*\):.*/\1/' | sort)
{
  echo "# Programs that do not yet match CPython. The corpus test fails if any of"
  echo "# these starts passing, so this list only shrinks. One name per line,"
  echo "# optionally followed by '# reason'."
  echo "# Regenerate with runtime/tests/corpus/update_known_failures.sh."
  for name in $failing; do
    reason=$(grep -E "^$name( |$)" "$list" 2>/dev/null | sed -n 's/^[^#]*\(#.*\)$/\1/p' | head -1 || true)
    if [ -n "$reason" ]; then echo "$name  $reason"; else echo "$name"; fi
  done
} > "$list.new"
mv "$list.new" "$list"
echo "$out" | grep 'corpus:'
