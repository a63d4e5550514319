// The bound of the engine's ascent (heuristics/sparse_alpha_nearness.hpp): the spanning tree under the
// penalties on the drawn graph (14 nearest + 2 per quadrant), minus twice their sum, after 0/50/200/1000
// steps, and how far its degrees are from 2. Not built with the project: g++ -O2 -std=c++20 -I. -Iinclude
// FILE build/solver/libroutekit_solver.a build/heuristics/libroutekit_heuristics.a build/io/libroutekit_io.a
// build/model/libroutekit_model.a; usage: ascent_bound FILE.vrp
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <tuple>
#include "heuristics/granular_neighbours.hpp"
#include "heuristics/sparse_alpha_nearness.hpp"
#include "routekit/io/read_instance.hpp"
using namespace routekit;
int main(int argc, char** argv) {
    Instance inst = read_instance(argv[1]);
    int n = inst.num_nodes();
    auto lists = *quadrant_nodes_by_grid(inst, 14, 2);
    auto cost = [&](int i, int j) { return inst.distance(i, j); };
    for (int it : {0, 50, 200, 1000}) {
        auto pi = ascent_penalties(n, lists, cost, it);
        std::vector<std::tuple<Cost, int, int>> e;
        for (int i = 0; i < n; ++i) for (int j : lists[i]) e.emplace_back(cost(i, j) * 100 + pi[i] + pi[j], i, j);
        std::sort(e.begin(), e.end());
        std::vector<int> r(n); std::iota(r.begin(), r.end(), 0);
        auto find = [&](int v) { while (r[v] != v) v = r[v] = r[r[v]]; return v; };
        double w = 0; std::vector<int> deg(n, 0);
        for (auto& [c, i, j] : e) { int a = find(i), b = find(j); if (a == b) continue; r[a] = b; w += c; deg[i]++; deg[j]++; }
        for (int v = 0; v < n; ++v) w -= 2.0 * pi[v];
        int off = 0; for (int v = 0; v < n; ++v) off += std::abs(deg[v] - 2);
        printf("ascent %d: bound %.1f (tree, scaled /100), degree deviation %d\n", it, w / 100, off);
    }
}
