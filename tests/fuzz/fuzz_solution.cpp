// libFuzzer target for the solution readers (.sol, .tour, JSON, detected from the content), against a small
// fixed asymmetric instance whose node ids are not 1..n, so that the id mapping and depot copies are
// exercised.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "routekit/io/solution_io.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"

namespace {

routekit::Instance make_instance() {
    routekit::InstanceData data;
    data.name = "fuzz";
    data.kind = routekit::ProblemKind::acvrp;
    data.num_nodes = 5;
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 5; ++j) data.distance.push_back(i == j ? 0 : 1 + (3 * i + j) % 7);
    data.demand = {0, 1, 2, 3, 4};
    data.capacity = 6;
    data.node_ids = {0, 55, 110, 165, 220};
    data.dimension_in_file = 5;
    return routekit::Instance(std::move(data));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const routekit::Instance instance = make_instance();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const routekit::Solution solution = routekit::parse_solution(text, "fuzz", instance);
        routekit::check_solution(instance, solution);
    } catch (const routekit::InputError&) {
    }
    return 0;
}
