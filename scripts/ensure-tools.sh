#!/usr/bin/env bash
# Install the toolchain `make test`, `make build`, `make playground` and `make bench` need,
# exactly as /work/shared/TOOLCHAIN.md records it for this machine kind (Debian 12, only
# crates.io, npm, PyPI and Debian reachable). Every step checks first and skips when the right
# version is already there, so a second run takes a few seconds.
#
# Why each choice (see TOOLCHAIN.md "Traps"):
# - wasm-pack and geckodriver come from cargo: their npm packages download binaries (trap 1).
# - wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock, or wasm-pack quietly
#   builds its own copy on every build (trap 3); it is installed WITHOUT --locked (trap 2).
# - wasm-opt comes from the npm package binaryen (a devDependency), never Debian's binaryen 108,
#   whose output fails to load (trap 5). Callers put node_modules/.bin first on PATH.
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
APT_PACKAGES=(chromium chromium-driver firefox-esr)

say() { printf 'ensure-tools: %s\n' "$*"; }
die() { printf 'ensure-tools: error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found (install Rust with rustup first)"
command -v rustup >/dev/null || die "rustup not found (the wasm32 target is added with it)"
command -v node >/dev/null || die "node not found"
command -v npm >/dev/null || die "npm not found"

# 1. The wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. Browsers and chromedriver from Debian; apt-get update only when something is missing.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  say "Debian packages ${APT_PACKAGES[*]}: present"
else
  say "installing Debian packages: ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install ${missing[*]}"
    SUDO=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 3. wasm-pack.
if [ "$(wasm-pack --version 2>/dev/null || true)" = "wasm-pack $WASM_PACK_VERSION" ]; then
  say "wasm-pack $WASM_PACK_VERSION: present"
else
  say "cargo install wasm-pack $WASM_PACK_VERSION (about 90 s)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force
fi

# 4. wasm-bindgen-cli, the same version as the wasm-bindgen crate in Cargo.lock.
if [ ! -f Cargo.lock ]; then
  say "no Cargo.lock: cargo generate-lockfile"
  cargo generate-lockfile
fi
lock_wbg_version() {
  awk '
    $0 == "name = \"wasm-bindgen\"" { want = 1; next }
    want && /^version = / { gsub(/"/, "", $3); print $3; exit }
    /^$/ { want = 0 }
  ' Cargo.lock
}
wbg_version=$(lock_wbg_version)
if [ -z "$wbg_version" ]; then
  # A lockfile older than Cargo.toml's wasm-bindgen dependency: let cargo bring it up to date.
  cargo metadata --format-version 1 >/dev/null
  wbg_version=$(lock_wbg_version)
fi
[ -n "$wbg_version" ] || die "no wasm-bindgen package in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $wbg_version" ]; then
  say "wasm-bindgen-cli $wbg_version: present"
else
  say "cargo install wasm-bindgen-cli $wbg_version (about 2 min; no --locked, see trap 2)"
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# 5. geckodriver for the Firefox run of the wasm tests.
# Read the whole output first: `head -n1` closing the pipe early can kill geckodriver with
# SIGPIPE, which pipefail turned into "not installed" and a needless 80 s reinstall.
gecko_version=$(geckodriver --version 2>/dev/null || true)
if printf '%s\n' "$gecko_version" | head -n1 | grep -q "^geckodriver $GECKODRIVER_VERSION\b"; then
  say "geckodriver $GECKODRIVER_VERSION: present"
else
  say "cargo install geckodriver $GECKODRIVER_VERSION (about 80 s)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# 6. npm devDependencies (binaryen's wasm-opt, esbuild, typescript, ajv, zod, playwright-core...)
# from the committed lockfile. npm writes node_modules/.package-lock.json on every install, so
# a lockfile newer than it means node_modules is stale.
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  say "node_modules: up to date with package-lock.json"
else
  say "npm ci"
  npm ci --no-audit --no-fund
fi

# 7. The wasm-opt wasm-pack will find must be npm binaryen's, not Debian's (trap 5).
wasm_opt=$(command -v wasm-opt || true)
[ "$wasm_opt" = "$PWD/node_modules/.bin/wasm-opt" ] \
  || die "wasm-opt on PATH is '${wasm_opt:-none}', expected node_modules/.bin/wasm-opt (npm binaryen)"
wasm_opt_version=$(wasm-opt --version)
case "$wasm_opt_version" in
  *"version 132"*) ;;
  *) die "unexpected wasm-opt: $wasm_opt_version (want npm binaryen 132)" ;;
esac

say "all tools ready: $(wasm-pack --version), $(wasm-bindgen --version), $(printf '%s\n' "$gecko_version" | head -n1 | cut -d' ' -f1-2), $wasm_opt_version, $(chromium --version 2>/dev/null | head -n1), $(firefox-esr --version 2>/dev/null | head -n1)"
