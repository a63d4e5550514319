"""Solving from Python: optimum, determinism, cancellation, callbacks, schedules and files."""

from __future__ import annotations

import os
import signal
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import pytest

import routekit


def test_solves_e13_to_its_optimum(e13: routekit.Instance) -> None:
    result = routekit.solve(e13, iterations=2000, seed=1, threads=1)
    assert result.feasible
    assert result.cost == 247
    report = routekit.check(e13, result.routes)
    assert report.feasible and report.cost == 247 and not report.violations
    assert result.trace and result.trace[-1][1] == 247
    assert not result.interrupted


def test_no_stop_rule_applies_the_command_lines_default_and_says_so(e13: routekit.Instance) -> None:
    # Without a limit the search never ended; now it stops by the CLI's rule, announced as a UserWarning.
    started = time.monotonic()
    with pytest.warns(UserWarning, match="no stop rule given: stopping after 20000 iterations without "
                      "improvement or 10 s") as caught:
        result = routekit.solve(e13, seed=1, threads=1)
    assert len(caught) == 1
    assert result.feasible and result.cost == 247
    assert result.stop_reason in ("no improvement", "time limit")
    assert time.monotonic() - started < 30
    # Any stop rule given: no warning, and the result says which rule ended the search.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert routekit.solve(e13, iterations=5, seed=1).stop_reason == "iteration limit"
        assert routekit.solve(e13, target=247, seed=1).stop_reason == "target reached"


