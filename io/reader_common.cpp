#include "io/reader_common.hpp"

#include <cmath>

#include "routekit/model/error.hpp"

namespace routekit::io {

double checked_real(TextScanner& in, std::string_view token, std::string_view what, bool allow_negative) {
    const std::optional<double> value = parse_real(token);
    if (!value) in.fail_token(what, token);
    if ((!allow_negative && *value < 0) || std::fabs(*value) > kMaxMagnitude)
        in.fail_token(
            std::string(what) + (allow_negative ? " of magnitude at most 1e9" : " between 0 and 1e9"), token);
    return *value;
}

double next_bounded_real(TextScanner& in, std::string_view what, bool allow_negative) {
    const std::string_view token = in.next_token();
    return checked_real(in, token, what, allow_negative);
}

long long next_quantity(TextScanner& in, std::string_view what) {
    const std::string_view token = in.next_token();
    const std::optional<long long> value = parse_integer(token);
    if (!value) in.fail_token(what, token);
    if (*value < 0 || *value > kMaxQuantity) in.fail_token(std::string(what) + " between 0 and 10^12", token);
    return *value;
}

Instance make_instance(InstanceData data, const std::string& source) {
    try {
        return Instance(std::move(data));
    } catch (const InputError& error) {
        throw InputError(source, 0, error.what());
    }
}

}  // namespace routekit::io
