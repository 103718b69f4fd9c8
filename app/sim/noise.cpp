#include "noise.h"

namespace Wk::SimNoise {

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

quint64 hash(std::initializer_list<quint64> keys)
{
    quint64 h = 0x2545f4914f6cdd1dull;
    for (quint64 k : keys)
        h = splitmix(h ^ splitmix(k));
    return h;
}

double uniform(std::initializer_list<quint64> keys)
{
    return double(hash(keys) >> 11) * 0x1.0p-53;
}

double uniformIn(double lo, double hi, std::initializer_list<quint64> keys)
{
    return lo + (hi - lo) * uniform(keys);
}

} // namespace Wk::SimNoise
