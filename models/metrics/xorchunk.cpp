#include "xorchunk.h"

#include "bitstream.h"
#include "gorillacodec.h"

#include <QCoreApplication>

#include <limits>

namespace Wk {

void XorChunk::encode(std::span<const Sample> samples, std::vector<char> &out)
{
    BitWriter w;
    w.writeBits(FormatTag, 8);
    w.writeUVarint(samples.size());
    TimestampEncoder ts;
    XorEncoder values;
    for (const Sample &s : samples) {
        ts.append(w, s.t);
        values.append(w, s.v);
    }
    w.copyTo(out);
}

XorChunk XorChunk::encode(std::span<const Sample> samples)
{
    XorChunk chunk;
    if (samples.empty())
        return chunk;
    std::vector<char> buffer;
    encode(samples, buffer);
    chunk.m_bytes = QByteArray(buffer.data(), qsizetype(buffer.size()));
    chunk.m_count = int(samples.size());
    chunk.m_minT = samples.front().t;
    chunk.m_maxT = samples.back().t;
    return chunk;
}

namespace {

// Reads the header; returns the sample count, or -1 when the bytes are not an XOR chunk.
qint64 readHeader(BitReader &r, QByteArrayView bytes)
{
    if (r.readBits(8) != XorChunk::FormatTag)
        return -1;
    const quint64 n = r.readUVarint();
    // Every sample after the first takes at least two bits; anything more is corrupt.
    if (r.overrun() || n > quint64(bytes.size()) * 4 + 1)
        return -1;
    return qint64(n);
}

} // namespace

bool XorChunk::decode(QByteArrayView bytes, qint64 minT, qint64 maxT, std::vector<Sample> &out)
{
    BitReader r(bytes);
    const qint64 n = readHeader(r, bytes);
    if (n < 0)
        return false;
    TimestampDecoder ts;
    XorDecoder values;
    for (qint64 i = 0; i < n; ++i) {
        Sample s;
        s.t = ts.next(r);
        if (!values.next(r, s.v) || r.overrun())
            return false;
        if (s.t > maxT)
            break;
        if (s.t >= minT)
            out.push_back(s);
    }
    return true;
}

void XorChunk::decode(std::vector<Sample> &out) const
{
    decode(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), out);
}

void XorChunk::decode(qint64 minT, qint64 maxT, std::vector<Sample> &out) const
{
    if (m_count == 0 || maxT < m_minT || minT > m_maxT)
        return;
    out.reserve(out.size() + size_t(m_count));
    decode(QByteArrayView(m_bytes), minT, maxT, out);
}

Result<XorChunk> XorChunk::fromBytes(const QByteArray &bytes)
{
    const auto fail = [](const char *what) {
        return Error(QCoreApplication::translate("Wk::XorChunk", "invalid sample chunk: %1")
                         .arg(QCoreApplication::translate("Wk::XorChunk", what)));
    };
    BitReader r(bytes);
    const qint64 n = readHeader(r, bytes);
    if (n < 0)
        return fail(QT_TRANSLATE_NOOP("Wk::XorChunk", "unknown format or bad sample count"));
    if (n == 0)
        return fail(QT_TRANSLATE_NOOP("Wk::XorChunk", "no samples"));
    TimestampDecoder ts;
    XorDecoder values;
    XorChunk chunk;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 t = ts.next(r);
        double v = 0;
        if (!values.next(r, v) || r.overrun())
            return fail(QT_TRANSLATE_NOOP("Wk::XorChunk", "truncated or corrupt bit stream"));
        if (i == 0)
            chunk.m_minT = t;
        else if (t <= chunk.m_maxT)
            return fail(QT_TRANSLATE_NOOP("Wk::XorChunk", "timestamps out of order"));
        chunk.m_maxT = t;
    }
    if (r.position() + 8 <= bytes.size() * 8)
        return fail(QT_TRANSLATE_NOOP("Wk::XorChunk", "trailing bytes after the last sample"));
    chunk.m_bytes = bytes;
    chunk.m_count = int(n);
    return chunk;
}

XorChunk::Breakdown XorChunk::breakdown(QByteArrayView bytes)
{
    Breakdown b;
    BitReader r(bytes);
    const qint64 n = readHeader(r, bytes);
    if (n < 0)
        return b;
    b.headerBits = r.position();
    TimestampDecoder ts;
    XorDecoder values;
    for (qint64 i = 0; i < n; ++i) {
        qint64 at = r.position();
        ts.next(r);
        b.timestampBits += r.position() - at;
        at = r.position();
        double v = 0;
        if (!values.next(r, v) || r.overrun())
            return b;
        b.valueBits += r.position() - at;
    }
    b.paddingBits = bytes.size() * 8 - r.position();
    return b;
}

} // namespace Wk
