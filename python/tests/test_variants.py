"""Instances with vehicle types, depots, optional clients, pickups, reloads and groups built from numpy
arrays, with the keyword arguments named as the JSON fields (docs/json-format.md), and solved."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import routekit

JSON_DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "json"


def line_distances(points: list[float]) -> np.ndarray:
    """|x_i - x_j| between points on a line."""
    x = np.array(points, dtype=float)
    return np.abs(x[:, None] - x[None, :])


def test_mixed_fleet_from_two_depots_reads_back() -> None:
    # Depots 0 and 1; client 2 near depot 0, client 3 near depot 1.
    distances = np.array([[0, 90, 10, 100], [90, 0, 100, 10], [10, 100, 0, 95], [100, 10, 95, 0]])
    instance = routekit.make_instance(
        distances,
        depots=2,
        demands=np.array([0, 0, 1, 1]),
        vehicles=[
            {"count": 1, "capacity": 1, "start": 0, "fixed_cost": 5.0},
            {"count": 1, "capacity": np.int64(1), "start": 1, "end": 1, "cost_per_distance": 2},
        ],
    )
    assert instance.num_depots == 2
    first, second = instance.vehicle_types
    assert (first.count, first.capacity, first.fixed_cost, first.start, first.end) == (1, 1, 5.0, 0, 0)
    assert (second.cost_per_distance, second.start, second.end) == (2, 1, 1)
    assert second.max_duration is None and second.time_window is None
    result = routekit.solve(instance, iterations=100, seed=1, threads=1)
    assert result.feasible
    # Vehicle 0 serves client 2 (5 + 20), vehicle 1 client 3 (2 x 20).
    assert result.cost == pytest.approx(65.0)
    assert result.objective.fixed_costs == pytest.approx(5.0)
    assert result.objective.distance == pytest.approx(40.0)
    assert result.objective.distance_costs == pytest.approx(60.0)
    by_vehicle = {route.vehicle_type: route for route in result.schedule}
    assert by_vehicle[0].clients == [2] and by_vehicle[0].start_depot == 0
    assert by_vehicle[1].clients == [3] and by_vehicle[1].end_depot == 1
    assert by_vehicle[1].cost == pytest.approx(40.0)
    report = routekit.check(instance, result.routes)
    assert report.feasible and report.cost == pytest.approx(65.0)


def test_prizes_make_clients_optional() -> None:
    distances = np.array([[0, 10, 10, 100], [10, 0, 5, 100], [10, 5, 0, 100], [100, 100, 100, 0]])
    instance = routekit.make_instance(distances, prizes=np.array([0.0, 0.0, 30.0, 50.0]))
    assert list(instance.required) == [False, True, False, False]
    assert list(instance.prizes) == [0.0, 0.0, 30.0, 50.0]
    result = routekit.solve(instance, iterations=100, seed=1, threads=1)
    assert result.cost == pytest.approx(75.0)
    assert result.unvisited == [3]
    assert result.objective.uncollected_prizes == pytest.approx(50.0)
    explicit = routekit.make_instance(
        distances, prizes=[0, 0, 30, 50], required=np.array([False, True, True, False])
    )
    assert list(explicit.required) == [False, True, True, False]


def test_pickups_with_backhaul_order() -> None:
    distances = np.array([[0, 10, 10], [10, 0, 100], [10, 10, 0]])
    instance = routekit.make_instance(
        distances, demands=[0, 1, 0], pickups=[0, 0, 1], backhaul_order=True, capacity=2, vehicles=1
    )
    assert list(instance.pickups) == [0, 0, 1]
    assert instance.backhaul_order and instance.fleet == 1
    result = routekit.solve(instance, iterations=100, seed=1, threads=1)
    assert result.routes == [[1, 2]] and result.cost == pytest.approx(120.0)


def test_reloads_with_release_times() -> None:
    instance = routekit.make_instance(
        np.array([[0, 10, 10], [10, 0, 15], [10, 15, 0]]),
        demands=[0, 1, 1],
        time_windows=np.array([[0, 1000], [0, 50], [0, 1000]]),
        release_times=[0, 0, 100],
        vehicles=[{"capacity": 1, "reload_depots": [0]}],
    )
    assert list(instance.release_times) == [0.0, 0.0, 100.0]
    assert instance.vehicle_types[0].reload_depots == [0]
    result = routekit.solve(instance, iterations=100, seed=1, threads=1)
    assert result.routes == [[1, 0, 2]]
    assert result.cost == pytest.approx(40.0)
    # The checker leaves as late as adds no waiting: client 1 at 50 (its closing), back at 60, then the
    # second trip waits for client 2's release at 100.
    assert [stop.arrival for stop in result.schedule[0].stops] == [50.0, 60.0, 110.0, 120.0]


def test_groups_and_skills() -> None:
    instance = routekit.make_instance(line_distances([0, 5, 50, 12, -40, 10]), groups=[[1, 2], [3, 4]])
    assert instance.groups == [[1, 2], [3, 4]]
    assert list(instance.required) == [False, False, False, False, False, True]
    assert routekit.solve(instance, iterations=100, seed=1, threads=1).cost == pytest.approx(24.0)

    skilled = routekit.make_instance(
        np.ones((4, 4)) - np.eye(4),
        skills=[[], [], [7], [3, 7]],
        vehicles=[{"skills": [7]}, {"count": 2, "skills": [3, 7, 9]}, {"count": 2}],
    )
    assert [t.allowed_clients for t in skilled.vehicle_types] == [[1, 2], [], [1]]


def test_the_json_files_read_the_same_as_the_keyword_arguments() -> None:
    from_file = routekit.read_instance(str(JSON_DATA / "fleet.json"))
    from_arrays = routekit.make_instance(
        np.array([[0, 100, 100], [100, 0, 2], [100, 2, 0]]),
        demands=[0, 1, 1],
        vehicles=[
            {"count": 1, "capacity": 2, "fixed_cost": 1000},
            {"count": 2, "capacity": 1, "cost_per_distance": 2},
        ],
    )
    for a, b in zip(from_file.vehicle_types, from_arrays.vehicle_types):
        assert (a.count, a.capacity, a.fixed_cost, a.cost_per_distance) == (
            b.count,
            b.capacity,
            b.fixed_cost,
            b.cost_per_distance,
        )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"depots": 3}, 'expected an integer between 1 and 2 in "depots"'),
        ({"vehicles": [{"start": 1}]}, 'expected a depot index from 0 to 0 in "vehicles[0].start"'),
        ({"vehicles": [{"capacty": 1}]}, "expected a vehicle field (count, capacity,"),
        ({"groups": [[0, 1]]}, 'expected a client index from 1 to 2 in "groups[0]"'),
        ({"prizes": [0, -1, 0]}, 'expected a number between 0 and 1e9 in "prizes[1]"'),
        ({"pickups": [0, 1]}, 'expected an array of 3 in "pickups"'),
        ({"vehicles": [{"capacity": 1}], "demands": [0, 2, 1]}, "expected demands within the capacity 1"),
    ],
)
def test_bad_variant_arguments_name_the_field(arguments: dict, message: str) -> None:
    with pytest.raises(routekit.InputError) as error:
        routekit.make_instance(np.ones((3, 3)) - np.eye(3), **arguments)
    assert message in str(error.value)
