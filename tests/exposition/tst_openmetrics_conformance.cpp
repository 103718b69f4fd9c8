#include "models/metrics/expositionparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Wk;

// Runs every case of the OpenMetrics parser conformance suite (prometheus/OpenMetrics,
// tests/testdata/parsers): one row per case folder, the row's tag is the folder's name.
class TestOpenMetricsConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteIsComplete();
    void conformance_data();
    void conformance();
};

namespace {

const QString suiteDir = QStringLiteral(WK_SHARED_DIR "/conformance/openmetrics");

class CountingSink final : public ExpositionSink
{
public:
    void family(const ExpositionFamily &) override { ++families; }
    void sample(const ExpositionSample &) override { ++samples; }
    int families = 0;
    int samples = 0;
};

QStringList caseNames()
{
    return QDir(suiteDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonObject readCase(const QString &name)
{
    QFile file(suiteDir + QLatin1Char('/') + name + QStringLiteral("/test.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestOpenMetricsConformance::suiteIsComplete()
{
    // Guards against a vacuous pass: the suite has 211 cases, 44 of them valid pages.
    const QStringList names = caseNames();
    QCOMPARE(names.size(), 211);
    int shouldParse = 0;
    for (const QString &name : names)
        shouldParse += readCase(name).value(QStringLiteral("shouldParse")).toBool();
    QCOMPARE(shouldParse, 44);
}

void TestOpenMetricsConformance::conformance_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("shouldParse");
    QTest::addColumn<QString>("comment");
    for (const QString &name : caseNames()) {
        const QJsonObject test = readCase(name);
        QTest::newRow(qPrintable(name))
            << test.value(QStringLiteral("type")).toString()
            << name + QLatin1Char('/') + test.value(QStringLiteral("file")).toString()
            << test.value(QStringLiteral("shouldParse")).toBool()
            << test.value(QStringLiteral("comment")).toString();
    }
}

void TestOpenMetricsConformance::conformance()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(bool, shouldParse);
    QFETCH(QString, comment);

    // Every case of the suite is an OpenMetrics text page.
    QCOMPARE(type, QStringLiteral("text"));
    QFile page(suiteDir + QLatin1Char('/') + file);
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.errorString()));
    const QByteArray bytes = page.readAll();

    ExpositionParser parser(ExpositionFormat::OpenMetrics, ExpositionValidation::Strict);
    CountingSink sink;
    const Result<ExpositionStats> result = parser.parse(bytes, sink);
    if (shouldParse) {
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(sink.samples, result.value().samples);
        QCOMPARE(sink.families, result.value().families);
    } else {
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted an invalid page (%1)")
                                              .arg(comment.isEmpty() ? file : comment)));
        QVERIFY(result.error().pos.line >= 1);
        QVERIFY(result.error().pos.column >= 1);
        QVERIFY(!result.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestOpenMetricsConformance)
#include "tst_openmetrics_conformance.moc"
