#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Wk {

// The resolutions the series store keeps: raw samples and two downsampled tiers.
enum class Tier : quint8 {
    Raw = 0,            // every sample, XorChunk encoding
    OneMinute = 1,      // 1-minute buckets, BucketChunk encoding
    FifteenMinutes = 2, // 15-minute buckets, BucketChunk encoding
};

inline constexpr qint64 tierResolutionMs(Tier tier)
{
    return tier == Tier::OneMinute ? 60'000 : tier == Tier::FifteenMinutes ? 900'000 : 0;
}

// One chunk of one series as it leaves or enters the store for persistence: the encoded bytes
// (XorChunk for Raw, BucketChunk for the tiers) and the time range they cover.
struct EncodedChunk
{
    Tier tier = Tier::Raw;
    qint64 minT = 0;
    qint64 maxT = 0;
    int count = 0; // samples or buckets
    QByteArray data;
};

} // namespace Wk
