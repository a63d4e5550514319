#!/usr/bin/env bash
# Installs, with apt-get, whatever Routekit needs that this Debian 12 machine lacks. Silent when all is there.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config libboost-graph-dev libeigen3-dev libtbb-dev
          nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev libpng-dev python3
          python3-matplotlib python3-dev python3-numpy python3-pytest python3-setuptools python3-wheel
          python3-pip python3-venv pybind11-dev
          libosmium2-dev libprotozero-dev zlib1g-dev libbz2-dev libexpat1-dev
          libopenmpi-dev openmpi-bin openssh-client)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
