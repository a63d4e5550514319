#include "apps/routekit/route_picture.hpp"

#include <png.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "routekit/model/error.hpp"

namespace routekit::cli {

namespace {

// Matplotlib's tab10 colours, so that the CLI's pictures and routekit.plot look alike.
constexpr std::array<std::uint32_t, 10> kPalette{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                                 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
constexpr double kLineWidth = 1.6;
constexpr double kClientRadius = 2.6;
constexpr double kDepotHalfSide = 5.5;

std::uint32_t colour_of(std::size_t route) {
    return kPalette[route % kPalette.size()];
}

// Maps node coordinates into the square picture, keeping the aspect ratio, y upwards.
class Frame {
  public:
    explicit Frame(const RoutePicture& picture) : margin_(picture.size * 0.06) {
        double min_x = 0, max_x = 0, min_y = 0, max_y = 0;
        for (std::size_t i = 0; i < picture.points.size(); ++i) {
            const Point& p = picture.points[i];
            min_x = i == 0 ? p.x : std::min(min_x, p.x);
            max_x = i == 0 ? p.x : std::max(max_x, p.x);
            min_y = i == 0 ? p.y : std::min(min_y, p.y);
            max_y = i == 0 ? p.y : std::max(max_y, p.y);
        }
        const double span = std::max({max_x - min_x, max_y - min_y, 1e-9});
        scale_ = (picture.size - 2 * margin_) / span;
        offset_x_ =
            margin_ + 0.5 * ((picture.size - 2 * margin_) - (max_x - min_x) * scale_) - min_x * scale_;
        offset_y_ = picture.size - margin_ - 0.5 * ((picture.size - 2 * margin_) - (max_y - min_y) * scale_) +
                    min_y * scale_;
    }
    Point map(const Point& p) const { return {offset_x_ + p.x * scale_, offset_y_ - p.y * scale_}; }

  private:
    double margin_;
    double scale_ = 1;
    double offset_x_ = 0;
    double offset_y_ = 0;
};

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

std::string hex(std::uint32_t colour) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(colour));
    return text;
}

// An RGB canvas that blends shapes by coverage (1 pixel of anti-aliasing).
class Canvas {
  public:
    explicit Canvas(int size) : size_(size), pixels_(static_cast<std::size_t>(size) * size * 3, 255) {}

    void segment(Point a, Point b, double width, std::uint32_t colour) {
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
    void disc(Point c, double radius, std::uint32_t colour) {
        cover(c.x - radius - 1, c.x + radius + 1, c.y - radius - 1, c.y + radius + 1, colour,
              [&](double x, double y) { return radius + 0.5 - std::hypot(x - c.x, y - c.y); });
    }
    void square(Point c, double half, std::uint32_t colour) {
        cover(
            c.x - half - 1, c.x + half + 1, c.y - half - 1, c.y + half + 1, colour,
            [&](double x, double y) { return half + 0.5 - std::max(std::abs(x - c.x), std::abs(y - c.y)); });
    }
    const std::vector<std::uint8_t>& pixels() const { return pixels_; }

  private:
    // Blends `colour` into every pixel of the box by the coverage `inside` gives at its centre, clamped to
    // 0..1.
    template <typename Inside>
    void cover(double x0, double x1, double y0, double y1, std::uint32_t colour, Inside inside) {
        const int left = std::max(0, static_cast<int>(std::floor(x0)));
        const int right = std::min(size_ - 1, static_cast<int>(std::ceil(x1)));
        const int top = std::max(0, static_cast<int>(std::floor(y0)));
        const int bottom = std::min(size_ - 1, static_cast<int>(std::ceil(y1)));
        const double rgb[3] = {static_cast<double>((colour >> 16) & 0xff),
                               static_cast<double>((colour >> 8) & 0xff), static_cast<double>(colour & 0xff)};
        for (int y = top; y <= bottom; ++y)
            for (int x = left; x <= right; ++x) {
                const double alpha = std::clamp(inside(x + 0.5, y + 0.5), 0.0, 1.0);
                if (alpha <= 0) continue;
                std::uint8_t* pixel = &pixels_[(static_cast<std::size_t>(y) * size_ + x) * 3];
                for (int k = 0; k < 3; ++k)
                    pixel[k] =
                        static_cast<std::uint8_t>(std::lround(pixel[k] * (1 - alpha) + rgb[k] * alpha));
            }
    }

    int size_;
    std::vector<std::uint8_t> pixels_;
};

}  // namespace

void write_svg(std::ostream& out, const RoutePicture& picture) {
    const Frame frame(picture);
    const int size = picture.size;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << size << "\" height=\"" << size
        << "\" viewBox=\"0 0 " << size << " " << size << "\">\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        << "<text x=\"" << size / 2 << "\" y=\"" << size * 0.035
        << "\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"" << std::max(10, size / 50)
        << "\">" << xml_escaped(picture.title) << "</text>\n";
    char number[64];
    auto coordinate = [&](const Point& p) {
        std::snprintf(number, sizeof number, "%.2f,%.2f", p.x, p.y);
        return std::string(number);
    };
    for (std::size_t r = 0; r < picture.routes.size(); ++r) {
        const std::string colour = hex(colour_of(r));
        out << "<g stroke=\"" << colour << "\" fill=\"" << colour
            << "\">\n<polyline fill=\"none\" stroke-width=\"" << kLineWidth << "\" points=\""
            << coordinate(frame.map(picture.points[0]));
        for (int client : picture.routes[r]) out << " " << coordinate(frame.map(picture.points[client]));
        out << " " << coordinate(frame.map(picture.points[0])) << "\"/>\n";
        for (int client : picture.routes[r]) {
            const Point p = frame.map(picture.points[client]);
            std::snprintf(number, sizeof number, "%.2f\" cy=\"%.2f", p.x, p.y);
            out << "<circle stroke=\"none\" cx=\"" << number << "\" r=\"" << kClientRadius << "\"/>\n";
        }
        out << "</g>\n";
    }
    const Point depot = frame.map(picture.points[0]);
    std::snprintf(number, sizeof number, "x=\"%.2f\" y=\"%.2f\"", depot.x - kDepotHalfSide,
                  depot.y - kDepotHalfSide);
    out << "<rect " << number << " width=\"" << 2 * kDepotHalfSide << "\" height=\"" << 2 * kDepotHalfSide
        << "\" fill=\"black\"/>\n</svg>\n";
}

void write_png(const std::string& path, const RoutePicture& picture) {
    const Frame frame(picture);
    Canvas canvas(picture.size);
    for (std::size_t r = 0; r < picture.routes.size(); ++r) {
        Point previous = frame.map(picture.points[0]);
        for (int client : picture.routes[r]) {
            const Point next = frame.map(picture.points[client]);
            canvas.segment(previous, next, kLineWidth, colour_of(r));
            previous = next;
        }
        canvas.segment(previous, frame.map(picture.points[0]), kLineWidth, colour_of(r));
        for (int client : picture.routes[r])
            canvas.disc(frame.map(picture.points[client]), kClientRadius, colour_of(r));
    }
    canvas.square(frame.map(picture.points[0]), kDepotHalfSide, 0x000000);

    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(picture.size);
    image.height = static_cast<png_uint_32>(picture.size);
    image.format = PNG_FORMAT_RGB;
    if (!png_image_write_to_file(&image, path.c_str(), 0, canvas.pixels().data(), 0, nullptr))
        throw InputError(path, 0, std::string("cannot write the PNG: ") + image.message);
}

}  // namespace routekit::cli
