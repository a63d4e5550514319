#!/usr/bin/env bash
# Ablation of the genetic search's first population at short budgets: does seeding it with the learned
# policy pay off against savings seeding? Writes bench/results/ablation.md (issue 11's honest ablation).
#
# Arms (each `routekit solve`, one thread, 100 initial individuals; only the constructed part differs):
#   savings       --init savings --param constructed_share=0: the greedy savings solution, the other 99
#                 random giant tours cut by Split
#   rand-savings  --init savings (the default): the greedy savings solution and 49 randomized savings, 50
#                 random tours
#   learned       --init learned: 50 solutions of the shipped, trained policy (1 greedy, 49 sampled at
#                 temperature 1, each from a random start client), 50 random tours
#   learned-file  the same with the weights in $POLICY (e.g. new weights before they replace the shipped ones)
#   learned-savings  --init learned-savings: rand-savings with the merge order biased by the shipped learned
#                 edge prior (docs/learned_policy.md)
#   learned-savings-file  the same with the edge-prior weights in $PRIOR
#   prior-lists-W[-gG][-pP]  rand-savings with the granular neighbour lists chosen by the edge prior at
#                 weight W (--param neighbour_prior=W; Γ G, pool P; weights $NEIGHBOUR_PRIOR or the shipped)
#   savings-gG    rand-savings with Γ = G (the distance lists)
#   (also available: untrained (the policy with zero training: randomized nearest neighbour), nn, random)
# Sets: the CVRPLIB X instances with 401-1001 nodes of ../shared (X_MIN, X_MAX), and GENERATED fresh
# GEN_CLIENTS-client (500) instances of each generated family (KINDS: x is the CVRPLIB X family's procedure; seeds 9001..
# never used in training, whose seeds are below 1000 or drawn 64-bit from the training seed). Budgets 0.5, 1 and 2 s. Gaps: X to the best known value, generated instances to the best cost
# any run found. Paired win rate: against BASE_ARM on the same instance, seed and budget; ties count half.
# For X, the share of runs that reach HGS-CVRP's 10 s cost (../shared/anchors/hgs-cvrp_X_10s.csv) and the
# median time they need, from each run's trace.
#
# Usage: bench/ablation.sh [--quick]
#   env: ROUTEKIT (binary, default build/routekit), SHARED (default ../shared), BUDGETS ("0.5 1 2"),
#        SEEDS ("1"), GENERATED (instances per generated family, 50), KINDS ("x uniform road"), X_MIN (401),
#        X_MAX (1001), JOBS (parallel runs, 1), CPU_TIME (1: budgets in process CPU seconds, so that a busy
#        machine does not shrink them; 0: wall clock), ARMS ("savings rand-savings learned"), BASE_ARM
#        (savings), POLICY (weights of the learned-file arm), PRIOR (edge-prior weights of the
#        learned-savings-file arm), GEN_CLIENTS (500), WORK (scratch folder), OUT
#        (bench/results/ablation.md).
#   --quick: 3 generated instances per family, X instances with at most 500 nodes.
# Resuming: with WORK set to an earlier run's folder, the runs already in its runs.csv are kept, not rerun
# (e.g. the savings arms first, a new policy's arm later, one summary over all of them). SUMMARY_ONLY=1:
# run nothing, summarize what runs.csv holds for the given arms and budgets.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUTEKIT=${ROUTEKIT:-build/routekit}
SHARED=${SHARED:-../shared}
BUDGETS=${BUDGETS:-"0.5 1 2"}
SEEDS=${SEEDS:-"1"}
GENERATED=${GENERATED:-50}
KINDS=${KINDS:-"x uniform road"}
X_MIN=${X_MIN:-401}
X_MAX=${X_MAX:-1001}
JOBS=${JOBS:-1}
CPU_TIME=${CPU_TIME:-1}
ARMS=${ARMS:-"savings rand-savings learned"}
BASE_ARM=${BASE_ARM:-savings}
POLICY=${POLICY:-}
PRIOR=${PRIOR:-}
NEIGHBOUR_PRIOR=${NEIGHBOUR_PRIOR:-}
GEN_CLIENTS=${GEN_CLIENTS:-500}
WORK=${WORK:-$(mktemp -d /tmp/routekit-ablation.XXXXXX)}
OUT=${OUT:-bench/results/ablation.md}
if [ "${1:-}" = "--quick" ]; then
    GENERATED=3
    X_MAX=500
fi
[ -x "$ROUTEKIT" ] || { echo "ablation: no binary at $ROUTEKIT (build it first)" >&2; exit 2; }
if [[ " $ARMS " == *" learned-file "* ]]; then
    [ -f "$POLICY" ] || { echo "ablation: the learned-file arm needs POLICY=weights.json" >&2; exit 2; }
    POLICY=$(realpath "$POLICY")
