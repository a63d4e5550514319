#include "apps/routekit/canvas.hpp"

#include <png.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "routekit/model/error.hpp"

namespace routekit::cli {

Canvas::Canvas(int width, int height)
    : width_(width), height_(height), pixels_(static_cast<std::size_t>(width) * height * 3, 255) {}

void Canvas::segment(Point a, Point b, double width, std::uint32_t colour) {
    const double reach = width / 2 + 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    cover(std::min(a.x, b.x) - reach, std::max(a.x, b.x) + reach, std::min(a.y, b.y) - reach,
          std::max(a.y, b.y) + reach, colour, [&](double x, double y) {
              const double t =
                  length2 > 0 ? std::clamp(((x - a.x) * dx + (y - a.y) * dy) / length2, 0.0, 1.0) : 0;
              return width / 2 + 0.5 - std::hypot(x - (a.x + t * dx), y - (a.y + t * dy));
          });
}

void Canvas::disc(Point centre, double radius, std::uint32_t colour) {
    cover(centre.x - radius - 1, centre.x + radius + 1, centre.y - radius - 1, centre.y + radius + 1, colour,
          [&](double x, double y) { return radius + 0.5 - std::hypot(x - centre.x, y - centre.y); });
}

void Canvas::square(Point centre, double half_side, std::uint32_t colour) {
    cover(centre.x - half_side - 1, centre.x + half_side + 1, centre.y - half_side - 1,
          centre.y + half_side + 1, colour, [&](double x, double y) {
              return half_side + 0.5 - std::max(std::abs(x - centre.x), std::abs(y - centre.y));
          });
}

template <typename Inside>
void Canvas::cover(double x0, double x1, double y0, double y1, std::uint32_t colour, Inside inside) {
    const int left = std::max(0, static_cast<int>(std::floor(x0)));
    const int right = std::min(width_ - 1, static_cast<int>(std::ceil(x1)));
    const int top = std::max(0, static_cast<int>(std::floor(y0)));
    const int bottom = std::min(height_ - 1, static_cast<int>(std::ceil(y1)));
    const double rgb[3] = {static_cast<double>((colour >> 16) & 0xff),
                           static_cast<double>((colour >> 8) & 0xff), static_cast<double>(colour & 0xff)};
    for (int y = top; y <= bottom; ++y)
        for (int x = left; x <= right; ++x) {
            const double alpha = std::clamp(inside(x + 0.5, y + 0.5), 0.0, 1.0);
            if (alpha <= 0) continue;
            std::uint8_t* pixel = &pixels_[(static_cast<std::size_t>(y) * width_ + x) * 3];
            for (int k = 0; k < 3; ++k)
                pixel[k] = static_cast<std::uint8_t>(std::lround(pixel[k] * (1 - alpha) + rgb[k] * alpha));
        }
}

void write_png(const std::string& path, const Canvas& canvas) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(canvas.width());
    image.height = static_cast<png_uint_32>(canvas.height());
    image.format = PNG_FORMAT_RGB;
    if (!png_image_write_to_file(&image, path.c_str(), 0, canvas.pixels().data(), 0, nullptr))
        throw InputError(path, 0, std::string("cannot write the PNG: ") + image.message);
}

std::uint32_t tab10_colour(std::size_t index) {
    constexpr std::array<std::uint32_t, 10> kPalette{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                                     0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return kPalette[index % kPalette.size()];
}

std::string xml_escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

std::string svg_colour(std::uint32_t colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(colour));
    return text;
}

}  // namespace routekit::cli
