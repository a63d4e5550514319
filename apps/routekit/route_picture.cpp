#include "apps/routekit/route_picture.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "apps/routekit/canvas.hpp"

namespace routekit::cli {

namespace {

constexpr double kLineWidth = 1.6;
constexpr double kClientRadius = 2.6;
constexpr double kDepotHalfSide = 5.5;

std::uint32_t colour_of(std::size_t route) {
    return tab10_colour(route);
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
        const std::string colour = svg_colour(colour_of(r));
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
    Canvas canvas(picture.size, picture.size);
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

    write_png(path, canvas);
}

}  // namespace routekit::cli