fi
if [[ " $ARMS " == *" learned-savings-file "* ]]; then
    [ -f "$PRIOR" ] || { echo "ablation: the learned-savings-file arm needs PRIOR=prior.json" >&2; exit 2; }
    PRIOR=$(realpath "$PRIOR")
fi
mkdir -p "$WORK/instances" "$WORK/solutions"
ROUTEKIT=$(realpath "$ROUTEKIT")
CSV="$WORK/runs.csv"
CLOCK_FLAG=""
[ "$CPU_TIME" = 1 ] && CLOCK_FLAG="--cpu-time"

if [[ " $ARMS " == *" untrained "* ]]; then
    # The untrained policy of the same shape as the shipped one: zero training iterations.
    echo '{"iterations": 0, "validation_instances": 1, "validation_clients": 10}' > "$WORK/untrained_config.json"
    "$ROUTEKIT" train --config "$WORK/untrained_config.json" --out "$WORK/untrained.json" --quiet
fi

# set,name,path,best_known (empty: unknown)
LIST="$WORK/instances.csv"
: > "$LIST"
for kind in $KINDS; do
    for ((i = 0; i < GENERATED; i++)); do
        file="$WORK/instances/$kind-$GEN_CLIENTS-$((9001 + i)).vrp"
        "$ROUTEKIT" generate --kind "$kind" --clients "$GEN_CLIENTS" --seed $((9001 + i)) -o "$file"
        echo "generated-$kind,$(basename "$file" .vrp),$file," >> "$LIST"
    done
done
if [ -f "$SHARED/instances/manifest.csv" ]; then
    awk -F, -v shared="$SHARED/instances" -v low="$X_MIN" -v high="$X_MAX" \
        'NR > 1 && $1 == "CVRPLIB-X" && $5 >= low && $5 <= high { print "X," $2 "," shared "/" $3 "," $6 }' \
        "$SHARED/instances/manifest.csv" >> "$LIST"
else
    echo "ablation: $SHARED/instances/manifest.csv not found: generated sets only" >&2
fi

arm_flags() {
    case "$1" in
        savings) echo "--init savings --param constructed_share=0" ;;
        rand-savings) echo "--init savings" ;;
        untrained) echo "--init learned --policy $WORK/untrained.json" ;;
        learned) echo "--init learned" ;;
        learned-file) echo "--init learned --policy $POLICY" ;;
        learned-savings) echo "--init learned-savings" ;;
        learned-savings-file) echo "--init learned-savings --policy $PRIOR" ;;
        nn) echo "--init nn" ;;
        random) echo "--init random" ;;
        prior-lists-* | savings-g*)
            # prior-lists-W[-gG][-pP]: the default with the granular lists chosen by the edge prior at weight
            # W (Γ G, pool P; the weights in $NEIGHBOUR_PRIOR when set); savings-gG: the default with Γ G.
            local flags="--init savings" part
            local IFS=-
            # shellcheck disable=SC2086
            set -- $1
            for part in "$@"; do
                case "$part" in
                    prior | lists | savings) ;;
                    g*) flags="$flags --param granularity=${part#g}" ;;
                    p*) flags="$flags --param neighbour_pool=${part#p}" ;;
                    *) flags="$flags --param neighbour_prior=$part" ;;
                esac
            done
            [ -n "${NEIGHBOUR_PRIOR:-}" ] && flags="$flags --neighbour-prior $NEIGHBOUR_PRIOR"
            echo "$flags" ;;
        *) echo "ablation: unknown arm $1" >&2; exit 2 ;;
    esac
}

# One line per run: set,name,path,best_known,arm,seed,budget
JOBLIST="$WORK/jobs.csv"
: > "$JOBLIST"
while IFS=, read -r set name path best; do
    for budget in $BUDGETS; do
        for seed in $SEEDS; do
            for arm in $ARMS; do echo "$set,$name,$path,$best,$arm,$seed,$budget" >> "$JOBLIST"; done
        done
    done
done < "$LIST"

# Runs one job line and prints its CSV row; called by xargs, so it only uses its arguments and the env.
run_one() {
    IFS=, read -r set name path best arm seed budget <<< "$1"
    local sol="$WORK/solutions/$name.$arm.$seed.$budget.sol" cost=""
    # shellcheck disable=SC2046
    if "$ROUTEKIT" solve "$path" $(arm_flags "$arm") --time-limit "$budget" $CLOCK_FLAG --seed "$seed" \
            --threads 1 --quiet -o "$sol" --trace "$sol.trace" < /dev/null 2> "$sol.log"; then
        cost=$(awk '/^Cost/ { print $2 }' "$sol")
    fi
    echo "$set,$name,$arm,$seed,$budget,$cost,$best,$sol.trace"
}
export -f run_one arm_flags
export ROUTEKIT WORK CLOCK_FLAG POLICY PRIOR NEIGHBOUR_PRIOR

