#!/usr/bin/env bash
# Issue 18's measurement: P islands (mpirun -np P, one thread each) against one process with P threads, at
# equal CPU time: each rank gets BUDGET CPU seconds (--cpu-time), the process P x BUDGET. The two take turns
# per instance (the order alternates), so that a change of machine load strikes both alike.
#
#   bench/mpi_islands.sh OUT.csv BUDGET INSTANCE.vrp BEST_KNOWN [INSTANCE.vrp BEST_KNOWN]...
#
# Environment: ROUTEKIT (default build/routekit), RANKS (default 2), SEED (default 1), PARAMS (extra
# --param NAME=VALUE options for both). Each row: instance, setup, cost, gap %, iterations (all islands),
# wall s, CPU s (user + system of every process, mpirun included), and for the islands the rounds, bytes
# per island and round, and seconds per island in rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
budget=$2
shift 2
routekit=${ROUTEKIT:-build/routekit}
ranks=${RANKS:-2}
seed=${SEED:-1}
params=${PARAMS:-}
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
total=$(python3 -c "print($budget * $ranks)")
echo "instance,setup,cost,gap_pct,iterations,wall_s,cpu_s,rounds,bytes_per_round,round_s" > "$out"
turn=0
while [ $# -ge 2 ]; do
  instance=$1
  best=$2
  shift 2
  name=$(basename "$instance" .vrp)
  islands=(mpirun -np "$ranks" --oversubscribe "$routekit" solve "$instance" --cpu-time --time-limit "$budget"
           --threads 1 --seed "$seed" $params)
  threads=("$routekit" solve "$instance" --cpu-time --time-limit "$total" --threads "$ranks" --seed "$seed"
           $params)
  order=(islands threads)
  [ $((turn % 2)) -eq 1 ] && order=(threads islands)
  turn=$((turn + 1))
  for setup in "${order[@]}"; do
    log=$(mktemp)
    if [ "$setup" = islands ]; then
      /usr/bin/time -f "TIME %e %U %S" "${islands[@]}" > /dev/null 2> "$log"
      label="${ranks}x1"
    else
      /usr/bin/time -f "TIME %e %U %S" "${threads[@]}" > /dev/null 2> "$log"
      label="1x${ranks}"
    fi
    summary=$(grep -E "^[^ ]+: (feasible|INFEASIBLE), cost" "$log" | tail -1)
    cost=$(sed -E 's/.*, cost ([0-9.]+),.*/\1/' <<< "$summary")
    iterations=$(sed -E 's/.* ([0-9]+) iterations,.*/\1/' <<< "$summary")
    read -r wall user system < <(grep '^TIME' "$log" | tail -1 | cut -d' ' -f2-)
    rounds="" bytes="" round_s=""
    if island_line=$(grep -E "islands, [0-9]+ migration rounds" "$log"); then
      rounds=$(sed -E 's/.*islands, ([0-9]+) migration rounds.*/\1/' <<< "$island_line")
      bytes=$(sed -E 's/.*, ([0-9.]+) bytes sent.*/\1/' <<< "$island_line")
      round_s=$(sed -E 's/.*, ([0-9.]+)s per island in rounds.*/\1/' <<< "$island_line")
    fi
    gap=$(python3 -c "print(f'{100 * ($cost - $best) / $best:.3f}')")
    cpu=$(python3 -c "print(f'{$user + $system:.1f}')")
    echo "$name,$label,$cost,$gap,$iterations,$wall,$cpu,$rounds,$bytes,$round_s" | tee -a "$out"
    rm -f "$log"
  done
done
