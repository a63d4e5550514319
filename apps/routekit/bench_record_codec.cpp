#include "apps/routekit/bench_record_codec.hpp"

#include <nlohmann/json.hpp>

#include "routekit/model/error.hpp"

namespace routekit::cli {

std::string encode_run_outcome(const RunOutcome& outcome) {
    const RunRecord& r = outcome.record;
    nlohmann::json json = {
        {"set", r.set},
        {"instance", r.instance},
        {"seed", r.seed},
        {"budget", r.budget},
        {"threads", r.threads},
        {"init", r.init},
        {"cost", r.cost},
        {"cost_value", r.cost_value},
        {"best_known", r.best_known},
        {"time_to_best", r.time_to_best},
        {"iterations", r.iterations},
        {"feasible", r.feasible},
        {"error", r.error},
        {"trace", r.trace},
        {"elapsed", r.elapsed},
        {"cpu_seconds", r.cpu_seconds},
        {"trace_csv", outcome.trace_csv},
    };
    if (r.n) json["n"] = *r.n;
    if (r.gap_percent) json["gap_percent"] = *r.gap_percent;
    return json.dump();
}

RunOutcome decode_run_outcome(const std::string& text) {
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        RunOutcome outcome;
        RunRecord& r = outcome.record;
        json.at("set").get_to(r.set);
        json.at("instance").get_to(r.instance);
        json.at("seed").get_to(r.seed);
        json.at("budget").get_to(r.budget);
        json.at("threads").get_to(r.threads);
        json.at("init").get_to(r.init);
        json.at("cost").get_to(r.cost);
        json.at("cost_value").get_to(r.cost_value);
        json.at("best_known").get_to(r.best_known);
        json.at("time_to_best").get_to(r.time_to_best);
        json.at("iterations").get_to(r.iterations);
        json.at("feasible").get_to(r.feasible);
        json.at("error").get_to(r.error);
        json.at("trace").get_to(r.trace);
        json.at("elapsed").get_to(r.elapsed);
        json.at("cpu_seconds").get_to(r.cpu_seconds);
        json.at("trace_csv").get_to(outcome.trace_csv);
        if (json.contains("n")) r.n = json.at("n").get<int>();
        if (json.contains("gap_percent")) r.gap_percent = json.at("gap_percent").get<double>();
        return outcome;
    } catch (const nlohmann::json::exception& e) {
        throw InputError("bench run message", 0, std::string("expected a run outcome, found: ") + e.what());
    }
}

}  // namespace routekit::cli
