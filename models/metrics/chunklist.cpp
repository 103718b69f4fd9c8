#include "chunklist.h"

#include <algorithm>

namespace Wk {

void ChunkList::append(qint64 minT, qint64 maxT, int count, QByteArrayView bytes)
{
    const size_t needed = m_data.size() + size_t(bytes.size());
    if (needed > m_data.capacity()) {
        // Grow by an eighth rather than doubling: a series' history grows steadily and its
        // memory is most of the store's.
        m_data.reserve(needed + needed / 8);
    }
    Meta meta;
    meta.minT = minT;
    meta.maxT = maxT;
    meta.offset = quint32(m_data.size());
    meta.size = quint32(bytes.size());
    meta.count = quint32(count);
    m_data.insert(m_data.end(), bytes.begin(), bytes.end());
    if (m_meta.size() == m_meta.capacity())
        m_meta.reserve(m_meta.size() + m_meta.size() / 8 + 4);
    m_meta.push_back(meta);
}

QByteArrayView ChunkList::bytes(int i) const
{
    const Meta &m = m_meta[size_t(i)];
    return QByteArrayView(m_data.data() + m.offset, qsizetype(m.size));
}

int ChunkList::firstEndingAtOrAfter(qint64 t) const
{
    auto it = std::lower_bound(m_meta.begin(), m_meta.end(), t,
                               [](const Meta &m, qint64 x) { return m.maxT < x; });
    return int(it - m_meta.begin());
}

int ChunkList::dropBefore(qint64 cutoff)
{
    const int n = firstEndingAtOrAfter(cutoff);
    if (n == 0)
        return 0;
    if (n == size()) {
        std::vector<Meta>().swap(m_meta);
        std::vector<char>().swap(m_data);
        return n;
    }
    const quint32 shift = m_meta[size_t(n)].offset;
    m_data.erase(m_data.begin(), m_data.begin() + shift);
    m_meta.erase(m_meta.begin(), m_meta.begin() + n);
    for (Meta &m : m_meta)
        m.offset -= shift;
    return n;
}

qint64 ChunkList::heapBytes() const
{
    return qint64(m_data.capacity()) + qint64(m_meta.capacity() * sizeof(Meta));
}

qint64 ChunkList::itemCount() const
{
    qint64 n = 0;
    for (const Meta &m : m_meta)
        n += m.count;
    return n;
}

} // namespace Wk
