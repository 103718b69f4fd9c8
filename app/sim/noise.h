#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace Wk::SimNoise {

// Deterministic pseudo-randomness: every value is a hash of its keys, so the same seed and the
// same time always give the same number, in any order of calls and on any thread.
quint64 hash(std::initializer_list<quint64> keys);

// A value in [0, 1) drawn from the keys.
double uniform(std::initializer_list<quint64> keys);

// A value in [lo, hi) drawn from the keys.
double uniformIn(double lo, double hi, std::initializer_list<quint64> keys);

// Turns a short tag ("db", "redis", ...) into a key, so call sites name what they draw.
constexpr quint64 tag(const char *text)
{
    quint64 h = 1469598103934665603ull; // FNV-1a
    for (; *text; ++text)
        h = (h ^ quint64(quint8(*text))) * 1099511628211ull;
    return h;
}

} // namespace Wk::SimNoise
