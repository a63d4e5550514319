#include "io/lkh3_dialect.hpp"

#include "io/reader_common.hpp"

namespace routekit::io {

std::optional<Rounding> lkh3_rounding(EdgeWeightType type, std::optional<long long> scale, int scale_line,
                                      const std::string& source) {
    // LKH-3 computes EXACT_2D with EUC_2D's function, nint(SCALE d), its SCALE defaulting to 1000 there
    // (ReadProblem.c: "if (Scale == -1 && EXACT_2D) Scale = 1000"); FLOOR_2D is floor(SCALE d).
    const bool exact = type == EdgeWeightType::exact_2d;
    const long long factor = scale.value_or(exact ? 1000 : 1);
    const bool nearest = exact || type == EdgeWeightType::euc_2d;
    if (nearest && factor == 1000) return Rounding::milli;
    if (exact && factor == 1) return Rounding::tsplib;
    if (type == EdgeWeightType::floor_2d && factor == 10) return Rounding::trunc1;
    if (type == EdgeWeightType::floor_2d && factor == 1) return Rounding::tsplib;
    if (factor == 1) return std::nullopt;
    TextScanner at(std::string_view(), source, scale_line);
    at.fail(
        "SCALE 1, 10 with FLOOR_2D or 1000 with EUC_2D or EXACT_2D (Routekit's trunc1 and milli "
        "conventions; --rounding chooses another)",
        std::to_string(factor));
}

bool is_backhaul_id_list(TextScanner in) {
    // PyVRP's records run into the next keyword; LKH-3's list stops at -1 (an amount is never negative).
    while (true) {
        const std::optional<long long> value = parse_integer(in.peek_token());
        if (!value) return false;
        if (*value == -1) return true;
        in.next_token();
    }
}

std::vector<std::pair<long long, int>> read_id_list(TextScanner& in, const std::string& section) {
    std::vector<std::pair<long long, int>> ids;
    while (true) {
        const long long id = in.next_integer("node ids ending with -1 in " + section);
        if (id == -1) return ids;
        ids.emplace_back(id, in.line());
    }
}

PickupDeliveryRecord read_pickup_delivery(TextScanner& in) {
    PickupDeliveryRecord record;
    record.demand = next_quantity(in, "a demand");
    record.earliest = next_bounded_real(in, "a time window's earliest time");
    record.latest = next_bounded_real(in, "a time window's latest time");
    if (record.earliest > record.latest) in.fail("a time window with earliest <= latest", "an inverted one");
    record.service = next_bounded_real(in, "a service time");
    record.pickup = next_quantity(in, "a pickup amount");
    record.delivery = next_quantity(in, "a delivery amount");
    return record;
}

}  // namespace routekit::io
