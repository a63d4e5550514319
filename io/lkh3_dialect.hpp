#pragma once
// What LKH-3's dialect of TSPLIB adds over CVRPLIB and PyVRP's VRPLIB, mapped onto the existing model:
// SCALE with EXACT_2D / FLOOR_2D (onto a Rounding), the backhaul list of VRPB/VRPBTW and the
// PICKUP_AND_DELIVERY_SECTION of VRPSPDTW (K. Helsgaun, "An Extension of the Lin-Kernighan-Helsgaun TSP
// Solver for Constrained Traveling Salesman and Vehicle Routing Problems", 2017).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/text_scanner.hpp"
#include "io/tsplib_distances.hpp"
#include "routekit/model/instance.hpp"

namespace routekit::io {

/// The convention under which LKH-3 computes `type` with SCALE `scale` (nullopt: the file states none).
/// LKH-3 works on integers: EUC_2D and EXACT_2D are nint(SCALE d), FLOOR_2D is floor(SCALE d), and an
/// absent SCALE is 1000 for EXACT_2D ("real-valued" to three decimals), 1 otherwise. Hence:
///   EXACT_2D (no SCALE or 1000), EUC_2D with SCALE 1000 -> milli  (nint(1000 d), PyVRP's "exact" too)
///   EXACT_2D with SCALE 1                               -> tsplib (nint(d), as EUC_2D)
///   FLOOR_2D with SCALE 10                              -> trunc1 (floor(10 d), Solomon's convention)
///   FLOOR_2D (no SCALE or 1)                            -> tsplib (FLOOR_2D's integer function)
///   any other type with SCALE 1 or none                 -> nullopt: the TSPLIB reader's own default.
/// Times (windows, service, DISTANCE) go through the same convention: schedules add them to distances.
/// Any other pair has no Routekit convention and throws about `scale_line` of `source` rather than
/// guessing one (a --rounding given by the user wins, and this is not asked).
std::optional<Rounding> lkh3_rounding(EdgeWeightType type, std::optional<long long> scale, int scale_line,
                                      const std::string& source);

/// Whether the BACKHAUL_SECTION `in` stands at is LKH-3's list of backhaul node ids ending in -1, rather
/// than PyVRP's "id pickup" record per node (both dialects call the type VRPB). `in` is a copy: looking
/// ahead consumes nothing of the caller's scanner.
bool is_backhaul_id_list(TextScanner in);

/// Reads node ids up to the closing -1, each with its line (to report an unknown id later).
std::vector<std::pair<long long, int>> read_id_list(TextScanner& in, const std::string& section);

/// One node of LKH-3's PICKUP_AND_DELIVERY_SECTION after its id: "demand earliest latest service pickup
/// delivery". For VRPSPDTW the last two are amounts (picked up, delivered); LKH-3's PDPTW puts sibling
/// node ids there instead, a problem Routekit does not model (its TYPE is refused).
struct PickupDeliveryRecord {
    long long demand = 0;
    double earliest = 0;
    double latest = 0;
    double service = 0;
    long long pickup = 0;
    long long delivery = 0;
};
PickupDeliveryRecord read_pickup_delivery(TextScanner& in);

}  // namespace routekit::io
