#include "seriesstore.h"

#include "models/core/logging.h"

#include <QSet>

#include <algorithm>

namespace Wk {

struct SeriesStore::Series
{
    Labels labels;
    std::vector<Sample> samples;
};

SeriesStore::SeriesStore(QObject *parent)
    : SeriesStore(Options{}, parent)
{}

SeriesStore::SeriesStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

SeriesStore::~SeriesStore() = default;

SeriesId SeriesStore::intern(const Labels &labels)
{
    auto it = m_index.constFind(labels);
    if (it != m_index.constEnd())
        return *it;
    const auto id = SeriesId(m_series.size());
    auto series = std::make_unique<Series>();
    series->labels = labels;
    m_series.push_back(std::move(series));
    m_index.insert(labels, id);
    return id;
}

std::optional<SeriesId> SeriesStore::find(const Labels &labels) const
{
    auto it = m_index.constFind(labels);
    if (it == m_index.constEnd())
        return std::nullopt;
    return *it;
}

const Labels &SeriesStore::labels(SeriesId id) const
{
    return m_series.at(id)->labels;
}

int SeriesStore::seriesCount() const
{
    return int(m_series.size());
}

bool SeriesStore::append(SeriesId id, qint64 t, double v)
{
    auto &samples = m_series.at(id)->samples;
    if (!samples.empty() && samples.back().t >= t)
        return false;
    samples.push_back({t, v});
    return true;
}

SeriesStore::IngestReport SeriesStore::ingest(const QString &sourceKey, qint64 t,
                                              const QList<QPair<Labels, double>> &samples)
{
    IngestReport report;
    Source &source = m_sources[sourceKey];
    QList<SeriesId> current;
    current.reserve(samples.size());
    for (const auto &[labels, value] : samples) {
        std::optional<SeriesId> id = find(labels);
        if (!id) {
            if (source.owned.size() >= m_options.maxSeriesPerTarget) {
                ++report.rejectedSeries;
                continue;
            }
            id = intern(labels);
            ++report.newSeries;
        }
        source.owned.insert(*id);
        if (append(*id, t, value)) {
            ++report.samples;
            current.append(*id);
        }
    }
    const QSet<SeriesId> now(current.begin(), current.end());
    for (SeriesId id : std::as_const(source.lastScrape)) {
        if (!now.contains(id) && append(id, t, staleNaN()))
            ++report.staleMarked;
    }
    source.lastScrape = current;
    if (report.rejectedSeries > 0) {
        qCWarning(lcMetrics) << sourceKey << "over its series cap of"
                             << m_options.maxSeriesPerTarget << "; dropped" << report.rejectedSeries
                             << "new series";
    }
    Q_EMIT appended(t);
    return report;
}

int SeriesStore::markSourceStale(const QString &sourceKey, qint64 t)
{
    auto it = m_sources.find(sourceKey);
    if (it == m_sources.end())
        return 0;
    int n = 0;
    for (SeriesId id : std::as_const(it->lastScrape)) {
        if (append(id, t, staleNaN()))
            ++n;
    }
    it->lastScrape.clear();
    return n;
}

QList<SeriesId> SeriesStore::select(const LabelMatchers &matchers) const
{
    QList<SeriesId> out;
    for (SeriesId id = 0; id < SeriesId(m_series.size()); ++id) {
        if (matchesAll(matchers, m_series[id]->labels))
            out.append(id);
    }
    return out;
}

void SeriesStore::read(SeriesId id, qint64 minT, qint64 maxT, std::vector<Sample> &out) const
{
    const auto &samples = m_series.at(id)->samples;
    auto lo = std::lower_bound(samples.begin(), samples.end(), minT,
                               [](const Sample &s, qint64 t) { return s.t < t; });
    for (auto it = lo; it != samples.end() && it->t <= maxT; ++it)
        out.push_back(*it);
}

std::optional<Sample> SeriesStore::latest(SeriesId id) const
{
    const auto &samples = m_series.at(id)->samples;
    if (samples.empty())
        return std::nullopt;
    return samples.back();
}

void SeriesStore::enforceRetention(qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_options.retentionMs;
    for (auto &series : m_series) {
        auto &s = series->samples;
        auto lo = std::lower_bound(s.begin(), s.end(), cutoff,
                                   [](const Sample &x, qint64 t) { return x.t < t; });
        s.erase(s.begin(), lo);
    }
}

} // namespace Wk
