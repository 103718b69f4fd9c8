#include "models/metrics/labelmatcher.h"
#include "models/metrics/seriesstore.h"

#include <QTest>

using namespace Wk;

class TestLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedAndFormatted()
    {
        Labels l{{QStringLiteral("job"), QStringLiteral("api")},
                 {QStringLiteral("__name__"), QStringLiteral("up")},
                 {QStringLiteral("a"), QStringLiteral("x\"y")}};
        QCOMPARE(l.toString(), QStringLiteral("up{a=\"x\\\"y\", job=\"api\"}"));
        QCOMPARE(l.value(u"job"), QStringLiteral("api"));
        QVERIFY(!l.has(u"missing"));
    }
    // Editing a copy must not touch (or trip over) the list it shares with the original.
    void editSharedCopy()
    {
        const Labels original{{QStringLiteral("__name__"), QStringLiteral("up")},
                              {QStringLiteral("job"), QStringLiteral("a")}};
        for (int i = 0; i < 100; ++i) {
            Labels copy = original;
            copy.set(QStringLiteral("instance"), QStringLiteral("h:1"));
            copy.set(QStringLiteral("job"), QStringLiteral("b"));
            copy.remove(u"__name__");
            QCOMPARE(copy.toString(), QStringLiteral("{instance=\"h:1\", job=\"b\"}"));
        }
        QCOMPARE(original.toString(), QStringLiteral("up{job=\"a\"}"));
    }

    void matcher_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equal") << "alertname=\"HighErrorRate\""
                               << "HighErrorRate" << true << true;
        QTest::newRow("equal-unquoted") << "instance=a:1"
                                        << "a:1" << true << true;
        QTest::newRow("not-equal") << "severity!=critical"
                                   << "high" << true << true;
        QTest::newRow("regex-anchored") << "job=~\"api\""
                                        << "api-2" << true << false;
        QTest::newRow("regex") << "job=~\"api.*\""
                               << "api-2" << true << true;
        QTest::newRow("regex-not") << "job!~\"api.*\""
                                   << "web" << true << true;
        QTest::newRow("missing-label-empty") << "x=\"\""
                                             << "" << true << true;
        QTest::newRow("bad-regex") << "x=~\"(\""
                                   << "" << false << false;
        QTest::newRow("not-a-matcher") << "justtext"
                                       << "" << false << false;
    }
    void matcher()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(bool, matches);
        const LabelMatcher m = LabelMatcher::parse(text);
        QCOMPARE(m.isValid(), valid);
        if (valid)
            QCOMPARE(m.matches(value), matches);
        else
            QVERIFY(!m.error().isEmpty());
    }
    void storeStaleness()
    {
        SeriesStore store;
        const Labels a{{QStringLiteral("__name__"), QStringLiteral("a")}};
        const Labels b{{QStringLiteral("__name__"), QStringLiteral("b")}};
        auto r1 = store.ingest(QStringLiteral("t1"), 1000, {{a, 1.0}, {b, 2.0}});
        QCOMPARE(r1.newSeries, 2);
        auto r2 = store.ingest(QStringLiteral("t1"), 2000, {{a, 3.0}});
        QCOMPARE(r2.staleMarked, 1);
        std::vector<Sample> out;
        store.read(*store.find(b), 0, 5000, out);
        QCOMPARE(out.size(), size_t(2));
        QVERIFY(isStaleNaN(out[1].v));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
