// Edges of a known tour (FILE.sol, PyVRP's format) that are in neither end's candidate list, for several
// candidate constructions of TspLocalSearch (list length, drawn pool, ascent steps); with a 4th argument the
// missing edges of the 8-candidate lists with their lengths and ranks. Not built with the project (see
// ascent_bound.cpp for the command; it used a dense_alpha_below field that was measured and not kept: drop
// the `dense` loop to build it against this branch). usage: candidate_coverage FILE.vrp FILE.sol ASCENT [x]
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include "routekit/io/read_instance.hpp"
#include "solver/tsp_local_search.hpp"
using namespace routekit;
int main(int argc, char** argv) {
    Instance inst = read_instance(argv[1]);
    std::ifstream sol(argv[2]);
    std::string line; std::getline(sol, line);
    std::istringstream is(line.substr(line.find(':') + 1));
    std::vector<int> tour{0}; int x; while (is >> x) tour.push_back(x);
    int n = inst.num_nodes();
    for (int k : {5, 8}) for (int from : {14}) for (int dense : {0, 1000000}) for (int quad : {2}) {
        TspCandidateParams c; c.neighbours = k; c.per_quadrant = quad; c.alpha_from = from; c.ascent_iterations = atoi(argv[3]); c.dense_alpha_below = dense;
        TspLocalSearch ls(inst, c);
        const auto& L = ls.candidate_lists();
        int miss = 0, rank_sum = 0;
        for (int i = 0; i < n; ++i) {
            int a = tour[i], b = tour[(i + 1) % n];
            bool f = false;
            for (int j = 0; j < k; ++j) if (L[a * k + j] == b || L[b * k + j] == a) f = true;
            miss += !f;
            if (!f && k == 8 && argc > 4 && dense) {
                int ra = 0, rb = 0; long dab = inst.distance(a, b);
                for (int z = 0; z < n; ++z) { if (z != a && inst.distance(a, z) < dab) ++ra; if (z != b && inst.distance(b, z) < dab) ++rb; }
                printf("  missing %d-%d d=%ld rank %d/%d\n", a, b, dab, ra, rb);
            }
        }
        printf("dense=%d k=%d from=%d quad=%d missing %d of %d\n", dense, k, from, quad, miss, n);
    }
}
