#!/usr/bin/env bash
# One arm of the granularity comparison: arm.sh G  (runs the four sets in a fixed order with Γ = G)
set -u
G=$1
B=/tmp/routekit-gran-a998470
M=/work/wt/shared/instances/manifest.csv
O=/tmp/gran/g$G
mkdir -p $O
X32=$(awk -F, 'NR>1 && $1=="CVRPLIB-X" && $5>=401 && $5<=1001 {print $2}' $M | paste -sd'|')
$B bench $M --set CVRPLIB-X --name "($X32)" --time-limit 1 --cpu-time --seeds 1 --threads 1 --param granularity=$G --out $O/x32-1s > $O/x32.log 2>&1
$B bench $M --set Solomon --name '(C102|C106|C201|C205|R101|R105|R109|R201|R205|R209|RC102|RC106|RC202|RC206)' --time-limit 5 --cpu-time --seeds 1 --threads 1 --param granularity=$G --out $O/solomon-5s > $O/solomon.log 2>&1
$B bench $M --set ORTEC-VRPTW-ASYM --time-limit 10 --cpu-time --seeds 1 --threads 1 --param granularity=$G --out $O/ortec-10s > $O/ortec.log 2>&1
$B bench $M --set CVRPLIB-X --name '(X-n106-k14|X-n125-k30|X-n143-k7|X-n162-k11|X-n181-k23|X-n200-k36|X-n219-k73|X-n237-k14|X-n256-k16|X-n275-k28|X-n294-k50|X-n313-k71|X-n331-k15|X-n359-k29|X-n393-k38|X-n429-k61|X-n469-k138|X-n513-k21|X-n561-k42|X-n613-k62|X-n670-k130|X-n733-k159|X-n801-k40|X-n876-k59|X-n957-k87)' --time-limit 10 --cpu-time --seeds 1 --threads 1 --param granularity=$G --out $O/x25-10s > $O/x25.log 2>&1
echo done > $O/DONE
