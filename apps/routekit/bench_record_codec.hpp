#pragma once
// A finished bench run as text, so that `routekit bench` under mpirun can send it from the rank that ran it
// to rank 0, which writes every row and trace (docs/mpi.md). Reals keep every bit (JSON, shortest
// round-trip form), so the gathered rows are the rows a single process writes.
#include <string>

#include "apps/routekit/bench_report.hpp"

namespace routekit::cli {

/// A run's record and its trace file's content.
struct RunOutcome {
    RunRecord record;
    std::string trace_csv;  ///< empty when the run wrote no trace
};

std::string encode_run_outcome(const RunOutcome& outcome);
/// Throws InputError on text that encode_run_outcome did not write.
RunOutcome decode_run_outcome(const std::string& text);

}  // namespace routekit::cli
