#pragma once

#include "models/core/result.h"
#include "sample.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

namespace Wk {

// An immutable run of samples compressed Gorilla-style: delta-of-delta timestamps and
// XOR-encoded values, bit-exact (NaN payloads such as staleNaN(), and +-Inf, survive).
// Layout: one format byte (FormatTag), the sample count as a varint, then the bit stream.
// The byte layout is also the persisted form, so it must only ever be extended with a new tag.
class XorChunk final
{
public:
    static constexpr quint8 FormatTag = 1;

    // Where the bits of a chunk go: format byte and count, timestamps, values.
    struct Breakdown
    {
        qint64 headerBits = 0;
        qint64 timestampBits = 0;
        qint64 valueBits = 0;
        qint64 paddingBits = 0;
    };

    XorChunk() = default;

    // Samples must have strictly increasing timestamps.
    static XorChunk encode(std::span<const Sample> samples);
    // Appends the encoded bytes of `samples` to `out`, for callers with their own buffers.
    static void encode(std::span<const Sample> samples, std::vector<char> &out);
    // Checks the bytes by decoding them; the error says what is wrong.
    static Result<XorChunk> fromBytes(const QByteArray &bytes);

    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    qint64 minT() const { return m_minT; }
    qint64 maxT() const { return m_maxT; }
    const QByteArray &bytes() const { return m_bytes; }

    void decode(std::vector<Sample> &out) const;
    // Appends the samples with minT <= t <= maxT, stopping at the first one past maxT.
    void decode(qint64 minT, qint64 maxT, std::vector<Sample> &out) const;

    // The same on chunk bytes held elsewhere; false when the bytes are not a valid chunk.
    static bool decode(QByteArrayView bytes, qint64 minT, qint64 maxT, std::vector<Sample> &out);
    static Breakdown breakdown(QByteArrayView bytes);

private:
    QByteArray m_bytes;
    qint64 m_minT = 0;
    qint64 m_maxT = 0;
    int m_count = 0;
};

} // namespace Wk
