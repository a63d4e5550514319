"""routekit.plot (matplotlib, Agg) and the CLI's `routekit solve --trace` feeding a convergence plot."""

from __future__ import annotations

import subprocess
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import routekit  # noqa: E402
from routekit.plot import plot_routes, plot_trace, read_trace  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_plot_routes_over_coordinates(tmp_path: Path, instances: Path) -> None:
    instance = routekit.read_instance(str(instances / "X-n106-k14.vrp"))
    routes = routekit.read_solution(str(instances / "X-n106-k14.sol"), instance)
    ax = plot_routes(instance, routes, path=tmp_path / "x.png")
    assert ax.get_title() == "X-n106-k14: cost 26362, 14 routes"
    assert len(ax.lines) == 14
    # Each route is drawn closed, from the depot's coordinates and back.
    depot = tuple(instance.coordinates[0])
    assert tuple(ax.lines[0].get_xydata()[0]) == depot == tuple(ax.lines[0].get_xydata()[-1])
    assert (tmp_path / "x.png").read_bytes().startswith(PNG_SIGNATURE)
    plt.close("all")


def test_plot_routes_over_an_embedding(tmp_path: Path, e13: routekit.Instance) -> None:
    result = routekit.solve(e13, iterations=20)
    ax = plot_routes(e13, result, path=tmp_path / "e13.svg")
    assert ax.get_xlabel() == "MDS axis 1"
    assert len(ax.lines) == len(result.schedule)
    assert "<svg" in (tmp_path / "e13.svg").read_text()
    plt.close("all")


def test_convergence_plot_from_a_result_and_from_a_trace_file(
    tmp_path: Path, instances: Path, cli: str
) -> None:
    instance = routekit.read_instance(str(instances / "E-n13-k4.vrp"))
    result = routekit.solve(instance, iterations=500)
    ax = plot_trace(result, best_known=247, label="seed 1", path=tmp_path / "trace.png")
    costs = ax.lines[0].get_ydata()
    assert list(costs) == [cost for _, cost in result.trace] + [result.trace[-1][1]]
    assert ax.lines[0].get_xdata()[-1] == result.elapsed
    assert (tmp_path / "trace.png").read_bytes().startswith(PNG_SIGNATURE)

    trace = tmp_path / "trace.csv"
    subprocess.run([cli, "solve", str(instances / "E-n13-k4.vrp"), "--iterations", "500", "--quiet",
                    "--trace", str(trace), "-o", str(tmp_path / "e13.sol")], check=True)
    points = read_trace(trace)
    assert points[-1][1] == 247
    ax = plot_trace(trace, path=tmp_path / "trace.svg")
    assert ax.lines[0].get_ydata()[-1] == 247
    plt.close("all")


def test_a_trace_file_without_its_header_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("1,2\n")
    with pytest.raises(ValueError, match="seconds,cost"):
        read_trace(bad)


def test_cli_plot_writes_a_well_formed_svg_and_a_png(tmp_path: Path, instances: Path, cli: str) -> None:
    import xml.etree.ElementTree as ElementTree

    for name in ("routes.svg", "routes.png"):
        subprocess.run([cli, "plot", str(instances / "C102.txt"), str(instances / "C102.sol"), "-o",
                        str(tmp_path / name)], check=True, capture_output=True)
    root = ElementTree.parse(tmp_path / "routes.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    instance = routekit.read_instance(str(instances / "C102.txt"))
    routes = routekit.read_solution(str(instances / "C102.sol"), instance)
    assert len(root.findall(".//{http://www.w3.org/2000/svg}polyline")) == len(routes)
    image = plt.imread(tmp_path / "routes.png")  # matplotlib decodes it: a valid PNG
    assert image.shape == (800, 800, 3)
    assert image.min() < 0.5 < image.max()  # something drawn on white
