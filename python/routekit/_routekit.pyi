"""Type hints for the C++ extension module (python/src/*.cpp); docs/python.md describes each call."""

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Optional, Union

import numpy as np
import numpy.typing as npt

ArrayLike = npt.ArrayLike
Routes = Sequence[Sequence[int]]

class Error(RuntimeError): ...
class InputError(Error, ValueError): ...
class ParameterError(Error, ValueError): ...

class VehicleType:
    count: int
    capacity: Optional[Union[int, list[int]]]  # a list of one per load dimension with several
    fixed_cost: float
    cost_per_distance: int
    cost_per_duration: int
    start: int
    end: int
    max_duration: Optional[float]
    max_distance: Optional[float]
    time_window: Optional[tuple[float, float]]
    allowed_clients: list[int]
    reload_depots: list[int]

class Instance:
    name: str
    kind: str
    rounding: str
    scale: int
    num_nodes: int
    num_clients: int
    num_depots: int
    load_dimensions: int
    vehicle_types: list[VehicleType]
    pickups: npt.NDArray[np.int64]  # n, or n x load_dimensions with several
    backhaul_order: bool
    prizes: npt.NDArray[np.float64]
    required: npt.NDArray[np.bool_]
    release_times: npt.NDArray[np.float64]
    groups: list[list[int]]
    cost_decimals: int
    capacity: Optional[Union[int, list[int]]]
    fleet: int
    max_route_duration: Optional[float]
    has_time_windows: bool
    distance_symmetric: bool
    total_demand: int
    distances: npt.NDArray[np.float64]
    durations: npt.NDArray[np.float64]
    demands: npt.NDArray[np.int64]  # n, or n x load_dimensions with several
    service_times: npt.NDArray[np.float64]
    time_windows: npt.NDArray[np.float64]
    coordinates: Optional[npt.NDArray[np.float64]]
    def plot_coordinates(self) -> npt.NDArray[np.float64]: ...
    def format_cost(self, value: float) -> str: ...

def read_instance(path: str, *, rounding: Optional[str] = None) -> Instance: ...
def parse_instance(text: str, *, source: str = "<string>", rounding: Optional[str] = None) -> Instance: ...
def make_instance(
    distances: ArrayLike,
    *,
    durations: Optional[ArrayLike] = None,
    demands: Optional[ArrayLike] = None,  # n, or n x D (D load dimensions)
    capacity: Optional[Union[float, Sequence[float]]] = None,
    fleet: int = 0,
    service_times: Optional[ArrayLike] = None,
    time_windows: Optional[ArrayLike] = None,
    max_route_duration: Optional[float] = None,
    kind: Optional[str] = None,
    rounding: str = "tsplib",
    name: str = "unnamed",
    coordinates: Optional[ArrayLike] = None,
    depots: int = 1,
    vehicles: Optional[Union[int, Sequence[Union[Mapping[str, Any], VehicleType]]]] = None,
    pickups: Optional[ArrayLike] = None,
    backhaul_order: bool = False,
    prizes: Optional[ArrayLike] = None,
    required: Optional[ArrayLike] = None,
    release_times: Optional[ArrayLike] = None,
    groups: Optional[Sequence[Sequence[int]]] = None,
    skills: Optional[Sequence[Sequence[int]]] = None,
    cost_decimals: int = 0,
) -> Instance: ...

class Violation:
    kind: str
    route: int
    message: str

class Objective:
    distance: float
    fixed_costs: float
    distance_costs: float
    duration_costs: float
    uncollected_prizes: float

class CheckReport:
    feasible: bool
    cost: float
    objective: Objective
    unvisited: list[int]
    routes_used: int
    total_time_warp: float
    violations: list[Violation]
    def __bool__(self) -> bool: ...

class Stop:
    node: int
    arrival: float
    wait: float
    start: float
    departure: float
    time_warp: float
    load: int | list[int]

class RouteSchedule:
    vehicle: int
    vehicle_type: int
    start_depot: int
    end_depot: int
    cost: float
    clients: list[int]
    distance: float
    duration: float
    load: int | list[int]
    time_warp: float
    start: float
    end: float
    stops: list[Stop]

def check(instance: Instance, routes: Routes) -> CheckReport: ...
def schedule(instance: Instance, routes: Routes) -> list[RouteSchedule]: ...
def read_solution(path: str, instance: Instance) -> list[list[int]]: ...
def format_solution(instance: Instance, routes: Routes, *, format: str = "sol") -> str: ...
def write_solution(path: str, instance: Instance, routes: Routes, *, format: Optional[str] = None) -> None: ...

class CancellationToken:
    def __init__(self) -> None: ...
    def cancel(self) -> None: ...
    @property
    def cancelled(self) -> bool: ...

class Progress:
    elapsed: float
    best_cost: Optional[float]
    iterations: int
    feasible_population: int
    infeasible_population: int

class Result:
    routes: list[list[int]]
    cost: float
    feasible: bool
    interrupted: bool
    time_to_best: float
    elapsed: float
    iterations: int
    feasible_share: float
    trace: list[tuple[float, float]]
    schedule: list[RouteSchedule]
    objective: Objective
    unvisited: list[int]
    stop_reason: str

def solve(
    instance: Instance,
    *,
    time_limit: Optional[float] = None,
    iterations: Optional[int] = None,
    no_improvement: Optional[int] = None,
    target: Optional[float] = None,
    seed: int = 1,
    threads: int = 0,
    init: str = "savings",
    policy_file: str = "",
    warm_start: Optional[Routes] = None,
    on_progress: Optional[Callable[[Progress], object]] = None,
    cancel: Optional[CancellationToken] = None,
    genetic: Optional[Mapping[str, Union[int, float]]] = None,
) -> Result: ...

def road_matrices(
    map: str,
    points: Sequence[tuple[str, float, float]],
    *,
    optimise: str = "time",
    search: str = "automatic",
    threads: int = 0,
    max_snap: float = 1000.0,
    speeds: Mapping[str, float] = ...,
) -> dict[str, Any]: ...
