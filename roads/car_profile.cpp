#include "routekit/roads/car_profile.hpp"

#include <charconv>

namespace routekit::roads {

namespace {

constexpr double kKmhPerMph = 1.609344;

std::string_view trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

bool is_yes(std::string_view value) {
    return value == "yes" || value == "true" || value == "1";
}
bool is_reverse(std::string_view value) {
    return value == "-1" || value == "reverse";
}
bool is_no(std::string_view value) {
    return value == "no" || value == "false" || value == "0";
}

}  // namespace

std::optional<double> parse_maxspeed_kmh(std::string_view text) {
    text = trim(text);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || !(value > 0)) return std::nullopt;
    const std::string_view unit = trim(std::string_view(end, text.data() + text.size() - end));
    if (unit.empty() || unit == "km/h" || unit == "kmh" || unit == "kph") return value;
    if (unit == "mph") return value * kKmhPerMph;
    return std::nullopt;
}

std::optional<WayTraversal> CarProfile::traverse(const TagLookup& tags) const {
    const std::optional<std::string_view> highway = tags("highway");
    if (!highway) return std::nullopt;
    const auto speed = highway_speed_kmh.find(*highway);
    if (speed == highway_speed_kmh.end() || !(speed->second > 0)) return std::nullopt;
    if (const auto area = tags("area"); area && is_yes(*area)) return std::nullopt;
    for (const std::string& key : access_keys) {
        const std::optional<std::string_view> access = tags(key);
        if (!access) continue;
        if (refused_access.contains(*access)) return std::nullopt;
        break;  // the most specific tag present decides: motor_vehicle=yes reopens an access=no way
    }

    WayTraversal traversal;
    traversal.speed_kmh = speed->second;
    if (const auto maxspeed = tags("maxspeed")) {
        if (const std::optional<double> limit = parse_maxspeed_kmh(*maxspeed))
            traversal.speed_kmh = *limit * maxspeed_factor;
    }

    const std::optional<std::string_view> oneway = tags("oneway");
    const std::optional<std::string_view> junction = tags("junction");
    if (oneway && *oneway == "reversible") return std::nullopt;  // its direction changes with the hour
    if (oneway && is_reverse(*oneway)) {
        traversal.forward = false;
    } else if (oneway && is_yes(*oneway)) {
        traversal.backward = false;
    } else if (!(oneway && is_no(*oneway))) {
        const bool implied = implied_oneway_highways.contains(*highway) ||
                             (junction && implied_oneway_junctions.contains(*junction));
        if (implied) traversal.backward = false;
    }
    return traversal;
}

}  // namespace routekit::roads
