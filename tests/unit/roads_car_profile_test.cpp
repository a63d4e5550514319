// The car profile: which ways a car drives, in which direction, how fast.
#include <gtest/gtest.h>

#include <map>

#include "routekit/roads/car_profile.hpp"

namespace routekit::roads {
namespace {

std::optional<WayTraversal> traverse(const std::map<std::string, std::string, std::less<>>& tags,
                                     const CarProfile& profile = {}) {
    return profile.traverse([&tags](std::string_view key) -> std::optional<std::string_view> {
        const auto found = tags.find(key);
        if (found == tags.end()) return std::nullopt;
        return std::string_view(found->second);
    });
}

TEST(RoadsCarProfile, SpeedComesFromTheHighwayTypeOrTheMaxspeedTag) {
    EXPECT_EQ(traverse({{"highway", "residential"}})->speed_kmh, 25);
    EXPECT_EQ(traverse({{"highway", "primary"}, {"maxspeed", "50"}})->speed_kmh, 50 * 0.8);
    EXPECT_DOUBLE_EQ(traverse({{"highway", "primary"}, {"maxspeed", "30 mph"}})->speed_kmh,
                     30 * 1.609344 * 0.8);
    EXPECT_EQ(traverse({{"highway", "primary"}, {"maxspeed", "FR:urban"}})->speed_kmh, 65);  // unreadable
}

TEST(RoadsCarProfile, OnlyCarHighwaysWithoutRefusedAccessAreDrivable) {
    EXPECT_FALSE(traverse({{"highway", "footway"}}));
    EXPECT_FALSE(traverse({{"building", "yes"}}));
    EXPECT_FALSE(traverse({{"highway", "service"}, {"access", "private"}}));
    EXPECT_FALSE(traverse({{"highway", "residential"}, {"motor_vehicle", "no"}}));
    // The most specific tag decides: cars may use this bus street.
    EXPECT_TRUE(traverse({{"highway", "residential"}, {"access", "no"}, {"motorcar", "yes"}}));
    EXPECT_FALSE(traverse({{"highway", "residential"}, {"oneway", "reversible"}}));
}

TEST(RoadsCarProfile, OnewayTagsAndImpliedOneways) {
    const auto two_way = traverse({{"highway", "residential"}});
    EXPECT_TRUE(two_way->forward && two_way->backward);
    const auto oneway = traverse({{"highway", "residential"}, {"oneway", "yes"}});
    EXPECT_TRUE(oneway->forward && !oneway->backward);
    const auto against = traverse({{"highway", "residential"}, {"oneway", "-1"}});
    EXPECT_TRUE(!against->forward && against->backward);
    const auto motorway = traverse({{"highway", "motorway"}});
    EXPECT_TRUE(motorway->forward && !motorway->backward);
    const auto roundabout = traverse({{"highway", "primary"}, {"junction", "roundabout"}});
    EXPECT_TRUE(roundabout->forward && !roundabout->backward);
    const auto explicit_two_way = traverse({{"highway", "motorway"}, {"oneway", "no"}});
    EXPECT_TRUE(explicit_two_way->forward && explicit_two_way->backward);
}

TEST(RoadsCarProfile, EveryRuleCanBeOverridden) {
    CarProfile profile;
    profile.highway_speed_kmh["track"] = 10;
    profile.highway_speed_kmh.erase("service");
    profile.maxspeed_factor = 1;
    EXPECT_EQ(traverse({{"highway", "track"}}, profile)->speed_kmh, 10);
    EXPECT_FALSE(traverse({{"highway", "service"}}, profile));
    EXPECT_EQ(traverse({{"highway", "primary"}, {"maxspeed", "50"}}, profile)->speed_kmh, 50);
}

TEST(RoadsCarProfile, MaxspeedParsing) {
    EXPECT_EQ(parse_maxspeed_kmh("50"), 50);
    EXPECT_EQ(parse_maxspeed_kmh(" 70 km/h"), 70);
    EXPECT_FALSE(parse_maxspeed_kmh("none"));
    EXPECT_FALSE(parse_maxspeed_kmh("50 knots"));
    EXPECT_FALSE(parse_maxspeed_kmh("0"));
}

}  // namespace
}  // namespace routekit::roads
