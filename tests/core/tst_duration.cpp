#include "models/core/duration.h"

#include <QTest>

using namespace Wk;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("valid");
        QTest::newRow("seconds") << "15s" << 15000ll << true;
        QTest::newRow("minutes") << "5m" << 300000ll << true;
        QTest::newRow("compound") << "1h30m" << 5400000ll << true;
        QTest::newRow("millis") << "250ms" << 250ll << true;
        QTest::newRow("minutes-millis") << "1m500ms" << 60500ll << true;
        QTest::newRow("week") << "1w" << 604800000ll << true;
        QTest::newRow("empty") << "" << 0ll << false;
        QTest::newRow("no-unit") << "15" << 0ll << false;
        QTest::newRow("bad-unit") << "5x" << 0ll << false;
        QTest::newRow("out-of-order") << "5m1h" << 0ll << false;
        QTest::newRow("negative") << "-5m" << 0ll << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(bool, valid);
        const auto r = parseDuration(text);
        QCOMPARE(r.ok(), valid);
        if (valid)
            QCOMPARE(r.value(), ms);
        else
            QVERIFY(!r.error().message.isEmpty());
    }
    void format()
    {
        QCOMPARE(formatDuration(5400000), QStringLiteral("1h30m"));
        QCOMPARE(formatDuration(15000), QStringLiteral("15s"));
        QCOMPARE(formatDuration(60500), QStringLiteral("1m500ms"));
        QCOMPARE(formatDuration(0), QStringLiteral("0s"));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
