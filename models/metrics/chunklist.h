#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace Wk {

// The closed chunks of one series (or one tier of it), oldest first, with all their bytes in
// one buffer: a chunk costs its encoded size plus 32 bytes, not a heap block of its own.
class ChunkList final
{
public:
    struct Meta
    {
        qint64 minT = 0;
        qint64 maxT = 0;
        quint32 offset = 0; // into the byte buffer
        quint32 size = 0;
        quint32 count = 0; // samples or buckets
    };

    void append(qint64 minT, qint64 maxT, int count, QByteArrayView bytes);

    int size() const { return int(m_meta.size()); }
    bool isEmpty() const { return m_meta.empty(); }
    const Meta &meta(int i) const { return m_meta[size_t(i)]; }
    QByteArrayView bytes(int i) const;
    const Meta &last() const { return m_meta.back(); }

    // Index of the first chunk that ends at or after t (size() when none).
    int firstEndingAtOrAfter(qint64 t) const;
    // Drops the chunks that end before cutoff; returns how many.
    int dropBefore(qint64 cutoff);

    qint64 dataBytes() const { return qint64(m_data.size()); }
    qint64 heapBytes() const; // buffers owned, not counting the object itself
    qint64 itemCount() const;

private:
    std::vector<Meta> m_meta;
    std::vector<char> m_data;
};

} // namespace Wk
