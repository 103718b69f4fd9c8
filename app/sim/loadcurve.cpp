#include "loadcurve.h"

#include <cmath>
#include <numbers>

namespace Wk {

namespace {

constexpr double Day = 86400.0;
constexpr double Week = 7 * Day;
constexpr double DayOmega = 2 * std::numbers::pi / Day;
constexpr double WeekOmega = 2 * std::numbers::pi / Week;
constexpr double DailyPeak = 15 * 3600.0;  // 15:00 UTC
constexpr double WeeklyPeak = 13 * 3600.0; // Wednesday 13:00 UTC (the origin is a Wednesday)
// A cosine peaking in the afternoon; the negative second harmonic flattens the day into a
// plateau and deepens the night.
constexpr double Daily1 = 0.45;
constexpr double Daily2 = -0.10;
constexpr double Weekly = 0.12;

double dayPhase(double x)
{
    return DayOmega * (x - DailyPeak);
}

double weekPhase(double x)
{
    return WeekOmega * (x - WeeklyPeak);
}

double primitive(double x)
{
    const double d = dayPhase(x);
    return Daily1 / DayOmega * std::sin(d) + Daily2 / (2 * DayOmega) * std::sin(2 * d) +
           Weekly / WeekOmega * std::sin(weekPhase(x));
}

} // namespace

double LoadCurve::deviation(double x)
{
    const double d = dayPhase(x);
    return Daily1 * std::cos(d) + Daily2 * std::cos(2 * d) + Weekly * std::cos(weekPhase(x));
}

double LoadCurve::integral(double x)
{
    static const double atZero = primitive(0);
    return primitive(x) - atZero;
}

} // namespace Wk
