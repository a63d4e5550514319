#pragma once
// Which clients the backhaul order (VRPB) ranks: on a trip, the clients that deliver (linehaul) come before
// the clients that pick up (backhaul). With several load dimensions an amount in any dimension counts; the
// checker and the search's arc penalties read the same rule.
#include "routekit/model/instance.hpp"

namespace routekit {

/// Whether `node` delivers something in some load dimension: a linehaul client.
inline bool delivers(const Instance& instance, int node) {
    return instance.load_dimensions() == 1 ? instance.demand(node) > 0
                                           : instance.delivery_load(node) != Load();
}
/// Whether `node` picks something up in some load dimension: a backhaul client.
inline bool picks_up(const Instance& instance, int node) {
    return instance.load_dimensions() == 1 ? instance.pickup(node) > 0 : instance.pickup_load(node) != Load();
}

}  // namespace routekit
