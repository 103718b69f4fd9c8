#pragma once

#include "labelmatcher.h"
#include "labels.h"
#include "sample.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Wk {

using SeriesId = quint32;

// In-memory time series: label sets interned to ids, samples per series in time order.
// The history seam for charts, PromQL and rules; item models show only the present.
class SeriesStore final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 retentionMs = 24ll * 3600 * 1000; // raw samples older than this are dropped
        int maxSeriesPerTarget = 20000;          // cardinality guard per ingest source
    };

    // One scrape or poll of one target: what it produced, for staleness and the series cap.
    struct IngestReport
    {
        int samples = 0;
        int newSeries = 0;
        int staleMarked = 0;
        int rejectedSeries = 0; // over the target's series cap, reported, never silent
    };

    explicit SeriesStore(QObject *parent = nullptr);
    SeriesStore(const Options &options, QObject *parent = nullptr);
    ~SeriesStore() override;

    const Options &options() const { return m_options; }

    SeriesId intern(const Labels &labels); // finds or creates
    std::optional<SeriesId> find(const Labels &labels) const;
    const Labels &labels(SeriesId id) const;
    int seriesCount() const;

    // Appends one sample; out-of-order samples (t <= last t) are ignored and return false.
    bool append(SeriesId id, qint64 t, double v);
    bool append(const Labels &labels, qint64 t, double v) { return append(intern(labels), t, v); }

    // Appends a whole scrape of the source `sourceKey` taken at t. Series that the previous
    // scrape of this source had and this one lacks get a staleness marker, as in Prometheus.
    IngestReport ingest(const QString &sourceKey, qint64 t,
                        const QList<QPair<Labels, double>> &samples);
    // Marks every series of a source stale (the target went down).
    int markSourceStale(const QString &sourceKey, qint64 t);

    QList<SeriesId> select(const LabelMatchers &matchers) const;
    // Samples with minT <= t <= maxT in time order, staleness markers included.
    void read(SeriesId id, qint64 minT, qint64 maxT, std::vector<Sample> &out) const;
    std::optional<Sample> latest(SeriesId id) const;

    // Drops samples older than the retention relative to now.
    void enforceRetention(qint64 nowMs);

Q_SIGNALS:
    // Emitted once per ingest batch or explicit notifyAppended(), not per sample.
    void appended(qint64 t);

public:
    void notifyAppended(qint64 t) { Q_EMIT appended(t); }

private:
    struct Series;
    struct Source
    {
        QList<SeriesId> lastScrape;
        QSet<SeriesId> owned;
    };
    Options m_options;
    std::vector<std::unique_ptr<Series>> m_series;
    QHash<Labels, SeriesId> m_index;
    QHash<QString, Source> m_sources;
};

} // namespace Wk
