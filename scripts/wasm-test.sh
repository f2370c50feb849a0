#!/usr/bin/env bash
# Run the wasm test suite (tests/wasm.rs) in one environment and fail unless it really ran.
#
#   scripts/wasm-test.sh node|chrome|firefox [extra cargo test args...]
#
# Why a wrapper: `wasm-pack test --headless --chrome` exits 0 having run nothing when the tests
# are not marked for the browser (TOOLCHAIN.md trap 6). tests/wasm.rs has no `run_in_browser`
# so the same file runs in Node, so browser runs set WASM_BINDGEN_USE_BROWSER=1, and this script
# reads the runner's "test result:" lines and requires at least one passed test and no failure.
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

env_name=${1:?usage: scripts/wasm-test.sh node|chrome|firefox [cargo test args...]}
shift

case "$env_name" in
  node)
    unset WASM_BINDGEN_USE_BROWSER
    mode=(--node)
    ;;
  chrome)
    export WASM_BINDGEN_USE_BROWSER=1
    # Debian's chromium-driver; naming it keeps wasm-pack from trying a download.
    mode=(--headless --chrome --chromedriver "$(command -v chromedriver)")
    ;;
  firefox)
    export WASM_BINDGEN_USE_BROWSER=1
    mode=(--headless --firefox --geckodriver "$(command -v geckodriver)")
    ;;
  *)
    echo "wasm-test: unknown environment '$env_name' (node, chrome or firefox)" >&2
    exit 2
    ;;
esac

log_dir=target/wasm-test
mkdir -p "$log_dir"
log="$log_dir/$env_name.log"

# Only the tests/wasm.rs target: the other integration tests are native (they read files).
set +e
wasm-pack test "${mode[@]}" --features wasm --test wasm "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum "test result: ok. 12 passed; 0 failed; ..." over every test binary that ran.
read -r passed failed < <(awk '
  /test result:/ {
    for (i = 1; i <= NF; i++) {
      if ($(i) ~ /^passed;?$/) p += $(i - 1)
      if ($(i) ~ /^failed;?$/) f += $(i - 1)
    }
  }
  END { print p + 0, f + 0 }
' "$log")

if [ "$status" -ne 0 ]; then
  echo "wasm-test[$env_name]: FAILED (wasm-pack exit $status; $passed passed, $failed failed; log $log)" >&2
  exit 1
fi
if [ "$failed" -ne 0 ]; then
  echo "wasm-test[$env_name]: FAILED ($failed failed; log $log)" >&2
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "wasm-test[$env_name]: FAILED: zero tests ran (see TOOLCHAIN.md trap 6; log $log)" >&2
  exit 1
fi
echo "wasm-test[$env_name]: $passed passed"
