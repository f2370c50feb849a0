#!/usr/bin/env bash
# Run `node --test` on the given paths and fail when it ran zero tests.
#
#   scripts/node-test.sh tests/node/
#
# Why: Node 20 only picks files named like *.test.mjs / *.test.cjs / test-*.mjs inside a
# directory, and a directory with no such file "passes" with 0 tests and exit 0.
set -euo pipefail

cd "$(dirname "$0")/.."
log=target/node-test.log
mkdir -p target

set +e
node --test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The TAP summary at the end: "# pass N" and "# fail N".
passed=$(awk '/^# pass [0-9]+$/ { n = $3 } END { print n + 0 }' "$log")
failed=$(awk '/^# fail [0-9]+$/ { n = $3 } END { print n + 0 }' "$log")
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  echo "node-test: FAILED (exit $status; $passed passed, $failed failed)" >&2
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "node-test: FAILED: zero tests ran in $* (Node 20 runs only files named *.test.mjs/.cjs/.js, test-*.mjs ...)" >&2
  exit 1
fi
echo "node-test: $passed passed"
