#include "models/metrics/bucketchunk.h"

#include <QTest>

#include <bit>
#include <limits>
#include <random>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'040'000; // a whole minute

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

bool sameBucket(const DownsampledBucket &a, const DownsampledBucket &b)
{
    return a.t == b.t && a.count == b.count && sameBits(a.min, b.min) && sameBits(a.max, b.max) &&
           sameBits(a.sum, b.sum) && sameBits(a.last, b.last);
}

std::vector<DownsampledBucket> gaugeBuckets(int n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.5, 0.1);
    std::vector<DownsampledBucket> out;
    for (int i = 0; i < n; ++i) {
        DownsampledBucket b;
        b.t = T0 + i * 60'000;
        b.count = i % 5 == 4 ? 3 : 4;
        b.min = b.max = b.last = noise(rng);
        b.sum = 0;
        for (qint64 k = 0; k < b.count; ++k) {
            const double v = noise(rng);
            b.min = std::min(b.min, v);
            b.max = std::max(b.max, v);
            b.sum += v;
            b.last = v;
        }
        out.push_back(b);
    }
    return out;
}

} // namespace

class TestBucketChunk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("noisy gauge, last between min and max") << 0;
        QTest::newRow("counter, last equals max") << 1;
        QTest::newRow("constant") << 2;
        QTest::newRow("NaN and infinities") << 3;
        QTest::newRow("single bucket") << 4;
        QTest::newRow("gaps between buckets") << 5;
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        std::vector<DownsampledBucket> want;
        switch (kind) {
        case 0:
            want = gaugeBuckets(120, 7);
            break;
        case 1:
            for (int i = 0; i < 120; ++i) {
                const double base = 1000.0 + i * 40;
                want.push_back({T0 + i * 60'000, base, base + 30, 4 * base + 60, base + 30, 4});
            }
            break;
        case 2:
            for (int i = 0; i < 50; ++i)
                want.push_back({T0 + i * 60'000, 1, 1, 4, 1, 4});
            break;
        case 3: {
            const double inf = std::numeric_limits<double>::infinity();
            const double nan = std::bit_cast<double>(0x7ff8000000000abcull);
            want.push_back({T0, -inf, inf, nan, 2, 4});
            want.push_back({T0 + 60'000, nan, nan, nan, nan, 1});
            want.push_back({T0 + 120'000, 0, -0.0, 0, -0.0, 2});
            // inf - inf: predictions that are NaN still round-trip.
            want.push_back({T0 + 180'000, inf, inf, inf, -inf, 3});
            want.push_back({T0 + 240'000, inf, inf, inf, inf, 1});
            want.push_back({T0 + 300'000, -inf, 1, nan, 0.5, 2});
            break;
        }
        case 4:
            want.push_back({T0, 1.5, 2.5, 8, 2, 4});
            break;
        case 5:
            want.push_back({T0, 1, 1, 1, 1, 1});
            want.push_back({T0 + 60'000, 1, 1, 1, 1, 1});
            want.push_back({T0 + 30ll * 86'400'000, 2, 3, 5, 2, 2});
            want.push_back({T0 + 30ll * 86'400'000 + 60'000, 2, 3, 5, 3, 2});
            break;
        }

        BucketChunk::Encoder encoder;
        for (const DownsampledBucket &b : want)
            encoder.append(b);
        QCOMPARE(encoder.count(), int(want.size()));
        std::vector<char> bytes;
        encoder.finish(bytes);
        const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));

        const Result<BucketChunk::Info> info = BucketChunk::inspect(view);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info.value().count, int(want.size()));
        QCOMPARE(info.value().minT, want.front().t);
        QCOMPARE(info.value().maxT, want.back().t);

        std::vector<DownsampledBucket> got;
        QVERIFY(BucketChunk::decode(view, std::numeric_limits<qint64>::min(),
                                    std::numeric_limits<qint64>::max(), got));
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(sameBucket(got[i], want[i]), qPrintable(QString::number(i)));
    }

    void finishKeepsEncoding()
    {
        const std::vector<DownsampledBucket> want = gaugeBuckets(20, 3);
        BucketChunk::Encoder encoder;
        for (int i = 0; i < 10; ++i)
            encoder.append(want[size_t(i)]);
        std::vector<char> partial;
        encoder.finish(partial);
        for (int i = 10; i < 20; ++i)
            encoder.append(want[size_t(i)]);
        std::vector<char> full;
        encoder.finish(full);

        std::vector<DownsampledBucket> got;
        QVERIFY(BucketChunk::decode(QByteArrayView(partial.data(), qsizetype(partial.size())), 0,
                                    std::numeric_limits<qint64>::max(), got));
        QCOMPARE(got.size(), size_t(10));
        got.clear();
        QVERIFY(BucketChunk::decode(QByteArrayView(full.data(), qsizetype(full.size())), 0,
                                    std::numeric_limits<qint64>::max(), got));
        QCOMPARE(got.size(), size_t(20));
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY(sameBucket(got[i], want[i]));
    }

    void rangeDecode()
    {
        const std::vector<DownsampledBucket> all = gaugeBuckets(30, 5);
        BucketChunk::Encoder encoder;
        for (const DownsampledBucket &b : all)
            encoder.append(b);
        std::vector<char> bytes;
        encoder.finish(bytes);
        std::vector<DownsampledBucket> got;
        QVERIFY(BucketChunk::decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())), all[5].t,
                                    all[9].t, got));
        QCOMPARE(got.size(), size_t(5));
        QCOMPARE(got.front().t, all[5].t);
        QCOMPARE(got.back().t, all[9].t);
    }

    void corruptBytesRejected()
    {
        BucketChunk::Encoder encoder;
        for (const DownsampledBucket &b : gaugeBuckets(30, 9))
            encoder.append(b);
        std::vector<char> bytes;
        encoder.finish(bytes);
        QByteArray truncated(bytes.data(), qsizetype(bytes.size() / 2));
        QVERIFY(!BucketChunk::inspect(truncated).ok());
        QByteArray wrongTag(bytes.data(), qsizetype(bytes.size()));
        wrongTag[0] = 1;
        QVERIFY(!BucketChunk::inspect(wrongTag).ok());
        QVERIFY(!BucketChunk::inspect(QByteArray()).ok());
    }

    void compressesCountersAndConstants()
    {
        BucketChunk::Encoder encoder;
        for (int i = 0; i < 120; ++i)
            encoder.append({T0 + i * 60'000, 1, 1, 4, 1, 4});
        std::vector<char> bytes;
        encoder.finish(bytes);
        // Six fields, one bit each, after the first bucket.
        QVERIFY2(bytes.size() < 140, qPrintable(QString::number(bytes.size())));
    }
};

QTEST_GUILESS_MAIN(TestBucketChunk)
#include "tst_bucketchunk.moc"
