#include "models/storage/historyrepository.h"
#include "pgtestdb.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'100'000;
constexpr qint64 Scrape = 15'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Min = std::numeric_limits<qint64>::min();
constexpr qint64 Max = std::numeric_limits<qint64>::max();

SeriesStore::Options smallChunks()
{
    SeriesStore::Options o;
    o.samplesPerChunk = 30;
    o.bucketsPerChunk = 10;
    return o;
}

Labels seriesLabels(const QString &source, int i)
{
    return Labels::fromList(
        {{QStringLiteral("__name__"),
          i % 3 == 0 ? QStringLiteral("requests_total") : QStringLiteral("cpu_ratio")},
         {QStringLiteral("instance"), source},
         {QStringLiteral("n"), QString::number(i)}});
}

// Scrapes of two sources every 15 s from `from` to `to`: counters, noisy gauges, one series
// that disappears for a while (staleness markers), a NaN now and then.
void simulate(SeriesStore &store, qint64 from, qint64 to,
              const std::function<void(qint64)> &every20Minutes = {})
{
    for (qint64 t = from; t < to; t += Scrape) {
        const qint64 k = (t - T0) / Scrape;
        for (const QString &source : {QStringLiteral("api:8080"), QStringLiteral("web:9100")}) {
            QList<QPair<Labels, double>> scrape;
            for (int i = 0; i < 10; ++i) {
                if (i == 4 && (k / 100) % 2 == 1)
                    continue; // absent every other 25 minutes
                double v = i % 3 == 0 ? double(k * (i + 1)) : 0.5 + 0.3 * std::sin(double(k + i));
                if (i == 7 && k % 97 == 0)
                    v = std::numeric_limits<double>::quiet_NaN();
                scrape.append({seriesLabels(source, i), v});
            }
            store.ingest(source, t, scrape);
        }
        if (every20Minutes && k % 80 == 79)
            every20Minutes(t);
    }
}

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

// Every series of `want` is in `got` with bit-identical raw samples and tier buckets.
void compareStores(const SeriesStore &want, const SeriesStore &got)
{
    QCOMPARE(got.seriesCount(), want.seriesCount());
    for (SeriesId id = 0; id < want.idLimit(); ++id) {
        if (!want.contains(id))
            continue;
        const std::optional<SeriesId> other = got.find(want.labels(id));
        QVERIFY2(other, qPrintable(want.labels(id).toString()));
        std::vector<Sample> a;
        std::vector<Sample> b;
        want.read(id, Min, Max, a);
        got.read(*other, Min, Max, b);
        QCOMPARE(b.size(), a.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].t, a[i].t);
            QVERIFY2(sameBits(a[i].v, b[i].v), qPrintable(QString::number(i)));
        }
        for (Tier tier : {Tier::OneMinute, Tier::FifteenMinutes}) {
            std::vector<DownsampledBucket> x;
            std::vector<DownsampledBucket> y;
            want.readTier(id, tier, Min, Max, x);
            got.readTier(*other, tier, Min, Max, y);
            QCOMPARE(y.size(), x.size());
            for (size_t i = 0; i < x.size(); ++i) {
                QCOMPARE(y[i].t, x[i].t);
                QCOMPARE(y[i].count, x[i].count);
                QVERIFY(sameBits(x[i].min, y[i].min) && sameBits(x[i].max, y[i].max) &&
                        sameBits(x[i].sum, y[i].sum) && sameBits(x[i].last, y[i].last));
            }
        }
        QCOMPARE(got.latest(*other)->t, want.latest(id)->t);
    }
}

} // namespace

