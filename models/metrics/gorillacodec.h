#pragma once

#include "bitstream.h"

#include <bit>
#include <cstdint>

namespace Wk {

// The two halves of Facebook's Gorilla compression (VLDB 2015) as Prometheus uses them:
// delta-of-delta timestamps and XOR-encoded doubles. Each encoder has its decoder next to it
// so the bit layout is defined in one place.

// Signed integers that are usually zero or small: '0' for zero, then three widening buckets
// ('10' + 8 bits, '110' + 13 bits, '1110' + 20 bits) and '1111' + 64 bits for anything else.
// Millisecond scrape jitter fits the first bucket, a missed scrape the second or third.
namespace SignedBuckets {

inline bool fits(qint64 v, int bits)
{
    return v >= -((qint64(1) << (bits - 1)) - 1) && v <= (qint64(1) << (bits - 1));
}

inline void write(BitWriter &w, qint64 v)
{
    if (v == 0) {
        w.writeBit(false);
    } else if (fits(v, 8)) {
        w.writeBits(0b10, 2);
        w.writeBits(quint64(v), 8);
    } else if (fits(v, 13)) {
        w.writeBits(0b110, 3);
        w.writeBits(quint64(v), 13);
    } else if (fits(v, 20)) {
        w.writeBits(0b1110, 4);
        w.writeBits(quint64(v), 20);
    } else {
        w.writeBits(0b1111, 4);
        w.writeBits(quint64(v), 64);
    }
}

inline qint64 read(BitReader &r)
{
    int bits = 0;
    if (!r.readBit())
        return 0;
    if (!r.readBit())
        bits = 8;
    else if (!r.readBit())
        bits = 13;
    else if (!r.readBit())
        bits = 20;
    else
        return qint64(r.readBits(64));
    quint64 u = r.readBits(bits);
    if (u > (quint64(1) << (bits - 1)))
        u -= quint64(1) << bits; // back to a negative number in two's complement
    return qint64(u);
}

} // namespace SignedBuckets

// Timestamps: the first as a varint, the second as a varint delta, then deltas of deltas.
class TimestampEncoder
{
public:
    void append(BitWriter &w, qint64 t)
    {
        if (m_count == 0) {
            w.writeVarint(t);
        } else if (m_count == 1) {
            m_delta = t - m_prev;
            w.writeVarint(m_delta);
        } else {
            const qint64 delta = t - m_prev;
            SignedBuckets::write(w, delta - m_delta);
            m_delta = delta;
        }
        m_prev = t;
        ++m_count;
    }

private:
    qint64 m_prev = 0;
    qint64 m_delta = 0;
    qint64 m_count = 0;
};

class TimestampDecoder
{
public:
    qint64 next(BitReader &r)
    {
        if (m_count == 0) {
            m_prev = r.readVarint();
        } else if (m_count == 1) {
            m_delta = r.readVarint();
            m_prev += m_delta;
        } else {
            m_delta += SignedBuckets::read(r);
            m_prev += m_delta;
        }
        ++m_count;
        return m_prev;
    }

private:
    qint64 m_prev = 0;
    qint64 m_delta = 0;
    qint64 m_count = 0;
};

// Values: the first as 64 raw bits, then the XOR with the previous value: '0' when identical,
// '10' + the meaningful bits when they fit the previous leading/trailing-zero window, '11' +
// 5 bits of leading zeros + 6 bits of length + the meaningful bits otherwise. Works on the bit
// pattern, so every NaN payload (the staleness marker among them) and both infinities round-trip.
class XorEncoder
{
public:
    void append(BitWriter &w, double value)
    {
        const quint64 bits = std::bit_cast<quint64>(value);
        if (!m_started) {
            w.writeBits(bits, 64);
            m_started = true;
        } else {
            writeXor(w, bits ^ m_prev);
        }
        m_prev = bits;
    }

    // XOR against a prediction the decoder computes from values it already has, instead of
    // the previous value. Any prediction round-trips exactly (XOR is its own inverse); a good
    // one leaves fewer meaningful bits.
    void appendPredicted(BitWriter &w, double value, double predicted)
    {
        writeXor(w, std::bit_cast<quint64>(value) ^ std::bit_cast<quint64>(predicted));
    }

private:
    void writeXor(BitWriter &w, quint64 x)
    {
        if (x == 0) {
            w.writeBit(false);
            return;
        }
        w.writeBit(true);
        int leading = std::countl_zero(x);
        const int trailing = std::countr_zero(x);
        if (leading > 31)
            leading = 31;
        const int significant = 64 - leading - trailing;
        const int windowBits = 64 - m_leading - m_trailing;
        // Reuse the window when the value fits, unless a fresh, tighter window costs less than
        // the wasted bits (after one outlier widened it).
        if (m_leading >= 0 && leading >= m_leading && trailing >= m_trailing &&
            windowBits <= significant + 11) {
            w.writeBit(false);
            w.writeBits(x >> m_trailing, windowBits);
            return;
        }
        m_leading = leading;
        m_trailing = trailing;
        w.writeBit(true);
        w.writeBits(quint64(leading), 5);
        w.writeBits(quint64(significant & 63), 6); // 64 is written as 0
        w.writeBits(x >> trailing, significant);
    }

    quint64 m_prev = 0;
    int m_leading = -1; // no window yet
    int m_trailing = 0;
    bool m_started = false;
};

class XorDecoder
{
public:
    // Both return false on data that no encoder wrote (a window wider than 64 bits).
    bool next(BitReader &r, double &value)
    {
        if (!m_started) {
            m_prev = r.readBits(64);
            m_started = true;
        } else {
            quint64 x = 0;
            if (!readXor(r, x))
                return false;
            m_prev ^= x;
        }
        value = std::bit_cast<double>(m_prev);
        return true;
    }

    bool nextPredicted(BitReader &r, double predicted, double &value)
    {
        quint64 x = 0;
        if (!readXor(r, x))
            return false;
        value = std::bit_cast<double>(std::bit_cast<quint64>(predicted) ^ x);
        return true;
    }

private:
    bool readXor(BitReader &r, quint64 &x)
    {
        if (!r.readBit()) {
            x = 0;
            return true;
        }
        if (r.readBit()) {
            m_leading = int(r.readBits(5));
            int significant = int(r.readBits(6));
            if (significant == 0)
                significant = 64;
            m_trailing = 64 - m_leading - significant;
            if (m_trailing < 0)
                return false;
        } else if (m_leading < 0) {
            return false;
        }
        x = r.readBits(64 - m_leading - m_trailing) << m_trailing;
        return true;
    }

    quint64 m_prev = 0;
    int m_leading = -1;
    int m_trailing = 0;
    bool m_started = false;
};

} // namespace Wk
