#!/usr/bin/env bash
# Everything `make bench` does after the release build of pkg/:
#   1. generate the bodies          (node bench/generate.mjs        → target/bench/bodies/)
#   2. the model's JSON Schema      (examples/json_schema.rs        → target/bench/schema.json)
#   3. native instruction counts    (examples/bench_native.rs under callgrind → target/bench/instructions.json)
#   4. the Node benchmark           (node bench/run.mjs             → target/bench/results.{json,md})
#   5. the CLI on NDJSON archives   (node bench/cli-check.mjs       → target/bench/cli.json)
# Exits non-zero when something is broken; a missed target is reported, not an error.
#
# Environment: BENCH_ARGS (extra arguments for bench/run.mjs, e.g. "--quick"),
#              BENCH_PROFILE=1 (also callgrind profiles with symbols of medium/large, top functions),
#              BENCH_NATIVE_ITERS (extra iterations for the instruction count, default 10),
#              BENCH_SKIP_NATIVE=1 (skip step 3).
set -euo pipefail

cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

step() { printf '\n== %s\n' "$*" >&2; }

step "bodies"
node bench/generate.mjs

step "JSON Schema of the model"
# The generated bodies are API 3.1 webhooks: ajv gets the 3.1 schema.
cargo run --quiet --release --example json_schema --features schema -- 3.1 > "$out/schema.json.tmp"
mv "$out/schema.json.tmp" "$out/schema.json"
echo "wrote $out/schema.json ($(wc -c < "$out/schema.json") bytes)" >&2

if [ "${BENCH_SKIP_NATIVE:-0}" != 1 ]; then
  step "native instruction counts"
  cargo build --quiet --release --example bench_native
  bin=target/release/examples/bench_native
  "$bin" check
  extra="${BENCH_NATIVE_ITERS:-10}"
  sets=(small medium large mixed medium-invalid large-invalid)

  # Instructions of one run: callgrind when valgrind is installed, else perf where the kernel lets it.
  tool=""
  if command -v valgrind >/dev/null 2>&1; then
    tool="callgrind"
  elif command -v perf >/dev/null 2>&1 && perf stat -x, -e instructions:u true >/dev/null 2>&1; then
    tool="perf"
  fi
  count() { # count SET OP ITERS → instructions of the whole process
    case "$tool" in
      callgrind)
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" run "$@" 2>&1 \
          | sed -n 's/.*Collected : *\([0-9][0-9]*\).*/\1/p' | tail -n 1 ;;
      perf)
        perf stat -x, -e instructions:u "$bin" run "$@" 2>&1 >/dev/null \
          | awk -F, '/instructions/ { print $1 }' | tail -n 1 ;;
    esac
  }
  if [ -z "$tool" ]; then
    echo "neither valgrind nor a usable perf: no instruction counts (install valgrind)" >&2
    rm -f "$out/instructions.json"
  else
    n_of() { node -e 'const m=require(process.argv[1]);console.log(m.bodies.filter(b=>b.set===process.argv[2]).length)' "$PWD/$out/bodies/manifest.json" "$1"; }
    rows=""
    printf '%-16s %14s %14s   (%s, instructions per body per op)\n' set validate decode "$tool" >&2
    for set in "${sets[@]}"; do
      n=$(n_of "$set")
      line="\"set\":\"$set\",\"bodies\":$n"
      cells=()
      for op in validate decode; do
        a=$(count "$set" "$op" 1)
        b=$(count "$set" "$op" $((1 + extra)))
        if [ -z "$a" ] || [ -z "$b" ]; then
          echo "could not count instructions of $op on $set with $tool" >&2
          exit 1
        fi
        per=$(( (b - a) / (extra * n) ))
        cells+=("$per")
        line="$line,\"$op\":$per"
      done
      printf '%-16s %14s %14s\n' "$set" "${cells[0]}" "${cells[1]}" >&2
      rows="${rows:+$rows,}{$line}"
    done
    printf '{"tool":"%s","method":"(instructions with 1+%s iterations - with 1) / (%s x bodies in the set)","rows":[%s]}\n' \
      "$tool" "$extra" "$extra" "$rows" > "$out/instructions.json"
  fi
else
  rm -f "$out/instructions.json"
fi

if [ "${BENCH_PROFILE:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
  # Where the instructions go: a build with symbols (its own target dir, so the release build
  # stays as it is), callgrind profiles of validate and decode on the medium and large bodies,
  # and the functions that cost most.
  step "profile (BENCH_PROFILE=1)"
  CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
    cargo build --quiet --release --example bench_native --target-dir "$out/cargo-profile"
  for set in medium large; do
    iters=200; [ "$set" = large ] && iters=20
    for op in validate decode; do
      prof="$out/callgrind.$set.$op.out"
      valgrind --tool=callgrind --callgrind-out-file="$prof" \
        "$out/cargo-profile/release/examples/bench_native" run "$set" "$op" "$iters" 2>/dev/null
      echo "-- $set $op: top functions (self cost; full profile: callgrind_annotate $prof)" >&2
      callgrind_annotate --inclusive=no "$prof" 2>/dev/null \
        | awk '/file:function/ { on = 1; getline; next } on && NF && shown++ < 12 { print }' \
        | sed -e 's#/rustc/[0-9a-f]*/library/##' -e "s#$PWD/##g" -e 's# \[[^]]*\]$##' >&2
    done
  done
fi

step "Node benchmark"
# shellcheck disable=SC2086
node --expose-gc bench/run.mjs ${BENCH_ARGS:-}

step "CLI: check of NDJSON archives (bench/cli-check.mjs; CLI_BENCH_MB, default 1024)"
node bench/cli-check.mjs
