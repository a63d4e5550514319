#!/usr/bin/env bash
# Runs one `routekit bench` and files it, with everything needed to read and reproduce it, under
# bench/results/<UTC date>-<label>/ (see bench/results/README.md).
#
#   bench/record.sh LABEL MANIFEST [routekit bench options, but not --out]
#   e.g. bench/record.sh x-subset-5s ../shared/instances/manifest.csv --set CVRPLIB-X --name 'X-n1[0-9][0-9]-.*' --time-limit 5
#
# Environment: ROUTEKIT (the binary; default build/routekit), RESULTS (default bench/results), NICE (default 5:
# the machine is shared), ANCHORS (space-separated ../shared/anchors/*.csv files drawn on the per-instance plot).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
label=$1
shift
if ! [[ $label =~ ^[A-Za-z0-9._-]+$ ]]; then
  echo "record.sh: the label may hold only letters, digits, '.', '_' and '-': $label" >&2
  exit 2
fi
for arg in "$@"; do
  if [ "$arg" = "--out" ]; then echo "record.sh: --out is chosen by record.sh" >&2; exit 2; fi
done

routekit=${ROUTEKIT:-build/routekit}
results=${RESULTS:-bench/results}
folder="$results/$(date -u +%Y-%m-%d)-$label"
if [ -e "$folder" ]; then
  echo "record.sh: $folder exists already; choose another label" >&2
  exit 2
fi
if [ ! -x "$routekit" ]; then
  echo "record.sh: no $routekit; build it first (cmake --build build --target routekit_cli)" >&2
  exit 2
fi
mkdir -p "$folder"

command=(nice -n "${NICE:-5}" "$routekit" bench "$@" --out "$folder")
printf '%q ' "${command[@]}" | sed 's/ $//' > "$folder/command.txt"
echo >> "$folder/command.txt"

# The machine and the code, so that a figure is never read without its context.
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(grep -m1 '^MemTotal' /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}')"
  echo "os: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}")"
  echo "load_average_at_start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "git_commit: $(git rev-parse HEAD)"
  echo "git_branch: $(git rev-parse --abbrev-ref HEAD)"
  dirty=$(git status --porcelain --untracked-files=no | wc -l)
  echo "git_uncommitted_changes: $dirty tracked file(s)"
  echo "binary: $routekit ($("$routekit" --version 2>/dev/null || echo unknown))"
} > "$folder/machine.txt"

start=$(date +%s)
status=0
"${command[@]}" || status=$?
echo "wall_seconds: $(( $(date +%s) - start ))" >> "$folder/machine.txt"
echo "load_average_at_end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$folder/machine.txt"
echo "exit_status: $status" >> "$folder/machine.txt"
if [ "$status" -ne 0 ]; then
  echo "record.sh: routekit bench failed with status $status; $folder keeps what it wrote" >&2
  exit "$status"
fi

plot_args=(--labels "$label")
for anchor in ${ANCHORS:-}; do plot_args+=(--anchor "$anchor"); done
bench/plot.py "$folder" "${plot_args[@]}"
[ -n "${ANCHORS:-}" ] && echo "anchors: $ANCHORS" >> "$folder/machine.txt"
echo "record.sh: recorded $folder" >&2
cat "$folder/summary.md"
