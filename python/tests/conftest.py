"""Shared fixtures: the shipped instances, found from the source tree (ROUTEKIT_SOURCE_DIR under CTest)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import routekit

SOURCE_DIR = Path(os.environ.get("ROUTEKIT_SOURCE_DIR", Path(__file__).resolve().parents[2]))
INSTANCES = SOURCE_DIR / "instances"


@pytest.fixture(scope="session")
def instances() -> Path:
    return INSTANCES


@pytest.fixture(scope="session")
def e13() -> routekit.Instance:
    """E-n13-k4: CVRP, 12 clients, explicit matrix without coordinates, optimum 247."""
    return routekit.read_instance(str(INSTANCES / "E-n13-k4.vrp"))


@pytest.fixture(scope="session")
def cli() -> str:
    """The routekit executable: ROUTEKIT_CLI (set by ctest), else the `make build` one."""
    path = os.environ.get("ROUTEKIT_CLI", str(SOURCE_DIR / "build" / "routekit"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"no routekit executable at {path}: build it (make build) or set ROUTEKIT_CLI")
    return path
