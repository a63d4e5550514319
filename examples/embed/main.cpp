// Builds a 20-customer asymmetric CVRP in code, solves it for one second and prints the routes.
#include <cstdlib>
#include <iostream>
#include <routekit/model/cost_matrix.hpp>  // Eigen, found and linked by this example itself
#include <routekit/routekit.hpp>

int main() {
    constexpr int n = 21;  // the depot and 20 customers
    // A road-like asymmetric matrix: positions on a line, one-way streets make going "left" 30 % dearer.
    routekit::CostMatrix distance(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const long gap = std::labs(static_cast<long>((i * 37) % 101 - (j * 37) % 101));
            distance(i, j) = i == j ? 0 : (i < j ? 10 * gap : 13 * gap) + 5;
        }
    std::vector<routekit::Cost> demand(n, 3);
    demand[0] = 0;
    try {
        const routekit::Instance instance = routekit::InstanceBuilder(n)
                                                .name("embedded-20")
                                                .kind(routekit::ProblemKind::acvrp)
                                                .distances(distance)
                                                .demands(demand)
                                                .capacity(15)
                                                .build();
        routekit::SolverParams params;
        params.time_limit = 1.0;
        params.seed = 7;
        const routekit::Result result = routekit::solve(instance, params);
        for (std::size_t r = 0; r < result.solution.routes.size(); ++r) {
            std::cout << "Route #" << r + 1 << ":";
            for (int client : result.solution.routes[r]) std::cout << ' ' << client;
            std::cout << '\n';
        }
        std::cout << "Cost " << result.cost << (result.feasible ? "" : " (infeasible)") << '\n';
        return result.feasible ? EXIT_SUCCESS : EXIT_FAILURE;
    } catch (const routekit::Error& e) {
        std::cerr << "embed_example: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
}
