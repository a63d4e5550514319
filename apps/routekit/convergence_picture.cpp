#include "apps/routekit/convergence_picture.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "apps/routekit/canvas.hpp"

namespace routekit::cli {

namespace {

constexpr double kLineWidth = 1.8;
constexpr std::uint32_t kAxisColour = 0x333333;
constexpr std::uint32_t kGridColour = 0xdddddd;
constexpr std::uint32_t kBestKnownColour = 0x7f7f7f;
// Traces may start at 0 s; a log axis starts here at the earliest.
constexpr double kEarliestSeconds = 1e-3;

// Ticks at 1, 2 or 5 times a power of ten, about `count` of them over [low, high].
std::vector<double> nice_ticks(double low, double high, int count) {
    const double raw = (high - low) / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power < 1.5   ? power
                        : raw / power < 3.5 ? 2 * power
                        : raw / power < 7.5 ? 5 * power
                                            : 10 * power;
    std::vector<double> ticks;
    for (double tick = std::ceil(low / step) * step; tick <= high + step * 1e-9; tick += step)
        ticks.push_back(std::abs(tick) < step * 1e-9 ? 0 : tick);
    return ticks;
}

std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// Where things go: the plot area inside margins, seconds on a log axis, cost on a linear one.
class Frame {
  public:
    explicit Frame(const ConvergencePicture& picture)
        : left_(picture.width * 0.11),
          right_(picture.width * 0.97),
          top_(picture.height * 0.1),
          bottom_(picture.height * 0.88) {
        double first = 0, last = 0, low = 0, high = 0;
        bool any = false;
        for (const ConvergenceLine& line : picture.lines)
            for (const TraceSample& sample : line.samples) {
                const double seconds = std::max(sample.seconds, kEarliestSeconds);
                first = any ? std::min(first, seconds) : seconds;
                last = any ? std::max(last, seconds) : seconds;
                low = any ? std::min(low, sample.cost) : sample.cost;
                high = any ? std::max(high, sample.cost) : sample.cost;
                any = true;
            }
        if (picture.best_known) {
            low = std::min(low, *picture.best_known);
            high = std::max(high, *picture.best_known);
        }
        end_seconds_ = last;
        // Whole decades, at least one.
        log_first_ = std::floor(std::log10(first));
        log_last_ = std::max(std::ceil(std::log10(last)), log_first_ + 1);
        const double pad = std::max((high - low) * 0.05, std::max(std::abs(high), 1.0) * 1e-4);
        y_ticks_ = nice_ticks(low - pad, high + pad, 5);
        low_ = std::min(low - pad, y_ticks_.front());
        high_ = std::max(high + pad, y_ticks_.back());
    }

    double x(double seconds) const {
        const double at = std::log10(std::max(seconds, kEarliestSeconds));
        return left_ + (at - log_first_) / (log_last_ - log_first_) * (right_ - left_);
    }
    double y(double cost) const { return bottom_ - (cost - low_) / (high_ - low_) * (bottom_ - top_); }
    double left() const { return left_; }
    double right() const { return right_; }
    double top() const { return top_; }
    double bottom() const { return bottom_; }
    double end_seconds() const { return end_seconds_; }
    std::vector<double> x_ticks() const {
        std::vector<double> ticks;
        for (double power = log_first_; power <= log_last_ + 1e-9; ++power)
            ticks.push_back(std::pow(10.0, power));
        return ticks;
    }
    const std::vector<double>& y_ticks() const { return y_ticks_; }

    // A line's corners: the cost holds until the next improvement, and to the end of the longest trace.
    std::vector<Point> steps(const ConvergenceLine& line) const {
        std::vector<Point> corners;
        for (std::size_t k = 0; k < line.samples.size(); ++k) {
            const TraceSample& sample = line.samples[k];
            if (k > 0) corners.push_back({x(sample.seconds), y(line.samples[k - 1].cost)});
            corners.push_back({x(sample.seconds), y(sample.cost)});
        }
        corners.push_back({x(end_seconds_), y(line.samples.back().cost)});
        return corners;
    }

  private:
    double left_, right_, top_, bottom_;
    double log_first_ = 0, log_last_ = 1;
    double low_ = 0, high_ = 1;
    double end_seconds_ = 1;
    std::vector<double> y_ticks_;
};

std::string svg_point(const Point& p) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f,%.2f", p.x, p.y);
    return text;
}

}  // namespace

