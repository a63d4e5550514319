// TSPLIB / CVRPLIB / VRPLIB reader: TSP, ATSP, CVRP, ACVRP, the VRPTW extension of the ORTEC files, and
// PyVRP's dialect of the rich variants (HFVRP, MDVRPTW, PCVRPTW, VRPB, MTVRPTWR, SDVRPTW, GVRP), and
// LKH-3's (EXACT_2D, FLOOR_2D, SCALE; DCVRP, VRPBTW, VRPSPDTW; io/lkh3_dialect.hpp says how they map).
//
// Sections list nodes by the file's own ids, which need not be 1..n (the Belgian road files use 0, 55, 110,
// ...). The first section that lists ids fixes the file order; later sections are matched by id. The depots
// then move to the first internal indices (in DEPOT_SECTION order), the other nodes keeping their file order.
#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>

#include "io/explicit_matrix.hpp"
#include "io/lkh3_dialect.hpp"
#include "io/reader_common.hpp"
#include "io/tsplib_distances.hpp"
#include "io/vrplib_fleet.hpp"
#include "routekit/io/read_instance.hpp"

namespace routekit {

namespace {

using io::EdgeWeightFormat;
using io::EdgeWeightType;
using io::TextScanner;

std::string upper(std::string_view text) {
    std::string result(text);
    for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

std::optional<ProblemKind> parse_type(std::string_view text) {
    if (text == "TSP") return ProblemKind::tsp;
    if (text == "ATSP") return ProblemKind::atsp;
    if (text == "CVRP") return ProblemKind::cvrp;
    if (text == "ACVRP") return ProblemKind::acvrp;
    if (text == "VRPTW" || text == "CVRPTW") return ProblemKind::vrptw;
    // LKH-3's: DCVRP's DISTANCE is the classic route limit; backhauls and pickups are model features.
    if (text == "DCVRP") return ProblemKind::cvrp;
    if (text == "VRPBTW" || text == "VRPSPDTW") return ProblemKind::vrptw;
    // PyVRP's variants: the model's features say what they add to CVRP or VRPTW.
    if (text == "HFVRP" || text == "VRPB" || text == "GVRP") return ProblemKind::cvrp;
    if (text == "MDVRPTW" || text == "PCVRPTW" || text == "MTVRPTWR" || text == "SDVRPTW")
        return ProblemKind::vrptw;
    return std::nullopt;
}

bool is_pyvrp_variant(std::string_view type) {
    for (std::string_view variant : {"HFVRP", "MDVRPTW", "PCVRPTW", "VRPB", "MTVRPTWR", "SDVRPTW", "GVRP"})
        if (type == variant) return true;
    return false;
}

// The convention of the best-known values PyVRP publishes for its variants (pyvrp/README.md, manifest).
std::optional<Rounding> variant_rounding(std::string_view type) {
    if (type == "MDVRPTW" || type == "SDVRPTW") return Rounding::milli;
    if (type == "HFVRP") return Rounding::exact;
    if (type == "PCVRPTW" || type == "MTVRPTWR") return Rounding::trunc1;
    return std::nullopt;
}

class TsplibReader {
  public:
    TsplibReader(std::string_view text, const std::string& source, const ReadOptions& options)
        : in_(text, source), options_(options), text_size_hint_(text.size() / 2 + 1) {}

    Instance read() {
        while (!in_.at_end()) {
            const std::string key = upper(in_.next_keyword());
            if (key == "EOF") break;
            if (key.ends_with("_SECTION")) {
                read_section(key);
            } else {
                read_keyword(key);
            }
        }
        return build();
    }

  private:
    // ---- header keywords -------------------------------------------------------------------------------
    void read_keyword(const std::string& key) {
        const std::string_view value = in_.rest_of_line();
        if (key.empty()) in_.fail("a keyword", io::describe_token(value.empty() ? ":" : value));
        if (io::parse_real(key)) {
            in_.fail_token(
                last_section_.empty() ? "a keyword" : "a keyword after the " + last_section_ + " entries",
                key);
        }
        const std::string word = upper(value);
        if (key == "NAME") {
            name_ = std::string(value);
        } else if (key == "TYPE") {
            // Only the first word counts: si175 says "TSP (M.~Hofmeister)".
            type_ = word.substr(0, word.find_first_of(" \t"));
            kind_ = parse_type(type_);
            if (!kind_)
                in_.fail_token("TYPE TSP, ATSP, CVRP, ACVRP, VRPTW, a PyVRP variant (HFVRP, MDVRPTW, "
                               "PCVRPTW, VRPB, MTVRPTWR, SDVRPTW, GVRP) or an LKH-3 one (CVRPTW, DCVRP, "
                               "VRPBTW, VRPSPDTW)",
                               value);
            type_line_ = in_.line();
        } else if (key == "DIMENSION") {
            const std::optional<long long> n = io::parse_integer(value);
            if (!n) in_.fail_token("an integer DIMENSION", value);
            if (*n < 2 || *n > io::kMaxNodes)
                in_.fail_token("DIMENSION between 2 and " + std::to_string(io::kMaxNodes), value);
            if (const auto shortfall =
                    io::memory_shortfall(*n, weight_type_ == EdgeWeightType::explicit_matrix))
                in_.fail_token(*shortfall, value);
            if (dimension_ != 0) in_.fail("one DIMENSION", "a second one");
            dimension_ = static_cast<int>(*n);
        } else if (key == "EDGE_WEIGHT_TYPE") {
            weight_type_ = io::parse_edge_weight_type(word);
            if (!weight_type_)
                in_.fail_token("EDGE_WEIGHT_TYPE EXPLICIT, EUC_2D, CEIL_2D, ATT, GEO, MAN_2D, MAX_2D, "
                               "EXACT_2D or FLOOR_2D",
                               value);
        } else if (key == "EDGE_WEIGHT_FORMAT" && word == "FUNCTION") {
            weight_format_.reset();  // distances computed from coordinates
        } else if (key == "EDGE_WEIGHT_FORMAT") {
            weight_format_ = io::parse_edge_weight_format(word);
            if (!weight_format_) in_.fail_token("a TSPLIB EDGE_WEIGHT_FORMAT such as FULL_MATRIX", value);
        } else if (key == "CAPACITY") {
            // One value per load dimension (weight, volume ...); the first is the classic capacity.
            capacities_.clear();
            for (std::size_t at = 0; at < value.size();) {
                const std::size_t end = std::min(value.find_first_of(" \t", at), value.size());
                if (end > at)
                    capacities_.push_back(quantity(value.substr(at, end - at), "an integer CAPACITY >= 0"));
                at = end + 1;
            }
            if (capacities_.empty()) in_.fail_token("an integer CAPACITY >= 0", value);
            capacity_ = capacities_.front();
            capacity_line_ = in_.line();
        } else if (key == "VEHICLES") {
            const long long vehicles = quantity(value, "an integer number of VEHICLES");
            if (vehicles < 1 || vehicles > io::kMaxNodes)
                in_.fail_token("VEHICLES between 1 and " + std::to_string(io::kMaxNodes), value);
            vehicles_ = static_cast<int>(vehicles);
        } else if (key == "DISTANCE") {
            distance_limit_ = real(value, "a route length limit DISTANCE");
        } else if (key == "VEHICLES_MAX_DURATION") {
            vehicle_max_duration_ = real(value, "a VEHICLES_MAX_DURATION");
        } else if (key == "VEHICLES_MAX_DISTANCE") {
            vehicle_max_distance_ = real(value, "a VEHICLES_MAX_DISTANCE");
        } else if (key == "SCALE") {
            const std::optional<long long> scale = io::parse_integer(value);
            if (!scale || *scale < 1 || *scale > 10'000'000) in_.fail_token("an integer SCALE >= 1", value);
            scale_ = *scale;
            scale_line_ = in_.line();
        } else if (key == "SERVICE_TIME") {
            service_time_ = real(value, "a SERVICE_TIME");
        } else if (key == "NODE_COORD_TYPE") {
            if (word != "TWOD_COORDS" && word != "NO_COORDS")
                in_.fail_token("NODE_COORD_TYPE TWOD_COORDS or NO_COORDS", value);
        }
        if (key == "COMMENT") read_fleet_from_comment(word);
        // COMMENT, DISPLAY_DATA_TYPE, EDGE_DATA_FORMAT, EDGE_WEIGHT_UNIT_OF_MEASUREMENT and other keywords
        // carry nothing a solver needs.
    }

    // The classic CVRPLIB sets (A, B, E, F, M, P, CMT) state their fleet only in the comment, "No of trucks:
    // 5" or "Min no of trucks: 3", and their published optima use that many vehicles; VEHICLES wins if
    // present.
    void read_fleet_from_comment(const std::string& upper_comment) {
        const std::size_t at = upper_comment.find("TRUCKS:");
        if (at == std::string::npos) return;
        std::size_t begin = upper_comment.find_first_not_of(" \t", at + 7);
        if (begin == std::string::npos) return;
        std::size_t end = begin;
        while (end < upper_comment.size() && std::isdigit(static_cast<unsigned char>(upper_comment[end])))
            ++end;
        const std::optional<long long> trucks =
            io::parse_integer(std::string_view(upper_comment).substr(begin, end - begin));
        if (trucks && *trucks >= 1 && *trucks <= io::kMaxNodes) comment_vehicles_ = static_cast<int>(*trucks);
    }

    long long quantity(std::string_view value, std::string_view what) {
        const std::optional<long long> number = io::parse_integer(value);
        if (!number || *number < 0 || *number > io::kMaxQuantity) in_.fail_token(what, value);
        return *number;
    }

    double real(std::string_view value, std::string_view what) { return io::checked_real(in_, value, what); }

    // ---- sections --------------------------------------------------------------------------------------
    void read_section(const std::string& key) {
        if (dimension_ == 0) in_.fail("DIMENSION before " + key, "none");
        in_.skip_colon();
        last_section_ = key;
        if (key == "NODE_COORD_SECTION") {
            read_coordinates();
        } else if (key == "EDGE_WEIGHT_SECTION") {
            read_edge_weights();
        } else if (key == "DEMAND_SECTION") {
            if (!demands_seen_) demand_section_line_ = in_.line();
            demands_.assign(static_cast<std::size_t>(dimension_), 0);
            demand_lines_.assign(static_cast<std::size_t>(dimension_), in_.line());
            read_records(key, [&](int node) {
                const long long demand = io::next_quantity(in_, "a demand");
                demands_.at(node) = demand;
                demand_lines_.at(node) = in_.line();
                more_amounts(more_demands_, node, "demand");
            });
            demands_seen_ = true;
        } else if (key == "DEPOT_SECTION") {
            read_depots();
        } else if (key == "SERVICE_TIME_SECTION") {
            service_.assign(static_cast<std::size_t>(dimension_), 0.0);
            read_records(key,
                         [&](int node) { service_.at(node) = io::next_bounded_real(in_, "a service time"); });
        } else if (key == "TIME_WINDOW_SECTION") {
            windows_.assign(static_cast<std::size_t>(dimension_), {});
            read_records(key, [&](int node) {
                const double earliest = io::next_bounded_real(in_, "a time window's earliest time");
                const double latest = io::next_bounded_real(in_, "a time window's latest time");
                if (earliest > latest)
                    in_.fail("a time window with earliest <= latest",
                             "[" + format_number(earliest) + ", " + format_number(latest) + "]");
                windows_.at(node) = {earliest, latest};
            });
        } else if (key == "BACKHAUL_SECTION" && io::is_backhaul_id_list(in_)) {
            backhaul_ids_ = io::read_id_list(in_, key);  // LKH-3: these nodes' demands are pickups
        } else if (key == "PICKUP_AND_DELIVERY_SECTION") {
            read_pickups_and_deliveries();
        } else if (key == "BACKHAUL_SECTION") {
            pickups_.assign(static_cast<std::size_t>(dimension_), 0);
            read_records(key, [&](int node) {
                pickups_.at(node) = io::next_quantity(in_, "a backhaul pickup");
                more_amounts(more_pickups_, node, "pickup");
            });
        } else if (key == "PRIZE_SECTION") {
            prizes_.assign(static_cast<std::size_t>(dimension_), 0.0);
            read_records(key, [&](int node) { prizes_.at(node) = io::next_bounded_real(in_, "a prize"); });
        } else if (key == "RELEASE_TIME_SECTION") {
            releases_.assign(static_cast<std::size_t>(dimension_), 0.0);
            read_records(key,
                         [&](int node) { releases_.at(node) = io::next_bounded_real(in_, "a release time"); });
        } else if (io::VrplibFleet::reads(key)) {
            fleet_.read_section(key, in_, vehicles_.value_or(0));
        } else if (key == "FIXED_EDGES_SECTION") {
            read_fixed_edges();
        } else if (key == "DISPLAY_DATA_SECTION") {
            // Pictures only: skipped, though its entries must still be numbers.
            for (int record = 0; record < dimension_; ++record) {
                in_.next_integer("a node id in DISPLAY_DATA_SECTION");
                io::next_bounded_real(in_, "a display x coordinate", true);
                io::next_bounded_real(in_, "a display y coordinate", true);
            }
        } else {
            in_.fail_token(
                "a supported section (NODE_COORD, EDGE_WEIGHT, DEMAND, DEPOT, SERVICE_TIME, "
                "TIME_WINDOW, DISPLAY_DATA, PyVRP's BACKHAUL, PRIZE, RELEASE_TIME, CAPACITY, "
                "VEHICLES_*, MUTUALLY_EXCLUSIVE_GROUP, or LKH-3's PICKUP_AND_DELIVERY)",
                key);
        }
    }

    static std::string format_number(double value) {
        std::string text = std::to_string(value);
        while (text.size() > 1 && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
        return text;
    }

    // Maps a file id to its file position. The first section that lists ids defines them, in its order.
    int position_of(long long id) {
        if (defining_ids_) {
            if (!position_.emplace(id, static_cast<int>(ids_.size())).second)
                in_.fail("each node id once", "id " + std::to_string(id) + " again");
            ids_.push_back(id);
            return static_cast<int>(ids_.size()) - 1;
        }
        const auto found = position_.find(id);
        if (found == position_.end()) in_.fail("a known node id", "id " + std::to_string(id));
        return found->second;
    }

    // Reads `dimension_` records "id value...", each node once.
    template <class ReadValues>
    void read_records(const std::string& section, ReadValues&& read_values) {
        defining_ids_ = ids_.empty();
        std::vector<char> seen(static_cast<std::size_t>(dimension_), 0);
        for (int record = 0; record < dimension_; ++record) {
            const std::string_view token = in_.next_token();
            const std::optional<long long> id = io::parse_integer(token);
            if (!id) {
                in_.fail_token(std::to_string(dimension_) + " entries in " + section + " (found " +
                                   std::to_string(record) + "), then a node id",
                               token);
            }
            const int node = position_of(*id);
            if (seen[static_cast<std::size_t>(node)])
                in_.fail("each node once in " + section, "id " + std::to_string(*id) + " again");
            seen[static_cast<std::size_t>(node)] = 1;
            read_values(node);
        }
        defining_ids_ = false;
    }

    // PyVRP's rows "id d1 d2 ...": one amount per load dimension. The amounts after the first on the
    // record's line go to `more` (load_dimensions_ - 1 per node, by file position); every row of every load
    // section has as many as the first row read.
    void more_amounts(std::vector<Cost>& more, int node, const std::string& what) {
        std::vector<Cost> amounts;
        while (in_.more_on_line()) amounts.push_back(io::next_quantity(in_, "a " + what));
        const int count = 1 + static_cast<int>(amounts.size());
        if (load_dimensions_ == 0) {
            load_dimensions_ = count;
            load_dimensions_line_ = in_.line();
        }
        if (count != load_dimensions_)
            in_.fail(std::to_string(load_dimensions_) + " " + what +
                         " amounts per row, one per load dimension " + "(as on line " +
                         std::to_string(load_dimensions_line_) + ")",
                     std::to_string(count));
        if (count == 1) return;
        more.resize(static_cast<std::size_t>(dimension_) * static_cast<std::size_t>(count - 1), 0);
        std::copy(amounts.begin(), amounts.end(),
                  more.begin() + static_cast<std::ptrdiff_t>(node) * (count - 1));
    }

    // The rows of `first` (dimension 0, by file position) and `more` (the others) in node order, node by
    // node.
    std::vector<Cost> amounts_by_node(const std::vector<Cost>& first, const std::vector<Cost>& more,
                                      const std::vector<int>& order) const {
        const auto others = static_cast<std::size_t>(load_dimensions() - 1);
        std::vector<Cost> result;
        for (int p : order) {
            const auto at = static_cast<std::size_t>(p);
            result.push_back(first[at]);
            for (std::size_t d = 0; d < others; ++d)
                result.push_back(more.empty() ? 0 : more[at * others + d]);
        }
        return result;
    }

    int load_dimensions() const { return std::max(load_dimensions_, 1); }

    // LKH-3's VRPSPDTW: per node its demand, window, service time, pickup and delivery amounts. Routekit's
    // model delivers `demand` from the depot and carries `pickup` back, so the delivery amount becomes the
    // demand; a nonzero demand column beside it would be a second delivery the model cannot tell apart.
    void read_pickups_and_deliveries() {
        const std::string key = "PICKUP_AND_DELIVERY_SECTION";
        demands_.assign(static_cast<std::size_t>(dimension_), 0);
        demand_lines_.assign(static_cast<std::size_t>(dimension_), in_.line());
        if (!demands_seen_) demand_section_line_ = in_.line();
        demands_seen_ = true;
        service_.assign(static_cast<std::size_t>(dimension_), 0.0);
        windows_.assign(static_cast<std::size_t>(dimension_), {});
        pickups_.assign(static_cast<std::size_t>(dimension_), 0);
        read_records(key, [&](int node) {
            const io::PickupDeliveryRecord record = io::read_pickup_delivery(in_);
            if (record.demand != 0 && record.delivery != 0)
                in_.fail("demand 0 beside a delivery amount in " + key, std::to_string(record.demand));
            demands_.at(node) = record.demand + record.delivery;
            demand_lines_.at(node) = in_.line();
            windows_.at(node) = {record.earliest, record.latest};
            service_.at(node) = record.service;
            pickups_.at(node) = record.pickup;
        });
        simultaneous_pickups_ = true;
    }

    // "id x y", numbers wrapping freely; the Belgian files put a place name after y, skipped with its line.
    void read_coordinates() {
        coordinates_.assign(static_cast<std::size_t>(dimension_), {});
        read_records("NODE_COORD_SECTION", [&](int node) {
            coordinates_.at(node).x = io::next_bounded_real(in_, "an x coordinate", true);
            coordinates_.at(node).y = io::next_bounded_real(in_, "a y coordinate", true);
            if (in_.more_on_line() && !io::parse_real(in_.peek_token())) in_.rest_of_line();
        });
    }

    void read_edge_weights() {
        if (!weight_format_) {
            if (weight_type_ != EdgeWeightType::explicit_matrix)
                in_.fail("EDGE_WEIGHT_TYPE EXPLICIT and an EDGE_WEIGHT_FORMAT before EDGE_WEIGHT_SECTION",
                         "none");
            weight_format_ = EdgeWeightFormat::full_matrix;
        }
        if (const auto shortfall = io::memory_shortfall(dimension_, true))
            in_.fail(*shortfall, "an EDGE_WEIGHT_SECTION for DIMENSION " + std::to_string(dimension_));
        const std::size_t count =
            io::explicit_entry_count(*weight_format_, static_cast<std::size_t>(dimension_));
        weights_.clear();
        weights_layout_ = *weight_format_;  // a later EDGE_WEIGHT_FORMAT line must not reinterpret them
        weights_.reserve(std::min(count, text_size_hint_));
        for (std::size_t k = 0; k < count; ++k) {
            const std::string_view token = in_.next_token();
            if (const std::optional<long long> integer = fast_integer(token)) {
                if (*integer < 0 || *integer > io::kMaxMagnitude)
                    in_.fail_token("edge weights between 0 and 1e9", token);
                weights_.push_back(static_cast<double>(*integer));
                continue;
            }
            const std::optional<double> value = io::parse_real(token);
            if (!value) {
                in_.fail_token(std::to_string(count) + " edge weights in EDGE_WEIGHT_SECTION (found " +
                                   std::to_string(k) + ")",
                               token);
            }
            if (*value < 0 || *value > io::kMaxMagnitude)
                in_.fail_token("edge weights between 0 and 1e9", token);
            weights_integral_ =
                weights_integral_ && *value == static_cast<double>(static_cast<long long>(*value));
            weights_.push_back(*value);
        }
    }

    // Plain digit strings, the bulk of large explicit matrices, skip the general parser.
    static std::optional<long long> fast_integer(std::string_view token) {
        if (token.empty() || token.size() > 15) return std::nullopt;
        long long value = 0;
        for (char c : token) {
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    void read_depots() {
        depots_.clear();
        while (true) {
            // The Fischetti-Toth-Vigo ACVRP files end the section with EOF instead of -1.
            if (!depots_.empty() && (in_.peek_token() == "EOF" || in_.at_end())) break;
            const std::string_view token = in_.next_token();
            const std::optional<long long> id = io::parse_integer(token);
            if (!id) in_.fail_token("depot ids ending with -1 in DEPOT_SECTION", token);
            if (*id == -1) break;
            depots_.push_back({*id, in_.line()});
            // Only PyVRP's dialect numbers several depots (MDVRPTW); elsewhere a second id is a mistake.
            if (depots_.size() > 1 && !is_pyvrp_variant(type_))
                in_.fail("a single depot", "a second depot id " + std::to_string(*id));
        }
        if (depots_.empty()) in_.fail("a depot id in DEPOT_SECTION", "-1");
    }

    // Pairs of node ids ending with -1: edges a tour must contain (linhp318). Ids are resolved in build(),
    // since the section may come before the one that defines them.
    void read_fixed_edges() {
        for (;;) {
            const std::string_view token = in_.next_token();
            const std::optional<long long> from = io::parse_integer(token);
            if (!from) in_.fail_token("pairs of node ids ending with -1 in FIXED_EDGES_SECTION", token);
            if (*from == -1) break;
            const std::string_view second = in_.next_token();
            const std::optional<long long> to = io::parse_integer(second);
            if (!to) in_.fail_token("the second node id of a fixed edge", second);
            fixed_edges_.push_back({*from, *to, in_.line()});
        }
    }

    // ---- assembling the instance -----------------------------------------------------------------------
    // File positions of the depots, in DEPOT_SECTION order.
    std::vector<int> depot_positions(ProblemKind kind) {
        std::vector<int> positions;
        for (const auto& [id, line] : depots_) {
            const auto found = position_.find(id);
            if (found == position_.end()) {
                TextScanner at(std::string_view(), in_.source(), line);
                at.fail("a depot id naming a node", std::to_string(id));
            }
            if (std::find(positions.begin(), positions.end(), found->second) != positions.end()) {
                TextScanner at(std::string_view(), in_.source(), line);
                at.fail("each depot once in DEPOT_SECTION", "id " + std::to_string(id) + " again");
            }
            positions.push_back(found->second);
        }
        // ACVRP files without a depot section (Fischetti-Toth-Vigo) put the depot last.
        if (positions.empty()) positions.push_back(kind == ProblemKind::acvrp ? dimension_ - 1 : 0);
        return positions;
    }

    Rounding rounding() const {
        if (options_.rounding) return *options_.rounding;
        if (const std::optional<Rounding> variant = variant_rounding(type_)) return *variant;
        const std::optional<Rounding> lkh3 =
            io::lkh3_rounding(*weight_type_, scale_, scale_line_, in_.source());
        if (lkh3) return *lkh3;
        return weights_integral_ ? Rounding::tsplib : Rounding::exact;
    }

    Instance build() {
        if (dimension_ == 0) in_.fail("a DIMENSION", "none");
        if (!weight_type_) {
            if (!weights_.empty())
                weight_type_ = EdgeWeightType::explicit_matrix;
            else if (!coordinates_.empty())
                weight_type_ = EdgeWeightType::euc_2d;
            else
                in_.fail("an EDGE_WEIGHT_TYPE", "none");
        }
        const bool explicit_weights = weight_type_ == EdgeWeightType::explicit_matrix;
        if (explicit_weights && weights_.empty()) in_.fail("an EDGE_WEIGHT_SECTION", "none");
        if (!explicit_weights && coordinates_.empty()) in_.fail("a NODE_COORD_SECTION", "none");

        const ProblemKind kind = kind_.value_or(demands_seen_ ? ProblemKind::cvrp : ProblemKind::tsp);
        const bool single = kind == ProblemKind::tsp || kind == ProblemKind::atsp;
        if (!capacity_) capacity_ = fleet_.largest_capacity();  // PyVRP's per-vehicle CAPACITY_SECTION
        if (!single && !capacity_) {
            // Without it the vehicles would be unlimited: a different problem, solved without a word.
            TextScanner at(std::string_view(), in_.source(), kind_ ? type_line_ : demand_section_line_);
            at.fail("a CAPACITY for TYPE " + std::string(to_string(kind)), "none");
        }
        if (capacity_line_ > 0 && static_cast<int>(capacities_.size()) != load_dimensions()) {
            TextScanner at(std::string_view(), in_.source(), capacity_line_);
            at.fail(std::to_string(load_dimensions()) +
                        " CAPACITY values, one per load dimension (as on line " +
                        std::to_string(load_dimensions_line_) + ")",
                    std::to_string(capacities_.size()));
        }
        fleet_.require_capacity_dimensions(load_dimensions(), load_dimensions_line_, in_.source());
        if (ids_.empty()) {
            for (int i = 0; i < dimension_; ++i) {
                ids_.push_back(i + 1);
                position_.emplace(i + 1, i);
            }
        }
        const auto n = static_cast<std::size_t>(dimension_);
        const std::vector<int> depots = single ? std::vector<int>{0} : depot_positions(kind);
        // order[internal] = file position; the depots first, the others in file order.
        std::vector<int> order = depots;
        order.reserve(n);
        for (int p = 0; p < dimension_; ++p)
            if (std::find(depots.begin(), depots.end(), p) == depots.end()) order.push_back(p);
        std::vector<std::size_t> internal(n);
        for (std::size_t i = 0; i < n; ++i) internal[static_cast<std::size_t>(order[i])] = i;

        InstanceData data;
        data.name = name_.empty() ? "unnamed" : name_;
        data.kind = kind;
        data.rounding = rounding();
        data.num_nodes = dimension_;
        data.num_depots = static_cast<int>(depots.size());
        data.dimension_in_file = dimension_;
        for (int p : order) data.node_ids.push_back(ids_[static_cast<std::size_t>(p)]);
        if (!coordinates_.empty())
            for (int p : order) data.coordinates.push_back(coordinates_[static_cast<std::size_t>(p)]);

        if (explicit_weights) {
            data.distance.assign(n * n, 0);
            const bool full = weights_layout_ == EdgeWeightFormat::full_matrix;
            io::for_each_explicit_entry(weights_layout_, n,
                                        [&](std::size_t k, std::size_t row, std::size_t col) {
                                            const Cost value = to_fixed(weights_[k], data.rounding);
                                            data.distance[internal[row] * n + internal[col]] = value;
                                            if (!full)
                                                data.distance[internal[col] * n + internal[row]] = value;
                                        });
            // No route goes from a node to itself; ATSP files put 9999 or 10000 there.
            for (std::size_t i = 0; i < n; ++i) data.distance[i * n + i] = 0;
            weights_ = {};
        } else {
            data.distance_function = io::distance_function(*weight_type_);
        }

        if (single) {
            data.fleet = 1;
        } else {
            data.fleet = vehicles_.value_or(comment_vehicles_.value_or(0));
            data.capacity = capacity_.value_or(kUnlimited);
            data.load_dimensions = load_dimensions();
            if (demands_seen_) add_demands(data, order);
            if (distance_limit_) data.max_route_duration = to_fixed(*distance_limit_, data.rounding);
            if (service_time_ || !service_.empty()) {
                data.service.assign(n, 0);
                for (std::size_t i = 0; i < n; ++i) {
                    const auto p = static_cast<std::size_t>(order[i]);
                    if (!service_.empty())
                        data.service[i] = to_fixed(service_[p], data.rounding);
                    else if (i > 0)
                        data.service[i] = to_fixed(*service_time_, data.rounding);
                }
            }
            if (!windows_.empty()) {
                for (int p : order) {
                    const auto [earliest, latest] = windows_[static_cast<std::size_t>(p)];
                    data.windows.push_back(
                        {to_fixed(earliest, data.rounding), to_fixed(latest, data.rounding)});
                }
            }
            add_variants(data, order, internal);
        }
        if (!fixed_edges_.empty()) add_fixed_edges(data, internal);
        return io::make_instance(std::move(data), in_.source());
    }

    void add_fixed_edges(InstanceData& data, const std::vector<std::size_t>& internal) {
        const auto fail_at = [&](int line, const std::string& expected, const std::string& found) {
            TextScanner at(std::string_view(), in_.source(), line);
            at.fail(expected, found);
        };
        if (data.kind != ProblemKind::tsp && data.kind != ProblemKind::atsp)
            fail_at(
                fixed_edges_.front().line,
                "FIXED_EDGES_SECTION only in a TSP or ATSP file (the route engines cannot keep fixed edges)",
                "TYPE " + std::string(to_string(data.kind)));
        for (const FixedEdgeRecord& record : fixed_edges_) {
            FixedEdge edge;
            for (auto [id, node] : {std::pair{record.from, &edge.from}, std::pair{record.to, &edge.to}}) {
                const auto found = position_.find(id);
                if (found == position_.end())
                    fail_at(record.line, "a known node id in a fixed edge", "id " + std::to_string(id));
                *node = static_cast<int>(internal[static_cast<std::size_t>(found->second)]);
            }
            data.fixed_edges.push_back(edge);
        }
        const bool directed = data.kind == ProblemKind::atsp;
        const auto file_id = [&](int node) {
            return std::to_string(data.node_ids[static_cast<std::size_t>(node)]);
        };
        if (const auto problem = fixed_edges_problem(data.num_nodes, directed, data.fixed_edges, file_id))
            fail_at(fixed_edges_[problem->edge].line, "fixed edges that fit in one tour", problem->reason);
    }

    // PyVRP's sections: pickups, prizes, release times, the fleet by vehicle, groups.
    void add_variants(InstanceData& data, const std::vector<int>& order, const std::vector<std::size_t>& internal) {
        auto by_node = [&](const auto& values, auto convert) {
            std::vector<Cost> result;
            for (int p : order) result.push_back(convert(values[static_cast<std::size_t>(p)]));
            return result;
        };
        const auto fixed = [&](double value) { return to_fixed(value, data.rounding); };
        if (!pickups_.empty()) {
            data.pickup = amounts_by_node(pickups_, more_pickups_, order);
            const auto depot_amounts = static_cast<std::size_t>(data.num_depots * data.load_dimensions);
            std::fill(data.pickup.begin(), data.pickup.begin() + static_cast<std::ptrdiff_t>(depot_amounts),
                      0);
            // BACKHAUL_SECTION: linehaul before backhaul (VRPB); LKH-3's VRPSPDTW mixes both freely.
            data.backhaul_order = !simultaneous_pickups_;
        }
        if (!backhaul_ids_.empty()) move_backhaul_demands(data, internal);
        if (!prizes_.empty()) {
            data.prize = by_node(prizes_, fixed);
            data.required.assign(order.size(), 0);  // a prize makes every client optional (PCVRPTW)
        }
        if (!releases_.empty()) data.release = by_node(releases_, fixed);
        const io::VrplibFleet::NodeOf node_of = [&](long long id, int line) {
            const auto found = position_.find(id);
            if (found == position_.end()) {
                TextScanner at(std::string_view(), in_.source(), line);
                at.fail("a known node id", "id " + std::to_string(id));
            }
            return static_cast<int>(internal[static_cast<std::size_t>(found->second)]);
        };
        data.groups = fleet_.groups(node_of);
        if (type_ == "HFVRP") data.cost_decimals = 2;  // its files state fixed and unit costs x100 (README)
        if (!fleet_.per_vehicle() && data.num_depots == 1 && data.load_dimensions == 1) {
            if (vehicle_max_duration_) data.max_route_duration = fixed(*vehicle_max_duration_);
            return;
        }
        VehicleType common;
        common.capacity = data.capacity;
        if (data.load_dimensions > 1 && capacity_line_ > 0)
            common.capacities.assign(capacities_.begin(), capacities_.end());
        if (vehicle_max_duration_) common.max_duration = fixed(*vehicle_max_duration_);
        if (vehicle_max_distance_) common.max_distance = fixed(*vehicle_max_distance_);
        if (fleet_.per_vehicle()) {
            data.vehicle_types =
                fleet_.vehicle_types(common, data.rounding, data.num_depots, node_of, in_.source());
        } else {  // several depots but no VEHICLES_DEPOT_SECTION: the whole fleet at the first depot
            common.count = data.fleet;
            data.vehicle_types.push_back(common);
        }
    }

    // LKH-3's backhaul list: a listed client's DEMAND_SECTION amount is picked up, not delivered, and on
    // each route the deliveries come first (VRPB, VRPBTW).
    void move_backhaul_demands(InstanceData& data, const std::vector<std::size_t>& internal) {
        data.pickup.assign(data.demand.size(), 0);
        for (const auto& [id, line] : backhaul_ids_) {
            const auto found = position_.find(id);
            TextScanner at(std::string_view(), in_.source(), line);
            const std::string found_id = "id " + std::to_string(id);
            if (found == position_.end()) at.fail("a node id in BACKHAUL_SECTION", found_id);
            const std::size_t node = internal[static_cast<std::size_t>(found->second)];
            if (static_cast<int>(node) < data.num_depots || data.demand.empty())
                at.fail("a client with a DEMAND_SECTION amount in BACKHAUL_SECTION", found_id);
            data.pickup[node] = std::exchange(data.demand[node], 0);
        }
        data.backhaul_order = true;
    }

    void add_demands(InstanceData& data, const std::vector<int>& order) {
        for (std::size_t i = 0; i < order.size(); ++i) {
            const auto p = static_cast<std::size_t>(order[i]);
            const Cost demand = demands_[p];
            TextScanner at(std::string_view(), in_.source(), demand_lines_[p]);
            if (i == 0 && demand != 0) at.fail("demand 0 at the depot", std::to_string(demand));
            if (demand > data.capacity)
                at.fail("a demand within the CAPACITY " + std::to_string(data.capacity),
                        std::to_string(demand));
            data.demand.push_back(demand);
        }
        // Dimension 0 checked above; the others against the capacities when the Instance is built.
        if (data.load_dimensions > 1) data.demand = amounts_by_node(demands_, more_demands_, order);
    }

    TextScanner in_;
    ReadOptions options_;
    std::size_t text_size_hint_;  // bounds reservations by what the text can hold, not by what it claims
    std::string last_section_;

    std::string name_ = "unnamed";
    std::optional<ProblemKind> kind_;
    int type_line_ = 1;
    int demand_section_line_ = 1;
    int dimension_ = 0;
    std::optional<EdgeWeightType> weight_type_;
    std::optional<EdgeWeightFormat> weight_format_;
    std::optional<long long> capacity_;
    std::vector<long long> capacities_;  // CAPACITY's values, one per load dimension
    int capacity_line_ = 0;
    int load_dimensions_ = 0;  // values per row of DEMAND_SECTION and BACKHAUL_SECTION; 0: none read yet
    int load_dimensions_line_ = 0;
    std::vector<Cost> more_demands_;  // the amounts of the load dimensions after the first, by file position
    std::vector<Cost> more_pickups_;
    std::optional<int> vehicles_;
    std::optional<int> comment_vehicles_;
    std::optional<double> distance_limit_;
    std::optional<double> service_time_;
    std::optional<long long> scale_;  // LKH-3's SCALE
    int scale_line_ = 0;

    std::vector<long long> ids_;  // file ids in file order
    std::unordered_map<long long, int> position_;
    bool defining_ids_ = false;

    std::vector<Point> coordinates_;
    std::vector<double> weights_;
    EdgeWeightFormat weights_layout_ = EdgeWeightFormat::full_matrix;  // the format the weights were read in
    bool weights_integral_ = true;
    std::vector<Cost> demands_;
    std::vector<int> demand_lines_;
    bool demands_seen_ = false;
    std::vector<double> service_;
    std::vector<std::pair<double, double>> windows_;
    std::vector<std::pair<long long, int>> depots_;  // id and line

    std::string type_;  // TYPE's first word, upper case
    std::optional<double> vehicle_max_duration_;
    std::optional<double> vehicle_max_distance_;
    std::vector<Cost> pickups_;
    bool simultaneous_pickups_ = false;                    // LKH-3's PICKUP_AND_DELIVERY_SECTION
    std::vector<std::pair<long long, int>> backhaul_ids_;  // LKH-3's BACKHAUL_SECTION list, with lines
    std::vector<double> prizes_;
    struct FixedEdgeRecord {
        long long from = 0;
        long long to = 0;
        int line = 0;
    };
    std::vector<FixedEdgeRecord> fixed_edges_;
    std::vector<double> releases_;
    io::VrplibFleet fleet_;
};

}  // namespace

Instance parse_tsplib(std::string_view text, const std::string& source, const ReadOptions& options) {
    return TsplibReader(text, source, options).read();
}

}  // namespace routekit
