// libFuzzer target for the road points reader (JSON or CSV): any input either parses or throws InputError;
// anything else is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "routekit/model/error.hpp"
#include "routekit/roads/points_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        routekit::roads::parse_points(text, "fuzz");
    } catch (const routekit::InputError&) {
    }
    return 0;
}
