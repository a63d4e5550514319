#!/usr/bin/env bash
# Ablation of the genetic search's first population: does seeding it with the learned policy pay off?
# Reproduces bench/results/ablation.md (about 30 minutes on 2 cores: two single-threaded runs at a time).
#
# Arms (each `routekit solve`, one thread, 100 initial individuals; only the constructed part differs):
#   savings       --init savings --param constructed_share=0: the greedy savings solution, the other 99
#                 random giant tours cut by Split
#   rand-savings  --init savings: the greedy savings solution and 49 randomized savings (as many
#                 constructions as the policy arms get), 50 random tours
#   untrained     --init learned --policy untrained.json: 50 solutions of the untrained policy (its greedy
#                 decoding is nearest neighbour, its samples randomized nearest neighbour), 50 random tours
#   trained       --init learned: 50 solutions of the shipped, trained policy (1 greedy, 49 sampled), 50
#                 random tours
#   (also available: nn, random)
# Sets: (a) generated 500-client uniform CVRPs, (b) generated 500-node asymmetric road-like CVRPs, (c) the
# Belgian road instances with n >= 400 and 15 X instances with n >= 400 (every other one of the 32).
# Budgets 1 s and 5 s on every instance, 20 s on the first LONG instances of (b). Gaps: to the best known
# value (X), else to the best solution any run found, a 10 s reference run per generated and Belgian
# instance (--init savings, two threads) included. Paired win rate: against the savings arm on the same
# instance, seed and budget; ties count half.
#
# Usage: bench/ablation.sh [--quick]
#   env: ROUTEKIT (binary, default build/routekit), SHARED (default ../shared/instances), BUDGETS ("1 5"),
#        SEEDS ("1"), GENERATED (instances per generated set, 20), X_COUNT (15), LONG (10), LONG_BUDGET (20),
#        REFERENCE_BUDGET (10), JOBS (parallel runs, 2), ARMS ("savings rand-savings untrained trained"),
#        WORK (scratch folder), OUT (bench/results/ablation.md).
#   --quick: 3 generated instances per set, 3 X instances, 2 long runs, reference runs of 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUTEKIT=${ROUTEKIT:-build/routekit}
SHARED=${SHARED:-../shared/instances}
BUDGETS=${BUDGETS:-"1 5"}
SEEDS=${SEEDS:-"1"}
GENERATED=${GENERATED:-20}
X_COUNT=${X_COUNT:-15}
LONG=${LONG:-10}
LONG_BUDGET=${LONG_BUDGET:-20}
REFERENCE_BUDGET=${REFERENCE_BUDGET:-10}
JOBS=${JOBS:-2}
ARMS=${ARMS:-"savings rand-savings untrained trained"}
WORK=${WORK:-$(mktemp -d /tmp/routekit-ablation.XXXXXX)}
OUT=${OUT:-bench/results/ablation.md}
if [ "${1:-}" = "--quick" ]; then
    GENERATED=3
    X_COUNT=3
    LONG=2
    REFERENCE_BUDGET=5
fi
[ -x "$ROUTEKIT" ] || { echo "ablation: no binary at $ROUTEKIT (build it first)" >&2; exit 2; }
mkdir -p "$WORK/instances" "$WORK/solutions"
ROUTEKIT=$(realpath "$ROUTEKIT")
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
    awk -F, -v shared="$SHARED" 'NR > 1 && $1 == "Belgium-road" && $5 >= 400 {
        print "belgium-road," $2 "," shared "/" $3 "," $6 }' "$SHARED/manifest.csv" >> "$LIST"
    awk -F, -v shared="$SHARED" -v max="$X_COUNT" 'NR > 1 && $1 == "CVRPLIB-X" && $5 >= 401 {
        if (seen++ % 2 == 0 && taken < max) { print "X," $2 "," shared "/" $3 "," $6; taken++ } }' \
        "$SHARED/manifest.csv" >> "$LIST"
else
    echo "ablation: $SHARED/manifest.csv not found: generated sets only" >&2
fi

arm_flags() {
    case "$1" in
        savings) echo "--init savings --param constructed_share=0" ;;
        rand-savings) echo "--init savings" ;;
        untrained) echo "--init learned --policy $WORK/untrained.json" ;;
        trained) echo "--init learned" ;;
        nn) echo "--init nn" ;;
        random) echo "--init random" ;;
        reference) echo "--init savings" ;;
        *) echo "ablation: unknown arm $1" >&2; exit 2 ;;
    esac
}