void write_convergence_svg(std::ostream& out, const ConvergencePicture& picture) {
    const Frame frame(picture);
    const int font = std::max(10, picture.width / 60);
    const auto line = [&](Point a, Point b, std::uint32_t colour, const char* extra = "") {
        out << "<line x1=\"" << a.x << "\" y1=\"" << a.y << "\" x2=\"" << b.x << "\" y2=\"" << b.y
            << "\" stroke=\"" << svg_colour(colour) << "\"" << extra << "/>\n";
    };
    const auto text = [&](double x, double y, const std::string& content, const char* anchor) {
        out << "<text x=\"" << x << "\" y=\"" << y << "\" text-anchor=\"" << anchor
            << "\" font-family=\"sans-serif\" font-size=\"" << font << "\">" << xml_escaped(content)
            << "</text>\n";
    };
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << picture.width << "\" height=\""
        << picture.height << "\" viewBox=\"0 0 " << picture.width << " " << picture.height << "\">\n"
        << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    text(picture.width / 2.0, frame.top() * 0.6, picture.title, "middle");
    for (double tick : frame.x_ticks()) {
        line({frame.x(tick), frame.top()}, {frame.x(tick), frame.bottom()}, kGridColour);
        text(frame.x(tick), frame.bottom() + font * 1.3, number_text(tick), "middle");
    }
    for (double tick : frame.y_ticks()) {
        line({frame.left(), frame.y(tick)}, {frame.right(), frame.y(tick)}, kGridColour);
        text(frame.left() - font * 0.5, frame.y(tick) + font * 0.35, number_text(tick), "end");
    }
    out << "<rect x=\"" << frame.left() << "\" y=\"" << frame.top() << "\" width=\""
        << frame.right() - frame.left() << "\" height=\"" << frame.bottom() - frame.top()
        << "\" fill=\"none\" stroke=\"" << svg_colour(kAxisColour) << "\"/>\n";
    text(picture.width / 2.0, picture.height - font * 0.6, "seconds (log scale)", "middle");
    out << "<text transform=\"translate(" << font * 1.2 << "," << picture.height / 2.0
        << ") rotate(-90)\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"" << font
        << "\">best cost</text>\n";
    if (picture.best_known)
        line({frame.left(), frame.y(*picture.best_known)}, {frame.right(), frame.y(*picture.best_known)},
             kBestKnownColour, " stroke-dasharray=\"6,4\"");
    for (std::size_t k = 0; k < picture.lines.size(); ++k) {
        out << "<polyline fill=\"none\" stroke=\"" << svg_colour(tab10_colour(k)) << "\" stroke-width=\""
            << kLineWidth << "\" points=\"";
        const std::vector<Point> corners = frame.steps(picture.lines[k]);
        for (std::size_t c = 0; c < corners.size(); ++c) out << (c ? " " : "") << svg_point(corners[c]);
        out << "\"/>\n";
    }
    // The legend, top right inside the plot: one row per trace, then the best-known level.
    double row = frame.top() + font * 1.5;
    const double key = frame.right() - picture.width * 0.3;
    for (std::size_t k = 0; k <= picture.lines.size(); ++k) {
        const bool level = k == picture.lines.size();
        if (level && !picture.best_known) break;
        line({key, row - font * 0.35}, {key + font * 2, row - font * 0.35},
             level ? kBestKnownColour : tab10_colour(k),
             level ? " stroke-dasharray=\"6,4\"" : " stroke-width=\"2\"");
        text(key + font * 2.5, row,
             level ? "best known " + number_text(*picture.best_known) : picture.lines[k].label, "start");
        row += font * 1.4;
    }
    out << "</svg>\n";
}

void write_convergence_png(const std::string& path, const ConvergencePicture& picture) {
    const Frame frame(picture);
    Canvas canvas(picture.width, picture.height);
    for (double tick : frame.x_ticks())
        canvas.segment({frame.x(tick), frame.top()}, {frame.x(tick), frame.bottom()}, 1, kGridColour);
    for (double tick : frame.y_ticks())
        canvas.segment({frame.left(), frame.y(tick)}, {frame.right(), frame.y(tick)}, 1, kGridColour);
    const Point corners[4] = {{frame.left(), frame.top()},
                              {frame.right(), frame.top()},
                              {frame.right(), frame.bottom()},
                              {frame.left(), frame.bottom()}};
    for (int k = 0; k < 4; ++k) canvas.segment(corners[k], corners[(k + 1) % 4], 1, kAxisColour);
    if (picture.best_known) {
        const double y = frame.y(*picture.best_known);
        for (double x = frame.left(); x < frame.right(); x += 10)
            canvas.segment({x, y}, {std::min(x + 6, frame.right()), y}, 1.2, kBestKnownColour);
    }
    for (std::size_t k = 0; k < picture.lines.size(); ++k) {
        const std::vector<Point> steps = frame.steps(picture.lines[k]);
        for (std::size_t c = 1; c < steps.size(); ++c)
            canvas.segment(steps[c - 1], steps[c], kLineWidth, tab10_colour(k));
    }
    write_png(path, canvas);
}

}  // namespace routekit::cli
