for s in 5 6 7 8; do for p in PR01 PR03 PR04; do
  c=$(./rk solve /work/shared/instances/pyvrp/SDVRPTW/$p.vrp --rounding milli --time-limit 10 --cpu-time --threads 1 --seed $s 2>/dev/null | awk '/^Cost/{print $2}')
  echo "$p,$s,$c"; done; done
