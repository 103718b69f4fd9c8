#include "models/metrics/xorchunk.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace Wk;

namespace {

using Samples = QList<QPair<qint64, double>>;

std::vector<Sample> toVector(const Samples &in)
{
    std::vector<Sample> out;
    for (const auto &[t, v] : in)
        out.push_back({t, v});
    return out;
}

quint64 bits(double v)
{
    return std::bit_cast<quint64>(v);
}

void compareBitExact(const std::vector<Sample> &got, const std::vector<Sample> &want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        if (got[i].t != want[i].t || bits(got[i].v) != bits(want[i].v)) {
            QFAIL(qPrintable(QStringLiteral("sample %1: got (%2, %3), want (%4, %5)")
                                 .arg(i)
                                 .arg(got[i].t)
                                 .arg(bits(got[i].v), 16, 16, QLatin1Char('0'))
                                 .arg(want[i].t)
                                 .arg(bits(want[i].v), 16, 16, QLatin1Char('0'))));
        }
    }
}

constexpr qint64 T0 = 1'700'000'000'000;

} // namespace

class TestXorChunk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Samples>("samples");
        std::mt19937_64 rng(42);
        std::normal_distribution<double> noise(0.0, 1.0);

        Samples regular;
        for (int i = 0; i < 120; ++i)
            regular.append({T0 + i * 15'000, 0.42 + 0.01 * noise(rng)});
        QTest::newRow("regular 15 s intervals, noisy gauge") << regular;

        Samples jitter;
        std::uniform_int_distribution<int> ms(-300, 300);
        for (int i = 0; i < 120; ++i)
            jitter.append({T0 + i * 15'000 + ms(rng), double(i)});
        QTest::newRow("jittered timestamps") << jitter;

        Samples negative;
        for (int i = 0; i < 50; ++i)
            negative.append({T0 + i * 1000, -1e6 + i * -0.125});
        QTest::newRow("negative values") << negative;

        QTest::newRow("NaN payloads and staleNaN")
            << Samples{{T0, 1.0},
                       {T0 + 15'000, staleNaN()},
                       {T0 + 30'000, std::bit_cast<double>(0x7ff8000000000123ull)},
                       {T0 + 45'000, std::bit_cast<double>(0xfff8000000000000ull)},
                       {T0 + 60'000, std::numeric_limits<double>::quiet_NaN()},
                       {T0 + 75'000, staleNaN()},
                       {T0 + 90'000, 2.0}};

        QTest::newRow("plus and minus infinity")
            << Samples{{T0, std::numeric_limits<double>::infinity()},
                       {T0 + 1, -std::numeric_limits<double>::infinity()},
                       {T0 + 2, 0.0},
                       {T0 + 3, std::numeric_limits<double>::infinity()}};

        QTest::newRow("zero, negative zero, denormal, extremes")
            << Samples{{T0, 0.0},
                       {T0 + 10, -0.0},
                       {T0 + 20, std::numeric_limits<double>::denorm_min()},
                       {T0 + 30, std::numeric_limits<double>::max()},
                       {T0 + 40, std::numeric_limits<double>::lowest()},
                       {T0 + 50, std::numeric_limits<double>::min()}};

        QTest::newRow("large gaps in time") << Samples{{-86'400'000, 1.0},
                                                       {0, 2.0},
                                                       {1, 3.0},
                                                       {T0, 4.0},
                                                       {T0 + 15'000, 5.0},
                                                       {T0 + 90ll * 86'400'000, 6.0},
                                                       {T0 + 90ll * 86'400'000 + 1, 7.0},
                                                       {4'000'000'000'000'000ll, 8.0}};

        Samples identical;
        for (int i = 0; i < 120; ++i)
            identical.append({T0 + i * 15'000, 1.0});
        QTest::newRow("identical values") << identical;

        QTest::newRow("single sample") << Samples{{T0, 3.25}};
        QTest::newRow("two samples") << Samples{{T0, 3.25}, {T0 + 15'000, 3.5}};

        Samples counter;
        double c = 1e6;
        std::poisson_distribution<int> incr(20);
        for (int i = 0; i < 240; ++i) {
            counter.append({T0 + i * 15'000, c});
            c += incr(rng);
        }
        QTest::newRow("counter increasing by integers") << counter;

        Samples random;
        std::uniform_int_distribution<quint64> any;
        for (int i = 0; i < 100; ++i)
            random.append({T0 + i * 7, std::bit_cast<double>(any(rng))});
        QTest::newRow("random bit patterns") << random;
    }

    void roundTrip()
    {
        QFETCH(Samples, samples);
        const std::vector<Sample> want = toVector(samples);
        const XorChunk chunk = XorChunk::encode(want);
        QCOMPARE(chunk.count(), int(want.size()));
        QCOMPARE(chunk.minT(), want.front().t);
        QCOMPARE(chunk.maxT(), want.back().t);

        std::vector<Sample> got;
        chunk.decode(got);
        compareBitExact(got, want);

        // The bytes alone are enough: what storage gets back.
        Result<XorChunk> reread = XorChunk::fromBytes(chunk.bytes());
        QVERIFY2(reread.ok(), qPrintable(reread.error().message));
        QCOMPARE(reread.value().count(), chunk.count());
        QCOMPARE(reread.value().minT(), chunk.minT());
        QCOMPARE(reread.value().maxT(), chunk.maxT());
        got.clear();
        reread.value().decode(got);
        compareBitExact(got, want);

        // The bit breakdown accounts for every bit of the chunk.
        const XorChunk::Breakdown b = XorChunk::breakdown(chunk.bytes());
        QCOMPARE(b.headerBits + b.timestampBits + b.valueBits + b.paddingBits,
                 qint64(chunk.bytes().size()) * 8);
        QVERIFY(b.paddingBits < 8);
    }

    void rangeDecode_data()
    {
        QTest::addColumn<qint64>("minT");
        QTest::addColumn<qint64>("maxT");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        // Samples at T0 + i * 15 s, i = 0..119.
        QTest::newRow("everything") << T0 << T0 + 119 * 15'000 << 0 << 120;
        QTest::newRow("exact inner boundaries") << T0 + 15'000 << T0 + 45'000 << 1 << 3;
        QTest::newRow("between samples") << T0 + 15'001 << T0 + 44'999 << 2 << 1;
        QTest::newRow("before the chunk") << T0 - 100 << T0 - 1 << 0 << 0;
        QTest::newRow("after the chunk") << T0 + 119 * 15'000 + 1 << T0 + 200 * 15'000 << 0 << 0;
        QTest::newRow("last sample only") << T0 + 119 * 15'000 << T0 + 119 * 15'000 << 119 << 1;
        QTest::newRow("inverted range") << T0 + 45'000 << T0 + 15'000 << 0 << 0;
    }

    void rangeDecode()
    {
        QFETCH(qint64, minT);
        QFETCH(qint64, maxT);
        QFETCH(int, first);
        QFETCH(int, count);
        std::vector<Sample> all;
        for (int i = 0; i < 120; ++i)
            all.push_back({T0 + i * 15'000, double(i) * 1.5});
        const XorChunk chunk = XorChunk::encode(all);
        std::vector<Sample> got;
        chunk.decode(minT, maxT, got);
        QCOMPARE(int(got.size()), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(got[size_t(i)].t, all[size_t(first + i)].t);
            QCOMPARE(got[size_t(i)].v, all[size_t(first + i)].v);
        }
    }

    void compression_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("maxBytesPerSample");
        QTest::newRow("constant at 15 s") << 0 << 0.45;
        QTest::newRow("integer counter at 15 s") << 1 << 2.0;
    }

    void compression()
    {
        QFETCH(int, kind);
        QFETCH(double, maxBytesPerSample);
        std::vector<Sample> samples;
        double c = 5e5;
        for (int i = 0; i < 120; ++i) {
            samples.push_back({T0 + i * 15'000, kind == 0 ? 1.0 : c});
            c += double(i % 7);
        }
        const XorChunk chunk = XorChunk::encode(samples);
        const double perSample = double(chunk.bytes().size()) / 120.0;
        QVERIFY2(perSample <= maxBytesPerSample, qPrintable(QString::number(perSample)));
    }

    void corruptBytesRejected_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::newRow("empty") << 0;
        QTest::newRow("wrong format tag") << 1;
        QTest::newRow("truncated") << 2;
        QTest::newRow("count larger than the data") << 3;
        QTest::newRow("trailing garbage") << 4;
    }

    void corruptBytesRejected()
    {
        QFETCH(int, mutation);
        std::vector<Sample> samples;
        for (int i = 0; i < 60; ++i)
            samples.push_back({T0 + i * 15'000, std::sin(i)});
        QByteArray bytes = XorChunk::encode(samples).bytes();
        switch (mutation) {
        case 0:
            bytes.clear();
            break;
        case 1:
            bytes[0] = char(0x7f);
            break;
        case 2:
            bytes.chop(bytes.size() / 2);
            break;
        case 3:
            bytes[1] = char(100); // forty samples more than encoded
            break;
        case 4:
            bytes.append(QByteArray(4, '\xff'));
            break;
        }
        const Result<XorChunk> r = XorChunk::fromBytes(bytes);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("invalid sample chunk")));
    }
};

QTEST_GUILESS_MAIN(TestXorChunk)
#include "tst_xorchunk.moc"
