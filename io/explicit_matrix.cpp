#include "io/explicit_matrix.hpp"

namespace routekit::io {

std::optional<EdgeWeightFormat> parse_edge_weight_format(std::string_view text) {
    if (text == "FULL_MATRIX") return EdgeWeightFormat::full_matrix;
    if (text == "UPPER_ROW") return EdgeWeightFormat::upper_row;
    if (text == "LOWER_ROW") return EdgeWeightFormat::lower_row;
    if (text == "UPPER_DIAG_ROW") return EdgeWeightFormat::upper_diag_row;
    if (text == "LOWER_DIAG_ROW") return EdgeWeightFormat::lower_diag_row;
    if (text == "UPPER_COL") return EdgeWeightFormat::upper_col;
    if (text == "LOWER_COL") return EdgeWeightFormat::lower_col;
    if (text == "UPPER_DIAG_COL") return EdgeWeightFormat::upper_diag_col;
    if (text == "LOWER_DIAG_COL") return EdgeWeightFormat::lower_diag_col;
    return std::nullopt;
}

std::size_t explicit_entry_count(EdgeWeightFormat format, std::size_t n) {
    switch (format) {
        case EdgeWeightFormat::full_matrix:
            return n * n;
        case EdgeWeightFormat::upper_row:
        case EdgeWeightFormat::lower_row:
        case EdgeWeightFormat::upper_col:
        case EdgeWeightFormat::lower_col:
            return n * (n - 1) / 2;
        case EdgeWeightFormat::upper_diag_row:
        case EdgeWeightFormat::lower_diag_row:
        case EdgeWeightFormat::upper_diag_col:
        case EdgeWeightFormat::lower_diag_col:
            return n * (n + 1) / 2;
    }
    return 0;
}

}  // namespace routekit::io
