#pragma once
// Drawing without a plotting library, shared by the route picture and the convergence plot: an RGB canvas
// that blends anti-aliased segments, discs and squares and is encoded as PNG with libpng, and the small
// helpers their SVG twins need.
#include <cstdint>
#include <string>
#include <vector>

#include "routekit/model/instance.hpp"

namespace routekit::cli {

/// White at first; shapes are blended in by their coverage of each pixel (1 pixel of anti-aliasing).
class Canvas {
  public:
    Canvas(int width, int height);

    void segment(Point a, Point b, double width, std::uint32_t colour);
    void disc(Point centre, double radius, std::uint32_t colour);
    void square(Point centre, double half_side, std::uint32_t colour);

    int width() const { return width_; }
    int height() const { return height_; }
    const std::vector<std::uint8_t>& pixels() const { return pixels_; }  ///< rows of RGB

  private:
    // Blends `colour` into every pixel of the box by the coverage `inside` gives at its centre, clamped to
    // 0..1.
    template <typename Inside>
    void cover(double x0, double x1, double y0, double y1, std::uint32_t colour, Inside inside);

    int width_;
    int height_;
    std::vector<std::uint8_t> pixels_;
};

/// Throws InputError naming `path` when libpng cannot write it.
void write_png(const std::string& path, const Canvas& canvas);

/// Matplotlib's tab10 colours (0xrrggbb), cycled, so that the CLI's pictures and routekit.plot look alike.
std::uint32_t tab10_colour(std::size_t index);

/// `text` with &, < and > escaped for SVG text.
std::string xml_escaped(const std::string& text);
/// "#rrggbb".
std::string svg_colour(std::uint32_t colour);

}  // namespace routekit::cli
