#include "models/alerts/rulestest.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Wk;

// promtool and `watchkeeper rules test` agree on every rule unit test file: both pass the files
// in tests/data/alerts and both fail those in tests/data/alerts/failing.
class TestPromtoolAgree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agree_data()
    {
        QTest::addColumn<QString>("file");
        const QString base = QStringLiteral(WK_TEST_DATA_DIR "/alerts");
        for (const QString &sub : {QString(), QStringLiteral("/failing")}) {
            const QDir dir(base + sub);
            for (const QString &f :
                 dir.entryList({QStringLiteral("*.test.yml")}, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(sub.mid(1) + u'/' + f)) << dir.filePath(f);
        }
    }
    void agree()
    {
        QFETCH(QString, file);
        QProcess promtool;
        promtool.start(QStringLiteral(WK_PROMTOOL),
                       {QStringLiteral("test"), QStringLiteral("rules"), file});
        QVERIFY2(promtool.waitForFinished(120'000), qPrintable(promtool.errorString()));
        QCOMPARE(promtool.exitStatus(), QProcess::NormalExit);

        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int ours = runRulesTest({file}, outStream, errStream);
        QVERIFY2(ours == promtool.exitCode(),
                 qPrintable(QStringLiteral("promtool: %1\n%2%3\nwatchkeeper: %4\n%5%6")
                                .arg(promtool.exitCode())
                                .arg(QString::fromUtf8(promtool.readAllStandardOutput()),
                                     QString::fromUtf8(promtool.readAllStandardError()))
                                .arg(ours)
                                .arg(out, err)));
    }
};

QTEST_GUILESS_MAIN(TestPromtoolAgree)
#include "tst_promtoolagree.moc"
