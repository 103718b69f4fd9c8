#include "models/metrics/expositioncheck.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Wk;

// `watchkeeper metrics check FILE|-`.
class TestExpositionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void check_data();
    void check();
    void checkDevice();
    void unreadableFile();
};

namespace {

const QString samples = QStringLiteral(WK_SHARED_DIR "/samples/");

} // namespace

void TestExpositionCheck::detect_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ExpositionFormat>("format");

    QTest::newRow("ends with EOF")
        << QByteArray("a 1\n# EOF\n") << "page.txt" << ExpositionFormat::OpenMetrics;
    QTest::newRow("ends with EOF, no newline")
        << QByteArray("a 1\n# EOF") << "page.txt" << ExpositionFormat::OpenMetrics;
    QTest::newRow("only EOF") << QByteArray("# EOF\n") << "-" << ExpositionFormat::OpenMetrics;
    QTest::newRow(".om.txt name") << QByteArray("a 1\n") << "dir/page.om.txt"
                                  << ExpositionFormat::OpenMetrics;
    QTest::newRow(".om name") << QByteArray("a 1\n") << "page.om" << ExpositionFormat::OpenMetrics;
    QTest::newRow("plain page") << QByteArray("a 1\n") << "page.txt"
                                << ExpositionFormat::PrometheusText;
    QTest::newRow("EOF not last") << QByteArray("# EOF\na 1\n") << "page.txt"
                                  << ExpositionFormat::PrometheusText;
    QTest::newRow("blank line after EOF")
        << QByteArray("a 1\n# EOF\n\n") << "page.txt" << ExpositionFormat::PrometheusText;
    QTest::newRow("empty") << QByteArray() << "-" << ExpositionFormat::PrometheusText;
}

void TestExpositionCheck::detect()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, fileName);
    QFETCH(ExpositionFormat, format);
    QCOMPARE(detectExpositionFormat(page, fileName), format);
}

void TestExpositionCheck::check_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content"); // written to path in a temporary folder when set
    QTest::addColumn<MetricsCheckOptions>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    const MetricsCheckOptions detect;
    MetricsCheckOptions lenient;
    lenient.validation = ExpositionValidation::Lenient;
    MetricsCheckOptions forceText;
    forceText.format = ExpositionFormat::PrometheusText;
    MetricsCheckOptions forceOpenMetrics;
    forceOpenMetrics.format = ExpositionFormat::OpenMetrics;

    const QString node = samples + QStringLiteral("node_exporter.prom.txt");
    const QString om = samples + QStringLiteral("alltypes.5mfs.om.txt");
    QTest::newRow("node_exporter")
        << node << QByteArray() << detect << 0
        << node + ": Prometheus text 0.0.4: families 1228, series 3027, samples 3027\n"
        << QString();
    QTest::newRow("OpenMetrics by name, strict")
        << om << QByteArray() << detect << 1 << QString()
        << om + ":33:37: \"rpc_durations_histogram_seconds_sum\" must not be negative\n";
    QTest::newRow("OpenMetrics by name, lenient")
        << om << QByteArray() << lenient << 0
        << om + ": OpenMetrics 1.0: families 5, series 53, samples 53\n"
        << QString();
    QTest::newRow("OpenMetrics by EOF line")
        << "page.txt" << QByteArray("# TYPE a gauge\na{x=\"1\"} 1 1\na{x=\"1\"} 2 2\n# EOF\n")
        << detect << 0 << "%1: OpenMetrics 1.0: families 1, series 1, samples 2\n"
        << QString();
    QTest::newRow("format forced to text")
        << "page.om.txt" << QByteArray("a 1\nb 2\n") << forceText << 0
        << "%1: Prometheus text 0.0.4: families 2, series 2, samples 2\n"
        << QString();
    QTest::newRow("format forced to OpenMetrics")
        << "page.txt" << QByteArray("a 1\n") << forceOpenMetrics << 1 << QString()
        << "%1:2:1: missing \"# EOF\" at the end of an OpenMetrics page\n";
    QTest::newRow("error with line and column")
        << "bad.prom" << QByteArray("# TYPE a gauge\na{b=\"c\" 1\n") << detect << 1 << QString()
        << "%1:2:9: expected ',' or '}' after a label value, found '1'\n";
}

void TestExpositionCheck::check()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(MetricsCheckOptions, options);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!content.isEmpty()) {
        path = dir.filePath(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        out = out.contains(QLatin1String("%1")) ? out.arg(path) : out;
        err = err.contains(QLatin1String("%1")) ? err.arg(path) : err;
    }
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    QCOMPARE(runMetricsCheck(path, outStream, errStream, options), exitCode);
    QCOMPARE(outText, out);
    QCOMPARE(errText, err);
}

void TestExpositionCheck::checkDevice()
{
    // What "-" does with stdin, on a buffer.
    QBuffer buffer;
    buffer.setData("# HELP a A.\n# TYPE a counter\na_total 1\n# EOF\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    QCOMPARE(runMetricsCheck(buffer, QStringLiteral("<stdin>"), outStream, errStream), 0);
    QCOMPARE(outText,
             QStringLiteral("<stdin>: OpenMetrics 1.0: families 1, series 1, samples 1\n"));
    QVERIFY(errText.isEmpty());
}

void TestExpositionCheck::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.txt"));
    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    QCOMPARE(runMetricsCheck(path, outStream, errStream), 1);
    QVERIFY(outText.isEmpty());
    QVERIFY2(errText.startsWith(path + QStringLiteral(": cannot read: ")), qPrintable(errText));
}

QTEST_GUILESS_MAIN(TestExpositionCheck)
#include "tst_expositioncheck.moc"
