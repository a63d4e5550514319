#!/usr/bin/env bash
# X every 3rd at 10 CPU s, largest first, one bench per instance; no new instance after CUTOFF (HH:MM UTC).
set -u
G=$1; WAITPID=$2; CUTOFF=$3
while kill -0 $WAITPID 2>/dev/null; do sleep 5; done
B=/tmp/routekit-gran-a998470
M=/work/wt/shared/instances/manifest.csv
for x in X-n957-k87 X-n876-k59 X-n801-k40 X-n733-k159 X-n670-k130 X-n613-k62 X-n561-k42 X-n513-k21 X-n469-k138 X-n429-k61 X-n393-k38 X-n359-k29 X-n331-k15 X-n313-k71 X-n294-k50 X-n275-k28 X-n256-k16 X-n237-k14 X-n219-k73 X-n200-k36 X-n181-k23 X-n162-k11 X-n143-k7 X-n125-k30 X-n106-k14; do
  [ "$(date -u +%H:%M)" \> "$CUTOFF" ] && break
  $B bench $M --set CVRPLIB-X --name "$x" --time-limit 10 --cpu-time --seeds 1 --threads 1 --param granularity=$G --out /tmp/gran/g$G/x25/$x > /dev/null 2>&1
done
echo done > /tmp/gran/g$G/x25.DONE
