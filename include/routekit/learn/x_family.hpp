#pragma once
// The generator of the CVRPLIB X family (Uchoa, Pecin, Pessoa, Poggi, Vidal, Subramanian 2017, "New
// benchmark instances for the capacitated vehicle routing problem", section 3): integer points on a
// 1000 x 1000 grid, a depot placed centrally, eccentrically or at random, customers placed at random, in
// clusters or half and half, one of seven demand distributions, and a capacity set by the route size r
// (the mean number of customers a route can hold): Q = ceil(r * sum(q) / n).
// Each attribute left unset is drawn from the seed, as the paper draws it for each instance.
#include <cstdint>
#include <optional>
#include <string_view>

#include "routekit/model/instance.hpp"
#include "routekit/model/random.hpp"

namespace routekit {

enum class XDepot { central, eccentric, random };
enum class XCustomers { random, clustered, random_clustered };
enum class XDemand {
    unitary,               ///< every q = 1
    small_large_variance,  ///< q in [1, 10]
    small_small_variance,  ///< q in [5, 10]
    large_large_variance,  ///< q in [1, 100]
    large_small_variance,  ///< q in [50, 100]
    quadrant,              ///< q in [1, 50] in the even quadrants around the depot, [51, 100] in the odd ones
    many_small_few_large,  ///< 70-95 % of q in [1, 10], the rest in [50, 100]
};

std::string_view to_string(XDepot depot);
std::string_view to_string(XCustomers customers);
std::string_view to_string(XDemand demand);
std::optional<XDepot> parse_x_depot(std::string_view text);
std::optional<XCustomers> parse_x_customers(std::string_view text);
std::optional<XDemand> parse_x_demand(std::string_view text);

struct XFamilyParams {
    int num_clients = 100;  ///< n, 1 to 5000
    std::uint64_t seed = 1;
    std::optional<XDepot> depot;          ///< unset: drawn uniformly among the three
    std::optional<XCustomers> customers;  ///< unset: drawn uniformly among the three
    std::optional<XDemand> demand;        ///< unset: drawn uniformly among the seven
    /// Mean customers per route; unset: drawn from the triangular distribution (3, 6, 25) of the paper.
    std::optional<double> route_size;
};

/// What generate_x_family chose, for tests and for the instance's name.
struct XFamilyChoice {
    XDepot depot{};
    XCustomers customers{};
    XDemand demand{};
    double route_size = 0;
};

/// The instance (EUC_2D, TSPLIB rounding); `choice`, when given, receives the drawn attributes.
/// Throws ParameterError on out-of-range params (route_size must be >= 1).
InstanceData generate_x_family(const XFamilyParams& params, XFamilyChoice* choice = nullptr);

}  // namespace routekit
