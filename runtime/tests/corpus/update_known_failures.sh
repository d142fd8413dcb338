#!/usr/bin/env bash
# Rewrites KNOWN_FAILURES from a verbose corpus run (the programs that fail now).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=$(CORPUS_VERBOSE=1 cargo test -p tessera --test corpus 2>&1 || true)
{
  echo "# Programs that do not yet match CPython. The corpus test fails if any of"
  echo "# these starts passing, so this list only shrinks. One name per line."
  echo "# Regenerate with runtime/tests/corpus/update_known_failures.sh."
  echo "$out" | grep '^FAIL ' | sed 's/^FAIL \([^:]*\):.*/\1/' | sort
} > runtime/tests/corpus/KNOWN_FAILURES
echo "$out" | grep 'corpus:'
