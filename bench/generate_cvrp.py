#!/usr/bin/env python3
"""Writes a large CVRP in the style of the Belgian instances (Arnold, Gendreau and Sorensen 2017): a central
depot, clients clustered around towns over a square region, unit demands, EUC_2D. Seeded, so the same
arguments give the same file; the file itself is not committed (30,001 nodes is 600 KB).

    python3 bench/generate_cvrp.py --nodes 30001 --capacity 50 --seed 1 > /tmp/Generated30001.vrp
"""
import argparse
import random


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=30001, help="nodes, the depot included")
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--towns", type=int, default=60, help="cluster centres")
    parser.add_argument("--side", type=int, default=30000, help="the region's width and height")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    towns = [(rng.uniform(0, args.side), rng.uniform(0, args.side), rng.uniform(300, 2500))
             for _ in range(args.towns)]
    points = [(args.side // 2, args.side // 2)]
    while len(points) < args.nodes:
        if rng.random() < 0.2:  # a fifth spread uniformly, the rest around towns
            x, y = rng.uniform(0, args.side), rng.uniform(0, args.side)
        else:
            cx, cy, spread = rng.choice(towns)
            x, y = rng.gauss(cx, spread), rng.gauss(cy, spread)
        if 0 <= x <= args.side and 0 <= y <= args.side:
            points.append((round(x), round(y)))

    name = f"Generated{args.nodes}"
    lines = [f"NAME : {name}", f"COMMENT : generate_cvrp.py --nodes {args.nodes} --seed {args.seed}",
             "TYPE : CVRP", f"DIMENSION : {args.nodes}", "EDGE_WEIGHT_TYPE : EUC_2D",
             f"CAPACITY : {args.capacity}", "NODE_COORD_SECTION"]
    lines += [f"{i + 1} {x} {y}" for i, (x, y) in enumerate(points)]
    lines.append("DEMAND_SECTION")
    lines += [f"{i + 1} {0 if i == 0 else 1}" for i in range(args.nodes)]
    lines += ["DEPOT_SECTION", "1", "-1", "EOF"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
