#pragma once

#include "database.h"
#include "models/metrics/encodedchunk.h"
#include "models/metrics/seriesstore.h"

#include <QHash>
#include <QPointer>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

class QSqlQuery;

namespace Wk {

// Keeps the series store's history in the database so a restart keeps the charts. Closed
// chunks (raw and downsampled) are written once, as blobs keyed by the series' labels; the
// data not yet in a closed chunk (raw heads, open buckets) is snapshotted for series that
// changed since their last snapshot. An incremental flush writes the closed chunks and the
// snapshots of one slice of the series (1/openSnapshotSlices of them, in turn), so its cost
// does not grow with the whole store every time; calling it every few minutes is cheap, and
// a crash loses at most slices x interval of open data. flush(Everything) at exit writes all.
// Writes are batched in one transaction per flush. Retention is applied as in the store.
//
// Tables (module "history"): history_series (id, labels), history_chunks (series_id, tier,
// min_t, max_t, samples, data), history_open (the same, one row per series and tier).
class HistoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::HistoryRepository)
public:
    static QString module() { return QStringLiteral("history"); }
    static QList<Migration> migrations();

    // Applies the history migrations and starts collecting the chunks the store closes.
    // Both must outlive the repository.
    static Result<std::unique_ptr<HistoryRepository>> open(Database *db, SeriesStore *store);
    ~HistoryRepository();
    HistoryRepository(const HistoryRepository &) = delete;
    HistoryRepository &operator=(const HistoryRepository &) = delete;

    struct LoadReport
    {
        int series = 0;
        int chunks = 0;
        int openChunks = 0;
        int refused = 0;      // chunks the store refused (corrupt or overlapping); logged
        QStringList problems; // why, one line each (the first few)
    };
    // Reads what is within retention at nowMs into the store. Call once, before the first
    // scrape: data older than what a series already holds is refused.
    Result<LoadReport> load(qint64 nowMs);

    struct FlushReport
    {
        int newSeries = 0;
        int chunks = 0;
        int openChunks = 0;
        qint64 bytes = 0;
    };
    enum class Scope {
        Incremental, // closed chunks, and open data of the next slice of series
        Everything,  // closed chunks, and open data of every changed series (at exit)
    };
    // Writes the chunks closed since the last flush and open data as `scope` says.
    // On error nothing is lost: the next flush tries again.
    Result<FlushReport> flush(Scope scope = Scope::Incremental);
    // How many incremental flushes it takes to snapshot every series once (default 6).
    void setOpenSnapshotSlices(int slices) { m_slices = std::max(1, slices); }
    int openSnapshotSlices() const { return m_slices; }

    struct RetentionReport
    {
        int chunks = 0;
        int openChunks = 0;
        int series = 0;
    };
    // Deletes chunks past the store's retention for their tier, and series left with none.
    Result<RetentionReport> applyRetention(qint64 nowMs);

    int pendingChunks() const { return int(m_pending.size()); }

    // The labels as stored: {name="value",...} in label order, values escaped as PromQL does.
    static QString labelsToText(const Labels &labels);
    static std::optional<Labels> labelsFromText(const QString &text);

private:
    HistoryRepository(Database *db, SeriesStore *store);
    Result<qint64> rowId(SeriesId id, QSqlQuery &insert, QSqlQuery &select, int &created);
    qint64 retentionOf(Tier tier) const;

    Database *m_db;                // not owned
    QPointer<SeriesStore> m_store; // not owned
    std::vector<std::pair<SeriesId, EncodedChunk>> m_pending;
    QHash<SeriesId, qint64> m_rowIds;     // store id -> history_series.id
    QHash<SeriesId, qint64> m_savedLastT; // newest sample time of the last open snapshot
    QHash<SeriesId, quint8> m_openTiers;  // bit per tier that has a history_open row
    int m_slices = 6;
    int m_nextSlice = 0;
};

} // namespace Wk
