#!/bin/bash
# usage: pbench.sh BINARY OUT BUDGET JOBS [NAMES_REGEX] ; PyVRP-TSP, one routekit solve per instance, JOBS at once;
# OUT gets "name best_known cost gap%", OUT.kicks "name kicks"; RK_ENV: environment for the screening build
bin=$1; out=$2; budget=$3; jobs=$4; names=${5:-.*}
: > $out; : > $out.kicks
cd /work/wt/shared/instances/pyvrp
python3 -c "
import csv,re
for r in csv.DictReader(open('manifest.csv')):
    if r['set']=='PyVRP-TSP' and re.fullmatch('$names', r['name']): print(r['name'], r['path'], r['best_known'])
" | xargs -P $jobs -L 1 bash -c '
  line=$(env $RK_ENV '"$bin"' solve $1 --time-limit '"$budget"' --cpu-time --threads 1 --seed ${SEED:-1} 2>&1 >/dev/null | tail -1)
  cost=$(echo "$line" | sed "s/.*cost \([0-9]*\),.*/\1/"); it=$(echo "$line" | sed "s/.* \([0-9]*\) iterations.*/\1/")
  echo "$0 $2 $cost" | awk "{printf \"%s %s %s %.4f\n\",\$1,\$2,\$3,100*(\$3-\$2)/\$2}" >> '"$out"'
  echo "$0 $it" >> '"$out"'.kicks
'
sort -o $out $out
awk '{s+=$4; n++} END {printf "mean %.4f over %d\n", s/n, n}' $out
