#include "routekit/learn/x_family.hpp"

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "routekit/model/error.hpp"

namespace routekit {

namespace {

constexpr int kGrid = 1000;             // integer coordinates in [0, kGrid]^2
constexpr double kClusterDecay = 40.0;  // the paper's exponential decay of a seed's attraction
constexpr double kRouteSizeLow = 3, kRouteSizeMode = 6, kRouteSizeHigh = 25;

constexpr std::array kDepotNames{"central", "eccentric", "random"};
constexpr std::array kCustomerNames{"random", "clustered", "random-clustered"};
constexpr std::array kDemandNames{"unitary",
                                  "small-large-variance",
                                  "small-small-variance",
                                  "large-large-variance",
                                  "large-small-variance",
                                  "quadrant",
                                  "many-small-few-large"};

template <class Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<const char*, N>& names, std::string_view text) {
    for (std::size_t i = 0; i < N; ++i)
        if (text == names[i]) return static_cast<Enum>(i);
    return std::nullopt;
}

std::int64_t uniform_in(Rng& rng, std::int64_t low, std::int64_t high) {
    return low + static_cast<std::int64_t>(uniform_below(rng, static_cast<std::uint64_t>(high - low + 1)));
}

double triangular(Rng& rng, double low, double mode, double high) {
    const double u = uniform_unit(rng);
    const double split = (mode - low) / (high - low);
    return u < split ? low + std::sqrt(u * (high - low) * (mode - low))
                     : high - std::sqrt((1 - u) * (high - low) * (high - mode));
}

// Points are kept distinct, as in the X instances: a customer on top of another (or of the depot) would
// be a zero-length arc no real instance has.
class Occupancy {
  public:
    Occupancy() : taken_(static_cast<std::size_t>(kGrid + 1) * (kGrid + 1), 0) {}
    bool take(int x, int y) {
        char& cell = taken_[static_cast<std::size_t>(x) * (kGrid + 1) + static_cast<std::size_t>(y)];
        if (cell) return false;
        cell = 1;
        return true;
    }

  private:
    std::vector<char> taken_;
};

Point random_free_point(Rng& rng, Occupancy& occupancy) {
    for (;;) {
        const int x = static_cast<int>(uniform_in(rng, 0, kGrid)),
                  y = static_cast<int>(uniform_in(rng, 0, kGrid));
        if (occupancy.take(x, y)) return {static_cast<double>(x), static_cast<double>(y)};
    }
}

// A point drawn uniformly and kept with probability min(1, sum over the seeds of exp(-d / 40)): the
// paper's attraction of the cluster seeds.
Point clustered_free_point(Rng& rng, Occupancy& occupancy, const std::vector<Point>& seeds) {
    for (;;) {
        const int x = static_cast<int>(uniform_in(rng, 0, kGrid)),
                  y = static_cast<int>(uniform_in(rng, 0, kGrid));
        double attraction = 0;
        for (const Point& s : seeds) attraction += std::exp(-std::hypot(x - s.x, y - s.y) / kClusterDecay);
        if (uniform_unit(rng) < attraction && occupancy.take(x, y))
            return {static_cast<double>(x), static_cast<double>(y)};
    }
}

std::vector<Point> place(const XFamilyChoice& choice, int n, Rng& rng) {
    Occupancy occupancy;
    std::vector<Point> points;
    points.reserve(static_cast<std::size_t>(n) + 1);
    switch (choice.depot) {
        case XDepot::central:
            points.push_back({kGrid / 2.0, kGrid / 2.0});
            occupancy.take(kGrid / 2, kGrid / 2);
            break;
        case XDepot::eccentric:
            points.push_back({0, 0});
            occupancy.take(0, 0);
            break;
        case XDepot::random:
            points.push_back(random_free_point(rng, occupancy));
            break;
    }
    if (choice.customers == XCustomers::random) {
        for (int i = 0; i < n; ++i) points.push_back(random_free_point(rng, occupancy));
        return points;
    }
    // Clustered: 3 to 8 seeds placed at random (customers themselves), the other customers drawn to them;
    // random-clustered: half of the customers placed at random instead.
    const int seeds = static_cast<int>(std::min<std::int64_t>(n, uniform_in(rng, 3, 8)));
    std::vector<Point> centres;
    for (int s = 0; s < seeds; ++s) centres.push_back(random_free_point(rng, occupancy));
    points.insert(points.end(), centres.begin(), centres.end());
    const int random_share = choice.customers == XCustomers::random_clustered ? n / 2 : 0;
    for (int i = 0; i < random_share && static_cast<int>(points.size()) <= n; ++i)
        points.push_back(random_free_point(rng, occupancy));
    while (static_cast<int>(points.size()) <= n)
        points.push_back(clustered_free_point(rng, occupancy, centres));
    return points;
}

Cost demand_of(const XFamilyChoice& choice, const Point& point, bool small, Rng& rng) {
    switch (choice.demand) {
        case XDemand::unitary:
            return 1;
        case XDemand::small_large_variance:
            return uniform_in(rng, 1, 10);
        case XDemand::small_small_variance:
            return uniform_in(rng, 5, 10);
        case XDemand::large_large_variance:
            return uniform_in(rng, 1, 100);
        case XDemand::large_small_variance:
            return uniform_in(rng, 50, 100);
        case XDemand::quadrant: {
            // Quadrants of the grid around its centre, numbered 0-3 counter-clockwise from the upper right.
            const bool right = point.x >= kGrid / 2.0, top = point.y >= kGrid / 2.0;
            const int quadrant = top ? (right ? 0 : 1) : (right ? 3 : 2);
            return quadrant % 2 == 0 ? uniform_in(rng, 1, 50) : uniform_in(rng, 51, 100);
        }
        case XDemand::many_small_few_large:
            return small ? uniform_in(rng, 1, 10) : uniform_in(rng, 50, 100);
    }
    return 1;
}

}  // namespace