def test_same_seed_and_iterations_give_the_same_result_on_any_thread_count(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    first = routekit.solve(instance, iterations=300, seed=5, threads=1)
    second = routekit.solve(instance, iterations=300, seed=5, threads=2)
    assert first.routes == second.routes
    assert first.cost == second.cost
    assert first.iterations == second.iterations == 300


def test_ctrl_c_returns_the_best_solution(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    timer = threading.Timer(1.0, os.kill, args=(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        result = routekit.solve(instance, time_limit=60, threads=2)  # no KeyboardInterrupt escapes
    finally:
        timer.cancel()
    assert result.interrupted
    assert result.elapsed < 10
    assert routekit.check(instance, result.routes).feasible


def test_cancellation_token_from_another_thread(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    token = routekit.CancellationToken()
    threading.Timer(0.5, token.cancel).start()
    result = routekit.solve(instance, cancel=token, threads=2)  # no other stop rule: only the token ends it
    assert token.cancelled
    assert result.elapsed < 10 and not result.interrupted
    assert routekit.check(instance, result.routes).feasible


def test_progress_callback_and_its_exceptions(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    seen: list[routekit.Progress] = []
    routekit.solve(instance, time_limit=2.5, threads=2, on_progress=seen.append)
    assert len(seen) >= 1
    assert seen[-1].best_cost is not None and seen[-1].iterations > 0

    def fail(progress: routekit.Progress) -> None:
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        routekit.solve(instance, time_limit=30, threads=2, on_progress=fail)


def test_warm_start_and_genetic_settings(instances: Path, e13: routekit.Instance) -> None:
    known = routekit.read_solution(str(instances / "E-n13-k4.sol"), e13)
    result = routekit.solve(e13, iterations=0, warm_start=known, genetic={"granularity": 10})
    assert result.cost == 247
    with pytest.raises(routekit.ParameterError, match="granularty"):
        routekit.solve(e13, iterations=1, genetic={"granularty": 10})
    with pytest.raises(routekit.ParameterError, match="warm start: route 1: unknown client 13"):
        routekit.solve(e13, iterations=1, warm_start=[[1, 2, 13]])
    with pytest.raises(routekit.ParameterError, match="init"):
        routekit.solve(e13, iterations=1, init="greedy")


def test_schedule_of_a_time_window_solution(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "C102.txt"))
    routes = routekit.read_solution(str(instances / "C102.sol"), instance)
    report = routekit.check(instance, routes)
    schedule = routekit.schedule(instance, routes)
    assert len(schedule) == report.routes_used
    assert sum(route.distance for route in schedule) == pytest.approx(report.cost)
    windows = instance.time_windows
    for route in schedule:
        assert route.load <= instance.capacity
        assert [stop.node for stop in route.stops] == [*route.clients, 0]
        assert route.end - route.start == pytest.approx(route.duration)
        for stop in route.stops:
            assert stop.time_warp == 0
            assert windows[stop.node][0] <= stop.start <= windows[stop.node][1]
            assert stop.start == pytest.approx(stop.arrival + stop.wait)
        assert route.stops[-2].load == route.load


def test_result_schedule_totals_match_the_cost(e13: routekit.Instance) -> None:
    result = routekit.solve(e13, iterations=50)
    assert sum(route.distance for route in result.schedule) == pytest.approx(result.cost)
    assert sum(route.load for route in result.schedule) == e13.total_demand
    assert all(route.load <= e13.capacity for route in result.schedule)


def test_solution_files_round_trip(tmp_path: Path, e13: routekit.Instance) -> None:
    routes = [[1, 2, 3], [4, 5, 6, 7, 8, 9, 10, 11, 12]]
    for extension in ("sol", "json"):
        path = tmp_path / f"e13.{extension}"
        routekit.write_solution(str(path), e13, routes)
        assert routekit.read_solution(str(path), e13) == routes
    text = routekit.format_solution(e13, routes)
    assert text == "Route #1: 1 2 3\nRoute #2: 4 5 6 7 8 9 10 11 12\nCost 312\n"
    routekit.write_solution(str(tmp_path / "e13.tour"), e13, routes)  # the format follows the extension
    assert (tmp_path / "e13.tour").read_text() == routekit.format_solution(e13, routes, format="tour")
    assert "TOUR_SECTION" in (tmp_path / "e13.tour").read_text()
    assert '"routes"' in (tmp_path / "e13.json").read_text()
    with pytest.raises(routekit.InputError, match="cannot open"):
        routekit.write_solution(str(tmp_path / "no" / "such.sol"), e13, routes)


def test_a_model_built_from_numpy_is_solved_within_its_windows() -> None:
    # Depot at 0, client 1 at 10, client 2 at 20 on a line; one vehicle. Client 2 closes at 25 and client 1
    # opens at 50, so only the order 2, 1 is feasible, waiting at client 1.
    x = np.array([0.0, 10.0, 20.0])
    instance = routekit.make_instance(
        np.abs(x[:, None] - x[None, :]),
        demands=[0, 3, 4],
        capacity=10,
        fleet=1,
        service_times=[0, 5, 5],
        time_windows=[[0, 200], [50, 60], [20, 25]],
        max_route_duration=100,
    )
    result = routekit.solve(instance, iterations=50, seed=3)
    assert result.feasible and result.routes == [[2, 1]] and result.cost == 40
    (route,) = result.schedule
    # The checker departs as late as lateness allows (5), which makes the route 60 long instead of 65.
    assert (route.start, route.end, route.duration, route.load) == (5, 65, 60, 7)
    assert [(s.node, s.arrival, s.wait, s.start, s.departure) for s in route.stops] == [
        (2, 25, 0, 25, 30),
        (1, 40, 10, 50, 55),
        (0, 65, 0, 65, 65),
    ]
    assert [s.load for s in route.stops] == [4, 7, 7]
    late = routekit.check(instance, [[1, 2]])
    assert not late.feasible and [v.kind for v in late.violations] == ["time_window"]
    assert routekit.schedule(instance, [[1, 2]])[0].stops[1].time_warp > 0


def test_the_gil_is_released_while_solving(instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    done = threading.Event()
    longest_pause = [0.0]

    def tick() -> None:  # would stall for about a second at a time if solve() held the GIL
        last = time.monotonic()
        while not done.is_set():
            now = time.monotonic()
            longest_pause[0] = max(longest_pause[0], now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        routekit.solve(instance, time_limit=2.5, threads=1)
    finally:
        done.set()
        ticker.join()
    assert longest_pause[0] < 0.4
