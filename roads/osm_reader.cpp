// Reading an OpenStreetMap file with libosmium: one pass that keeps every node's location in memory and
// hands each drivable way, with its nodes' locations, to RoadGraph::from_ways.
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include "routekit/model/error.hpp"
#include "routekit/roads/road_graph.hpp"

namespace routekit::roads {

namespace {

using LocationIndex = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;

class DrivableWayCollector : public osmium::handler::Handler {
  public:
    explicit DrivableWayCollector(const CarProfile& profile) : profile_(profile) {}

    void way(const osmium::Way& way) {
        const osmium::TagList& tags = way.tags();
        const std::optional<WayTraversal> traversal =
            profile_.traverse([&tags](std::string_view key) -> std::optional<std::string_view> {
                const char* value = tags.get_value_by_key(std::string(key).c_str());
                if (!value) return std::nullopt;
                return std::string_view(value);
            });
        if (!traversal) return;
        // A way cut at the extract's edge refers to nodes the file lacks: keep each run of nodes it has.
        WayInput piece{way.id(), {}, {}, *traversal};
        for (const osmium::NodeRef& node : way.nodes()) {
            if (!node.location().valid()) {
                keep(piece);
                continue;
            }
            piece.node_ids.push_back(node.ref());
            piece.locations.push_back(LatLon{node.location().lat(), node.location().lon()});
        }
        keep(piece);
    }

    std::vector<WayInput>& ways() { return ways_; }

  private:
    void keep(WayInput& piece) {
        if (piece.node_ids.size() >= 2) ways_.push_back(piece);
        piece.node_ids.clear();
        piece.locations.clear();
    }

    const CarProfile& profile_;
    std::vector<WayInput> ways_;
};

}  // namespace

RoadGraph read_road_graph(const std::string& path, const CarProfile& profile) {
    DrivableWayCollector collector(profile);
    try {
        osmium::io::Reader reader(path, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        LocationIndex index;
        osmium::handler::NodeLocationsForWays<LocationIndex> locations(index);
        locations.ignore_errors();  // a missing node is an invalid location, handled by the collector
        osmium::apply(reader, locations, collector);
        reader.close();
    } catch (const std::exception& e) {
        throw InputError(path, 0,
                         std::string("expected an OpenStreetMap file (.osm.pbf, .osm), found: ") + e.what());
    }
    return RoadGraph::from_ways(collector.ways(), path);
}

}  // namespace routekit::roads
