"""Writes X instances with a second load dimension (a volume): each client's volume is drawn uniformly from
1..100 with a fixed seed, and the volume capacity is set so that the volume needs as many vehicles as the
weight does (ceil(total volume / ceil(total weight / weight capacity))), so that both dimensions bind."""

import math
import random
import re
import sys
from pathlib import Path

X = Path("/work/shared/instances/cvrp/X")
OUT = Path(__file__).resolve().parent / "instances"

for name in sys.argv[1:]:
    text = (X / f"{name}.vrp").read_text()
    capacity = int(re.search(r"CAPACITY\s*:\s*(\d+)", text).group(1))
    head, rest = text.split("DEMAND_SECTION", 1)
    demand_text, tail = rest.split("DEPOT_SECTION", 1)
    rows = [line.split() for line in demand_text.strip().splitlines()]
    rng = random.Random(name)
    volumes = [0 if int(r[0]) == 1 else rng.randint(1, 100) for r in rows]
    vehicles = math.ceil(sum(int(r[1]) for r in rows) / capacity)
    volume_capacity = max(max(volumes), math.ceil(sum(volumes) / vehicles))
    head = re.sub(r"NAME\s*:\s*\S+", f"NAME : {name}-2d", head)
    head = re.sub(r"CAPACITY\s*:\s*\d+", f"CAPACITY : {capacity} {volume_capacity}", head)
    demands = "".join(f"{r[0]} {r[1]} {v}\n" for r, v in zip(rows, volumes))
    (OUT / f"{name}-2d.vrp").write_text(head + "DEMAND_SECTION\n" + demands + "DEPOT_SECTION" + tail)
