#pragma once
#include "routekit/model/instance.hpp"

namespace routekit {

/// The instance the genetic search solves for one with a backhaul order (VRPB: on a trip every client with
/// a delivery precedes every client with a pickup). The order becomes part of the arc costs: an arc from a
/// client with a pickup to a client with a delivery costs more than any whole solution without one (twice
/// the longest arc per client, plus one), so every search component (Split, the crossovers, each
/// operator's bound and delta) prices it with no code of its own, and a descent always removes it (moving a
/// client to a route of its own is cheaper). A route respecting the order keeps its cost; durations are
/// unchanged. Throws InputError above 5,000 nodes (the matrix is stored in full).
Instance backhaul_search_instance(const Instance& instance);

/// The longest arc a route may use: with a backhaul order, arcs from a pickup to a delivery are left out
/// (in a search instance they carry the order's price, not a distance). Scales the initial load weight.
Cost longest_allowed_arc(const Instance& instance);

}  // namespace routekit