# One line per run: set,name,path,best_known,arm,seed,budget,threads
JOBLIST="$WORK/jobs.csv"
: > "$JOBLIST"
long_taken=0
while IFS=, read -r set name path best; do
    for budget in $BUDGETS; do
        for seed in $SEEDS; do
            for arm in $ARMS; do echo "$set,$name,$path,$best,$arm,$seed,$budget,1" >> "$JOBLIST"; done
        done
    done
    if [ "$set" = generated-road ] && [ "$long_taken" -lt "$LONG" ]; then
        long_taken=$((long_taken + 1))
        for seed in $SEEDS; do
            for arm in $ARMS; do echo "$set,$name,$path,$best,$arm,$seed,$LONG_BUDGET,1" >> "$JOBLIST"; done
        done
    fi
    if [ -z "$best" ]; then echo "$set,$name,$path,$best,reference,1,$REFERENCE_BUDGET,2" >> "$JOBLIST"; fi
done < "$LIST"

# Runs one job line and prints its CSV row; called by xargs, so it only uses its arguments and the env.
run_one() {
    IFS=, read -r set name path best arm seed budget threads <<< "$1"
    local sol="$WORK/solutions/$name.$arm.$seed.$budget.sol" cost=""
    # shellcheck disable=SC2046
    if "$ROUTEKIT" solve "$path" $(arm_flags "$arm") --time-limit "$budget" --seed "$seed" \
            --threads "$threads" --quiet -o "$sol" < /dev/null 2> "$sol.log"; then
        cost=$(awk '/^Cost/ { print $2 }' "$sol")
    fi
    echo "$set,$name,$arm,$seed,$budget,$cost,$best"
}
export -f run_one arm_flags
export ROUTEKIT WORK

total=$(wc -l < "$JOBLIST")
echo "ablation: $total runs, $JOBS at a time (scratch: $WORK)" >&2
echo "set,instance,arm,seed,budget,cost,best_known" > "$CSV"
# The two-thread reference runs go alone (JOBS=1) after the single-threaded ones.
grep -v ',reference,' "$JOBLIST" | tr '\n' '\0' |
    xargs -0 -P "$JOBS" -I{} bash -c 'run_one "$1"' _ {} >> "$CSV"
grep ',reference,' "$JOBLIST" | tr '\n' '\0' | xargs -0 -P 1 -I{} bash -c 'run_one "$1"' _ {} >> "$CSV" || true
echo "ablation: $(($(wc -l < "$CSV") - 1)) of $total runs recorded" >&2

python3 - "$CSV" "$OUT" "$ARMS" "$BUDGETS $LONG_BUDGET" <<'PY'
import csv, sys, collections
runs, out, arms, budget_list = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
rows = [r for r in csv.DictReader(open(runs))]
best = collections.defaultdict(lambda: float("inf"))
for r in rows:
    if r["cost"]:
        best[r["instance"]] = min(best[r["instance"]], float(r["cost"]))
def reference(r):
    return float(r["best_known"]) if r["best_known"] else best[r["instance"]]
cost = {(r["instance"], r["arm"], r["seed"], r["budget"]): (float(r["cost"]) if r["cost"] else None) for r in rows}
sets = sorted({r["set"] for r in rows})
budgets = sorted({b for b in budget_list}, key=float)
lines = ["| set | budget (s) | arm | instances | mean gap % | win rate vs savings | wins / ties / losses |",
         "|---|---:|---|---:|---:|---:|---|"]
for s in sets:
    for b in budgets:
        for arm in arms:
            mine = [r for r in rows if r["set"] == s and r["budget"] == b and r["arm"] == arm]
            if not mine:
                continue
            gaps = [100 * (float(r["cost"]) / reference(r) - 1) for r in mine if r["cost"]]
            tally = [0, 0, 0]
            for r in mine:
                other = cost.get((r["instance"], "savings", r["seed"], b))
                if r["cost"] and other is not None and arm != "savings":
                    c = float(r["cost"])
                    tally[0 if c < other else 1 if c == other else 2] += 1
            n = sum(tally)
            gap = f"{sum(gaps) / len(gaps):.3f}" if gaps else "-"
            win = f"{100 * (tally[0] + 0.5 * tally[1]) / n:.0f}%" if n else "-"
            wtl = f"{tally[0]} / {tally[1]} / {tally[2]}" if n else "-"
            failed = len(mine) - len(gaps)
            count = f"{len(gaps)}" + (f" ({failed} failed)" if failed else "")
            lines.append(f"| {s} | {b} | {arm} | {count} | {gap} | {win} | {wtl} |")
with open(out, "w") as f:
    f.write("# Initial-population ablation\n\n")
    f.write("Generated by `bench/ablation.sh` (see its header for arms, sets and budgets). Gaps: to the best "
            "known value (X), else to the best solution any run found, 10 s two-thread reference runs included. Win "
            "rate: paired with the savings arm (same instance, seed and budget), ties count half.\n\n")
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
cp "$CSV" "$(dirname "$OUT")/ablation_runs.csv"
echo "ablation: runs in $CSV (copied beside $OUT), summary in $OUT" >&2
