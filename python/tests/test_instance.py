"""Reading instances of every format, building them from numpy arrays, and bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import routekit


@pytest.mark.parametrize(
    ("file", "kind", "nodes", "rounding"),
    [
        ("X-n106-k14.vrp", "CVRP", 106, "tsplib"),
        ("E-n13-k4.vrp", "CVRP", 13, "tsplib"),
        ("A034-02f.vrp", "ACVRP", 34, "tsplib"),
        ("C102.txt", "VRPTW", 101, "trunc1"),
        ("CMT6.vrp", "CVRP", 51, "tsplib"),
        ("berlin52.tsp", "TSP", 52, "tsplib"),
        ("br17.atsp", "ATSP", 17, "tsplib"),
    ],
)
def test_reads_every_format(instances: Path, file: str, kind: str, nodes: int, rounding: str) -> None:
    instance = routekit.read_instance(str(instances / file))
    assert (instance.kind, instance.num_nodes, instance.rounding) == (kind, nodes, rounding)
    assert instance.distances.shape == (nodes, nodes)
    assert instance.num_clients == nodes - 1


def test_rounding_is_chosen_at_reading(instances: Path) -> None:
    # CMT6's published 555.43 needs real distances; the TSPLIB default rounds each to an integer.
    exact = routekit.read_instance(str(instances / "CMT6.vrp"), rounding="exact")
    rounded = routekit.read_instance(str(instances / "CMT6.vrp"))
    assert (exact.rounding, exact.scale) == ("exact", 10**7)
    assert exact.distances[0, 1] != rounded.distances[0, 1] == round(exact.distances[0, 1])
    routes = routekit.read_solution(str(instances / "CMT6.sol"), exact)
    assert routekit.check(exact, routes).cost == pytest.approx(555.43, abs=0.005)


def test_instance_contents_in_file_units(instances: Path) -> None:
    c102 = routekit.read_instance(str(instances / "C102.txt"))
    assert c102.scale == 10
    assert c102.capacity == 200
    assert c102.has_time_windows
    assert c102.time_windows.shape == (101, 2)
    assert c102.service_times[1] == pytest.approx(90.0)
    assert c102.coordinates is not None
    x, y = c102.coordinates[0] - c102.coordinates[1]
    assert c102.distances[0, 1] == pytest.approx(np.floor(np.hypot(x, y) * 10) / 10)
    assert routekit.read_instance(str(instances / "E-n13-k4.vrp")).coordinates is None


def test_reads_json_text() -> None:
    text = """{"distance_matrix": [[0, 2, 3], [2, 0, 4], [3, 4, 0]], "demands": [0, 1, 1], "capacity": 1}"""
    instance = routekit.parse_instance(text, source="inline.json")
    assert instance.num_nodes == 3
    assert instance.capacity == 1
    assert list(instance.demands) == [0, 1, 1]


def test_make_instance_with_every_feature() -> None:
    distances = np.array([[0, 10, 20], [12, 0, 5], [20, 5, 0]], dtype=float)
    instance = routekit.make_instance(
        distances,
        durations=distances / 2,
        demands=np.array([0, 4, 5]),
        capacity=8,
        fleet=2,
        service_times=[0, 1.5, 2],
        time_windows=[[0, 100], [0, 50], [10, 60]],
        max_route_duration=90,
        rounding="trunc1",
        name="tiny",
        coordinates=[[0, 0], [1, 0], [0, 1]],
    )
    assert (instance.name, instance.kind, instance.fleet, instance.capacity) == ("tiny", "VRPTW", 2, 8)
    assert instance.scale == 10
    assert instance.durations[1, 0] == pytest.approx(6.0)
    assert instance.service_times[1] == pytest.approx(1.5)
    assert instance.time_windows[2].tolist() == [10.0, 60.0]
    assert instance.max_route_duration == pytest.approx(90.0)
    assert not instance.distance_symmetric
    assert instance.coordinates.tolist() == [[0, 0], [1, 0], [0, 1]]


def test_make_instance_infers_the_kind() -> None:
    symmetric = np.array([[0, 1], [1, 0]])
    assert routekit.make_instance(symmetric).kind == "CVRP"
    assert routekit.make_instance(np.array([[0, 1], [2, 0]])).kind == "ACVRP"
    assert routekit.make_instance(symmetric, kind="tsp").kind == "TSP"
    assert routekit.make_instance(symmetric).capacity is None


def test_bad_input_raises_with_the_cpp_message(tmp_path: Path) -> None:
    with pytest.raises(routekit.InputError, match="expected a 3x3 matrix"):
        routekit.make_instance(np.zeros((3, 3)), durations=np.zeros((3, 2)))
    with pytest.raises(routekit.InputError, match="demands: expected integers, found 1.5"):
        routekit.make_instance(np.zeros((2, 2)), demands=[0, 1.5])
    # Validation inside the C++ Instance: a demand above the capacity.
    with pytest.raises(routekit.InputError, match="capacity"):
        routekit.make_instance(np.ones((2, 2)), demands=[0, 9], capacity=5)
    broken = tmp_path / "broken.vrp"
    broken.write_text("NAME : broken\nTYPE : CVRP\nDIMENSION : x\n")
    with pytest.raises(routekit.InputError, match=r"broken\.vrp:3: "):
        routekit.read_instance(str(broken))
    with pytest.raises(routekit.InputError, match="missing.vrp"):
        routekit.read_instance(str(tmp_path / "missing.vrp"))
    with pytest.raises(routekit.ParameterError, match="rounding: expected tsplib, trunc1 or exact, found x"):
        routekit.read_instance(str(broken), rounding="x")


def test_errors_are_value_errors() -> None:
    assert issubclass(routekit.InputError, routekit.Error)
    assert issubclass(routekit.InputError, ValueError)
    assert issubclass(routekit.ParameterError, ValueError)


def test_plot_coordinates_embed_a_matrix_without_coordinates() -> None:
    # Points in the plane, given only as their distance matrix: classical MDS recovers the distances.
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 100, size=(30, 2))
    distances = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=2)
    instance = routekit.make_instance(distances, rounding="exact")
    assert instance.coordinates is None
    embedded = instance.plot_coordinates()
    recovered = np.linalg.norm(embedded[:, None, :] - embedded[None, :, :], axis=2)
    assert np.allclose(recovered, distances, atol=1e-4)
