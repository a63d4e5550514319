#include <algorithm>
#include <boost/graph/strong_components.hpp>

#include "routekit/roads/road_graph.hpp"

namespace routekit::roads {

std::vector<std::uint32_t> strongly_connected_streets(const RoadGraph& roads) {
    std::vector<int> component(roads.num_vertices());
    const int count = boost::strong_components(roads.graph(), component.data());
    std::vector<int> size(static_cast<std::size_t>(count), 0);
    for (const int c : component) ++size[static_cast<std::size_t>(c)];
    const int largest = static_cast<int>(std::max_element(size.begin(), size.end()) - size.begin());
    std::vector<std::uint32_t> streets;
    for (std::uint32_t s = 0; s < roads.streets().size(); ++s) {
        const Street& street = roads.streets()[s];
        if (component[street.from] == largest && component[street.to] == largest) streets.push_back(s);
    }
    return streets;
}

}  // namespace routekit::roads
