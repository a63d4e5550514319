#pragma once
// Building an Instance in code, from matrices a program already holds (an OSRM or Valhalla table, say).
#include <concepts>
#include <span>
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit {

/// Any matrix with rows(), cols() and m(i, j): an Eigen matrix (routekit/model/cost_matrix.hpp names one, for
/// programs that use Eigen; Routekit's headers do not need it) or a type of your own.
template <class Matrix>
concept CostMatrixLike = requires(const Matrix& m) {
    { m.rows() } -> std::convertible_to<long long>;
    { m.cols() } -> std::convertible_to<long long>;
    { m(0, 0) } -> std::convertible_to<Cost>;
};

/// Collects the parts of a problem and validates them in build(). Node 0 is the depot.
/// Values are stored integers in the chosen convention (rounding(): tsplib keeps them as they are).
class InstanceBuilder {
  public:
    explicit InstanceBuilder(int num_nodes);

    InstanceBuilder& name(std::string name);
    InstanceBuilder& kind(ProblemKind kind);
    InstanceBuilder& rounding(Rounding rounding);
    /// n*n values, row-major: entry i*n+j is the cost from i to j.
    InstanceBuilder& distances(std::span<const Cost> row_major);
    template <CostMatrixLike Matrix>
    InstanceBuilder& distances(const Matrix& matrix) {
        return distances(std::span<const Cost>(square(matrix, "distance")));
    }
    /// Travel times; without them the distances double as durations.
    InstanceBuilder& durations(std::span<const Cost> row_major);
    template <CostMatrixLike Matrix>
    InstanceBuilder& durations(const Matrix& matrix) {
        return durations(std::span<const Cost>(square(matrix, "duration")));
    }
    InstanceBuilder& demands(std::span<const Cost> demand);
    InstanceBuilder& capacity(Cost capacity);
    InstanceBuilder& fleet(int vehicles);
    InstanceBuilder& service_times(std::span<const Cost> service);
    InstanceBuilder& time_windows(std::span<const TimeWindow> windows);
    InstanceBuilder& max_route_duration(Cost limit);

    /// Validates and returns the instance; throws InputError naming the first problem.
    Instance build() const;

  private:
    /// Throws InputError unless the matrix is n x n.
    void require_square(long long rows, long long cols, const char* what) const;
    template <CostMatrixLike Matrix>
    std::vector<Cost> square(const Matrix& matrix, const char* what) const {
        require_square(static_cast<long long>(matrix.rows()), static_cast<long long>(matrix.cols()), what);
        std::vector<Cost> values;
        values.reserve(static_cast<std::size_t>(matrix.rows() * matrix.cols()));
        for (long long i = 0; i < static_cast<long long>(matrix.rows()); ++i)
            for (long long j = 0; j < static_cast<long long>(matrix.cols()); ++j)
                values.push_back(static_cast<Cost>(matrix(i, j)));
        return values;
    }

    InstanceData data_;
};

}  // namespace routekit
