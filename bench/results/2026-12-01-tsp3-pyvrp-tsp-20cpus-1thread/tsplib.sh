#!/bin/bash
# usage: tsplib.sh BINARY OUT ; TSPLIB every 3rd (sorted by name) at 10 CPU s and TSPLIB-ATSP every 2nd at 5 CPU s,
# 1 thread, seed 1, stopped at the best known
bin=$1; out=$2; : > $out
cd /work/wt/shared/instances
rows=$(mktemp)
python3 - > $rows <<'PY'
import csv
rows=[r for r in csv.DictReader(open('manifest.csv'))]
s=sorted([r for r in rows if r['set']=='TSPLIB'],key=lambda r:r['name'])[::3]
a=sorted([r for r in rows if r['set']=='TSPLIB-ATSP'],key=lambda r:r['name'])[::2]
for r in s: print(r['name'], r['path'], r['best_known'], 10)
for r in a: print(r['name'], r['path'], r['best_known'], 5)
PY
while read name path bk budget; do
  line=$($bin solve $path --time-limit $budget --cpu-time --threads 1 --seed 1 --target $bk 2>&1 >/dev/null | tail -1)
  cost=$(echo "$line" | sed 's/.*cost \([0-9]*\),.*/\1/')
  echo "$name $bk $cost" | awk '{printf "%s %s %s %.4f\n",$1,$2,$3,100*($3-$2)/$2}' >> $out
done < $rows
rm -f $rows
awk '{s+=$4; n++} END {printf "mean %.4f over %d\n", s/n, n}' $out
