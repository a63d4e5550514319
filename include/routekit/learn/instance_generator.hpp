#pragma once
// Seeded instance generators for training and benchmarking the learned policy: uniform and clustered
// Euclidean CVRPs, asymmetric road-like CVRPs (one-way streets, direction-dependent costs) and the CVRPLIB X
// family's procedure, each with optional time windows. The same parameters give the same instance on every
// platform.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "routekit/model/instance.hpp"

namespace routekit {

enum class GeneratorKind {
    uniform,    ///< clients uniform on a 1000 x 1000 grid, EUC_2D distances
    clustered,  ///< clients around a few random centres, EUC_2D distances
    road,       ///< shortest paths over a sparse directed road graph: asymmetric, explicit matrix
    x,          ///< the CVRPLIB X family's procedure (routekit/learn/x_family.hpp), every attribute drawn
};

std::string_view to_string(GeneratorKind kind);
/// Parses "uniform", "clustered", "road" or "x"; nullopt for anything else.
std::optional<GeneratorKind> parse_generator_kind(std::string_view text);

struct GeneratorParams {
    GeneratorKind kind = GeneratorKind::uniform;
    int num_clients = 100;      ///< n - 1, from 1 to 5000 (training uses 20..1000)
    bool time_windows = false;  ///< adds windows, service times and a depot horizon (a VRPTW)
    std::uint64_t seed = 1;
};

/// The generated problem (its name records the parameters). Throws ParameterError on out-of-range params.
InstanceData generate_instance_data(const GeneratorParams& params);
inline Instance generate_instance(const GeneratorParams& params) {
    return Instance(generate_instance_data(params));
}

}  // namespace routekit
