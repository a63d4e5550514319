#!/usr/bin/env bash
# Installs Routekit (from the `make build` folder, BUILD=build by default) into a temporary prefix, then builds
# and runs examples/embed against the installed package, as a program embedding Routekit would.
#
#   scripts/test_embed.sh            the static libraries of `make build` (what CI runs)
#   scripts/test_embed.sh --shared   a build with -DROUTEKIT_SHARED=ON (BUILD=build-shared by default, made
#                                    here when missing): also checks each library's SONAME and that the
#                                    example loads the installed shared libraries
set -euo pipefail
cd "$(dirname "$0")/.."
shared=false
[[ "${1:-}" == "--shared" ]] && shared=true
if $shared; then
    build=${BUILD:-build-shared}
    if [[ ! -f "$build/build.ninja" ]]; then
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DROUTEKIT_SHARED=ON -DROUTEKIT_BUILD_TESTS=OFF \
            -DROUTEKIT_BUILD_BENCH=OFF -DROUTEKIT_BUILD_PYTHON=OFF >/dev/null
    fi
    nice -n "${NICE:-0}" cmake --build "$build" -j "${JOBS:-$(nproc)}" >/dev/null
else
    build=${BUILD:-build}
    [ -f "$build/build.ninja" ] || make build >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S examples/embed -B "$work/example" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$work/prefix" \
      >/dev/null
cmake --build "$work/example" >/dev/null
if $shared; then
    version=$(sed -n 's/^project(Routekit VERSION \([0-9]*\)\.\([0-9]*\)\..*/\1.\2/p' CMakeLists.txt)
    for library in "$work"/prefix/lib*/libroutekit_*.so; do
        soname=$(readelf -d "$library" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
        if [[ "$soname" != "$(basename "$library").$version" ]]; then
            echo "test_embed.sh: $library: expected SONAME $(basename "$library").$version, found '$soname'" >&2
            exit 1
        fi
    done
    # The example must load the installed libraries, not carry a static copy of them.
    loaded=$(ldd "$work/example/embed_example" | grep -c "$work/prefix/.*libroutekit_" || true)
    if ((loaded == 0)); then
        echo "test_embed.sh: the example does not load the installed libroutekit_*.so" >&2
        exit 1
    fi
    "$work/prefix/bin/routekit" --version >/dev/null  # the installed CLI finds them through its run path
fi
"$work/example/embed_example"
echo "embed example: built against the installed package$($shared && echo " (shared libraries, SONAME checked)") and ran"