std::string_view to_string(XDepot depot) {
    return kDepotNames[static_cast<std::size_t>(depot)];
}
std::string_view to_string(XCustomers customers) {
    return kCustomerNames[static_cast<std::size_t>(customers)];
}
std::string_view to_string(XDemand demand) {
    return kDemandNames[static_cast<std::size_t>(demand)];
}
std::optional<XDepot> parse_x_depot(std::string_view text) {
    return parse_name<XDepot>(kDepotNames, text);
}
std::optional<XCustomers> parse_x_customers(std::string_view text) {
    return parse_name<XCustomers>(kCustomerNames, text);
}
std::optional<XDemand> parse_x_demand(std::string_view text) {
    return parse_name<XDemand>(kDemandNames, text);
}

InstanceData generate_x_family(const XFamilyParams& params, XFamilyChoice* choice_out) {
    const int n = params.num_clients;
    if (n < 1 || n > 5000)
        throw ParameterError("X generator: expected 1 to 5000 clients, found " + std::to_string(n));
    if (params.route_size && !(*params.route_size >= 1))
        throw ParameterError("X generator: the route size r must be at least 1");
    Rng rng(params.seed);
    // Every attribute is drawn whether or not it is set, so that fixing one leaves the others' draws alone.
    XFamilyChoice choice;
    choice.depot = static_cast<XDepot>(uniform_below(rng, kDepotNames.size()));
    choice.customers = static_cast<XCustomers>(uniform_below(rng, kCustomerNames.size()));
    choice.demand = static_cast<XDemand>(uniform_below(rng, kDemandNames.size()));
    choice.route_size = triangular(rng, kRouteSizeLow, kRouteSizeMode, kRouteSizeHigh);
    if (params.depot) choice.depot = *params.depot;
    if (params.customers) choice.customers = *params.customers;
    if (params.demand) choice.demand = *params.demand;
    if (params.route_size) choice.route_size = *params.route_size;

    InstanceData data;
    data.name = "gen-x-n" + std::to_string(n) + "-s" + std::to_string(params.seed);
    data.kind = ProblemKind::cvrp;
    data.num_nodes = n + 1;
    data.rounding = Rounding::tsplib;
    data.coordinates = place(choice, n, rng);
    data.distance.assign(static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(n + 1), 0);
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= n; ++j)
            if (i != j)
                data.distance[static_cast<std::size_t>(i) * static_cast<std::size_t>(n + 1) +
                              static_cast<std::size_t>(j)] =
                    to_fixed(std::hypot(data.coordinates[i].x - data.coordinates[j].x,
                                        data.coordinates[i].y - data.coordinates[j].y),
                             Rounding::tsplib);
    // Many small, few large: the small share is itself drawn in [70 %, 95 %].
    const double small_share = 0.70 + 0.25 * uniform_unit(rng);
    data.demand.assign(static_cast<std::size_t>(n) + 1, 0);
    Cost total = 0, largest = 0;
    for (int i = 1; i <= n; ++i) {
        const Cost q = demand_of(choice, data.coordinates[i], uniform_unit(rng) < small_share, rng);
        data.demand[i] = q;
        total += q;
        largest = std::max(largest, q);
    }
    // Q = ceil(r * sum(q) / n); never below the largest demand (a small r with a few large demands could
    // otherwise make the instance infeasible).
    const auto capacity = static_cast<Cost>(std::ceil(choice.route_size * static_cast<double>(total) / n));
    data.capacity = std::max(capacity, largest);
    if (choice_out) *choice_out = choice;
    return data;
}

}  // namespace routekit
