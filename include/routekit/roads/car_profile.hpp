#pragma once
// Which OpenStreetMap ways a car may drive, in which direction and how fast. Every rule is a public field
// so that a program (or `routekit matrix --speed`) can override it; the defaults are documented in
// docs/roads.md.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace routekit::roads {

/// How a car may use one way: in its drawing direction, against it, and at what speed.
struct WayTraversal {
    bool forward = true;   ///< from the way's first node to its last
    bool backward = true;  ///< from its last node to its first
    double speed_kmh = 0;  ///< the planning speed (the same both ways)
};

/// The tags of one way: the value of `key`, or nullopt when the way has no such tag.
using TagLookup = std::function<std::optional<std::string_view>(std::string_view key)>;

struct CarProfile {
    /// Planning speed in km/h per `highway` value; a way whose `highway` is not listed is not drivable.
    std::map<std::string, double, std::less<>> highway_speed_kmh = {
        {"motorway", 90},      {"motorway_link", 45}, {"trunk", 85},        {"trunk_link", 40},
        {"primary", 65},       {"primary_link", 30},  {"secondary", 55},    {"secondary_link", 25},
        {"tertiary", 40},      {"tertiary_link", 20}, {"unclassified", 25}, {"residential", 25},
        {"living_street", 10}, {"service", 15},       {"road", 20}};
    /// A readable `maxspeed` (km/h, "NN mph") times this factor replaces the highway's speed: streets are
    /// rarely driven at their limit from end to end (traffic lights, junctions, bends).
    double maxspeed_factor = 0.8;
    /// `highway` values that are one-way without an `oneway` tag (OSM's implied one-ways).
    std::set<std::string, std::less<>> implied_oneway_highways = {"motorway"};
    /// `junction` values that are one-way without an `oneway` tag.
    std::set<std::string, std::less<>> implied_oneway_junctions = {"roundabout", "circular"};
    /// Access tags read from the most specific to the most general; the first one present decides.
    std::vector<std::string> access_keys = {"motorcar", "motor_vehicle", "vehicle", "access"};
    /// Values of those tags that close a way to an ordinary car trip.
    std::set<std::string, std::less<>> refused_access = {"no",        "private", "agricultural", "forestry",
                                                         "emergency", "psv",     "customers",    "delivery"};

    /// How a car may drive a way with these tags, or nullopt when it may not drive it at all (not a car
    /// highway, access refused, an area, a reversible one-way whose direction depends on the hour).
    std::optional<WayTraversal> traverse(const TagLookup& tags) const;
};

/// Parses a `maxspeed` value into km/h: "50", "50 km/h", "30 mph"; nullopt for anything else ("signals",
/// "none", "walk", country codes such as "FR:urban").
std::optional<double> parse_maxspeed_kmh(std::string_view text);

}  // namespace routekit::roads
