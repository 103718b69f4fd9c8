#pragma once

#include <QtGlobal>

#include <bit>
#include <cmath>
#include <cstdint>

namespace Wk {

struct Sample
{
    qint64 t = 0; // milliseconds since the epoch
    double v = 0;
};

// Prometheus's staleness marker: a NaN with a payload that no computation produces.
inline constexpr std::uint64_t StaleNaNBits = 0x7ff0000000000002ull;
inline double staleNaN()
{
    return std::bit_cast<double>(StaleNaNBits);
}
inline bool isStaleNaN(double v)
{
    return std::bit_cast<std::uint64_t>(v) == StaleNaNBits;
}

} // namespace Wk
