#!/bin/bash
bin=$1; name=$2; shift 2
args=(); for p in "$@"; do args+=(--param "$p"); done
while read p; do
  c=$($bin solve /work/shared/instances/pyvrp/$p --time-limit 10 --cpu-time --threads 1 --seed 2 -q "${args[@]}" 2>/dev/null | grep -i "^cost" | awk '{print $2}')
  echo "$p $c"
done < "$(dirname "$0")/md_paths.txt" > /tmp/scr/md2_$name.txt
