// Bound and candidate coverage of the two ascents (heuristics/sparse_alpha_nearness.hpp) on the engine's
// drawn graph (14 nearest + 2 per quadrant): the spanning-tree ascent at 50 steps (main's default) and the
// 1-tree ascent at several work caps (max(10, work / n) 1-trees). Bound: the best 1-tree's (or spanning
// tree's) penalised cost less twice the penalties, /100; CPU s of the ascent; then the edges of the
// best-known tour (FILE.sol) in neither end's 8 alpha candidates, from the whole TspLocalSearch build.
// Not built with the project: g++ -O2 -std=c++20 -I. -Iinclude FILE build/solver/libroutekit_solver.a
// build/heuristics/libroutekit_heuristics.a build/io/libroutekit_io.a build/model/libroutekit_model.a
// usage: one_tree_diag FILE.vrp FILE.sol WORK...
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include "heuristics/granular_neighbours.hpp"
#include "heuristics/sparse_alpha_nearness.hpp"
#include "routekit/io/read_instance.hpp"
#include "solver/tsp_local_search.hpp"
using namespace routekit;
static double cpu() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
int main(int argc, char** argv) {
    Instance inst = read_instance(argv[1]);
    std::ifstream sol(argv[2]);
    std::string line;
    std::getline(sol, line);
    std::istringstream is(line.substr(line.find(':') + 1));
    std::vector<int> tour{0};
    int x;
    while (is >> x) tour.push_back(x);
    const int n = inst.num_nodes();
    long opt = 0;
    for (int i = 0; i < n; ++i) opt += inst.distance(tour[i], tour[(i + 1) % n]);
    auto lists = *quadrant_nodes_by_grid(inst, 14, 2);
    auto cost = [&](int i, int j) { return inst.distance(i, j); };
    auto missing = [&](long work) {
        TspCandidateParams c;
        c.neighbours = 8; c.per_quadrant = 2; c.alpha_from = 14; c.ascent_iterations = 50; c.one_tree_work = work;
        double t0 = cpu();
        TspLocalSearch ls(inst, c);
        double t1 = cpu();
        const auto& L = ls.candidate_lists();
        int miss = 0;
        for (int i = 0; i < n; ++i) {
            int a = tour[i], b = tour[(i + 1) % n];
            bool f = false;
            for (int j = 0; j < 8; ++j) if (L[a * 8 + j] == b || L[b * 8 + j] == a) f = true;
            miss += !f;
        }
        printf("  candidates build %.2f CPU s, missing optimal edges (8 alpha) %d of %d\n", t1 - t0, miss, n);
    };
    printf("%s n=%d tour %ld\n", argv[1], n, opt);
    {
        double t0 = cpu();
        auto pi = ascent_penalties(n, lists, cost, 50);
        double t1 = cpu();
        auto tree = minimum_one_tree(n, lists, [&](int i, int j) { return cost(i, j) * 100 + pi[i] + pi[j]; });
        double w = tree.cost; int dev = 0;
        for (int v = 0; v < n; ++v) { w -= 2.0 * pi[v]; dev += std::abs(tree.degree[v] - 2); }
        printf("spanning-tree ascent 50 steps: %.2f CPU s, its pi's 1-tree bound %.1f (%.3f %% below), deviation %d\n",
               t1 - t0, w / 100, 100.0 * (opt - w / 100) / opt, dev);
        missing(0);
    }
    for (int a = 3; a < argc; ++a) {
        long work = atol(argv[a]);
        int steps = std::max<long>(10, work / n);
        double t0 = cpu();
        auto r = one_tree_ascent(n, lists, cost, steps);
        double t1 = cpu();
        auto tree = minimum_one_tree(n, lists, [&](int i, int j) { return cost(i, j) * 100 + r.pi[i] + r.pi[j]; });
        int dev = 0;
        for (int v = 0; v < n; ++v) dev += std::abs(tree.degree[v] - 2);
        printf("1-tree ascent work %ld (cap %d, %d steps): %.2f CPU s, bound %.1f (%.3f %% below), deviation %d\n",
               work, steps, r.steps, t1 - t0, r.bound / 100.0, 100.0 * (opt - r.bound / 100.0) / opt, dev);
        missing(work);
    }
}