#define OPEN_OR_FAIL(var, expr)                                                                    \
    auto var##Result = (expr);                                                                     \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().message));                           \
    auto var = std::move(var##Result).value()

class TestHistoryRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_schemas;
    int m_files = 0;
    QString m_backend;

    bool postgres() const { return m_backend == QLatin1String("postgresql"); }

    QString freshLocation()
    {
        if (postgres()) {
            QString schema;
            const QString url = PgTestDb::urlWithFreshSchema(&schema);
            m_schemas << schema;
            return url;
        }
        return m_dir.filePath(QStringLiteral("history%1.db").arg(++m_files));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (postgres() && PgTestDb::serverUrl().isEmpty())
            QSKIP(qPrintable(PgTestDb::skipReason()));
    }

    void cleanupTestCase()
    {
        for (const QString &schema : std::as_const(m_schemas))
            PgTestDb::dropSchema(schema);
    }

    void labelsTextRoundTrip_data()
    {
        QTest::addColumn<QStringList>("pairs");
        QTest::newRow("plain") << QStringList{"__name__", "up", "job", "api"};
        QTest::newRow("quotes and backslashes")
            << QStringList{"path", "C:\\dir\\\"x\"", "q", "\\\""};
        QTest::newRow("newline") << QStringList{"msg", "a\nb"};
        QTest::newRow("separators inside values")
            << QStringList{"a", "x=1,y=\"2\"", "b", "{}", "c", ","};
        QTest::newRow("unicode") << QStringList{"city", QStringLiteral("Zürich ☃")};
        QTest::newRow("empty set") << QStringList{};
    }

    void labelsTextRoundTrip()
    {
        QFETCH(QStringList, pairs);
        if (postgres())
            QSKIP("the text form needs no database; checked on the sqlite row");
        QList<Label> list;
        for (int i = 0; i + 1 < pairs.size(); i += 2)
            list.append({pairs[i], pairs[i + 1]});
        const Labels labels = Labels::fromList(list);
        const QString text = HistoryRepository::labelsToText(labels);
        const std::optional<Labels> back = HistoryRepository::labelsFromText(text);
        QVERIFY2(back, qPrintable(text));
        QCOMPARE(*back, labels);
    }

    void labelsTextRejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no braces") << "a=\"b\"";
        QTest::newRow("unterminated value") << "{a=\"b}";
        QTest::newRow("missing quote") << "{a=b}";
        QTest::newRow("missing name") << "{=\"b\"}";
        QTest::newRow("junk after value") << "{a=\"b\"x}";
        QTest::newRow("dangling escape") << "{a=\"b\\}";
    }

    void labelsTextRejectsGarbage()
    {
        QFETCH(QString, text);
        if (postgres())
            QSKIP("the text form needs no database; checked on the sqlite row");
        QVERIFY(!HistoryRepository::labelsFromText(text));
    }

    void writeThenLoadGivesIdenticalReads()
    {
        const QString location = freshLocation();
        SeriesStore first(smallChunks());
        const qint64 end = T0 + 3 * Hour;
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &first));
            int flushes = 0;
            simulate(first, T0, end, [&](qint64) {
                const auto flushed = repo->flush();
                QVERIFY2(flushed.ok(), qPrintable(flushed.error().message));
                QCOMPARE(repo->pendingChunks(), 0);
                ++flushes;
            });
            QCOMPARE(flushes, 9);
            const auto last = repo->flush(HistoryRepository::Scope::Everything);
            QVERIFY2(last.ok(), qPrintable(last.error().message));
        }

        SeriesStore second(smallChunks());
        OPEN_OR_FAIL(db, Database::open(location));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &second));
        const auto loaded = repo->load(end);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().series, first.seriesCount());
        QCOMPARE(loaded.value().refused, 0);
        QVERIFY(loaded.value().chunks > 0);
        QVERIFY(loaded.value().openChunks > 0);
        compareStores(first, second);
        if (QTest::currentTestFailed())
            return;
        // Nothing changed since loading: a flush writes nothing.
        const auto idle = repo->flush(HistoryRepository::Scope::Everything);
        QVERIFY(idle.ok());
        QCOMPARE(idle.value().chunks, 0);
        QCOMPARE(idle.value().openChunks, 0);
    }

    void flushIsIncremental()
    {
        SeriesStore store(smallChunks());
        OPEN_OR_FAIL(db, Database::open(freshLocation()));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &store));
        simulate(store, T0, T0 + 10 * Minute);
        const auto first = repo->flush(HistoryRepository::Scope::Everything);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value().newSeries, 20);
        QVERIFY(first.value().chunks > 0);
        QVERIFY(first.value().openChunks >= 20);
        QVERIFY(first.value().bytes > 0);

        const auto again = repo->flush(HistoryRepository::Scope::Everything);
        QVERIFY(again.ok());
        QCOMPARE(again.value().newSeries, 0);
        QCOMPARE(again.value().chunks, 0);
        QCOMPARE(again.value().openChunks, 0);

        // One series changes: only its open data is written again (raw head and both tiers).
        // (Inside the last scraped minute, so no bucket and no chunk closes.)
        store.append(seriesLabels(QStringLiteral("api:8080"), 1), T0 + 10 * Minute - 10'000, 0.25);
        const auto one = repo->flush(HistoryRepository::Scope::Everything);
        QVERIFY(one.ok());
        QCOMPARE(one.value().openChunks, 3);
        QCOMPARE(one.value().chunks, 0);
    }

    void incrementalFlushesTakeSlicesInTurn()
    {
        SeriesStore store(smallChunks());
        OPEN_OR_FAIL(db, Database::open(freshLocation()));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &store));
        repo->setOpenSnapshotSlices(4);
        simulate(store, T0, T0 + 10 * Minute);
        int seriesWritten = 0;
        for (int i = 0; i < 4; ++i) {
            const auto r = repo->flush();
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r.value().newSeries, i == 0 ? 20 : 0); // closed chunks name every series
            QVERIFY(r.value().openChunks > 0);
            QVERIFY(r.value().openChunks < 20); // a slice, not everything
            seriesWritten += r.value().openChunks / 3;
            QCOMPARE(r.value().chunks, i == 0 ? r.value().chunks : 0);
        }
        QCOMPARE(seriesWritten, 20);
        // Every series has its snapshot now: nothing is left to write.
        const auto all = repo->flush(HistoryRepository::Scope::Everything);
        QVERIFY(all.ok());
        QCOMPARE(all.value().openChunks, 0);
    }

    void continuesAfterRestart()
    {
        const QString location = freshLocation();
        SeriesStore first(smallChunks());
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &first));
            simulate(first, T0, T0 + Hour + 7 * Scrape);
            QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
        }
        SeriesStore second(smallChunks());
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &second));
            QVERIFY(repo->load(T0 + Hour + 7 * Scrape).ok());
            // The restored open buckets and heads keep filling as if nothing happened.
            simulate(second, T0 + Hour + 7 * Scrape, T0 + 2 * Hour);
            simulate(first, T0 + Hour + 7 * Scrape, T0 + 2 * Hour);
            QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
        }
        SeriesStore third(smallChunks());
        OPEN_OR_FAIL(db, Database::open(location));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &third));
        const auto loaded = repo->load(T0 + 2 * Hour);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().refused, 0);
        compareStores(second, third);
        // The restart left no trace: the store that never stopped reads the same.
        compareStores(first, third);
    }

    void retentionAppliedInDatabase()
    {
        SeriesStore::Options options = smallChunks();
        options.retentionMs = Hour;
        options.minuteTierRetentionMs = 2 * Hour;
        options.fifteenMinuteTierRetentionMs = 3 * Hour;
        const QString location = freshLocation();
        const qint64 end = T0 + 5 * Hour;
        SeriesStore first(options);
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &first));
            // A series seen only at the start: nothing of it is left after retention.
            first.append(Labels{{QStringLiteral("__name__"), QStringLiteral("gone")}}, T0, 1);
            simulate(first, T0, end, [&](qint64) {
                QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
            });
            QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
            const auto removed = repo->applyRetention(end);
            QVERIFY2(removed.ok(), qPrintable(removed.error().message));
            QVERIFY(removed.value().chunks > 0);
            QCOMPARE(removed.value().series, 1);
            QVERIFY(removed.value().openChunks >= 1);
            const auto again = repo->applyRetention(end);
            QVERIFY(again.ok());
            QCOMPARE(again.value().chunks, 0);
            QCOMPARE(again.value().series, 0);
            // Flushing still works after cached series rows were dropped.
            simulate(first, end, end + 5 * Minute);
            QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
        }
        first.enforceRetention(end + 5 * Minute);

        SeriesStore second(options);
        OPEN_OR_FAIL(db, Database::open(location));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &second));
        const auto loaded = repo->load(end + 5 * Minute);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().refused, 0);
        QVERIFY(!second.find(Labels{{QStringLiteral("__name__"), QStringLiteral("gone")}}));
        const SeriesId id = *second.find(seriesLabels(QStringLiteral("api:8080"), 0));
        std::vector<Sample> raw;
        second.read(id, Min, Max, raw);
        QVERIFY(!raw.empty());
        // Whole chunks: the oldest kept ends inside the retention window.
        QVERIFY(raw.front().t >= end + 5 * Minute - Hour - 30 * Scrape);
        std::vector<DownsampledBucket> minutes;
        second.readTier(id, Tier::OneMinute, Min, Max, minutes);
        QVERIFY(minutes.front().t >= end + 5 * Minute - 2 * Hour - 10 * Minute);
        compareStores(first, second);
    }

    void corruptChunkReportedNotFatal()
    {
        const QString location = freshLocation();
        SeriesStore first(smallChunks());
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &first));
            simulate(first, T0, T0 + Hour);
            QVERIFY(repo->flush(HistoryRepository::Scope::Everything).ok());
            QSqlQuery q(db->sql());
            q.prepare(QStringLiteral("UPDATE history_chunks SET data = ? WHERE tier = 0 AND "
                                     "min_t = (SELECT MIN(min_t) FROM history_chunks WHERE tier "
                                     "= 0)"));
            q.addBindValue(QByteArray("\x01\x7fnot a chunk"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() > 0);
        }
        SeriesStore second(smallChunks());
        OPEN_OR_FAIL(db, Database::open(location));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &second));
        const auto loaded = repo->load(T0 + Hour);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QVERIFY(loaded.value().refused > 0);
        QVERIFY(!loaded.value().problems.isEmpty());
        QVERIFY2(loaded.value().problems.first().contains(QStringLiteral("invalid sample chunk")),
                 qPrintable(loaded.value().problems.first()));
        QCOMPARE(second.seriesCount(), first.seriesCount());
        QVERIFY(loaded.value().chunks > 0);
    }

    void failedFlushLosesNothing()
    {
        const QString location = freshLocation();
        SeriesStore first(smallChunks());
        {
            OPEN_OR_FAIL(db, Database::open(location));
            OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &first));
            simulate(first, T0, T0 + Hour);
            const int pending = repo->pendingChunks();
            QVERIFY(pending > 0);
            QVERIFY(!db->exec(QStringLiteral("DROP TABLE history_chunks")));
            const auto failed = repo->flush(HistoryRepository::Scope::Everything);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().message.contains(QStringLiteral("history")),
                     qPrintable(failed.error().message));
            QCOMPARE(repo->pendingChunks(), pending);
            // The table comes back (as its migration made it); the next flush writes it all.
            const Migration m = HistoryRepository::migrations().first();
            const QStringList statements = db->isPostgres() ? m.postgresStatements : m.statements;
            for (const QString &s : statements) {
                if (s.contains(QStringLiteral("history_chunks")))
                    QVERIFY(!db->exec(s));
            }
            const auto flushed = repo->flush(HistoryRepository::Scope::Everything);
            QVERIFY2(flushed.ok(), qPrintable(flushed.error().message));
            QCOMPARE(flushed.value().chunks, pending);
        }
        SeriesStore second(smallChunks());
        OPEN_OR_FAIL(db, Database::open(location));
        OPEN_OR_FAIL(repo, HistoryRepository::open(db.get(), &second));
        QVERIFY(repo->load(T0 + Hour).ok());
        compareStores(first, second);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRepository)
#include "tst_historyrepository.moc"
