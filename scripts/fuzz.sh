#!/usr/bin/env bash
# `make fuzz`: every cargo-fuzz target of fuzz/ for FUZZ_SECONDS each (default 60), two at a time,
# at low priority. Seeds and dictionary are written first (scripts/fuzz-seed.mjs); the corpus
# grows in fuzz/corpus/<target> (git-ignored) and crashes land in fuzz/artifacts/<target>.
# Each target's libFuzzer log is kept in fuzz/logs/<target>.log; the last stats line of each is
# printed at the end. Not part of `make test`: it needs the nightly toolchain and cargo-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=(${FUZZ_TARGETS:-bytes text})
CARGO_FUZZ_VERSION=0.13.2

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# Every version's names: the package schema holds them all.
cargo run -q --example package_schema --features schema | node scripts/fuzz-seed.mjs
nice -n 10 cargo +nightly fuzz build -O
mkdir -p fuzz/logs

run() {
  local t=$1
  mkdir -p "fuzz/corpus/$t"
  # -max_len: the largest seeds are a few KB; 64 KB leaves room without slowing every run.
  nice -n 10 cargo +nightly fuzz run -O "$t" "fuzz/corpus/$t" fuzz/seeds -- \
    -dict=fuzz/webhooks.dict -max_total_time="$SECONDS_EACH" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1
}

status=0
for ((k = 0; k < ${#TARGETS[@]}; k += 2)); do
  pids=()
  for t in "${TARGETS[@]:k:2}"; do
    run "$t" &
    pids+=("$!:$t")
  done
  for p in "${pids[@]}"; do
    if ! wait "${p%%:*}"; then
      echo "fuzz: target ${p#*:} FAILED, see fuzz/logs/${p#*:}.log and fuzz/artifacts/${p#*:}/"
      status=1
    fi
  done
done

for t in "${TARGETS[@]}"; do
  echo "--- $t: $(grep -E '^#[0-9]+' "fuzz/logs/$t.log" | tail -n1)"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "fuzz/logs/$t.log" || true
done
exit $status