total=$(wc -l < "$JOBLIST")
if [ -s "$CSV" ]; then
    # Keep the jobs whose (instance, arm, seed, budget) has no row yet.
    awk -F, 'NR == FNR { if (FNR > 1) done[$2 "," $3 "," $4 "," $5] = 1; next }
             !(($2 "," $5 "," $6 "," $7) in done)' "$CSV" "$JOBLIST" > "$JOBLIST.todo"
    mv "$JOBLIST.todo" "$JOBLIST"
    [ "${SUMMARY_ONLY:-0}" = 1 ] && : > "$JOBLIST"
else
    echo "set,instance,arm,seed,budget,cost,best_known,trace" > "$CSV"
fi
echo "ablation: $(wc -l < "$JOBLIST") of $total runs to do, $JOBS at a time (scratch: $WORK)" >&2
tr '\n' '\0' < "$JOBLIST" | xargs -0 -P "$JOBS" -I{} bash -c 'run_one "$1"' _ {} >> "$CSV"
echo "ablation: $(($(wc -l < "$CSV") - 1)) of $total runs recorded" >&2

python3 - "$CSV" "$OUT" "$ARMS" "$BUDGETS" "$BASE_ARM" "$SHARED/anchors/hgs-cvrp_X_10s.csv" "$CLOCK_FLAG" <<'PY'
import csv, sys, collections, os, statistics
runs, out, arms, budget_list, base, anchor_file, clock = sys.argv[1:8]
arms, budgets = arms.split(), sorted(set(budget_list.split()), key=float)
rows = list(csv.DictReader(open(runs)))
best = collections.defaultdict(lambda: float("inf"))
for r in rows:
    if r["cost"]:
        best[r["instance"]] = min(best[r["instance"]], float(r["cost"]))
hgs = {}
if os.path.exists(anchor_file):
    hgs = {a["instance"]: float(a["cost"]) for a in csv.DictReader(open(anchor_file)) if a["cost"]}
def reference(r):
    return float(r["best_known"]) if r["best_known"] else best[r["instance"]]
def time_to(r, target):
    """Seconds until the run's best cost first reached target, from its trace; None if never."""
    try:
        for point in csv.DictReader(open(r["trace"])):
            if float(point["cost"]) <= target:
                return float(point["seconds"])
    except OSError:
        pass
    return None
cost = {(r["instance"], r["arm"], r["seed"], r["budget"]): (float(r["cost"]) if r["cost"] else None) for r in rows}
sets = sorted({r["set"] for r in rows})
lines = [f"| set | budget (s) | arm | instances | mean gap % | win rate vs {base} | wins / ties / losses "
         "| reach HGS-CVRP 10 s | median time to it (s) |",
         "|---|---:|---|---:|---:|---:|---|---:|---:|"]
for s in sets:
    for b in budgets:
        for arm in arms:
            mine = [r for r in rows if r["set"] == s and r["budget"] == b and r["arm"] == arm]
            if not mine:
                continue
            gaps = [100 * (float(r["cost"]) / reference(r) - 1) for r in mine if r["cost"]]
            tally = [0, 0, 0]
            for r in mine:
                other = cost.get((r["instance"], base, r["seed"], b))
                if r["cost"] and other is not None and arm != base:
                    c = float(r["cost"])
                    tally[0 if c < other else 1 if c == other else 2] += 1
            n = sum(tally)
            gap = f"{sum(gaps) / len(gaps):.3f}" if gaps else "-"
            win = f"{100 * (tally[0] + 0.5 * tally[1]) / n:.0f}%" if n else "-"
            wtl = f"{tally[0]} / {tally[1]} / {tally[2]}" if n else "-"
            reach, median = "-", "-"
            anchored = [r for r in mine if r["instance"] in hgs]
            if anchored:
                times = [t for t in (time_to(r, hgs[r["instance"]]) for r in anchored) if t is not None]
                reach = f"{len(times)} / {len(anchored)}"
                median = f"{statistics.median(times):.2f}" if times else "-"
            failed = len(mine) - len(gaps)
            count = f"{len(gaps)}" + (f" ({failed} failed)" if failed else "")
            lines.append(f"| {s} | {b} | {arm} | {count} | {gap} | {win} | {wtl} | {reach} | {median} |")
with open(out, "w") as f:
    f.write("# Initial-population ablation\n\n")
    f.write("Generated by `bench/ablation.sh` (see its header for arms, sets and budgets); one thread per run, "
            + ("budgets in process CPU seconds" if clock else "budgets in wall-clock seconds")
            + ". Gaps: to the best known value (X), else to the best solution any run found. Win rate: paired "
            f"with the {base} arm (same instance, seed and budget), ties count half. HGS-CVRP 10 s: runs whose "
            "trace reaches HGS-CVRP's 10 s single-thread cost on the same instance, and the median wall-clock "
            "time they took.\n\n")
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
cp "$CSV" "$(dirname "$OUT")/ablation_runs.csv"
echo "ablation: runs in $CSV (copied beside $OUT), summary in $OUT" >&2
