#pragma once

#include <QByteArrayView>
#include <QtEndian>
#include <QtGlobal>

#include <cstring>
#include <vector>

namespace Wk {

// Bit-level writer and reader for the chunk codecs. Kept together in one header because each is
// meaningless without the other: they agree on the bit order (most significant bit first).

class BitWriter
{
public:
    // Writes the low `n` bits of `value` (0 <= n <= 64), most significant first.
    void writeBits(quint64 value, int n)
    {
        if (n > 56) {
            writeBits(value >> 32, n - 32);
            writeBits(value, 32);
            return;
        }
        if (n <= 0)
            return;
        value &= (quint64(1) << n) - 1;
        m_acc = (m_acc << n) | value;
        m_pending += n;
        while (m_pending >= 8) {
            m_pending -= 8;
            m_bytes.push_back(char((m_acc >> m_pending) & 0xff));
        }
    }
    void writeBit(bool bit) { writeBits(bit ? 1 : 0, 1); }

    // Unsigned LEB128-style varint, 8 bits per group, written into the bit stream.
    void writeUVarint(quint64 value)
    {
        while (value >= 0x80) {
            writeBits((value & 0x7f) | 0x80, 8);
            value >>= 7;
        }
        writeBits(value, 8);
    }
    void writeVarint(qint64 value) { writeUVarint(zigzag(value)); }

    qint64 bitCount() const { return qint64(m_bytes.size()) * 8 + m_pending; }
    bool isEmpty() const { return bitCount() == 0; }

    // The bytes written so far with the last partial byte padded by zero bits; the writer can
    // keep going afterwards.
    void copyTo(std::vector<char> &out) const
    {
        out.insert(out.end(), m_bytes.begin(), m_bytes.end());
        if (m_pending > 0)
            out.push_back(char((m_acc << (8 - m_pending)) & 0xff));
    }
    void clear()
    {
        m_bytes.clear();
        m_acc = 0;
        m_pending = 0;
    }
    qint64 capacityBytes() const { return qint64(m_bytes.capacity()); }

    static quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }

private:
    std::vector<char> m_bytes;
    quint64 m_acc = 0; // bits not yet flushed into m_bytes are its low m_pending bits
    int m_pending = 0;
};

class BitReader
{
public:
    explicit BitReader(QByteArrayView data, qint64 startBit = 0)
        : m_data(reinterpret_cast<const uchar *>(data.data()))
        , m_size(data.size())
        , m_pos(startBit)
    {}

    // Reads `n` bits (0 <= n <= 64). Reading past the end sets overrun() and returns 0.
    quint64 readBits(int n)
    {
        if (n > 56) {
            const quint64 hi = readBits(n - 32);
            return (hi << 32) | readBits(32);
        }
        if (n <= 0)
            return 0;
        if (m_pos + n > m_size * 8) {
            m_overrun = true;
            m_pos = m_size * 8;
            return 0;
        }
        const qint64 byte = m_pos >> 3;
        const int offset = int(m_pos & 7);
        quint64 word = 0;
        if (byte + 8 <= m_size) {
            word = qFromBigEndian<quint64>(m_data + byte);
        } else {
            for (qint64 i = 0; i < 8; ++i)
                word = (word << 8) | (byte + i < m_size ? m_data[byte + i] : 0);
        }
        m_pos += n;
        return (word << offset) >> (64 - n);
    }
    bool readBit() { return readBits(1) != 0; }

    quint64 readUVarint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint64 b = readBits(8);
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0 || m_overrun)
                return value;
        }
        m_overrun = true; // more than ten groups: not a varint we wrote
        return 0;
    }
    qint64 readVarint()
    {
        const quint64 u = readUVarint();
        return qint64(u >> 1) ^ -qint64(u & 1);
    }

    bool overrun() const { return m_overrun; }
    qint64 position() const { return m_pos; }

private:
    const uchar *m_data;
    qint64 m_size;
    qint64 m_pos;
    bool m_overrun = false;
};

} // namespace Wk
