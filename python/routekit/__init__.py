"""Routekit from Python: read or build vehicle-routing instances, solve, check and write solutions.

>>> import routekit
>>> instance = routekit.read_instance("instances/X-n106-k14.vrp")
>>> result = routekit.solve(instance, time_limit=5, seed=1)
>>> routekit.check(instance, result.routes).feasible
True

Every function and class comes from the C++ extension ``routekit._routekit``; ``routekit.plot`` draws routes
and convergence traces with matplotlib. See docs/python.md.
"""

from routekit._routekit import (
    CancellationToken,
    CheckReport,
    Error,
    InputError,
    Instance,
    Objective,
    ParameterError,
    Progress,
    Result,
    RouteSchedule,
    Stop,
    VehicleType,
    Violation,
    check,
    format_solution,
    make_instance,
    parse_instance,
    read_instance,
    read_solution,
    road_matrices,
    schedule,
    solve,
    write_solution,
)

__version__ = "0.1.0"

__all__ = [
    "CancellationToken",
    "CheckReport",
    "Error",
    "InputError",
    "Instance",
    "Objective",
    "ParameterError",
    "Progress",
    "Result",
    "RouteSchedule",
    "Stop",
    "VehicleType",
    "Violation",
    "check",
    "format_solution",
    "make_instance",
    "parse_instance",
    "read_instance",
    "read_solution",
    "road_matrices",
    "schedule",
    "solve",
    "write_solution",
]
