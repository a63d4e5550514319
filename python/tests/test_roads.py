"""routekit.road_matrices on the hand-made map of tests/data/roads_tiny.osm (numbers worked out there)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import routekit

SOURCE_DIR = Path(os.environ.get("ROUTEKIT_SOURCE_DIR", Path(__file__).resolve().parents[2]))
TINY_MAP = str(SOURCE_DIR / "tests" / "data" / "roads_tiny.osm")


def test_a_one_way_street_makes_the_matrix_asymmetric() -> None:
    m = routekit.road_matrices(TINY_MAP, [("P", 0.0001, 0.0015), ("T", 0.001, 0.001)], threads=1)
    assert m["distance"].tolist() == [[0, 213], [325, 0]]
    assert m["duration"][0, 1] < m["duration"][1, 0]
    assert m["snap_distance"][0] == pytest.approx(11.12, abs=0.01)


def test_pairs_without_a_route_and_points_off_the_map_are_errors() -> None:
    with pytest.raises(routekit.Error, match="found none from U to P"):
        routekit.road_matrices(TINY_MAP, [("P", 0.0001, 0.0015), ("U", 0.0001, 0.0025)])
    with pytest.raises(routekit.InputError, match="point paris .* outside it"):
        routekit.road_matrices(TINY_MAP, [("P", 0.0001, 0.0015), ("paris", 48.85, 2.35)])
    with pytest.raises(routekit.ParameterError):
        routekit.road_matrices(TINY_MAP, [("P", 0.0001, 0.0015)], optimise="fuel")
