#pragma once
// The nine TSPLIB EDGE_WEIGHT_FORMATs: the order in which an EXPLICIT matrix lists its entries.
#include <cstddef>
#include <optional>
#include <string_view>

namespace routekit::io {

enum class EdgeWeightFormat {
    full_matrix,
    upper_row,
    lower_row,
    upper_diag_row,
    lower_diag_row,
    upper_col,
    lower_col,
    upper_diag_col,
    lower_diag_col
};

std::optional<EdgeWeightFormat> parse_edge_weight_format(std::string_view text);

/// How many entries a matrix of n nodes lists in `format`.
std::size_t explicit_entry_count(EdgeWeightFormat format, std::size_t n);

/// Calls visit(k, row, col) for the k-th listed entry, in file order. Every format but FULL_MATRIX describes
/// a symmetric matrix: the caller mirrors (row, col) to (col, row).
template <class Visit>
void for_each_explicit_entry(EdgeWeightFormat format, std::size_t n, Visit&& visit) {
    std::size_t k = 0;
    // A triangle listed row by row; `upper` picks the side, `diagonal` whether i == j is listed.
    auto rows = [&](bool upper, bool diagonal) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t first = upper ? (diagonal ? i : i + 1) : 0;
            const std::size_t last = upper ? n : (diagonal ? i + 1 : i);
            for (std::size_t j = first; j < last; ++j) visit(k++, i, j);
        }
    };
    // Listing a triangle column by column is listing the transposed triangle row by row.
    auto columns = [&](bool upper, bool diagonal) {
        for (std::size_t j = 0; j < n; ++j) {
            const std::size_t first = upper ? 0 : (diagonal ? j : j + 1);
            const std::size_t last = upper ? (diagonal ? j + 1 : j) : n;
            for (std::size_t i = first; i < last; ++i) visit(k++, i, j);
        }
    };
    switch (format) {
        case EdgeWeightFormat::full_matrix:
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j) visit(k++, i, j);
            break;
        case EdgeWeightFormat::upper_row:
            rows(true, false);
            break;
        case EdgeWeightFormat::lower_row:
            rows(false, false);
            break;
        case EdgeWeightFormat::upper_diag_row:
            rows(true, true);
            break;
        case EdgeWeightFormat::lower_diag_row:
            rows(false, true);
            break;
        case EdgeWeightFormat::upper_col:
            columns(true, false);
            break;
        case EdgeWeightFormat::lower_col:
            columns(false, false);
            break;
        case EdgeWeightFormat::upper_diag_col:
            columns(true, true);
            break;
        case EdgeWeightFormat::lower_diag_col:
            columns(false, true);
            break;
    }
}

}  // namespace routekit::io
