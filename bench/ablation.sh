#!/usr/bin/env bash
# Ablation of the genetic search's initial population: does seeding it with the learned policy pay off?
#
# Arms (each `routekit solve --init ...`, one thread, the same seeds):
#   savings    --init savings: greedy savings first, randomized savings for the rest of the constructed half
#              (the solver's savings init already is "savings + randomized savings")
#   random     --init random: random giant tours split into routes (the floor)
#   untrained  --init learned --policy untrained.json: the untrained policy (randomized nearest neighbour)
#   trained    --init learned: the shipped, trained weights
# Sets: generated 500-client uniform CVRPs, generated 500-client asymmetric road-like CVRPs, the Belgian road
# instances of the manifest with n >= 400, and the X instances with n >= 400.
# Reported per set and budget: mean gap (to the best known value, or to the best any run found when none is
# known) and the paired win rate against savings (same instance, seed and budget; ties count half).
#
# Usage: bench/ablation.sh [--quick]
#   env: ROUTEKIT (binary, default build/routekit), SHARED (default ../shared/instances), BUDGETS ("1 5"),
#        SEEDS ("1 2 3"), GENERATED (instances per generated set, 10), MAX_X (X instances, all), WORK (scratch
#        folder), OUT (bench/results/ablation.md), ARMS ("savings random untrained trained").
#   --quick: 4 generated instances per set, 6 X instances, seeds "1 2".
set -euo pipefail
cd "$(dirname "$0")/.."

ROUTEKIT=${ROUTEKIT:-build/routekit}
SHARED=${SHARED:-../shared/instances}
BUDGETS=${BUDGETS:-"1 5"}
SEEDS=${SEEDS:-"1 2 3"}
GENERATED=${GENERATED:-10}
MAX_X=${MAX_X:-1000}
ARMS=${ARMS:-"savings random untrained trained"}
WORK=${WORK:-$(mktemp -d /tmp/routekit-ablation.XXXXXX)}
OUT=${OUT:-bench/results/ablation.md}
if [ "${1:-}" = "--quick" ]; then
    GENERATED=4
    MAX_X=6
    SEEDS="1 2"
fi
[ -x "$ROUTEKIT" ] || { echo "ablation: no binary at $ROUTEKIT (build it first)" >&2; exit 2; }
mkdir -p "$WORK/instances" "$WORK/solutions"
CSV="$WORK/runs.csv"

# The untrained policy of the same shape as the shipped one: zero training iterations.
echo '{"iterations": 0, "validation_instances": 1, "validation_clients": 10}' > "$WORK/untrained_config.json"
"$ROUTEKIT" train --config "$WORK/untrained_config.json" --out "$WORK/untrained.json" --quiet

# set,name,path,best_known (empty: unknown)
LIST="$WORK/instances.csv"
: > "$LIST"
for kind in uniform road; do
    for ((i = 0; i < GENERATED; i++)); do
        file="$WORK/instances/$kind-500-$((9001 + i)).vrp"
        "$ROUTEKIT" generate --kind "$kind" --clients 500 --seed $((9001 + i)) -o "$file"
        echo "generated-$kind,$(basename "$file" .vrp),$file," >> "$LIST"
    done
done
if [ -f "$SHARED/manifest.csv" ]; then
    awk -F, -v shared="$SHARED" 'NR > 1 && $1 == "Belgium-road" && $5 >= 401 {
        print "belgium-road," $2 "," shared "/" $3 "," $6 }' "$SHARED/manifest.csv" >> "$LIST"
    awk -F, -v shared="$SHARED" -v max="$MAX_X" 'NR > 1 && $1 == "CVRPLIB-X" && $5 >= 401 && taken < max {
        print "X," $2 "," shared "/" $3 "," $6; taken++ }' "$SHARED/manifest.csv" >> "$LIST"
else
    echo "ablation: $SHARED/manifest.csv not found: generated sets only" >&2
fi

arm_flags() {
    case "$1" in
        savings) echo "--init savings" ;;
        random) echo "--init random" ;;
        untrained) echo "--init learned --policy $WORK/untrained.json" ;;
        trained) echo "--init learned" ;;
        *) echo "ablation: unknown arm $1" >&2; exit 2 ;;
    esac
}

echo "set,instance,arm,seed,budget,cost,best_known" > "$CSV"
total=$(( $(wc -l < "$LIST") * $(echo $ARMS | wc -w) * $(echo $SEEDS | wc -w) * $(echo $BUDGETS | wc -w) ))
done_runs=0
while IFS=, read -r set name path best; do
    for budget in $BUDGETS; do
        for seed in $SEEDS; do
            for arm in $ARMS; do
                sol="$WORK/solutions/$name.$arm.$seed.$budget.sol"
                # shellcheck disable=SC2046
                if "$ROUTEKIT" solve "$path" $(arm_flags "$arm") --time-limit "$budget" --seed "$seed" \
                        --threads 1 --quiet -o "$sol" < /dev/null 2> "$sol.log"; then
                    cost=$(awk '/^Cost/ { print $2 }' "$sol")
                else
                    cost=""
                fi
                echo "$set,$name,$arm,$seed,$budget,$cost,$best" >> "$CSV"
                done_runs=$((done_runs + 1))
                printf '\rablation: %d/%d runs' "$done_runs" "$total" >&2
            done
        done
    done
done < "$LIST"
echo >&2

python3 - "$CSV" "$OUT" "$ARMS" <<'PY'
import csv, sys, collections
runs, out, arms = sys.argv[1], sys.argv[2], sys.argv[3].split()
rows = [r for r in csv.DictReader(open(runs))]
best = collections.defaultdict(lambda: float("inf"))
for r in rows:
    if r["cost"]:
        best[r["instance"]] = min(best[r["instance"]], float(r["cost"]))
def reference(r):
    return float(r["best_known"]) if r["best_known"] else best[r["instance"]]
cost = {(r["instance"], r["arm"], r["seed"], r["budget"]): (float(r["cost"]) if r["cost"] else None) for r in rows}
sets = sorted({r["set"] for r in rows})
budgets = sorted({r["budget"] for r in rows}, key=float)
lines = ["| set | budget (s) | arm | mean gap % | win rate vs savings | runs |", "|---|---:|---|---:|---:|---:|"]
for s in sets:
    for b in budgets:
        for arm in arms:
            mine = [r for r in rows if r["set"] == s and r["budget"] == b and r["arm"] == arm]
            gaps = [100 * (float(r["cost"]) / reference(r) - 1) for r in mine if r["cost"]]
            wins = []
            for r in mine:
                other = cost.get((r["instance"], "savings", r["seed"], b))
                if r["cost"] and other is not None and arm != "savings":
                    c = float(r["cost"])
                    wins.append(1.0 if c < other else 0.5 if c == other else 0.0)
            gap = f"{sum(gaps) / len(gaps):.2f}" if gaps else "-"
            win = f"{100 * sum(wins) / len(wins):.0f}%" if wins else "-"
            failed = len(mine) - len(gaps)
            lines.append(f"| {s} | {b} | {arm} | {gap} | {win} | {len(gaps)}" + (f" ({failed} failed)" if failed else "") + " |")
with open(out, "w") as f:
    f.write("# Initial-population ablation\n\n")
    f.write("Generated by bench/ablation.sh; gaps to the best known value (X) or to the best any run found "
            "(generated and Belgian sets). Paired win rate: same instance, seed and budget as the savings arm.\n\n")
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
echo "ablation: runs in $CSV, summary in $OUT" >&2
