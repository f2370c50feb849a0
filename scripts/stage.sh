#!/usr/bin/env bash
# Run one stage of `make test` and print a one-line summary of it.
#
#   scripts/stage.sh NAME COMMAND [ARGS...]
#
# Prints "==> NAME" before, then "[ok] NAME Ns" or "[FAIL] NAME Ns exit N", and appends that
# line to target/test-summary.txt; on failure it prints every stage so far. Exits with the
# command's status so make stops at the first failing stage.
set -uo pipefail

name=${1:?usage: scripts/stage.sh NAME COMMAND [ARGS...]}
shift

summary=target/test-summary.txt
mkdir -p target

printf '\n==> %s: %s\n' "$name" "$*"
start=$SECONDS
"$@"
status=$?
elapsed=$((SECONDS - start))

if [ "$status" -eq 0 ]; then
  line=$(printf '[ok]   %-22s %4ss' "$name" "$elapsed")
else
  line=$(printf '[FAIL] %-22s %4ss  exit %s' "$name" "$elapsed" "$status")
fi
printf '%s\n' "$line" | tee -a "$summary"
if [ "$status" -ne 0 ]; then
  printf '\n--- make stopped at the first failure; stages so far:\n'
  cat "$summary"
fi
exit "$status"
