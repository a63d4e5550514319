"""Capacities in several dimensions (weight and volume) from Python: demands as n x D lists or arrays,
capacities as D-lists, read back as numpy n x D arrays, bad shapes named by argument."""

from __future__ import annotations

import numpy as np
import pytest

import routekit

# Depot 0; clients 1 and 2 close together, 3 and 4 close together, 10 from the depot each. By distance
# alone one route 0-1-2-3-4-0 costs 39, but 1 and 2 hold 6 + 6 of a volume of 10 and any three clients at
# least 14: with two vehicles the volume forces {1, 3} and {2, 4} (or {1, 4} and {2, 3}), 35 + 35 = 70.
DISTANCES = np.array(
    [
        [0, 10, 10, 10, 10],
        [10, 0, 2, 15, 15],
        [10, 2, 0, 15, 15],
        [10, 15, 15, 0, 2],
        [10, 15, 15, 2, 0],
    ]
)
DEMANDS = [[0, 0], [1, 6], [1, 6], [1, 4], [1, 4]]


def test_the_second_dimension_binds_and_is_solved_to_its_optimum() -> None:
    instance = routekit.make_instance(DISTANCES, demands=np.array(DEMANDS), capacity=[10, 10], fleet=2)
    assert instance.load_dimensions == 2
    assert instance.demands.shape == (5, 2)
    assert instance.demands[1].tolist() == [1, 6]
    assert instance.capacity == [10, 10]
    assert instance.vehicle_types[0].capacity == [10, 10] and instance.vehicle_types[0].count == 2
    result = routekit.solve(instance, iterations=200, seed=1, threads=1)
    assert result.feasible and result.cost == pytest.approx(70.0)
    assert sorted(sorted(route) for route in result.routes if route) in ([[1, 3], [2, 4]], [[1, 4], [2, 3]])
    assert routekit.check(instance, result.routes).feasible
    # The weight alone: the distance-optimal route.
    weight = routekit.make_instance(DISTANCES, demands=[row[0] for row in DEMANDS], capacity=10, fleet=2)
    assert routekit.solve(weight, iterations=200, seed=1, threads=1).cost == pytest.approx(39.0)


def test_vehicle_objects_with_capacity_lists_and_a_fixed_seed() -> None:
    instance = routekit.make_instance(DISTANCES, demands=DEMANDS, vehicles=[{"count": 2, "capacity": [10, 10]}])
    first = routekit.solve(instance, iterations=200, seed=3, threads=1)
    second = routekit.solve(instance, iterations=200, seed=3, threads=1)
    assert first.cost == pytest.approx(70.0) and first.routes == second.routes
    # The types read back are valid vehicle arguments: the same instance again.
    again = routekit.make_instance(DISTANCES, demands=instance.demands, vehicles=instance.vehicle_types)
    assert again.vehicle_types[0].capacity == [10, 10]
    assert again.demands.tolist() == instance.demands.tolist()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"demands": [[0, 0], [1, 6], [1, 6], [1], [1, 4]], "capacity": [10, 10]},
         "make_instance: demands[3] has 1 value, expected 2 (one per load dimension, as demands[0])"),
        ({"demands": DEMANDS, "capacity": 10}, "make_instance: capacity has 1 value, expected 2"),
        ({"demands": [[0] * 5] * 5, "capacity": [1] * 5}, "make_instance: demands[0] has 5 values, expected 1 to 4"),
        ({"demands": DEMANDS[:4], "capacity": [10, 10]}, "make_instance: demands has 4 entries, expected 5"),
        ({"demands": DEMANDS, "vehicles": [{"capacity": 10}]},
         'make_instance: expected 2 amounts (one per load dimension, as "make_instance\'s demands" has) in '
         '"vehicles[0].capacity", found \'10\''),
        ({"demands": DEMANDS, "capacity": [10, 5]}, "within the capacity 5 of load dimension 2"),
    ],
)
def test_bad_shapes_name_the_argument(arguments: dict, message: str) -> None:
    with pytest.raises(routekit.InputError) as error:
        routekit.make_instance(DISTANCES, **arguments)
    assert message in str(error.value)


def test_schedules_give_each_load_dimension() -> None:
    instance = routekit.make_instance(DISTANCES, demands=np.array(DEMANDS), capacity=[10, 10], fleet=2)
    route = routekit.schedule(instance, [[1, 3], [2, 4]])[0]
    assert route.load == [2, 10]
    # Delivered so far on the trip, per dimension; the return to the depot last.
    assert [stop.load for stop in route.stops] == [[1, 6], [2, 10], [2, 10]]
    weight = routekit.make_instance(DISTANCES, demands=[row[0] for row in DEMANDS], capacity=10, fleet=2)
    assert routekit.schedule(weight, [[1, 3]])[0].load == 2


def test_pickups_and_reloads_with_two_dimensions_are_solved() -> None:
    # 3 picks up a volume of 9, so that the order on its route matters: deliveries still on board after it
    # add to the pickup. The checker prices each route's peak per dimension.
    pickups = [[0, 0], [0, 0], [0, 0], [0, 9], [1, 0]]
    instance = routekit.make_instance(DISTANCES, demands=DEMANDS, pickups=pickups, capacity=[10, 10], fleet=2)
    result = routekit.solve(instance, iterations=200, seed=1, threads=1)
    assert result.feasible and routekit.check(instance, result.routes).feasible
    assert all(amount <= 10 for route in result.schedule for amount in route.load)
    trips = routekit.make_instance(
        DISTANCES, demands=DEMANDS, vehicles=[{"count": 1, "capacity": [10, 10], "reload_depots": [0]}]
    )
    result = routekit.solve(trips, iterations=200, seed=1, threads=1)
    assert result.feasible and routekit.check(trips, result.routes).feasible
    assert 0 in result.routes[0]  # one vehicle carries a volume of 20 in trips
