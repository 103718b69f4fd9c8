#include "models/alerts/goformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Wk;

// Expected texts are what Go 1.19 (Prometheus 2.42) prints.
class TestGoFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatFloat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("expected");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("shortest g integer") << 200000.0 << "g" << -1 << "200000";
        QTest::newRow("shortest g exponent at 1e6") << 1234567.0 << "g" << -1 << "1.234567e+06";
        QTest::newRow("shortest g 1e21") << 1e21 << "g" << -1 << "1e+21";
        QTest::newRow("shortest g small") << 0.0001 << "g" << -1 << "0.0001";
        QTest::newRow("shortest g smaller") << 0.00001 << "g" << -1 << "1e-05";
        QTest::newRow("shortest g tenth") << 0.1 << "g" << -1 << "0.1";
        QTest::newRow("shortest g zero") << 0.0 << "g" << -1 << "0";
        QTest::newRow("shortest g negative zero") << -0.0 << "g" << -1 << "-0";
        QTest::newRow("shortest g negative") << -5.5 << "g" << -1 << "-5.5";
        QTest::newRow("shortest g inf") << inf << "g" << -1 << "+Inf";
        QTest::newRow("shortest g -inf") << -inf << "g" << -1 << "-Inf";
        QTest::newRow("shortest g nan") << std::nan("") << "g" << -1 << "NaN";
        QTest::newRow("g4 rounds") << 1234567.0 << "g" << 4 << "1.235e+06";
        QTest::newRow("g4 integer") << 90.0 << "g" << 4 << "90";
        QTest::newRow("g4 ratio") << 12.34 << "g" << 4 << "12.34";
        QTest::newRow("g4 binary tie") << 1.2345 << "g" << 4 << "1.234";
        QTest::newRow("g4 trailing zeros dropped") << 1200000.0 << "g" << 4 << "1.2e+06";
        QTest::newRow("g4 hundred") << 100.0 << "g" << 4 << "100";
        QTest::newRow("g4 2e7") << 2e7 << "g" << 4 << "2e+07";
        QTest::newRow("g0 means 1, ties to even") << 25.0 << "g" << 0 << "2e+01";
        QTest::newRow("e6") << 90.0 << "e" << 6 << "9.000000e+01";
        QTest::newRow("e shortest") << 1234.5 << "e" << -1 << "1.2345e+03";
        QTest::newRow("e zero") << 0.0 << "e" << 2 << "0.00e+00";
        QTest::newRow("e three-digit exponent") << 1e200 << "e" << 1 << "1.0e+200";
        QTest::newRow("f2") << 0.1234 << "f" << 2 << "0.12";
        QTest::newRow("f3 rounds binary value") << 0.0025 << "f" << 3 << "0.003";
        QTest::newRow("f2 huge") << 1e21 << "f" << 2 << "1000000000000000000000.00";
        QTest::newRow("f shortest") << 0.000123 << "f" << -1 << "0.000123";
        QTest::newRow("f0") << 2.5 << "f" << 0 << "2";
    }
    void formatFloat()
    {
        QFETCH(double, value);
        QFETCH(QString, format);
        QFETCH(int, precision);
        QFETCH(QString, expected);
        QCOMPARE(GoFormat::formatFloat(value, format.at(0).toLatin1(), precision), expected);
    }

    void sprintf_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<TemplateValue>>("args");
        QTest::addColumn<QString>("expected");
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();
        using L = QList<TemplateValue>;
        QTest::newRow("fixed") << "%.2f" << L{1234567.0} << "1234567.00";
        QTest::newRow("width and precision")
            << "%8.3f|%-8.1f|" << L{90.0, 90.0} << "  90.000|90.0    |";
        QTest::newRow("plus exponent") << "%+.1e" << L{-5.5} << "-5.5e+00";
        QTest::newRow("zero padding after sign") << "%05.1f" << L{-5.5} << "-05.5";
        QTest::newRow("nan keeps spaces")
            << "%05.1f|%+.1e|%v" << L{nan, nan, nan} << "  NaN|+NaN|NaN";
        QTest::newRow("inf") << "%05.1f|%e|%8.3f" << L{inf, inf, inf} << " +Inf|+Inf|    +Inf";
        QTest::newRow("verbs on a float")
            << "%e|%g|%v" << L{0.0025, 0.0025, 0.0025} << "2.500000e-03|0.0025|0.0025";
        QTest::newRow("integers") << "%d|%5d|%-5d|%x|%X|%o|%b|%c"
                                  << L{42, 42, 42, 255, 255, 8, 5, 65}
                                  << "42|   42|42   |ff|FF|10|101|A";
        QTest::newRow("strings") << "%s|%q|%6s|%-6s|%.2s|%v"
                                 << L{"ab", "q\"t", "ab", "ab", "abc", "str"}
                                 << "ab|\"q\\\"t\"|    ab|ab    |ab|str";
        QTest::newRow("bool") << "%t %v" << L{true, false} << "true false";
        QTest::newRow("percent") << "100%%" << L{} << "100%";
        QTest::newRow("wrong verb") << "%d" << L{1.5} << "%!d(float64=1.5)";
        QTest::newRow("missing argument") << "%s and %s" << L{"a"} << "a and %!s(MISSING)";
        QTest::newRow("extra argument") << "%s" << L{"a", 2} << "a%!(EXTRA int=2)";
        QTest::newRow("type") << "%T %T %T" << L{1.0, 1, "s"} << "float64 int string";
        QTest::newRow("map") << "%v" << L{TemplateValue::fromStringMap({{"b", "2"}, {"a", "1"}})}
                             << "map[a:1 b:2]";
    }
    void sprintf()
    {
        QFETCH(QString, format);
        QFETCH(QList<TemplateValue>, args);
        QFETCH(QString, expected);
        QCOMPARE(GoFormat::sprintf(format, args), expected);
    }

    void quote()
    {
        QCOMPARE(GoFormat::quote(QStringLiteral("a\"b\\c\nd\te")),
                 QStringLiteral("\"a\\\"b\\\\c\\nd\\te\""));
        QCOMPARE(GoFormat::quote(QStringLiteral("é ✓")), QStringLiteral("\"é ✓\""));
        QCOMPARE(GoFormat::quote(QString(QChar(0x7f))), QStringLiteral("\"\\x7f\""));
        QCOMPARE(GoFormat::quote(QString(QChar(0xa0))), QStringLiteral("\"\\u00a0\""));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("go");
        QTest::newRow("zero") << 0ll << "0s"
                              << "0s";
        QTest::newRow("five minutes") << 300000ll << "5m"
                                      << "5m0s";
        QTest::newRow("hour and a half") << 5400000ll << "1h30m"
                                         << "1h30m0s";
        QTest::newRow("week") << 604800000ll << "1w"
                              << "168h0m0s";
        QTest::newRow("week and more") << 612300000ll << "7d2h5m"
                                       << "170h5m0s";
        QTest::newRow("fraction") << 1500ll << "1s500ms"
                                  << "1.5s";
        QTest::newRow("millis") << 250ll << "250ms"
                                << "250ms";
        QTest::newRow("year") << 31536000000ll << "1y"
                              << "8760h0m0s";
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, model);
        QFETCH(QString, go);
        QCOMPARE(GoFormat::modelDuration(ms), model);
        QCOMPARE(GoFormat::goDuration(ms), go);
    }

    void timeString()
    {
        QCOMPARE(GoFormat::timeString(1700000000000),
                 QStringLiteral("2023-11-14 22:13:20 +0000 UTC"));
        QCOMPARE(GoFormat::timeString(1700000000500),
                 QStringLiteral("2023-11-14 22:13:20.5 +0000 UTC"));
    }
};

QTEST_GUILESS_MAIN(TestGoFormat)
#include "tst_goformat.moc"
