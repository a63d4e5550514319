#!/usr/bin/env bash
# Installs Routekit (from the `make build` folder, BUILD=build by default) into a temporary prefix, then builds
# and runs examples/embed against the installed package, as a program embedding Routekit would.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build}
[ -f "$build/build.ninja" ] || make build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S examples/embed -B "$work/example" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$work/prefix" \
      >/dev/null
cmake --build "$work/example" >/dev/null
"$work/example/embed_example"
echo "embed example: built against the installed package and ran"
