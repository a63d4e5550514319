"""Pictures with matplotlib: the routes of a solution, and the convergence of a solve.

``plot_routes`` draws each route in its own colour over the instance's coordinates, or over a 2-D classical
MDS embedding of the distance matrix when the instance has none (``Instance.plot_coordinates``).
``plot_trace`` draws the best cost over time, from ``Result.trace`` or from the CSV ``routekit solve --trace``
writes.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

import numpy as np

from routekit._routekit import Instance, Result, check

if TYPE_CHECKING:
    from matplotlib.axes import Axes

Routes = Union[Result, Sequence[Sequence[int]]]
Trace = Union[Result, Sequence[tuple[float, float]], str, "os.PathLike[str]"]


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(8, 8))
    return ax


def _routes_of(solution: Routes) -> list[list[int]]:
    routes = solution.routes if isinstance(solution, Result) else solution
    return [list(route) for route in routes if len(route) > 0]


def plot_routes(
    instance: Instance,
    solution: Routes,
    ax: Axes | None = None,
    *,
    title: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Axes:
    """Draws every non-empty route as a closed line from the depot (a black square) and back.

    ``solution`` is a ``Result`` or a list of routes (client indices). With ``path``, the figure is saved
    there too (the format from the extension: .png, .svg, .pdf).
    """
    import matplotlib

    ax = _axes(ax)
    points = np.asarray(instance.plot_coordinates())
    routes = _routes_of(solution)
    colours = matplotlib.colormaps["tab10"]  # the palette of `routekit plot`
    for k, route in enumerate(routes):
        nodes = [0, *route, 0]
        colour = colours(k % 10)
        ax.plot(points[nodes, 0], points[nodes, 1], "-", color=colour, linewidth=1.2, zorder=1)
        ax.scatter(points[route, 0], points[route, 1], s=12, color=colour, zorder=2)
    ax.scatter(points[0, 0], points[0, 1], s=80, marker="s", color="black", zorder=3, label="depot")
    ax.set_aspect("equal", adjustable="datalim")
    if instance.coordinates is None:
        ax.set_xlabel("MDS axis 1")
        ax.set_ylabel("MDS axis 2")
    if title is None:
        report = check(instance, routes)
        title = f"{instance.name}: cost {instance.format_cost(report.cost)}, {report.routes_used} routes"
        if not report.feasible:
            title += " (infeasible)"
    ax.set_title(title)
    if path is not None:
        ax.figure.savefig(path, bbox_inches="tight")
    return ax


def read_trace(path: str | os.PathLike[str]) -> list[tuple[float, float]]:
    """Reads the ``seconds,cost`` CSV that ``routekit solve --trace FILE`` writes."""
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows or rows[0] != ["seconds", "cost"]:
        raise ValueError(f"{os.fspath(path)}: expected a 'seconds,cost' header")
    return [(float(seconds), float(cost)) for seconds, cost in rows[1:]]


def plot_trace(
    trace: Trace,
    ax: Axes | None = None,
    *,
    label: str | None = None,
    best_known: float | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Axes:
    """Draws the best feasible cost against time as a step line (a convergence plot), time on a log scale.

    ``trace`` is a ``Result`` (the line then runs on to its end), a list of (seconds, cost) or the path of
    a ``--trace`` CSV. With ``best_known``, a dashed line marks it.
    """
    end = None
    if isinstance(trace, Result):
        points = list(trace.trace)
        end = trace.elapsed
    elif isinstance(trace, (str, os.PathLike)):
        points = read_trace(trace)
    else:
        points = [(float(s), float(c)) for s, c in trace]
    if not points:
        raise ValueError("the trace is empty: no feasible solution was recorded")
    ax = _axes(ax)
    seconds = [s for s, _ in points]
    costs = [c for _, c in points]
    if end is not None and end > seconds[-1]:
        seconds.append(end)
        costs.append(costs[-1])
    ax.step(seconds, costs, where="post", label=label)
    ax.set_xscale("log")
    if best_known is not None:
        ax.axhline(best_known, linestyle="--", color="grey", label="best known")
    ax.set_xlabel("seconds")
    ax.set_ylabel("best cost")
    if label is not None or best_known is not None:
        ax.legend()
    if path is not None:
        ax.figure.savefig(path, bbox_inches="tight")
    return ax
